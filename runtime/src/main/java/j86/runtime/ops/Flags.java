package j86.runtime.ops;

import j86.runtime.cpu.Cpu;

/**
 * Lazy arithmetic flags (Intel SDM Vol. 1, 3.4.3.1 and Appendix A "EFLAGS Cross-Reference").
 *
 * <p>A flag-setting operation only records what it did in the Cpu: {@code lfOp = kind << 2 | sizeLog2}
 * and the operands/result in {@code lfA, lfB, lfRes} (always masked to the operand width). Each flag
 * is derived from that record when someone reads it, so the common case (an ADD whose flags are
 * overwritten by the next CMP before any Jcc) costs four field stores.
 *
 * <p>Kinds and the meaning of the record:
 * <ul>
 * <li>{@link #K_FLAGS} materialised: lfA holds the six arithmetic bits exactly (size ignored).
 *     Cpu.reset() leaves lfOp=lfA=0, which is this kind with all flags clear.</li>
 * <li>{@link #K_ADD}, {@link #K_ADC}: lfA + lfB (+ carry-in) = lfRes.</li>
 * <li>{@link #K_SUB}, {@link #K_SBB}: lfA - lfB (- borrow-in) = lfRes (also CMP, NEG as 0 - x).</li>
 * <li>{@link #K_INC}, {@link #K_DEC}: lfRes = lfA +/- 1; lfB = the CF before (INC/DEC keep CF).</li>
 * <li>{@link #K_RES}: ZF, SF, PF come from lfRes; CF, AF, OF are the explicit bits in lfA
 *     (logic ops with lfA = 0, shifts, multiplies, BCD adjusts).</li>
 * </ul>
 * The carry-in of ADC/SBB is not stored: it is implied by a, b and res (see {@link #cf}).
 *
 * <p>Flag consumers among the ops (for flag liveness): ADC SBB RCL RCR SALC CMC read CF; INC DEC
 * keep CF (they read it); DAA DAS read CF and AF; AAA AAS read AF; LAHF and PUSHF ({@link #get})
 * read all; ROL ROR RCL RCR BT* SAHF keep the flags they do not write; Jcc SETcc CMOVcc use
 * {@link #cond}. Every other flag-setting op overwrites all six.
 */
public final class Flags {
    private Flags() {}

    /** Operand sizes as log2 of their bytes ({@code sizeLog2} below): the low two bits of lfOp. */
    public static final int S8 = 0, S16 = 1, S32 = 2;
    /** Operation kinds: lfOp >>> 2. */
    public static final int K_FLAGS = 0, K_ADD = 1, K_ADC = 2, K_SUB = 3, K_SBB = 4, K_INC = 5, K_DEC = 6,
            K_RES = 7;

    /** The value mask of an operand of 1 << sizeLog2 bytes (0xFF, 0xFFFF, 0xFFFFFFFF). */
    public static int mask(int sizeLog2) {
        return -1 >>> (32 - (8 << sizeLog2));
    }

    /** The sign bit of an operand of 1 << sizeLog2 bytes. */
    public static int sign(int sizeLog2) {
        return 1 << ((8 << sizeLog2) - 1);
    }

    /** Records a lazy flag state. */
    public static void record(Cpu c, int kind, int sizeLog2, int a, int b, int res) {
        c.lfOp = kind << 2 | sizeLog2;
        c.lfA = a;
        c.lfB = b;
        c.lfRes = res;
    }

    /** Records "ZF/SF/PF from res, CF/AF/OF = bits" (see {@link #K_RES}). */
    public static void recordRes(Cpu c, int sizeLog2, int res, int cfAfOf) {
        c.lfOp = K_RES << 2 | sizeLog2;
        c.lfA = cfAfOf;
        c.lfRes = res;
    }

    /** Converts any lazy state to the materialised kind; afterwards lfA holds the arithmetic bits. */
    public static void materialize(Cpu c) {
        if (c.lfOp >>> 2 != K_FLAGS) {
            c.lfA = arith(c);
            c.lfOp = K_FLAGS << 2;
        }
    }

    /** The six arithmetic flags, in their EFLAGS positions. */
    public static int arith(Cpu c) {
        if (c.lfOp >>> 2 == K_FLAGS) {
            return c.lfA & Cpu.ARITH;
        }
        return (cf(c) ? Cpu.CF : 0) | (pf(c) ? Cpu.PF : 0) | (af(c) ? Cpu.AF : 0) | (zf(c) ? Cpu.ZF : 0)
                | (sf(c) ? Cpu.SF : 0) | (of(c) ? Cpu.OF : 0);
    }

    /** Replaces the arithmetic flags selected by {@code mask} (others keep their current value). */
    public static void setArith(Cpu c, int bits, int mask) {
        int cur = arith(c);
        c.lfA = (cur & ~mask | bits & mask) & Cpu.ARITH;
        c.lfOp = K_FLAGS << 2;
    }

    /** Sets or clears CF only. */
    public static void setCf(Cpu c, boolean cf) {
        setArith(c, cf ? Cpu.CF : 0, Cpu.CF);
    }

    /** The full EFLAGS value (arithmetic flags materialised). */
    public static int get(Cpu c) {
        return c.eflags & ~Cpu.ARITH | 2 | arith(c);
    }

