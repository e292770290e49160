package j86.runtime.interp;

import j86.decoder.Insn;
import j86.decoder.Kind;
import j86.decoder.Op;
import j86.decoder.Operand;
import j86.decoder.Seg;
import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.Vector;
import j86.runtime.cpu.CpuFault;
import j86.runtime.cpu.Segmentation;
import j86.runtime.ops.Flags;
import j86.runtime.ops.Misc;

/**
 * Data movement (Intel SDM Vol. 2): MOV, MOVZX/MOVSX, LEA, XLAT, MOV to/from segment registers,
 * SETcc, CMOVcc, LDS..LGS, BOUND, and the exchanges XCHG, XADD, CMPXCHG, CMPXCHG8B. The exchanges
 * write memory before registers so that a faulting write changes nothing; their memory forms are
 * atomic with respect to other CPUs' locked accesses (XCHG always locks, SDM "XCHG").
 */
final class ExecMove {
    private ExecMove() {}

    static void mov(Cpu c, Insn i) {
        int size = i.opSize;
        Operands.write(c, i, i.operands[0], size, Operands.read(c, i, i.operands[1], size));
    }

    static void movx(Cpu c, Insn i) {
        Operand s = i.operands[1];
        int v = Operands.read(c, i, s, s.size);
        if (i.op == Op.MOVSX) {
            v = s.size == 8 ? (byte) v : (short) v;
        }
        Operands.setReg(c, i.operands[0].reg, i.opSize, v);
    }

    /** LEA computes the offset only (no segment, no access); a 16-bit destination keeps the low word. */
    static void lea(Cpu c, Insn i) {
        if (i.operands[1].kind != Kind.MEM) {
            throw CpuFault.of(Vector.UD);
        }
        Operands.setReg(c, i.operands[0].reg, i.opSize, Operands.ea(c, i));
    }

    /** XLAT: AL = [seg:(E)BX + AL], DS unless overridden. */
    static void xlat(Cpu c, Insn i) {
        int off = c.r[Cpu.EBX] + (c.r[Cpu.EAX] & 0xFF);
        if (i.addrSize == 16) {
            off &= 0xFFFF;
        }
        int seg = i.segOverride >= 0 ? i.segOverride : Seg.DS;
        int v = c.mmu.read8(Segmentation.linear(c, seg, off, 1, false));
        Operands.setReg(c, 0, 8, v);
    }

    /** MOV r/m, Sreg: a register destination gets the zero-extended selector, memory gets 16 bits. */
    static void movFromSeg(Cpu c, Insn i) {
        Operand d = i.operands[0];
        int sel = c.seg[i.operands[1].reg].selector;
        Operands.write(c, i, d, d.kind == Kind.MEM ? 16 : i.opSize, sel);
    }

    /** MOV Sreg, r/m: CS cannot be loaded (#UD); loading SS inhibits interrupts for one instruction. */
    static void movToSeg(Cpu c, Insn i) {
        int seg = i.operands[0].reg;
        if (seg == Seg.CS || seg > Seg.GS) {
            throw CpuFault.of(Vector.UD);
        }
        Segmentation.load(c, seg, Operands.read(c, i, i.operands[1], 16));
        if (seg == Seg.SS) {
            c.interruptShadow = true;
        }
    }

    static void setcc(Cpu c, Insn i) {
        Operands.write(c, i, i.operands[0], 8, Flags.cond(c, i.cond) ? 1 : 0);
    }

    /** CMOVcc reads its source (and may fault) whatever the condition. */
    static void cmovcc(Cpu c, Insn i) {
        int v = Operands.read(c, i, i.operands[1], i.opSize);
        if (Flags.cond(c, i.cond)) {
            Operands.setReg(c, i.operands[0].reg, i.opSize, v);
        }
    }

    /** LDS/LES/LSS/LFS/LGS r, m16:16|m16:32: the segment load may fault before the register changes. */
    static void loadFar(Cpu c, Insn i) {
        int size = i.opSize;
        int bytes = size >> 3;
        int lin = Operands.memLinear(c, i, i.operands[1], bytes + 2, false);
        int off = Operands.readLin(c, lin, size);
        int sel = c.mmu.read16(lin + bytes);
        int seg;
        switch (i.op) {
            case LDS: seg = Seg.DS; break;
            case LES: seg = Seg.ES; break;
            case LSS: seg = Seg.SS; break;
            case LFS: seg = Seg.FS; break;
            default: seg = Seg.GS; break;
        }
        Segmentation.load(c, seg, sel);
        Operands.setReg(c, i.operands[0].reg, size, off);
    }

    /** BOUND r, m: #BR when the signed index lies outside [lower, upper]. */
    static void bound(Cpu c, Insn i) {
        int size = i.opSize;
        int lin = Operands.memLinear(c, i, i.operands[1], (size >> 3) * 2, false);
        int idx = Operands.getReg(c, i.operands[0].reg, size);
        int lo = Operands.readLin(c, lin, size);
        int hi = Operands.readLin(c, lin + (size >> 3), size);
        if (size == 16) {
            idx = (short) idx;
            lo = (short) lo;
            hi = (short) hi;
        }
        if (idx < lo || idx > hi) {
            throw CpuFault.of(Vector.BR);
        }
    }

