package j86.runtime.ops;

import static j86.runtime.cpu.Cpu.EAX;
import static j86.runtime.cpu.Cpu.EDX;

import j86.runtime.cpu.Cpu;

/**
 * Accumulator sign extensions, flag instructions, XADD and CMPXCHG helpers (SDM Vol. 2).
 *
 * <p>XADD dst, src: {@code sum = xadd32(c, dst, src)}; then write the old dst into the src register
 * and {@code sum} into dst (register src first is irrelevant; for memory, dst is written last).
 * <p>CMPXCHG dst, src: {@link #cmpxchg} gives dst's new value, then {@link #cmpxchgLoadsAccumulator}
 * says whether the accumulator takes dst's old value.
 */
public final class Misc {
    private Misc() {}

    public static void cbw(Cpu c) { Regs.set16(c, EAX, (byte) c.r[EAX]); }
    public static void cwde(Cpu c) { c.r[EAX] = (short) c.r[EAX]; }
    public static void cwd(Cpu c) { Regs.set16(c, EDX, (short) c.r[EAX] >> 15); }
    public static void cdq(Cpu c) { c.r[EDX] = c.r[EAX] >> 31; }

    /** SALC (undocumented D6): AL = CF ? 0xFF : 0, flags unchanged. */
    public static void salc(Cpu c) { Regs.set8(c, 0, Flags.cf(c) ? 0xFF : 0); }

    /** LAHF: AH = SF ZF 0 AF 0 PF 1 CF. */
    public static void lahf(Cpu c) { Regs.set8(c, 4, Flags.arith(c) & 0xD5 | 2); }

    /** SAHF: SF ZF AF PF CF from AH; OF unchanged. */
    public static void sahf(Cpu c) { Flags.setArith(c, c.r[EAX] >>> 8, Cpu.SF | Cpu.ZF | Cpu.AF | Cpu.PF | Cpu.CF); }

    public static void clc(Cpu c) { Flags.setCf(c, false); }
    public static void stc(Cpu c) { Flags.setCf(c, true); }
    public static void cmc(Cpu c) { Flags.setCf(c, !Flags.cf(c)); }

    public static int xadd8(Cpu c, int dst, int src) { return Alu.add8(c, dst, src); }
    public static int xadd16(Cpu c, int dst, int src) { return Alu.add16(c, dst, src); }
    public static int xadd32(Cpu c, int dst, int src) { return Alu.add32(c, dst, src); }

    /**
     * CMPXCHG dst, src with accumulator value {@code acc}, operands of {@code bits} bits: sets the
     * flags of CMP acc, dst and returns the value dst holds afterwards: src when they were equal,
     * else dst itself (a memory dst is written back either way, the SDM's locked write). The
     * caller writes it, and only then asks {@link #cmpxchgLoadsAccumulator}, so that a faulting
     * write leaves the accumulator unchanged (precise exceptions).
     */
    public static int cmpxchg(Cpu c, int bits, int acc, int dst, int src) {
        boolean equal = bits == 8 ? cmpxchg8(c, acc, dst) : bits == 16 ? cmpxchg16(c, acc, dst) : cmpxchg32(c, acc, dst);
        return equal ? src : dst;
    }

    /** After {@link #cmpxchg} and its write: whether the accumulator takes dst's old value (ZF clear). */
    public static boolean cmpxchgLoadsAccumulator(Cpu c) {
        return !Flags.zf(c);
    }

    /** Compares the accumulator with dst (flags of CMP) and answers whether they were equal. */
    public static boolean cmpxchg8(Cpu c, int acc, int dst) { Alu.cmp8(c, acc, dst); return ((acc ^ dst) & 0xFF) == 0; }
    public static boolean cmpxchg16(Cpu c, int acc, int dst) { Alu.cmp16(c, acc, dst); return ((acc ^ dst) & 0xFFFF) == 0; }
    public static boolean cmpxchg32(Cpu c, int acc, int dst) { Alu.cmp32(c, acc, dst); return acc == dst; }
}
