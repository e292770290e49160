package j86.runtime.interp;

import j86.decoder.Insn;
import j86.decoder.Kind;
import j86.decoder.Op;
import j86.decoder.Operand;
import j86.runtime.cpu.Cpu;
import j86.runtime.ops.Bits;

/**
 * BT/BTS/BTR/BTC, BSF/BSR and BSWAP (Intel SDM Vol. 2). The interpreter's part is bit-string
 * addressing: with a register bit offset and a memory operand the offset is signed and selects a
 * word/doubleword away from the effective address (SDM "BT": EA + 2*(offset SAR 4) or
 * 4*(offset SAR 5)); an immediate offset is taken modulo the operand width.
 */
final class ExecBits {
    private ExecBits() {}

    static void bitTest(Cpu c, Insn i) {
        Lock.run(c, i, ExecBits::bitTestBody);
    }

    private static void bitTestBody(Cpu c, Insn i) {
        int size = i.opSize;
        Operand d = i.operands[0];
        Operand s = i.operands[1];
        int offset = Operands.read(c, i, s, size);
        boolean writes = i.op != Op.BT;
        if (d.kind == Kind.REG) {
            int v = Operands.getReg(c, d.reg, size);
            int r = apply(c, i.op, size, v, offset & (size - 1));
            if (writes) {
                Operands.setReg(c, d.reg, size, r);
            }
            return;
        }
        int ea = Operands.ea(c, i);
        if (s.kind == Kind.REG) {
            ea += size == 16 ? ((short) offset >> 4) * 2 : (offset >> 5) * 4;
            if (i.addrSize == 16) {
                ea &= 0xFFFF;
            }
        }
        int lin = Operands.linear(c, i.memSeg, ea, size >> 3, writes);
        int r = apply(c, i.op, size, Operands.readLin(c, lin, size), offset & (size - 1));
        if (writes) {
            Operands.writeLin(c, lin, size, r);
        }
    }

    private static int apply(Cpu c, Op op, int size, int v, int bit) {
        if (size == 16) {
            switch (op) {
                case BT: return Bits.bt16(c, v, bit);
                case BTS: return Bits.bts16(c, v, bit);
                case BTR: return Bits.btr16(c, v, bit);
                default: return Bits.btc16(c, v, bit);
            }
        }
        switch (op) {
            case BT: return Bits.bt32(c, v, bit);
            case BTS: return Bits.bts32(c, v, bit);
            case BTR: return Bits.btr32(c, v, bit);
            default: return Bits.btc32(c, v, bit);
        }
    }

    /** BSF/BSR: the destination is left unchanged when the source is zero (the semantics decide). */
    static void bitScan(Cpu c, Insn i) {
        int size = i.opSize;
        int dst = i.operands[0].reg;
        int src = Operands.read(c, i, i.operands[1], size);
        int old = Operands.getReg(c, dst, size);
        int r;
        if (size == 16) {
            r = i.op == Op.BSF ? Bits.bsf16(c, old, src) : Bits.bsr16(c, old, src);
        } else {
            r = i.op == Op.BSF ? Bits.bsf32(c, old, src) : Bits.bsr32(c, old, src);
        }
        Operands.setReg(c, dst, size, r);
    }

    static void bswap(Cpu c, Insn i) {
        int r = i.operands[0].reg;
        c.r[r] = Bits.bswap32(c.r[r]);
    }
}