    static void xchg(Cpu c, Insn i) {
        Operand a = i.operands[0], b = i.operands[1];
        int size = i.opSize;
        if (a.kind == Kind.REG && b.kind == Kind.REG) {
            int va = Operands.getReg(c, a.reg, size);
            Operands.setReg(c, a.reg, size, Operands.getReg(c, b.reg, size));
            Operands.setReg(c, b.reg, size, va);
            return;
        }
        Operand reg = a.kind == Kind.REG ? a : b;
        if (c.phys.threaded) {
            AtomicRmw.run(c, i, (cc, ii) -> xchgMem(cc, ii, reg.reg, size));
        } else {
            xchgMem(c, i, reg.reg, size);
        }
    }

    private static void xchgMem(Cpu c, Insn i, int reg, int size) {
        int lin = Operands.linear(c, i, size >> 3, true);
        int old = Operands.readLin(c, lin, size);
        Operands.writeLin(c, lin, size, Operands.getReg(c, reg, size));
        Operands.setReg(c, reg, size, old);
    }

    static void xadd(Cpu c, Insn i) {
        Lock.run(c, i, ExecMove::xaddBody);
    }

    /** XADD dst, src: src = dst, dst = dst + src. */
    private static void xaddBody(Cpu c, Insn i) {
        Operand d = i.operands[0];
        int src = i.operands[1].reg;
        int size = i.opSize;
        int sv = Operands.getReg(c, src, size);
        if (d.kind == Kind.REG) {
            int dv = Operands.getReg(c, d.reg, size);
            int sum = add(c, size, dv, sv);
            Operands.setReg(c, src, size, dv);
            Operands.setReg(c, d.reg, size, sum);
        } else {
            int lin = Operands.linear(c, i, size >> 3, true);
            int dv = Operands.readLin(c, lin, size);
            Operands.writeLin(c, lin, size, add(c, size, dv, sv));
            Operands.setReg(c, src, size, dv);
        }
    }

    private static int add(Cpu c, int size, int a, int b) {
        return size == 8 ? Misc.xadd8(c, a, b) : size == 16 ? Misc.xadd16(c, a, b) : Misc.xadd32(c, a, b);
    }

    static void cmpxchg(Cpu c, Insn i) {
        Lock.run(c, i, ExecMove::cmpxchgBody);
    }

    /** CMPXCHG dst, src: the semantics are {@link Misc#cmpxchg}; dst is written before the accumulator. */
    private static void cmpxchgBody(Cpu c, Insn i) {
        Operand d = i.operands[0];
        int bits = i.opSize;
        int src = Operands.getReg(c, i.operands[1].reg, bits);
        int acc = Operands.getReg(c, Cpu.EAX, bits);
        int dv;
        if (d.kind == Kind.REG) {
            dv = Operands.getReg(c, d.reg, bits);
            Operands.setReg(c, d.reg, bits, Misc.cmpxchg(c, bits, acc, dv, src));
        } else {
            int lin = Operands.linear(c, i, bits >> 3, true);
            dv = Operands.readLin(c, lin, bits);
            Operands.writeLin(c, lin, bits, Misc.cmpxchg(c, bits, acc, dv, src));
        }
        if (Misc.cmpxchgLoadsAccumulator(c)) {
            Operands.setReg(c, Cpu.EAX, bits, dv);
        }
    }

    /** CMPXCHG8B m64: compares EDX:EAX with m64; equal: m64 = ECX:EBX, ZF = 1; else EDX:EAX = m64, ZF = 0. */
    static void cmpxchg8b(Cpu c, Insn i) {
        if (c.phys.threaded) {
            AtomicRmw.run(c, i, ExecMove::cmpxchg8bBody);
        } else {
            cmpxchg8bBody(c, i);
        }
    }

    private static void cmpxchg8bBody(Cpu c, Insn i) {
        {
            int lin = Operands.memLinear(c, i, i.operands[0], 8, true);
            int lo = c.mmu.read32(lin);
            int hi = c.mmu.read32(lin + 4);
            boolean eq = lo == c.r[Cpu.EAX] && hi == c.r[Cpu.EDX];
            if (eq) {
                c.mmu.write32(lin, c.r[Cpu.EBX]);
                c.mmu.write32(lin + 4, c.r[Cpu.ECX]);
            } else {
                c.mmu.write32(lin, lo);
                c.mmu.write32(lin + 4, hi);
                c.r[Cpu.EAX] = lo;
                c.r[Cpu.EDX] = hi;
            }
            Flags.setArith(c, eq ? Cpu.ZF : 0, Cpu.ZF);
        }
    }
}
