package j86.translator.codegen;

import j86.decoder.Insn;
import j86.decoder.Kind;
import j86.decoder.Op;
import j86.decoder.Operand;
import j86.translator.block.ModeKey;
import j86.translator.block.Region;
import j86.translator.scan.Liveness;
import j86.translator.splice.Splice;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Chooses a specialised emitter for the current instruction, or declines (the caller then emits
 * the fallback). A specialisation either calls the interpreter's own semantics method (Shift,
 * Rotate and MulDiv for what EmitAlu does not splice, Stack, Flags.cond, Segmentation.linear, the
 * Mmu's slow path) or, for the ALU group, INC/DEC/NEG/NOT, shifts by a constant and IMUL, copies
 * that method's bytecode inline ({@link EmitAlu}, {@link Splice}: C2 would not inline the calls
 * in a large region); either way it makes the interpreter's accesses in the interpreter's order,
 * and leaves the guest state as the interpreter's fault path would when an access faults:
 * registers and ESP are only written after the last access that may fault, and flags recorded
 * before a faulting write are restored by the handler. Flag records that {@link Liveness} finds
 * dead are dropped from the copy.
 *
 * <p>Specialised: MOV (register, immediate, memory; 8/16/32), the ALU group ADD..CMP and TEST in
 * every register/immediate/memory form, INC/DEC/NEG/NOT, PUSH/POP of registers and immediates (and PUSH m32, PUSH Sreg, PUSHA, POPA on a flat stack), CLD/STD,
 * LEA, MOVZX/MOVSX, MUL/IMUL/DIV/IDIV, LEAVE, shifts and rotates of registers, SETcc, CMOVcc, Jcc/JMP/CALL rel and
 * RET near (32-bit operand size). LOCK-prefixed forms fall back.
 */
final class Specialise implements Opcodes {
    static final String ALU = "j86/runtime/ops/Alu";
    static final String STACK = "j86/runtime/cpu/Stack";

    private final Gen g;
    private final MethodVisitor mv;
    private final EmitOperands o;
    private final EmitAlu alu;
    private final String cpuArg = "L" + Gen.CPU + ";";

    /** Flag records no one can observe ({@link Liveness}); null = keep every record. */
    private final boolean[] deadFlags;
    /** Instructions emitted without their flag record (statistics). */
    int flagsDropped;

    Specialise(Gen g, boolean liveness) {
        this.g = g;
        this.mv = g.mv;
        this.o = new EmitOperands(g);
        this.alu = new EmitAlu(g, o);
        this.deadFlags = liveness ? deadFlags(g.r) : null;
    }

    /** Liveness per block (flags are live at every block end), flattened as the region's instructions. */
    private static boolean[] deadFlags(Region r) {
        boolean[] dead = new boolean[r.insns.length];
        for (int b = 0; b < r.blocks.length; b++) {
            boolean[] d = Liveness.deadFlagWrites(r.blocks[b].insns);
            System.arraycopy(d, 0, dead, r.blockStart[b], d.length);
        }
        return dead;
    }

    boolean emit() {
        Insn i = g.insn();
        if (i.has(Insn.PFX_LOCK)) {
            return false;
        }
        boolean keepFlags = deadFlags == null || !deadFlags[g.k];
        if (!keepFlags) {
            flagsDropped++;
        }
        switch (i.op) {
            case MOV: return mov(i);
            case ADD: case OR: case ADC: case SBB: case AND: case SUB: case XOR: case CMP: case TEST:
                return alu.binary(i, keepFlags);
            case INC: case DEC: case NEG: case NOT: return alu.unary(i, keepFlags);
            case PUSH: return push(i);
            case POP: return pop(i);
            case PUSH_SEG: return pushSeg(i);
            case PUSHA: return pusha(i);
            case POPA: return popa(i);
            case CLD: case STD: return direction(i);
            case LEA: return lea(i);
            case MOVZX: case MOVSX: return movx(i);
            case ROL: case ROR: case RCL: case RCR: case SHL: case SHR: case SAR: return shift(i);
            case IMUL: return i.operandCount < 2 ? mulDiv(i) : alu.imul(i);
            case MUL: case DIV: case IDIV: return mulDiv(i);
            case SETCC: return setcc(i);
            case CMOVCC: return cmovcc(i);
            case LEAVE: return leave(i);
            case JCC: return EmitControl.jcc(g, i);
            case JMP: return EmitControl.jmp(g, i);
            case CALL: return EmitControl.call(g, i);
            case RET: return EmitControl.ret(g, i);
            default: return false;
        }
    }

