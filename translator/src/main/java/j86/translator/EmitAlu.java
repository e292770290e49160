package j86.translator;

import static j86.runtime.ops.Flags.K_ADC;
import static j86.runtime.ops.Flags.K_ADD;
import static j86.runtime.ops.Flags.K_DEC;
import static j86.runtime.ops.Flags.K_INC;
import static j86.runtime.ops.Flags.K_SBB;
import static j86.runtime.ops.Flags.K_SUB;

import j86.decoder.Insn;
import j86.decoder.Kind;
import j86.decoder.Op;
import j86.decoder.Operand;
import j86.runtime.cpu.Cpu;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Arithmetic emitted inline with its flag record in locals ({@link EmitFlags}): ADD OR ADC SBB
 * AND SUB XOR CMP TEST in every register/immediate/memory form, INC DEC NEG NOT, SHL SHR SAR by a
 * constant, and two/three-operand IMUL. Each computes exactly what its semantics method computes
 * (Alu, Shift, MulDiv: the same masking, the same record kinds and operands, see Flags) in the
 * interpreter's order of accesses; the differential test holds them to the interpreter.
 *
 * <p>Why not an INVOKESTATIC of Alu's method, as the rest of the translator does: with
 * -XX:+PrintInlining on qsort (2026-11-21) C2 left Alu.sub, Alu.add and Flags.subCond as calls at
 * most of their call sites ("callee is too large", "size > DesiredMethodLimit"), and each such
 * call also writes four Cpu fields. Inline, a record is four local stores C2 mostly deletes.
 *
 * <p>A memory destination is written before the record: if the write faults, the record before
 * the instruction is still current (the interpreter restores it for the same effect).
 */
final class EmitAlu implements Opcodes {
    private final Gen g;
    private final MethodVisitor mv;
    private final EmitOperands o;

    EmitAlu(Gen g, EmitOperands o) {
        this.g = g;
        this.mv = g.mv;
        this.o = o;
    }

    /** The Flags size code of an operand size. */
    static int sizeCode(int size) {
        return size == 8 ? 0 : size == 16 ? 1 : 2;
    }

    private static boolean writes(Op op) {
        return op != Op.CMP && op != Op.TEST;
    }

    private int store() {
        int t = g.temp();
        mv.visitVarInsn(ISTORE, t);
        return t;
    }

    private void mask(int size) {
        if (size != 32) {
            g.iconst((1 << size) - 1);
            mv.visitInsn(IAND);
        }
    }

    /** ADD OR ADC SBB AND SUB XOR CMP TEST: r, r/imm/m or m, r/imm. */
    boolean binary(Insn i) {
        Operand d = i.operands[0], s = i.operands[1];
        int size = i.opSize;
        Op op = i.op;
        boolean toMem = d.kind == Kind.MEM;
        if (toMem ? !EmitOperands.simple(s) : d.kind != Kind.REG || !EmitOperands.simple(s) && s.kind != Kind.MEM) {
            return false;
        }
        int a, b, lin = -1;
        if (toMem) { // ExecAlu's order: the source, then the destination's read
            g.mayFault();
            o.readSimple(s, size);
            b = store();
            lin = o.linearTo(i, size, writes(op));
            g.mem.readLin(lin, size);
            a = store();
        } else {
            if (s.kind == Kind.MEM) {
                g.mayFault();
                lin = o.linearTo(i, size, false);
            }
            o.readReg(d.reg, size);
            a = store();
            if (lin >= 0) {
                g.mem.readLin(lin, size);
            } else {
                o.readSimple(s, size);
            }
            b = store();
        }
        int cin = -1;
        if (op == Op.ADC || op == Op.SBB) {
            g.flags.pushCf();
            cin = store();
        }
        mv.visitVarInsn(ILOAD, a);
        mv.visitVarInsn(ILOAD, b);
        mv.visitInsn(jvmOpcode(op));
        if (cin >= 0) {
            mv.visitVarInsn(ILOAD, cin);
            mv.visitInsn(op == Op.ADC ? IADD : ISUB);
        }
        mask(size);
        int res = store();
        if (writes(op)) {
            writeBack(d, lin, size, res);
        }
        recordBinary(op, sizeCode(size), a, b, res);
        if (lin >= 0) {
            g.exitCheck();
        }
        return true;
    }

