package j86.runtime.ops;

import j86.runtime.cpu.Cpu;

/**
 * SHLD/SHRD (SDM Vol. 2, "SHLD", "SHRD"): shift dst, filling the vacated bits from src. Count masked
 * to 5 bits; 0 changes nothing. A count above the operand size (16-bit forms only) leaves the
 * result and flags undefined by the SDM: we shift through the 48-bit src:dst:src pattern as
 * many Intel parts do, but nobody may rely on it. CF is the last bit shifted out, OF is set on a
 * sign change (defined for count 1 only), AF undefined (cleared), SF/ZF/PF from the result.
 */
final class DoubleShift {
    private DoubleShift() {}

    static int shld(Cpu c, int dst, int src, int count, int sizeLog2) {
        int m = Flags.mask(sizeLog2);
        dst &= m;
        src &= m;
        count &= 31;
        if (count == 0) {
            return dst;
        }
        int width = 8 << sizeLog2;
        // The source bits sit at the top of a long: dst:src (32) or dst:src:dst (16).
        long x = width == 32 ? (long) dst << 32 | src & 0xFFFFFFFFL
                : (long) dst << 48 | (long) src << 32 | (long) dst << 16;
        int r = (int) (x << count >>> (64 - width)) & m;
        int cf = (int) (x >>> (64 - count)) & 1;
        int of = ((r ^ dst) >>> (width - 1)) & 1;
        Flags.recordRes(c, sizeLog2, r, cf | of << 11);
        return r;
    }

    static int shrd(Cpu c, int dst, int src, int count, int sizeLog2) {
        int m = Flags.mask(sizeLog2);
        dst &= m;
        src &= m;
        count &= 31;
        if (count == 0) {
            return dst;
        }
        int width = 8 << sizeLog2;
        long x = (long) src << width | dst & 0xFFFFFFFFL; // src:dst
        if (width == 16) {
            x |= (long) dst << 32; // dst:src:dst for counts 17..31
        }
        int r = (int) (x >>> count) & m;
        int cf = (int) (x >>> (count - 1)) & 1;
        int of = ((r ^ dst) >>> (width - 1)) & 1;
        Flags.recordRes(c, sizeLog2, r, cf | of << 11);
        return r;
    }
}