    private static boolean sized(Operand x, int size) {
        return x.kind != Kind.REG || size == 8 || size == 16 || size == 32;
    }

    private boolean mov(Insn i) {
        Operand d = i.operands[0], s = i.operands[1];
        int size = i.opSize;
        if (d.kind == Kind.REG && (EmitOperands.simple(s) || s.kind == Kind.MEM)) {
            if (s.kind == Kind.MEM) {
                g.mayFault();
                int lin = o.linearTo(i, size, false);
                o.beginWriteReg(d.reg, size);
                g.mem.readLin(lin, size);
            } else {
                o.beginWriteReg(d.reg, size);
                o.readSimple(s, size);
            }
            o.endWriteReg(size);
            if (s.kind == Kind.MEM) {
                g.exitCheck();
            }
            return true;
        }
        if (d.kind == Kind.MEM && EmitOperands.simple(s)) {
            g.mayFault();
            o.linear(i, size, true);
            o.readSimple(s, size);
            g.mem.write(size);
            g.exitCheck();
            return true;
        }
        return false;
    }

    private boolean push(Insn i) {
        Operand s = i.operands[0];
        int size = i.opSize;
        if (s.kind == Kind.MEM && size == 32 && o.flatStack()) {
            // PUSH m32 (a C call's argument read from memory): the address is computed, and the
            // value read, before ESP moves, as in ExecStack.push.
            g.mayFault();
            g.mem.readLin(o.linearTo(i, 32, false), 32);
            o.push32();
            g.exitCheck();
            return true;
        }
        if (!EmitOperands.simple(s) || size == 8) {
            return false;
        }
        if (size == 32 && o.flatStack()) {
            g.mayFault();
            o.readSimple(s, 32);
            o.push32();
            g.exitCheck();
            return true;
        }
        g.mayFault();
        g.flushEsp();
        g.cpu();
        o.readSimple(s, size);
        g.invoke(STACK, "push" + size, "(" + cpuArg + "I)V");
        g.reloadEsp();
        g.exitCheck();
        return true;
    }

    /** PUSH Sreg, 32-bit on a flat stack: the selector, zero-extended, as ExecStack.pushSeg pushes it. */
    private boolean pushSeg(Insn i) {
        if (i.opSize != 32 || !o.flatStack()) {
            return false;
        }
        g.mayFault();
        g.cpu();
        mv.visitFieldInsn(GETFIELD, Gen.CPU, "seg", "[Lj86/runtime/cpu/Segment;");
        g.iconst(i.operands[0].reg);
        mv.visitInsn(AALOAD);
        mv.visitFieldInsn(GETFIELD, "j86/runtime/cpu/Segment", "selector", "I");
        o.push32();
        g.exitCheck();
        return true;
    }

    /**
     * PUSHA, 32-bit on a flat stack: EAX..EDI (ESP as it was) stored below ESP in that order,
     * then ESP moves once, so that a fault part way leaves ESP as it was (ExecStack.pusha's
     * effect after Support.exec's restore).
     */
    private boolean pusha(Insn i) {
        if (i.opSize != 32 || !o.flatStack()) {
            return false;
        }
        g.mayFault();
        int sp = g.temp();
        g.loadReg(4);
        mv.visitVarInsn(ISTORE, sp);
        for (int r = 0; r < 8; r++) {
            mv.visitVarInsn(ILOAD, sp);
            g.iconst(-4 * (r + 1));
            mv.visitInsn(IADD);
            if (r == 4) {
                mv.visitVarInsn(ILOAD, sp);
            } else {
                g.loadReg(r);
            }
            g.mem.write(32);
        }
        mv.visitVarInsn(ILOAD, sp);
        g.iconst(-32);
        mv.visitInsn(IADD);
        g.storeReg(4);
        g.exitCheck();
        return true;
    }

    /** POPA, 32-bit on a flat stack: every slot read (the ESP slot skipped) before any register changes. */
    private boolean popa(Insn i) {
        if (i.opSize != 32 || !o.flatStack()) {
            return false;
        }
        g.mayFault();
        int[] v = new int[8];
        for (int r = 0; r < 8; r++) {
            if (r == 4) {
                continue;
            }
            v[r] = g.temp();
            g.loadReg(4);
            g.iconst(4 * (7 - r));
            mv.visitInsn(IADD);
            g.mem.read(32);
            mv.visitVarInsn(ISTORE, v[r]);
        }
        for (int r = 7; r >= 0; r--) {
            if (r == 4) {
                continue;
            }
            mv.visitVarInsn(ILOAD, v[r]);
            g.storeReg(r);
        }
        g.loadReg(4);
        g.iconst(32);
        mv.visitInsn(IADD);
        g.storeReg(4);
        g.exitCheck();
        return true;
    }

