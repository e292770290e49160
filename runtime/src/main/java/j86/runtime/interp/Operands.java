package j86.runtime.interp;

import j86.decoder.Insn;
import j86.decoder.Kind;
import j86.decoder.Operand;
import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.Vector;
import j86.runtime.cpu.CpuFault;
import j86.runtime.cpu.Segmentation;
import j86.runtime.ops.Regs;

/**
 * Operand access for the interpreter: the effective address of an Insn's memory operand (16- and
 * 32-bit addressing, Intel SDM Vol. 2, 2.1.5), and reads/writes of REG, MEM and IMM operands at 8,
 * 16 or 32 bits. Memory goes through segmentation (limit and rights checks) then the CPU's MMU.
 */
final class Operands {
    private Operands() {}

    /** The offset of the memory operand, truncated to the address size. */
    static int ea(Cpu c, Insn i) {
        int a = i.memDisp;
        if (i.memBase >= 0) {
            a += c.r[i.memBase];
        }
        if (i.memIndex >= 0) {
            a += c.r[i.memIndex] << i.memScale;
        }
        return i.addrSize == 16 ? a & 0xFFFF : a;
    }

    /** The linear address of the memory operand for an access of {@code bytes} bytes. */
    static int linear(Cpu c, Insn i, int bytes, boolean write) {
        return Segmentation.linear(c, i.memSeg, ea(c, i), bytes, write);
    }

    /** The linear address of {@code offset} (already truncated) in segment {@code seg}. */
    static int linear(Cpu c, int seg, int offset, int bytes, boolean write) {
        return Segmentation.linear(c, seg, offset, bytes, write);
    }

    static int readLin(Cpu c, int lin, int size) {
        switch (size) {
            case 8: return c.mmu.read8(lin);
            case 16: return c.mmu.read16(lin);
            default: return c.mmu.read32(lin);
        }
    }

    static void writeLin(Cpu c, int lin, int size, int v) {
        switch (size) {
            case 8: c.mmu.write8(lin, v); break;
            case 16: c.mmu.write16(lin, v); break;
            default: c.mmu.write32(lin, v); break;
        }
    }

    static int mask(int size) {
        return size == 32 ? -1 : (1 << size) - 1;
    }

    static int getReg(Cpu c, int r, int size) {
        switch (size) {
            case 8: return Regs.get8(c, r);
            case 16: return c.r[r] & 0xFFFF;
            default: return c.r[r];
        }
    }

    static void setReg(Cpu c, int r, int size, int v) {
        switch (size) {
            case 8: Regs.set8(c, r, v); break;
            case 16: Regs.set16(c, r, v); break;
            default: c.r[r] = v; break;
        }
    }

    /** Reads operand {@code o} as a {@code size}-bit value (zero-extended; immediates masked). */
    static int read(Cpu c, Insn i, Operand o, int size) {
        switch (o.kind) {
            case REG: return getReg(c, o.reg, size);
            case MEM: return readLin(c, linear(c, i, size >> 3, false), size);
            case IMM: return o.value & mask(size);
            case ONE: return 1;
            case SREG: return c.seg[o.reg].selector;
            default: throw CpuFault.of(Vector.UD);
        }
    }

    /** Writes a {@code size}-bit value to operand {@code o} (REG or MEM). */
    static void write(Cpu c, Insn i, Operand o, int size, int v) {
        if (o.kind == Kind.REG) {
            setReg(c, o.reg, size, v);
        } else if (o.kind == Kind.MEM) {
            writeLin(c, linear(c, i, size >> 3, true), size, v);
        } else {
            throw CpuFault.of(Vector.UD);
        }
    }

    /** The memory operand, or #UD when the operand is a register (forms the decoder let through). */
    static int memLinear(Cpu c, Insn i, Operand o, int bytes, boolean write) {
        if (o.kind != Kind.MEM) {
            throw CpuFault.of(Vector.UD);
        }
        return linear(c, i, bytes, write);
    }
}
