package j86.runtime.interp;

import j86.decoder.Insn;
import j86.runtime.cpu.Cpu;
import j86.runtime.ops.MulDiv;

/**
 * MUL, IMUL (one-, two- and three-operand forms), DIV and IDIV (Intel SDM Vol. 2): the one-operand
 * forms work on AL/AX/DX:AX/EDX:EAX inside j86.runtime.ops.MulDiv (which raises #DE); the two- and
 * three-operand IMUL forms use MulDiv.imul16/32 and write the destination register here.
 */
final class ExecMulDiv {
    private ExecMulDiv() {}

    static void oneOperand(Cpu c, Insn i) {
        int size = i.opSize;
        int src = Operands.read(c, i, i.operands[0], size);
        switch (i.op) {
            case MUL:
                if (size == 8) MulDiv.mul8(c, src); else if (size == 16) MulDiv.mul16(c, src); else MulDiv.mul32(c, src);
                break;
            case IMUL:
                if (size == 8) MulDiv.imul8(c, src); else if (size == 16) MulDiv.imul16(c, src); else MulDiv.imul32(c, src);
                break;
            case DIV:
                if (size == 8) MulDiv.div8(c, src); else if (size == 16) MulDiv.div16(c, src); else MulDiv.div32(c, src);
                break;
            default:
                if (size == 8) MulDiv.idiv8(c, src); else if (size == 16) MulDiv.idiv16(c, src); else MulDiv.idiv32(c, src);
                break;
        }
    }

    static void imul(Cpu c, Insn i) {
        if (i.operandCount < 2) {
            oneOperand(c, i);
            return;
        }
        int size = i.opSize;
        int dst = i.operands[0].reg;
        int a, b;
        if (i.operandCount == 3) {
            a = Operands.read(c, i, i.operands[1], size);
            b = Operands.read(c, i, i.operands[2], size);
        } else {
            a = Operands.getReg(c, dst, size);
            b = Operands.read(c, i, i.operands[1], size);
        }
        int r = size == 16 ? MulDiv.imul16(c, a, b) : MulDiv.imul32(c, a, b);
        Operands.setReg(c, dst, size, r);
    }
}