    /** CLD/STD: EFLAGS.DF, which the lazy flag record does not hold. */
    private boolean direction(Insn i) {
        g.cpu();
        mv.visitInsn(DUP);
        mv.visitFieldInsn(GETFIELD, Gen.CPU, "eflags", "I");
        if (i.op == j86.decoder.Op.CLD) {
            g.iconst(~j86.runtime.cpu.Cpu.DF);
            mv.visitInsn(IAND);
        } else {
            g.iconst(j86.runtime.cpu.Cpu.DF);
            mv.visitInsn(IOR);
        }
        mv.visitFieldInsn(PUTFIELD, Gen.CPU, "eflags", "I");
        return true;
    }

    /** POP reg: the value is popped (ESP moves) before the register is written, as in ExecStack.pop. */
    private boolean pop(Insn i) {
        Operand d = i.operands[0];
        int size = i.opSize;
        if (d.kind != Kind.REG || size == 8) {
            return false;
        }
        if (size == 32 && o.flatStack()) {
            g.mayFault();
            int t = g.temp();
            o.pop32();
            mv.visitVarInsn(ISTORE, t);
            o.beginWriteReg(d.reg, 32);
            mv.visitVarInsn(ILOAD, t);
            o.endWriteReg(32);
            g.exitCheck();
            return true;
        }
        g.mayFault();
        g.flushEsp();
        if (size == 32) {
            int t = g.temp();
            g.cpu();
            g.invoke(STACK, "pop32", "(" + cpuArg + ")I");
            mv.visitVarInsn(ISTORE, t);
            g.reloadEsp();
            o.beginWriteReg(d.reg, 32);
            mv.visitVarInsn(ILOAD, t);
        } else {
            int t = g.temp();
            g.cpu();
            g.invoke(STACK, "pop16", "(" + cpuArg + ")I");
            mv.visitVarInsn(ISTORE, t);
            g.reloadEsp();
            o.beginWriteReg(d.reg, 16);
            mv.visitVarInsn(ILOAD, t);
        }
        o.endWriteReg(size);
        g.exitCheck();
        return true;
    }

    private boolean lea(Insn i) {
        Operand d = i.operands[0], s = i.operands[1];
        if (d.kind != Kind.REG || s.kind != Kind.MEM || i.opSize == 8) {
            return false;
        }
        o.beginWriteReg(d.reg, i.opSize);
        o.ea(i);
        o.endWriteReg(i.opSize);
        return true;
    }

    /** Shifts and rotates of a register by 1, imm8 or CL (masked to 5 bits, as ExecShift does). */
    private boolean shift(Insn i) {
        Operand d = i.operands[0], n = i.operands[1];
        int size = i.opSize;
        if (d.kind != Kind.REG || n.kind != Kind.ONE && !EmitOperands.simple(n)) {
            return false;
        }
        if (alu.shiftByConstant(i)) {
            return true;
        }
        g.flags.toCpu(); // rotates keep some flags, a count of 0 keeps them all
        o.beginWriteReg(d.reg, size);
        g.cpu();
        o.readReg(d.reg, size);
        if (n.kind == Kind.ONE) {
            g.iconst(1);
        } else {
            o.readSimple(n, 8);
            g.iconst(0x1F);
            mv.visitInsn(IAND);
        }
        g.invoke("j86/runtime/ops/Shift", i.op.name().toLowerCase() + size, "(" + cpuArg + "II)I");
        g.flags.cpuWritten();
        o.endWriteReg(size);
        return true;
    }

    /**
     * One-operand MUL/IMUL/DIV/IDIV (ExecMulDiv.oneOperand): the source read first, then
     * MulDiv.{op}{size}, which works on c.r: EAX and EDX are written back before it and reloaded
     * after (a #DE leaves them unchanged, so the handler's write-back is exact).
     */
    private boolean mulDiv(Insn i) {
        Operand s = i.operands[0];
        int size = i.opSize;
        if (i.operandCount != 1 || s.kind != Kind.REG && s.kind != Kind.MEM) {
            return false;
        }
        int v = g.temp();
        g.mayFault();
        if (s.kind == Kind.MEM) {
            g.mem.readLin(o.linearTo(i, size, false), size);
        } else {
            o.readReg(s.reg, size);
        }
        mv.visitVarInsn(ISTORE, v);
        g.flushRegs(1 << 0 | 1 << 2);
        g.flags.toCpu(); // DIV leaves the flags as they were
        g.cpu();
        mv.visitVarInsn(ILOAD, v);
        g.invoke("j86/runtime/ops/MulDiv", i.op.name().toLowerCase() + size, "(" + cpuArg + "I)V");
        g.flags.cpuWritten();
        g.reloadReg(0);
        g.reloadReg(2);
        if (s.kind == Kind.MEM) {
            g.exitCheck();
        }
        return true;
    }