    private static int jvmOpcode(Op op) {
        switch (op) {
            case ADD: case ADC: return IADD;
            case SUB: case SBB: case CMP: return ISUB;
            case AND: case TEST: return IAND;
            case OR: return IOR;
            default: return IXOR;
        }
    }

    private void recordBinary(Op op, int sz, int a, int b, int res) {
        switch (op) {
            case ADD: g.flags.record(K_ADD, sz, a, b, res); break;
            case ADC: g.flags.record(K_ADC, sz, a, b, res); break;
            case SUB: case CMP: g.flags.record(K_SUB, sz, a, b, res); break;
            case SBB: g.flags.record(K_SBB, sz, a, b, res); break;
            default: g.flags.recordRes(sz, res, -1); break; // AND OR XOR TEST: CF = OF = AF = 0
        }
    }

    /** The result to the destination: register {@code d}, or memory at {@code lin} when d is MEM. */
    private void writeBack(Operand d, int lin, int size, int res) {
        if (d.kind == Kind.MEM) {
            mv.visitVarInsn(ILOAD, lin);
            mv.visitVarInsn(ILOAD, res);
            g.mem.write(size);
        } else {
            o.beginWriteReg(d.reg, size);
            mv.visitVarInsn(ILOAD, res);
            o.endWriteReg(size);
        }
    }

    /** INC DEC NEG NOT of a register or memory (Alu.incDec keeps the old CF in lfB; NEG is 0 - a). */
    boolean unary(Insn i) {
        Operand d = i.operands[0];
        int size = i.opSize, lin = -1;
        if (d.kind != Kind.REG && d.kind != Kind.MEM) {
            return false;
        }
        if (d.kind == Kind.MEM) {
            g.mayFault();
            lin = o.linearTo(i, size, true);
            g.mem.readLin(lin, size);
        } else {
            o.readReg(d.reg, size);
        }
        int a = store(), cf = -1, zero = -1;
        if (i.op == Op.INC || i.op == Op.DEC) {
            g.flags.pushCf();
            cf = store();
        }
        switch (i.op) {
            case NOT:
                mv.visitVarInsn(ILOAD, a);
                g.iconst(-1);
                mv.visitInsn(IXOR);
                break;
            case NEG:
                g.iconst(0);
                zero = store();
                mv.visitVarInsn(ILOAD, zero);
                mv.visitVarInsn(ILOAD, a);
                mv.visitInsn(ISUB);
                break;
            default:
                mv.visitVarInsn(ILOAD, a);
                g.iconst(i.op == Op.INC ? 1 : -1);
                mv.visitInsn(IADD);
        }
        mask(size);
        int res = store();
        writeBack(d, lin, size, res);
        int sz = sizeCode(size);
        if (i.op == Op.NEG) {
            g.flags.record(K_SUB, sz, zero, a, res);
        } else if (i.op != Op.NOT) {
            g.flags.record(i.op == Op.INC ? K_INC : K_DEC, sz, a, cf, res);
        }
        if (lin >= 0) {
            g.exitCheck();
        }
        return true;
    }

