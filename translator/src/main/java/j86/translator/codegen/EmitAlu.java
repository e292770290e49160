package j86.translator.codegen;

import j86.decoder.Insn;
import j86.decoder.Kind;
import j86.decoder.Op;
import j86.decoder.Operand;
import j86.translator.splice.FlagRecord;
import j86.translator.splice.Splice;
import j86.translator.splice.SpliceValue;
import java.util.Locale;
import org.objectweb.asm.Opcodes;

/**
 * ADD OR ADC SBB AND SUB XOR CMP TEST in every register/immediate/memory form, INC DEC NEG NOT,
 * SHL SHR SAR of a register by a constant, and two/three-operand IMUL: the operands fetched and
 * the result written back here, in the interpreter's order of accesses (ExecAlu, ExecShift,
 * ExecMulDiv), and between them the arithmetic and flag record of the very method the
 * interpreter calls (Alu.add32, Shift.shl8, MulDiv.imul32, ...), copied inline by {@link Splice}.
 *
 * <p>Register operands are passed as the guest register's local, immediates as constants that
 * fold in the copy; the flag record lands in the flag locals ({@link EmitFlags}), before a
 * register is written (the record may read the register's old value) and after a memory
 * destination is written (if the write faults, the record of the instruction before is still
 * current: the interpreter restores it for the same effect). When liveness says nobody reads
 * the record it is dropped, and an instruction with neither result nor record (CMP, TEST) emits
 * nothing.
 */
public final class EmitAlu implements Opcodes {
    private static final String ALU = "j86/runtime/ops/Alu", SHIFT = "j86/runtime/ops/Shift",
            MULDIV = "j86/runtime/ops/MulDiv";
    private static final String CPU_ARG = "(L" + Gen.CPU + ";";

    private final Gen g;
    private final EmitOperands o;

    EmitAlu(Gen g, EmitOperands o) {
        this.g = g;
        this.o = o;
    }

    /** The ops method name for {@code op} at {@code size} bits: add32, shl8, imul16. */
    private static String name(Op op, int size) {
        return op.name().toLowerCase(Locale.ROOT) + size;
    }

    /** A register operand as its local (32 bits) or a masked copy; an immediate as a constant. */
    private SpliceValue value(Operand x, int size) {
        if (x.kind == Kind.IMM) {
            return SpliceValue.constant(size == 32 ? x.value : x.value & (1 << size) - 1);
        }
        if (size == 32) {
            return SpliceValue.local(Gen.R0 + x.reg);
        }
        o.readReg(x.reg, size);
        return stored();
    }

    private SpliceValue stored() {
        int t = g.temp();
        g.mv.visitVarInsn(ISTORE, t);
        return SpliceValue.local(t);
    }

    private SpliceValue readMemory(int lin, int size) {
        return readMemory(lin, size, false);
    }

    /** {@code forWrite}: the destination of a read-modify-write (EmitMemory.read). */
    private SpliceValue readMemory(int lin, int size, boolean forWrite) {
        g.mem.readLin(lin, size, forWrite);
        return stored();
    }

    /** ADD OR ADC SBB AND SUB XOR CMP TEST: r, r/imm/m or m, r/imm. */
    boolean binary(Insn i, boolean keepFlags) {
        Operand d = i.operands[0], s = i.operands[1];
        int size = i.opSize;
        boolean toMem = d.kind == Kind.MEM, writes = i.op != Op.CMP && i.op != Op.TEST;
        if (toMem ? !EmitOperands.simple(s) : d.kind != Kind.REG || !EmitOperands.simple(s) && s.kind != Kind.MEM) {
            return false;
        }
        if (!writes && !keepFlags) {
            return true; // nothing observable
        }
        SpliceValue a, b;
        int lin = -1;
        if (toMem) { // ExecAlu's order: the source, then the destination's read
            g.mayFault();
            b = value(s, size);
            lin = o.linearTo(i, size, writes);
            a = readMemory(lin, size, writes);
        } else {
            if (s.kind == Kind.MEM) {
                g.mayFault();
                lin = o.linearTo(i, size, false);
            }
            a = value(d, size);
            b = lin >= 0 ? readMemory(lin, size) : value(s, size);
        }
        String desc = CPU_ARG + "II)" + (writes ? "I" : "V");
        finish(d, lin, size, Splice.call(g, ALU, name(i.op, size), desc, keepFlags, SpliceValue.THE_CPU, a, b));
        return true;
    }