    /**
     * Sets the EFLAGS bits selected by {@code mask} to those of {@code value} (arithmetic ones
     * included). Bit 1 stays set; which bits an instruction may write (POPF at CPL > IOPL, VM, RF,
     * reserved bits 3, 5, 15) is the caller's choice of mask.
     */
    public static void set(Cpu c, int value, int mask) {
        int sys = mask & ~Cpu.ARITH;
        c.eflags = (c.eflags & ~sys | value & sys) & ~Cpu.ARITH | 2;
        if ((mask & Cpu.ARITH) != 0) {
            setArith(c, value, mask & Cpu.ARITH);
        }
    }

    /**
     * Evaluates condition code {@code cc} 0..15 (O,NO,B,AE,E,NE,BE,A,S,NS,P,NP,L,GE,LE,G), the low bit
     * negating (SDM Vol. 1, Table B-1). After a SUB/CMP it compares the operands directly.
     */
    public static boolean cond(Cpu c, int cc) {
        boolean r = c.lfOp >>> 2 == K_SUB ? condSub(c, cc >>> 1) : condAny(c, cc >>> 1);
        return r ^ ((cc & 1) != 0);
    }

    private static boolean condAny(Cpu c, int pair) {
        switch (pair) {
            case 0: return of(c);
            case 1: return cf(c);
            case 2: return zf(c);
            case 3: return cf(c) || zf(c);
            case 4: return sf(c);
            case 5: return pf(c);
            case 6: return sf(c) != of(c);
            default: return zf(c) || sf(c) != of(c);
        }
    }

    /** Conditions after a - b: unsigned and signed comparisons of the operands. */
    private static boolean condSub(Cpu c, int pair) {
        return pair == 1 || pair == 2 || pair == 3 || pair == 6 || pair == 7
                ? subCond(c.lfA, c.lfB, c.lfOp & 3, pair) : condAny(c, pair);
    }

    /**
     * Condition pair {@code pair} (B, E, BE, L or LE: 1, 2, 3, 6, 7) after {@code a - b} at
     * {@code sizeLog2} (S8, S16, S32; operands masked to it, as recorded): the comparison itself. The
     * translator calls it with the CMP's operands when a Jcc follows the CMP in its block.
     */
    public static boolean subCond(int a, int b, int sizeLog2, int pair) {
        int shift = 32 - (8 << sizeLog2); // moves the operand's sign bit to bit 31
        switch (pair) {
            case 1: return Integer.compareUnsigned(a, b) < 0;
            case 2: return a == b;
            case 3: return Integer.compareUnsigned(a, b) <= 0;
            case 6: return a << shift < b << shift;
            default: return a << shift <= b << shift;
        }
    }

    /**
     * CF as 0 or 1 (the carry-in of ADC/SBB, the CF that INC/DEC keep). The translator splices the
     * Alu methods that call it and replaces the call with its own read of the flag record.
     */
    public static int cfBit(Cpu c) {
        return cf(c) ? 1 : 0;
    }

    public static boolean cf(Cpu c) {
        int a = c.lfA, b = c.lfB, res = c.lfRes;
        switch (c.lfOp >>> 2) {
            case K_ADD: return Integer.compareUnsigned(res, a) < 0;
            // res == a means b + cin wrapped to 0: either b = 0, cin = 0 or b = max, cin = 1.
            case K_ADC: return Integer.compareUnsigned(res, a) < 0 || res == a && b != 0;
            case K_SUB: return Integer.compareUnsigned(a, b) < 0;
            // a == b leaves res = -cin: a borrow exactly when the borrow-in was 1.
            case K_SBB: return Integer.compareUnsigned(a, b) < 0 || a == b && res != 0;
            case K_INC:
            case K_DEC: return (b & 1) != 0;
            default: return (a & Cpu.CF) != 0;
        }
    }

    public static boolean zf(Cpu c) {
        return c.lfOp >>> 2 == K_FLAGS ? (c.lfA & Cpu.ZF) != 0 : c.lfRes == 0;
    }

    public static boolean sf(Cpu c) {
        int op = c.lfOp;
        return op >>> 2 == K_FLAGS ? (c.lfA & Cpu.SF) != 0 : (c.lfRes & sign(op & 3)) != 0;
    }

    /** PF: even number of set bits in the low byte of the result. */
    public static boolean pf(Cpu c) {
        return c.lfOp >>> 2 == K_FLAGS ? (c.lfA & Cpu.PF) != 0 : (Integer.bitCount(c.lfRes & 0xFF) & 1) == 0;
    }

    /** AF: carry or borrow out of bit 3. */
    public static boolean af(Cpu c) {
        switch (c.lfOp >>> 2) {
            case K_ADD:
            case K_ADC:
            case K_SUB:
            case K_SBB: return ((c.lfA ^ c.lfB ^ c.lfRes) & 0x10) != 0;
            case K_INC: return (c.lfRes & 0xF) == 0;
            case K_DEC: return (c.lfRes & 0xF) == 0xF;
            default: return (c.lfA & Cpu.AF) != 0;
        }
    }

    /** OF: the signed result does not fit. */
    public static boolean of(Cpu c) {
        int op = c.lfOp, a = c.lfA, b = c.lfB, res = c.lfRes, sign = sign(op & 3);
        switch (op >>> 2) {
            case K_ADD:
            case K_ADC: return ((a ^ res) & (b ^ res) & sign) != 0;
            case K_SUB:
            case K_SBB: return ((a ^ b) & (a ^ res) & sign) != 0;
            case K_INC: return res == sign;
            case K_DEC: return res == sign - 1;
            default: return (a & Cpu.OF) != 0;
        }
    }
}
