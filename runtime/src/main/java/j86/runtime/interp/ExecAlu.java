package j86.runtime.interp;

import j86.decoder.Insn;
import j86.decoder.Kind;
import j86.decoder.Op;
import j86.decoder.Operand;
import j86.runtime.cpu.Cpu;
import j86.runtime.ops.Alu;

/**
 * The two-operand ALU group (ADD OR ADC SBB AND SUB XOR CMP TEST) and the one-operand group (INC DEC
 * NEG NOT). Only operand plumbing lives here: the arithmetic and flags are j86.runtime.ops.Alu's.
 * A read-modify-write memory operand is addressed once (checked for writing) and written before any
 * register, so a faulting write leaves no partial state (the loop restores the lazy flags).
 */
final class ExecAlu {
    private ExecAlu() {}

    static void binary(Cpu c, Insn i) {
        Lock.run(c, i, ExecAlu::binaryBody);
    }

    private static void binaryBody(Cpu c, Insn i) {
        int size = i.opSize;
        Operand d = i.operands[0];
        Op op = i.op;
        int b = Operands.read(c, i, i.operands[1], size);
        boolean writes = op != Op.CMP && op != Op.TEST;
        if (d.kind == Kind.REG) {
            int r = apply(c, op, size, Operands.getReg(c, d.reg, size), b);
            if (writes) {
                Operands.setReg(c, d.reg, size, r);
            }
        } else {
            int lin = Operands.memLinear(c, i, d, size >> 3, writes);
            int r = apply(c, op, size, Operands.readLin(c, lin, size), b);
            if (writes) {
                Operands.writeLin(c, lin, size, r);
            }
        }
    }

    static int apply(Cpu c, Op op, int size, int a, int b) {
        switch (size) {
            case 8: return apply8(c, op, a, b);
            case 16: return apply16(c, op, a, b);
            default: return apply32(c, op, a, b);
        }
    }

    private static int apply8(Cpu c, Op op, int a, int b) {
        switch (op) {
            case ADD: return Alu.add8(c, a, b);
            case OR: return Alu.or8(c, a, b);
            case ADC: return Alu.adc8(c, a, b);
            case SBB: return Alu.sbb8(c, a, b);
            case AND: return Alu.and8(c, a, b);
            case SUB: return Alu.sub8(c, a, b);
            case XOR: return Alu.xor8(c, a, b);
            case CMP: Alu.cmp8(c, a, b); return 0;
            case TEST: Alu.test8(c, a, b); return 0;
            case INC: return Alu.inc8(c, a);
            case DEC: return Alu.dec8(c, a);
            case NEG: return Alu.neg8(c, a);
            default: return Alu.not8(c, a);
        }
    }

    private static int apply16(Cpu c, Op op, int a, int b) {
        switch (op) {
            case ADD: return Alu.add16(c, a, b);
            case OR: return Alu.or16(c, a, b);
            case ADC: return Alu.adc16(c, a, b);
            case SBB: return Alu.sbb16(c, a, b);
            case AND: return Alu.and16(c, a, b);
            case SUB: return Alu.sub16(c, a, b);
            case XOR: return Alu.xor16(c, a, b);
            case CMP: Alu.cmp16(c, a, b); return 0;
            case TEST: Alu.test16(c, a, b); return 0;
            case INC: return Alu.inc16(c, a);
            case DEC: return Alu.dec16(c, a);
            case NEG: return Alu.neg16(c, a);
            default: return Alu.not16(c, a);
        }
    }

    private static int apply32(Cpu c, Op op, int a, int b) {
        switch (op) {
            case ADD: return Alu.add32(c, a, b);
            case OR: return Alu.or32(c, a, b);
            case ADC: return Alu.adc32(c, a, b);
            case SBB: return Alu.sbb32(c, a, b);
            case AND: return Alu.and32(c, a, b);
            case SUB: return Alu.sub32(c, a, b);
            case XOR: return Alu.xor32(c, a, b);
            case CMP: Alu.cmp32(c, a, b); return 0;
            case TEST: Alu.test32(c, a, b); return 0;
            case INC: return Alu.inc32(c, a);
            case DEC: return Alu.dec32(c, a);
            case NEG: return Alu.neg32(c, a);
            default: return Alu.not32(c, a);
        }
    }

    /** INC, DEC, NEG, NOT on a register or memory operand. */
    static void unary(Cpu c, Insn i) {
        Lock.run(c, i, ExecAlu::unaryBody);
    }

    private static void unaryBody(Cpu c, Insn i) {
        int size = i.opSize;
        Operand d = i.operands[0];
        if (d.kind == Kind.REG) {
            Operands.setReg(c, d.reg, size, apply(c, i.op, size, Operands.getReg(c, d.reg, size), 0));
        } else {
            int lin = Operands.memLinear(c, i, d, size >> 3, true);
            Operands.writeLin(c, lin, size, apply(c, i.op, size, Operands.readLin(c, lin, size), 0));
        }
    }
}
