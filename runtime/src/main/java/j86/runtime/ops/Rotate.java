package j86.runtime.ops;

import j86.runtime.cpu.Cpu;

/**
 * Rotates (SDM Vol. 2, "RCL/RCR/ROL/ROR"). Only CF and OF change; SF, ZF, AF, PF keep their value,
 * so the flags are materialised first. The count is masked to 5 bits; a masked count of 0 changes
 * nothing. ROL/ROR rotate modulo the width but still set CF when the masked count is a nonzero
 * multiple of it; RCL/RCR rotate the width+1-bit quantity CF:value (modulo 9 / 17 / 33).
 * OF is defined for 1-bit rotates only; we apply the 1-bit rule to every count.
 */
final class Rotate {
    private Rotate() {}

    static int rol(Cpu c, int v, int count, int sizeLog2) {
        int m = Flags.mask(sizeLog2);
        v &= m;
        count &= 31;
        if (count == 0) {
            return v;
        }
        int width = 8 << sizeLog2;
        int t = count & (width - 1);
        int r = t == 0 ? v : (v << t | v >>> (width - t)) & m;
        int cf = r & 1;
        int of = (r >>> (width - 1) & 1) ^ cf;
        Flags.setArith(c, cf | of << 11, Cpu.CF | Cpu.OF);
        return r;
    }

    static int ror(Cpu c, int v, int count, int sizeLog2) {
        int m = Flags.mask(sizeLog2);
        v &= m;
        count &= 31;
        if (count == 0) {
            return v;
        }
        int width = 8 << sizeLog2;
        int t = count & (width - 1);
        int r = t == 0 ? v : (v >>> t | v << (width - t)) & m;
        int cf = r >>> (width - 1) & 1;
        int of = cf ^ (r >>> (width - 2) & 1); // the two most significant bits differ
        Flags.setArith(c, cf | of << 11, Cpu.CF | Cpu.OF);
        return r;
    }

    static int rcl(Cpu c, int v, int count, int sizeLog2) {
        int m = Flags.mask(sizeLog2);
        v &= m;
        count &= 31;
        if (count == 0) {
            return v;
        }
        int width = 8 << sizeLog2;
        int t = count % (width + 1);
        long x = (Flags.cf(c) ? 1L << width : 0) | (v & 0xFFFFFFFFL);
        long wm = (1L << (width + 1)) - 1;
        x = (x << t | x >>> (width + 1 - t)) & wm;
        int r = (int) x & m;
        int cf = (int) (x >>> width) & 1;
        int of = (r >>> (width - 1) & 1) ^ cf;
        Flags.setArith(c, cf | of << 11, Cpu.CF | Cpu.OF);
        return r;
    }

    static int rcr(Cpu c, int v, int count, int sizeLog2) {
        int m = Flags.mask(sizeLog2);
        v &= m;
        count &= 31;
        if (count == 0) {
            return v;
        }
        int width = 8 << sizeLog2;
        int t = count % (width + 1);
        long x = (Flags.cf(c) ? 1L << width : 0) | (v & 0xFFFFFFFFL);
        long wm = (1L << (width + 1)) - 1;
        x = (x >>> t | x << (width + 1 - t)) & wm;
        int r = (int) x & m;
        int cf = (int) (x >>> width) & 1;
        int of = (r >>> (width - 1) & 1) ^ (r >>> (width - 2) & 1);
        Flags.setArith(c, cf | of << 11, Cpu.CF | Cpu.OF);
        return r;
    }
}
