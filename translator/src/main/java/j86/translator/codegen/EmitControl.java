package j86.translator.codegen;

import j86.decoder.Insn;
import j86.decoder.Kind;
import j86.translator.block.ModeKey;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Near control transfers that end a block, 32-bit operand size only (the interpreter's
 * ExecControl handles the rest): Jcc (Flags.cond, the interpreter's condition evaluation) and JMP
 * rel, which continue through {@link Gen#jumpTo} (a JVM jump inside the region, or the exit), JMP
 * r/m32 (EIP from a register or memory, then the block's exit),
 * CALL rel (Stack.push32 of the return address), RET [imm16] (Stack.peek32, Stack.adjust). Targets
 * are checked against the CS limit by {@link Support#nearTarget} before anything changes.
 */
final class EmitControl implements Opcodes {
    private EmitControl() {}

    private static final String CPU_ARG = "L" + Gen.CPU + ";";

    /** Local {@code t} = nearTarget(c, t): #GP beyond the CS limit (none in a flat mode: 4 GiB). */
    private static void checkTarget(Gen g, int t) {
        if (ModeKey.flat(g.e.mode)) {
            return;
        }
        g.cpu();
        g.mv.visitVarInsn(ILOAD, t);
        g.invoke(Gen.SUPPORT, "nearTarget", "(" + CPU_ARG + "I)I");
        g.mv.visitVarInsn(ISTORE, t);
    }

    /** c.eip = nearTarget(c, base + target) (no check in a flat mode). */
    static void branchTo(Gen g, int target) {
        if (ModeKey.flat(g.e.mode)) {
            g.setEip(target);
            return;
        }
        g.mayFault();
        g.cpu();
        g.cpu();
        g.base();
        g.iconst(target);
        g.mv.visitInsn(IADD);
        g.invoke(Gen.SUPPORT, "nearTarget", "(" + CPU_ARG + "I)I");
        g.mv.visitFieldInsn(PUTFIELD, Gen.CPU, "eip", "I");
    }

    static boolean jcc(Gen g, Insn i) {
        if (i.opSize != 32) {
            return false;
        }
        MethodVisitor mv = g.mv;
        Label notTaken = new Label();
        g.flags.toLocals(); // both arms continue at block labels or exits with the same state
        g.flags.jumpIf(i.cond ^ 1, notTaken);
        g.jumpTo(g.next() + i.operands[0].value, true);
        mv.visitLabel(notTaken);
        g.jumpTo(g.next(), false);
        g.ended = true;
        return true;
    }

    static boolean jmp(Gen g, Insn i) {
        if (i.opSize != 32) {
            return false;
        }
        if (i.operands[0].kind == Kind.REL) {
            g.jumpTo(g.next() + i.operands[0].value, true);
            g.ended = true;
            return true;
        }
        return jmpIndirect(g, i);
    }

    /**
     * JMP r/m32 (a C switch's jump table, a function pointer): read the target, check it, EIP =
     * target (ExecControl.jmp's order); the block then exits to its successor as after RET.
     */
    private static boolean jmpIndirect(Gen g, Insn i) {
        j86.decoder.Operand s = i.operands[0];
        if (s.kind != Kind.REG && s.kind != Kind.MEM) {
            return false;
        }
        MethodVisitor mv = g.mv;
        g.mayFault();
        EmitOperands o = new EmitOperands(g);
        if (s.kind == Kind.MEM) {
            g.mem.readLin(o.linearTo(i, 32, false), 32);
        } else {
            o.readSimple(s, 32);
        }
        int t = g.temp();
        mv.visitVarInsn(ISTORE, t);
        checkTarget(g, t);
        g.cpu();
        mv.visitVarInsn(ILOAD, t);
        mv.visitFieldInsn(PUTFIELD, Gen.CPU, "eip", "I");
        return true;
    }

    /** CALL rel32: check the target, push the return address, jump (ExecControl.call's order). */
    static boolean call(Gen g, Insn i) {
        if (i.opSize != 32 || i.operands[0].kind != Kind.REL) {
            return false;
        }
        MethodVisitor mv = g.mv;
        g.mayFault();
        int t = g.temp();
        g.base();
        g.iconst(g.next() + i.operands[0].value);
        mv.visitInsn(IADD);
        mv.visitVarInsn(ISTORE, t);
        checkTarget(g, t);
        EmitOperands o = new EmitOperands(g);
        if (o.flatStack()) {
            g.base();
            g.iconst(g.next());
            mv.visitInsn(IADD);
            o.push32();
        } else {
            g.cpu();
            g.base();
            g.iconst(g.next());
            mv.visitInsn(IADD);
            g.flushEsp();
            g.invoke(Specialise.STACK, "push32", "(" + CPU_ARG + "I)V");
            g.reloadEsp();
        }
        g.cpu();
        mv.visitVarInsn(ILOAD, t);
        mv.visitFieldInsn(PUTFIELD, Gen.CPU, "eip", "I");
        return true;
    }

    /** RET [imm16]: read the target, check it, then ESP += 4 + imm, EIP = target (ExecControl.ret). */
    static boolean ret(Gen g, Insn i) {
        if (i.opSize != 32) {
            return false;
        }
        MethodVisitor mv = g.mv;
        int imm = i.operandCount > 0 ? i.operands[0].value & 0xFFFF : 0;
        g.mayFault();
        int t = g.temp();
        EmitOperands o = new EmitOperands(g);
        if (o.flatStack()) {
            g.loadReg(4);
            g.mem.read(32);
            mv.visitVarInsn(ISTORE, t);
            checkTarget(g, t);
            g.loadReg(4);
            g.iconst(4 + imm);
            mv.visitInsn(IADD);
            g.storeReg(4);
        } else {
            g.flushEsp();
            g.cpu();
            g.cpu();
            g.iconst(0);
            g.invoke(Specialise.STACK, "peek32", "(" + CPU_ARG + "I)I");
            g.invoke(Gen.SUPPORT, "nearTarget", "(" + CPU_ARG + "I)I");
            mv.visitVarInsn(ISTORE, t);
            g.cpu();
            g.loadReg(4); // ESP
            g.iconst(4 + imm);
            g.invoke(Specialise.STACK, "adjust", "(" + CPU_ARG + "II)I");
            g.storeReg(4);
        }
        g.cpu();
        mv.visitVarInsn(ILOAD, t);
        mv.visitFieldInsn(PUTFIELD, Gen.CPU, "eip", "I");
        return true;
    }
}