    /** INC DEC NEG NOT of a register or memory. */
    boolean unary(Insn i, boolean keepFlags) {
        Operand d = i.operands[0];
        int size = i.opSize, lin = -1;
        if (d.kind != Kind.REG && d.kind != Kind.MEM) {
            return false;
        }
        SpliceValue a;
        if (d.kind == Kind.MEM) {
            g.mayFault();
            lin = o.linearTo(i, size, true);
            a = readMemory(lin, size, true);
        } else {
            a = value(d, size);
        }
        Splice.Result r = Splice.call(g, ALU, name(i.op, size), CPU_ARG + "I)I", keepFlags, SpliceValue.THE_CPU, a);
        finish(d, lin, size, r);
        return true;
    }

    /** SHL SHR SAR of a register by a constant (1 or imm8; Shift masks it as the CPU does). */
    boolean shiftByConstant(Insn i) {
        Operand d = i.operands[0], n = i.operands[1];
        int size = i.opSize;
        if (d.kind != Kind.REG || n.kind != Kind.ONE && n.kind != Kind.IMM
                || i.op != Op.SHL && i.op != Op.SHR && i.op != Op.SAR) {
            return false;
        }
        SpliceValue count = SpliceValue.constant(n.kind == Kind.ONE ? 1 : n.value);
        Splice.Result r = Splice.call(g, SHIFT, name(i.op, size), CPU_ARG + "II)I", true,
                SpliceValue.THE_CPU, value(d, size), count);
        finish(d, -1, size, r);
        return true;
    }

    /** Two- and three-operand IMUL r16/r32, r/m(, imm). */
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
        SpliceValue x = a.kind == Kind.MEM ? readMemory(lin, size) : value(a, size);
        SpliceValue y = b.kind == Kind.MEM ? readMemory(lin, size) : value(b, size);
        Splice.Result r = Splice.call(g, MULDIV, name(Op.IMUL, size), CPU_ARG + "II)I", true, SpliceValue.THE_CPU, x, y);
        writeRegister(d, size, r);
        if (lin >= 0) {
            g.exitCheck();
        }
        return true;
    }

    /** Result and record to their places: see the class comment for the order. */
    private void finish(Operand d, int lin, int size, Splice.Result r) {
        if (d.kind == Kind.MEM && r.value() >= 0) {
            g.mv.visitVarInsn(ILOAD, lin);
            g.mv.visitVarInsn(ILOAD, r.value());
            g.mem.write(size);
            apply(r);
        } else if (r.value() >= 0) {
            writeRegister(d, size, r);
        } else {
            apply(r);
        }
        if (lin >= 0) {
            g.exitCheck();
        }
    }

    private void writeRegister(Operand d, int size, Splice.Result r) {
        apply(r);
        o.beginWriteReg(d.reg, size);
        g.mv.visitVarInsn(ILOAD, r.value());
        o.endWriteReg(size);
    }

    /** The held-back record into the flag locals (EmitFlags tracks its kind for inline conditions). */
    private void apply(Splice.Result r) {
        FlagRecord f = r.record();
        if (f == null) {
            return;
        }
        if (f.res()) {
            g.flags.recordRes(f.sizeLog2(), f.result(), f.bits());
        } else {
            g.flags.record(f.kind(), f.sizeLog2(), f.a(), f.b(), f.result());
        }
    }
}
