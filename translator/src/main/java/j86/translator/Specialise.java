package j86.translator;

import j86.decoder.Insn;
import j86.decoder.Kind;
import j86.decoder.Op;
import j86.decoder.Operand;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Chooses a specialised emitter for the current instruction, or declines (the caller then emits
 * the fallback). Every specialisation calls the same static semantics method as the interpreter
 * (j86.runtime.ops.Alu, Regs, Stack, Flags.cond, Segmentation.linear, the Mmu accessors) in the
 * interpreter's order of accesses, and leaves the guest state as the interpreter's fault path
 * would when an access faults: registers and ESP are only written after the last access that may
 * fault, and flags recorded before a faulting write are restored by the handler.
 *
 * <p>Specialised: MOV (register, immediate, memory; 8/16/32), the ALU group ADD..CMP and TEST in
 * every register/immediate/memory form, INC/DEC/NEG/NOT, PUSH/POP of registers and immediates,
 * LEA, MOVZX/MOVSX, MUL/IMUL/DIV/IDIV, LEAVE, shifts and rotates of registers, SETcc, CMOVcc, Jcc/JMP/CALL rel and
 * RET near (32-bit operand size). LOCK-prefixed forms fall back.
 */
final class Specialise implements Opcodes {
    static final String ALU = "j86/runtime/ops/Alu";
    static final String STACK = "j86/runtime/cpu/Stack";

    private final Gen g;
    private final MethodVisitor mv;
    private final EmitOperands o;
    private final String cpuArg = "L" + Gen.CPU + ";";

    /** Flag records no one can observe ({@link Liveness}); null = keep every record. */
    private final boolean[] deadFlags;
    /** Instructions emitted without their flag record (statistics). */
    int flagsDropped;

