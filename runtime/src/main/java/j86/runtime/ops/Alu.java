package j86.runtime.ops;

import static j86.runtime.ops.Flags.K_ADC;
import static j86.runtime.ops.Flags.K_ADD;
import static j86.runtime.ops.Flags.K_DEC;
import static j86.runtime.ops.Flags.K_INC;
import static j86.runtime.ops.Flags.K_SBB;
import static j86.runtime.ops.Flags.K_SUB;
import static j86.runtime.ops.Flags.S16;
import static j86.runtime.ops.Flags.S32;
import static j86.runtime.ops.Flags.S8;

import j86.runtime.cpu.Cpu;

/**
 * The eight classic ALU operations plus TEST, INC, DEC, NEG and NOT (SDM Vol. 2, ADD..XOR).
 * Operands may carry garbage above the operand width; results are masked to it. Flags are recorded
 * lazily (see {@link Flags}); CMP and TEST only set flags. The per-size entry points are one-liners
 * with a fixed arity: the interpreter calls them, and the translator copies their bytecode (with
 * what they call here and in Flags) into its regions, so what is written here is what both run.
 */
public final class Alu {
    private Alu() {}

    static int add(Cpu c, int a, int b, int sizeLog2) {
        int m = Flags.mask(sizeLog2);
        a &= m;
        b &= m;
        int r = a + b & m;
        Flags.record(c, K_ADD, sizeLog2, a, b, r);
        return r;
    }

    static int adc(Cpu c, int a, int b, int sizeLog2) {
        int cin = Flags.cfBit(c);
        int m = Flags.mask(sizeLog2);
        a &= m;
        b &= m;
        int r = a + b + cin & m;
        Flags.record(c, K_ADC, sizeLog2, a, b, r);
        return r;
    }

    static int sub(Cpu c, int a, int b, int sizeLog2) {
        int m = Flags.mask(sizeLog2);
        a &= m;
        b &= m;
        int r = a - b & m;
        Flags.record(c, K_SUB, sizeLog2, a, b, r);
        return r;
    }

    static int sbb(Cpu c, int a, int b, int sizeLog2) {
        int cin = Flags.cfBit(c);
        int m = Flags.mask(sizeLog2);
        a &= m;
        b &= m;
        int r = a - b - cin & m;
        Flags.record(c, K_SBB, sizeLog2, a, b, r);
        return r;
    }

    /** AND, OR, XOR, TEST: CF = OF = 0; AF is undefined (SDM), we clear it. */
    static int logic(Cpu c, int r, int sizeLog2) {
        r &= Flags.mask(sizeLog2);
        Flags.recordRes(c, sizeLog2, r, 0);
        return r;
    }

    /** INC/DEC keep CF: the old CF is saved in lfB. */
    static int incDec(Cpu c, int a, int delta, int sizeLog2) {
        int oldCf = Flags.cfBit(c);
        int m = Flags.mask(sizeLog2);
        a &= m;
        int r = a + delta & m;
        Flags.record(c, delta > 0 ? K_INC : K_DEC, sizeLog2, a, oldCf, r);
        return r;
    }

    public static int add8(Cpu c, int a, int b) { return add(c, a, b, S8); }
    public static int add16(Cpu c, int a, int b) { return add(c, a, b, S16); }
    public static int add32(Cpu c, int a, int b) { return add(c, a, b, S32); }

    public static int or8(Cpu c, int a, int b) { return logic(c, a | b, S8); }
    public static int or16(Cpu c, int a, int b) { return logic(c, a | b, S16); }
    public static int or32(Cpu c, int a, int b) { return logic(c, a | b, S32); }

    public static int adc8(Cpu c, int a, int b) { return adc(c, a, b, S8); }
    public static int adc16(Cpu c, int a, int b) { return adc(c, a, b, S16); }
    public static int adc32(Cpu c, int a, int b) { return adc(c, a, b, S32); }

    public static int sbb8(Cpu c, int a, int b) { return sbb(c, a, b, S8); }
    public static int sbb16(Cpu c, int a, int b) { return sbb(c, a, b, S16); }
    public static int sbb32(Cpu c, int a, int b) { return sbb(c, a, b, S32); }

    public static int and8(Cpu c, int a, int b) { return logic(c, a & b, S8); }
    public static int and16(Cpu c, int a, int b) { return logic(c, a & b, S16); }
    public static int and32(Cpu c, int a, int b) { return logic(c, a & b, S32); }

    public static int sub8(Cpu c, int a, int b) { return sub(c, a, b, S8); }
    public static int sub16(Cpu c, int a, int b) { return sub(c, a, b, S16); }
    public static int sub32(Cpu c, int a, int b) { return sub(c, a, b, S32); }

    public static int xor8(Cpu c, int a, int b) { return logic(c, a ^ b, S8); }
    public static int xor16(Cpu c, int a, int b) { return logic(c, a ^ b, S16); }
    public static int xor32(Cpu c, int a, int b) { return logic(c, a ^ b, S32); }

    public static void cmp8(Cpu c, int a, int b) { sub(c, a, b, S8); }
    public static void cmp16(Cpu c, int a, int b) { sub(c, a, b, S16); }
    public static void cmp32(Cpu c, int a, int b) { sub(c, a, b, S32); }

    public static void test8(Cpu c, int a, int b) { logic(c, a & b, S8); }
    public static void test16(Cpu c, int a, int b) { logic(c, a & b, S16); }
    public static void test32(Cpu c, int a, int b) { logic(c, a & b, S32); }

    public static int inc8(Cpu c, int a) { return incDec(c, a, 1, S8); }
    public static int inc16(Cpu c, int a) { return incDec(c, a, 1, S16); }
    public static int inc32(Cpu c, int a) { return incDec(c, a, 1, S32); }

    public static int dec8(Cpu c, int a) { return incDec(c, a, -1, S8); }
    public static int dec16(Cpu c, int a) { return incDec(c, a, -1, S16); }
    public static int dec32(Cpu c, int a) { return incDec(c, a, -1, S32); }

    /** NEG is 0 - a: CF = (a != 0), the rest as SUB. */
    public static int neg8(Cpu c, int a) { return sub(c, 0, a, S8); }
    public static int neg16(Cpu c, int a) { return sub(c, 0, a, S16); }
    public static int neg32(Cpu c, int a) { return sub(c, 0, a, S32); }

    /** NOT changes no flags. */
    public static int not8(Cpu c, int a) { return ~a & 0xFF; }
    public static int not16(Cpu c, int a) { return ~a & 0xFFFF; }
    public static int not32(Cpu c, int a) { return ~a; }
}