    /**
     * SHL SHR SAR of a register by a constant whose masked count is not 0 (Shift.shl/shr/sar: CF
     * the last bit out, 0 past the width; OF by the 1-bit rule; AF clear).
     */
    boolean shiftByConstant(Insn i) {
        Operand d = i.operands[0], n = i.operands[1];
        int size = i.opSize, width = size;
        if (d.kind != Kind.REG || n.kind != Kind.ONE && n.kind != Kind.IMM) {
            return false;
        }
        int count = (n.kind == Kind.ONE ? 1 : n.value) & 31;
        if (count == 0 || i.op != Op.SHL && i.op != Op.SHR && i.op != Op.SAR) {
            return false;
        }
        o.readReg(d.reg, size);
        int v = store();
        int shift = 32 - width;
        if (i.op == Op.SAR && shift != 0) { // the sign-extended operand
            mv.visitVarInsn(ILOAD, v);
            g.iconst(shift);
            mv.visitInsn(ISHL);
            g.iconst(shift);
            mv.visitInsn(ISHR);
            mv.visitVarInsn(ISTORE, v);
        }
        mv.visitVarInsn(ILOAD, v);
        g.iconst(count);
        mv.visitInsn(i.op == Op.SHL ? ISHL : i.op == Op.SHR ? IUSHR : ISHR);
        mask(size);
        int res = store();
        // CF: the last bit shifted out.
        if (i.op == Op.SHL && count > width) {
            g.iconst(0);
        } else {
            mv.visitVarInsn(ILOAD, v);
            int at = i.op == Op.SHL ? width - count : count - 1;
            if (at != 0) {
                g.iconst(at);
                mv.visitInsn(i.op == Op.SAR ? ISHR : IUSHR);
            }
            g.iconst(1);
            mv.visitInsn(IAND);
        }
        if (i.op == Op.SHR && count > width) {
            mv.visitInsn(POP);
            g.iconst(0);
        }
        int cf = store();
        if (i.op != Op.SAR) { // OF: SHL the result's sign xor CF, SHR the operand's sign
            mv.visitVarInsn(ILOAD, i.op == Op.SHL ? res : v);
            g.iconst(width - 1);
            mv.visitInsn(IUSHR);
            g.iconst(1);
            mv.visitInsn(IAND);
            if (i.op == Op.SHL) {
                mv.visitVarInsn(ILOAD, cf);
                mv.visitInsn(IXOR);
            }
            g.iconst(11);
            mv.visitInsn(ISHL);
            mv.visitVarInsn(ILOAD, cf);
            mv.visitInsn(IOR);
            mv.visitVarInsn(ISTORE, cf);
        }
        o.beginWriteReg(d.reg, size);
        mv.visitVarInsn(ILOAD, res);
        o.endWriteReg(size);
        g.flags.recordRes(sizeCode(size), res, cf);
        return true;
    }

    /**
     * Two- and three-operand IMUL r16/r32 (MulDiv.imul16/imul32): the truncated product; CF = OF
     * = whether the full product does not fit the size, ZF/SF/PF from the truncated one.
     */
    boolean imul(Insn i) {
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
        int[] factors = new int[2];
        for (int f = 0; f < 2; f++) { // into locals: a side exit needs an empty operand stack
            Operand x = f == 0 ? a : b;
            if (x.kind == Kind.MEM) {
                g.mem.readLin(lin, size);
            } else {
                o.readSimple(x, size);
            }
            factors[f] = store();
        }
        for (int f = 0; f < 2; f++) {
            mv.visitVarInsn(ILOAD, factors[f]);
            mv.visitInsn(size == 32 ? I2L : I2S);
        }
        Label fits = new Label(), done = new Label();
        int res = g.temp();
        if (size == 32) {
            mv.visitInsn(LMUL);
            mv.visitInsn(DUP2);
            mv.visitInsn(L2I);
            mv.visitInsn(DUP);
            mv.visitVarInsn(ISTORE, res);
            mv.visitInsn(I2L);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(IFEQ, fits);
        } else {
            mv.visitInsn(IMUL);
            mv.visitInsn(DUP);
            mv.visitVarInsn(ISTORE, res);
            mv.visitInsn(DUP);
            mv.visitInsn(I2S);
            mv.visitJumpInsn(IF_ICMPEQ, fits);
        }
        g.iconst(Cpu.CF | Cpu.OF);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(fits);
        g.iconst(0);
        mv.visitLabel(done);
        int bits = store();
        mv.visitVarInsn(ILOAD, res);
        mask(size);
        mv.visitVarInsn(ISTORE, res);
        o.beginWriteReg(d.reg, size);
        mv.visitVarInsn(ILOAD, res);
        o.endWriteReg(size);
        g.flags.recordRes(sizeCode(size), res, bits);
        if (lin >= 0) {
            g.exitCheck();
        }
        return true;
    }
}