    Specialise(Gen g, boolean liveness) {
        this.g = g;
        this.mv = g.mv;
        this.o = new EmitOperands(g);
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

    /**
     * A register/immediate ALU instruction whose flags are dead: the result alone, computed as the
     * semantics method computes it ((a op b) masked to the size), or nothing for CMP/TEST.
     */
    private boolean withoutFlags(Insn i) {
        Operand d = i.operands[0];
        int size = i.opSize;
        flagsDropped++;
        if (i.op == Op.CMP || i.op == Op.TEST) {
            return true;
        }
        o.beginWriteReg(d.reg, size);
        if (i.op == Op.NEG) {
            g.iconst(0);
            o.readReg(d.reg, size);
            mv.visitInsn(ISUB);
        } else {
            o.readReg(d.reg, size);
            o.readSimple(i.operands[1], size);
            mv.visitInsn(Liveness.plainOpcode(i.op));
        }
        if (size != 32) {
            g.iconst((1 << size) - 1);
            mv.visitInsn(IAND);
        }
        o.endWriteReg(size);
        return true;
    }

    boolean emit() {
        Insn i = g.insn();
        if (i.has(Insn.PFX_LOCK)) {
            return false;
        }
        if (deadFlags != null && deadFlags[g.k]) {
            return withoutFlags(i);
        }
        switch (i.op) {
            case MOV: return mov(i);
            case ADD: case OR: case ADC: case SBB: case AND: case SUB: case XOR: case CMP: case TEST:
                return binary(i);
            case INC: case DEC: case NEG: case NOT: return unary(i);
            case PUSH: return push(i);
            case POP: return pop(i);
            case LEA: return lea(i);
            case MOVZX: case MOVSX: return movx(i);
            case ROL: case ROR: case RCL: case RCR: case SHL: case SHR: case SAR: return shift(i);
            case IMUL: return i.operandCount < 2 ? mulDiv(i) : imul(i);
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
                o.readLin(lin, size);
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
            o.mmu();
            o.linear(i, size, true);
            o.readSimple(s, size);
            o.writeCall(size);
            g.exitCheck();
            return true;
        }
        return false;
    }

    private String aluName(Op op, int size) {
        return op.name().toLowerCase() + size;
    }

    private boolean writes(Op op) {
        return op != Op.CMP && op != Op.TEST;
    }

    /** Calls Alu.{op}{size}(c, a, b) with a, b on the stack under... (c pushed by the caller first). */
    private void aluCall(Op op, int size) {
        String desc = writes(op) ? "(" + cpuArg + "II)I" : "(" + cpuArg + "II)V";
        g.invoke(ALU, aluName(op, size), desc);
    }

    private boolean binary(Insn i) {
        Operand d = i.operands[0], s = i.operands[1];
        int size = i.opSize;
        Op op = i.op;
        if (d.kind == Kind.REG) {
            int lin = -1;
            if (s.kind == Kind.MEM) {
                g.mayFault();
                lin = o.linearTo(i, size, false);
            } else if (!EmitOperands.simple(s)) {
                return false;
            }
            int a = g.temp(), b = g.temp();
            o.readReg(d.reg, size);
            mv.visitVarInsn(ISTORE, a);
            if (lin >= 0) {
                o.readLin(lin, size);
            } else {
                o.readSimple(s, size);
            }
            mv.visitVarInsn(ISTORE, b);
            if (writes(op)) {
                o.beginWriteReg(d.reg, size);
            }
            g.cpu();
            mv.visitVarInsn(ILOAD, a);
            mv.visitVarInsn(ILOAD, b);
            aluCall(op, size);
            keepSubOperands(op, a, b, size);
            if (writes(op)) {
                o.endWriteReg(size);
            }
            if (lin >= 0) {
                g.exitCheck();
            }
            return true;
        }
        if (d.kind != Kind.MEM || !EmitOperands.simple(s)) {
            return false;
        }
        g.mayFault();
        int b = g.temp();
        o.readSimple(s, size);
        mv.visitVarInsn(ISTORE, b);
        int lin = o.linearTo(i, size, writes(op));
        if (writes(op)) {
            g.mayFaultAfterFlags(); // the write may fault after the flags were recorded
            o.mmu();
            mv.visitVarInsn(ILOAD, lin);
        }
        int a = g.temp();
        o.readLin(lin, size);
        mv.visitVarInsn(ISTORE, a);
        g.cpu();
        mv.visitVarInsn(ILOAD, a);
        mv.visitVarInsn(ILOAD, b);
        aluCall(op, size);
        if (writes(op)) {
            o.writeCall(size);
        }
        keepSubOperands(op, a, b, size);
        g.exitCheck();
        return true;
    }

    /** A CMP or SUB: remember where its operands are, for a condition later in the block (Gen#cond). */
    private void keepSubOperands(Op op, int a, int b, int size) {
        if (op == Op.CMP || op == Op.SUB) {
            g.subK = g.k;
            g.subA = a;
            g.subB = b;
            g.subSize = size == 8 ? 0 : size == 16 ? 1 : 2;
        }
    }

    private boolean unary(Insn i) {
        Operand d = i.operands[0];
        int size = i.opSize;
        String name = i.op.name().toLowerCase() + size;
        String desc = "(" + cpuArg + "I)I";
        if (d.kind == Kind.REG) {
            o.beginWriteReg(d.reg, size);
            g.cpu();
            o.readReg(d.reg, size);
            g.invoke(ALU, name, desc);
            o.endWriteReg(size);
            return true;
        }
        if (d.kind != Kind.MEM) {
            return false;
        }
        g.mayFault();
        int lin = o.linearTo(i, size, true);
        if (i.op != Op.NOT) {
            g.mayFaultAfterFlags();
        }
        o.mmu();
        mv.visitVarInsn(ILOAD, lin);
        g.cpu();
        o.readLin(lin, size);
        g.invoke(ALU, name, desc);
        o.writeCall(size);
        g.exitCheck();
        return true;
    }

    private boolean push(Insn i) {
        Operand s = i.operands[0];
        int size = i.opSize;
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
        o.endWriteReg(size);
        return true;
    }

    /**
     * Two- and three-operand IMUL r16/r32 (ExecMulDiv.imul): the factors read in its order, the
     * truncated product and flags from MulDiv.imul16/imul32, the register written last.
     */
    private boolean imul(Insn i) {
        int size = i.opSize;
        if (i.operandCount < 2 || size == 8 || i.operands[0].kind != Kind.REG) {
            return false;
        }
        Operand d = i.operands[0];
        Operand a = i.operandCount == 3 ? i.operands[1] : d, b = i.operands[i.operandCount - 1];
        if (a.kind != Kind.REG && a.kind != Kind.MEM || b.kind != Kind.MEM && !EmitOperands.simple(b)) {
            return false;
        }
        int lin = -1;
        if (a.kind == Kind.MEM || b.kind == Kind.MEM) {
            g.mayFault();
            lin = o.linearTo(i, size, false);
        }
        o.beginWriteReg(d.reg, size);
        g.cpu();
        factor(a, lin, size);
        factor(b, lin, size);
        g.invoke("j86/runtime/ops/MulDiv", "imul" + size, "(" + cpuArg + "II)I");
        o.endWriteReg(size);
        if (lin >= 0) {
            g.exitCheck();
        }
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
            o.readLin(o.linearTo(i, size, false), size);
        } else {
            o.readReg(s.reg, size);
        }
        mv.visitVarInsn(ISTORE, v);
        g.flushRegs(1 << 0 | 1 << 2);
        g.cpu();
        mv.visitVarInsn(ILOAD, v);
        g.invoke("j86/runtime/ops/MulDiv", i.op.name().toLowerCase() + size, "(" + cpuArg + "I)V");
        g.reloadReg(0);
        g.reloadReg(2);
        if (s.kind == Kind.MEM) {
            g.exitCheck();
        }
        return true;
    }

    private void factor(Operand x, int lin, int size) {
        if (x.kind == Kind.MEM) {
            o.readLin(lin, size);
        } else {
            o.readSimple(x, size);
        }
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
        o.mmu();
        o.linear(i, 8, true);
        cond(i);
        o.writeCall(8);
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
            o.readLin(lin, size);
        } else {
            o.readReg(s.reg, size);
        }
        mv.visitVarInsn(ISTORE, v);
        Label skip = new Label();
        cond(i);
        mv.visitJumpInsn(IFEQ, skip);
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
            o.readLin(lin, s.size);
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
        o.mmu(false);
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
        o.readCall(32);
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
