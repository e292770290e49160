package j86.runtime.interp;

import j86.decoder.Insn;
import j86.decoder.Kind;
import j86.decoder.Op;
import j86.decoder.Operand;
import j86.runtime.cpu.Cpu;
import j86.runtime.ops.Shift;

/**
 * Rotates and shifts (ROL ROR RCL RCR SHL SHR SAR, Intel SDM Vol. 2 "RCL/RCR/ROL/ROR", "SAL/SAR/SHL/SHR")
 * and the double shifts SHLD/SHRD: operand plumbing only, the semantics are j86.runtime.ops.Shift's.
 * The count operand is 1, an imm8 or CL; the hardware masks it to 5 bits.
 */
final class ExecShift {
    private ExecShift() {}

    static void shift(Cpu c, Insn i) {
        int size = i.opSize;
        Operand d = i.operands[0];
        int count = Operands.read(c, i, i.operands[1], 8) & 0x1F;
        if (d.kind == Kind.REG) {
            Operands.setReg(c, d.reg, size, apply(c, i.op, size, Operands.getReg(c, d.reg, size), count));
        } else {
            int lin = Operands.memLinear(c, i, d, size >> 3, true);
            Operands.writeLin(c, lin, size, apply(c, i.op, size, Operands.readLin(c, lin, size), count));
        }
    }

    private static int apply(Cpu c, Op op, int size, int v, int n) {
        switch (size) {
            case 8:
                switch (op) {
                    case ROL: return Shift.rol8(c, v, n);
                    case ROR: return Shift.ror8(c, v, n);
                    case RCL: return Shift.rcl8(c, v, n);
                    case RCR: return Shift.rcr8(c, v, n);
                    case SHL: return Shift.shl8(c, v, n);
                    case SHR: return Shift.shr8(c, v, n);
                    default: return Shift.sar8(c, v, n);
                }
            case 16:
                switch (op) {
                    case ROL: return Shift.rol16(c, v, n);
                    case ROR: return Shift.ror16(c, v, n);
                    case RCL: return Shift.rcl16(c, v, n);
                    case RCR: return Shift.rcr16(c, v, n);
                    case SHL: return Shift.shl16(c, v, n);
                    case SHR: return Shift.shr16(c, v, n);
                    default: return Shift.sar16(c, v, n);
                }
            default:
                switch (op) {
                    case ROL: return Shift.rol32(c, v, n);
                    case ROR: return Shift.ror32(c, v, n);
                    case RCL: return Shift.rcl32(c, v, n);
                    case RCR: return Shift.rcr32(c, v, n);
                    case SHL: return Shift.shl32(c, v, n);
                    case SHR: return Shift.shr32(c, v, n);
                    default: return Shift.sar32(c, v, n);
                }
        }
    }

    /** SHLD/SHRD dst, src, imm8|CL. */
    static void doubleShift(Cpu c, Insn i) {
        int size = i.opSize;
        Operand d = i.operands[0];
        int src = Operands.read(c, i, i.operands[1], size);
        int count = Operands.read(c, i, i.operands[2], 8) & 0x1F;
        boolean left = i.op == Op.SHLD;
        if (d.kind == Kind.REG) {
            int v = Operands.getReg(c, d.reg, size);
            Operands.setReg(c, d.reg, size, apply2(c, left, size, v, src, count));
        } else {
            int lin = Operands.memLinear(c, i, d, size >> 3, true);
            int v = Operands.readLin(c, lin, size);
            Operands.writeLin(c, lin, size, apply2(c, left, size, v, src, count));
        }
    }

    private static int apply2(Cpu c, boolean left, int size, int v, int src, int n) {
        if (size == 16) {
            return left ? Shift.shld16(c, v, src, n) : Shift.shrd16(c, v, src, n);
        }
        return left ? Shift.shld32(c, v, src, n) : Shift.shrd32(c, v, src, n);
    }
}
