package j86.runtime.ops;

import static j86.runtime.ops.Flags.S16;
import static j86.runtime.ops.Flags.S32;
import static j86.runtime.ops.Flags.S8;

import j86.runtime.cpu.Cpu;

/**
 * Shifts (SDM Vol. 2, "SAL/SAR/SHL/SHR"). The count is masked to 5 bits as on the 386 and later; a
 * masked count of 0 changes nothing, flags included. CF is the last bit shifted out (undefined by
 * the SDM for SHL/SHR when count >= width: we give 0); OF is defined only for 1-bit shifts (we apply
 * the 1-bit rule to every count); AF is undefined (we clear it). SF, ZF, PF follow the result.
 * Rotates and double shifts are in {@link Rotate} and {@link DoubleShift}; the entry points for all
 * of them are here so callers have one class to look for.
 */
public final class Shift {
    private Shift() {}

    static int shl(Cpu c, int v, int count, int sizeLog2) {
        count &= 31;
        int m = Flags.mask(sizeLog2);
        v &= m;
        if (count == 0) {
            return v;
        }
        int width = 8 << sizeLog2;
        int r = v << count & m;
        int cf = count <= width ? v >>> (width - count) & 1 : 0;
        int of = (r >>> (width - 1) & 1) ^ cf;
        Flags.recordRes(c, sizeLog2, r, cf | of << 11);
        return r;
    }

    static int shr(Cpu c, int v, int count, int sizeLog2) {
        count &= 31;
        int m = Flags.mask(sizeLog2);
        v &= m;
        if (count == 0) {
            return v;
        }
        int width = 8 << sizeLog2;
        int r = v >>> count;
        int cf = count <= width ? v >>> (count - 1) & 1 : 0;
        int of = v >>> (width - 1) & 1; // 1-bit rule: the original sign
        Flags.recordRes(c, sizeLog2, r, cf | of << 11);
        return r;
    }

    static int sar(Cpu c, int v, int count, int sizeLog2) {
        count &= 31;
        int m = Flags.mask(sizeLog2);
        int shift = 32 - (8 << sizeLog2);
        int sv = v << shift >> shift; // sign-extended operand
        if (count == 0) {
            return v & m;
        }
        int r = sv >> count & m;
        int cf = sv >> (count - 1) & 1; // counts past the width shift out copies of the sign
        Flags.recordRes(c, sizeLog2, r, cf); // OF = 0 for 1-bit SAR
        return r;
    }

    public static int shl8(Cpu c, int value, int count) { return shl(c, value, count, S8); }
    public static int shl16(Cpu c, int value, int count) { return shl(c, value, count, S16); }
    public static int shl32(Cpu c, int value, int count) { return shl(c, value, count, S32); }

    public static int shr8(Cpu c, int value, int count) { return shr(c, value, count, S8); }
    public static int shr16(Cpu c, int value, int count) { return shr(c, value, count, S16); }
    public static int shr32(Cpu c, int value, int count) { return shr(c, value, count, S32); }

    public static int sar8(Cpu c, int value, int count) { return sar(c, value, count, S8); }
    public static int sar16(Cpu c, int value, int count) { return sar(c, value, count, S16); }
    public static int sar32(Cpu c, int value, int count) { return sar(c, value, count, S32); }

    public static int rol8(Cpu c, int value, int count) { return Rotate.rol(c, value, count, S8); }
    public static int rol16(Cpu c, int value, int count) { return Rotate.rol(c, value, count, S16); }
    public static int rol32(Cpu c, int value, int count) { return Rotate.rol(c, value, count, S32); }

    public static int ror8(Cpu c, int value, int count) { return Rotate.ror(c, value, count, S8); }
    public static int ror16(Cpu c, int value, int count) { return Rotate.ror(c, value, count, S16); }
    public static int ror32(Cpu c, int value, int count) { return Rotate.ror(c, value, count, S32); }

    public static int rcl8(Cpu c, int value, int count) { return Rotate.rcl(c, value, count, S8); }
    public static int rcl16(Cpu c, int value, int count) { return Rotate.rcl(c, value, count, S16); }
    public static int rcl32(Cpu c, int value, int count) { return Rotate.rcl(c, value, count, S32); }

    public static int rcr8(Cpu c, int value, int count) { return Rotate.rcr(c, value, count, S8); }
    public static int rcr16(Cpu c, int value, int count) { return Rotate.rcr(c, value, count, S16); }
    public static int rcr32(Cpu c, int value, int count) { return Rotate.rcr(c, value, count, S32); }

    public static int shld16(Cpu c, int dst, int src, int count) { return DoubleShift.shld(c, dst, src, count, S16); }
    public static int shld32(Cpu c, int dst, int src, int count) { return DoubleShift.shld(c, dst, src, count, S32); }
    public static int shrd16(Cpu c, int dst, int src, int count) { return DoubleShift.shrd(c, dst, src, count, S16); }
    public static int shrd32(Cpu c, int dst, int src, int count) { return DoubleShift.shrd(c, dst, src, count, S32); }
}