    private void cond(Insn i) {
        g.cond(i.cond);
    }

    /** SETcc r/m8 (ExecMove.setcc). */
    private boolean setcc(Insn i) {
        Operand d = i.operands[0];
        if (d.kind == Kind.REG) {
            o.beginWriteReg(d.reg, 8);
            cond(i);
            o.endWriteReg(8);
            return true;
        }
        if (d.kind != Kind.MEM) {
            return false;
        }
        g.mayFault();
        o.linear(i, 8, true);
        cond(i);
        g.mem.write(8);
        g.exitCheck();
        return true;
    }

    /** CMOVcc reg, r/m: the source is read (and may fault) whatever the condition (ExecMove.cmovcc). */
    private boolean cmovcc(Insn i) {
        Operand d = i.operands[0], s = i.operands[1];
        int size = i.opSize;
        if (d.kind != Kind.REG || s.kind != Kind.REG && s.kind != Kind.MEM || size == 8) {
            return false;
        }
        int v = g.temp();
        if (s.kind == Kind.MEM) {
            g.mayFault();
            int lin = o.linearTo(i, size, false);
            g.mem.readLin(lin, size);
        } else {
            o.readReg(s.reg, size);
        }
        mv.visitVarInsn(ISTORE, v);
        Label skip = new Label();
        g.flags.jumpIf(i.cond ^ 1, skip);
        o.beginWriteReg(d.reg, size);
        mv.visitVarInsn(ILOAD, v);
        o.endWriteReg(size);
        mv.visitLabel(skip);
        if (s.kind == Kind.MEM) {
            g.exitCheck();
        }
        return true;
    }

    /** MOVZX/MOVSX reg, r/m8|r/m16 (ExecMove.movx: read at the source size, extend, write). */
    private boolean movx(Insn i) {
        Operand d = i.operands[0], s = i.operands[1];
        if (d.kind != Kind.REG || i.opSize == 8 || s.size != 8 && s.size != 16
                || s.kind != Kind.REG && s.kind != Kind.MEM) {
            return false;
        }
        int lin = -1;
        if (s.kind == Kind.MEM) {
            g.mayFault();
            lin = o.linearTo(i, s.size, false);
        }
        o.beginWriteReg(d.reg, i.opSize);
        if (lin >= 0) {
            g.mem.readLin(lin, s.size);
        } else {
            o.readReg(s.reg, s.size);
        }
        if (i.op == Op.MOVSX) {
            mv.visitInsn(s.size == 8 ? I2B : I2S);
        }
        o.endWriteReg(i.opSize);
        if (lin >= 0) {
            g.exitCheck();
        }
        return true;
    }

    /**
     * LEAVE with a 32-bit operand and stack (SS.B is part of the mode key): EBP = [SS:EBP],
     * ESP = old EBP + 4. The read comes first, so a fault changes nothing (ExecStack.leave
     * restores ESP for the same effect).
     */
    private boolean leave(Insn i) {
        if (i.opSize != 32 || (g.e.mode & 2) == 0) {
            return false;
        }
        g.mayFault();
        int v = g.temp();
        if (ModeKey.flatSegment(g.e.mode, 2)) {
            o.reg32(5);
        } else {
            g.cpu();
            g.iconst(2); // SS
            o.reg32(5);
            g.iconst(4);
            g.iconst(0);
            g.invoke("j86/runtime/cpu/Segmentation", "linear", "(L" + Gen.CPU + ";IIIZ)I");
        }
        g.mem.read(32);
        mv.visitVarInsn(ISTORE, v);
        o.beginWriteReg(4, 32);
        o.reg32(5);
        g.iconst(4);
        mv.visitInsn(IADD);
        o.endWriteReg(32);
        o.beginWriteReg(5, 32);
        mv.visitVarInsn(ILOAD, v);
        o.endWriteReg(32);
        g.exitCheck();
        return true;
    }
}
