package j86.runtime.cpu;

/**
 * Writes to a stack that is not (yet) the one SS describes: the frame of an interrupt that switches
 * stacks, described by the new segment's base, limit, access byte and B bit. Limit rules as in
 * Intel SDM Vol. 3, 5.3 (expand-up and expand-down data segments).
 */
final class Frame {
    private Frame() {}

    /** True when {@code n} slots of {@code w} bytes below stack pointer {@code esp} lie inside the segment. */
    static boolean fits(int access, int limit, boolean big, int esp, int n, int w) {
        for (int i = 1; i <= n; i++) {
            int off = big ? esp - i * w : (esp - i * w) & 0xFFFF;
            int last = off + w - 1;
            if (Integer.compareUnsigned(last, off) < 0 && limit != -1) {
                return false;
            }
            if ((access & Descriptor.EXPAND_DOWN) != 0) {
                int upper = big ? -1 : 0xFFFF;
                if (Integer.compareUnsigned(off, limit) <= 0 || Integer.compareUnsigned(last, upper) > 0) {
                    return false;
                }
            } else if (Integer.compareUnsigned(last, limit) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Pushes {@code w} bytes of {@code v} below {@code esp} and returns the new stack pointer. The
     * access has the privilege of the ring the frame belongs to: supervisor unless that is ring 3.
     */
    static int put(Cpu c, int base, boolean big, int esp, int w, int v, int ring) {
        int sp = big ? esp - w : (esp & 0xFFFF0000) | ((esp - w) & 0xFFFF);
        int lin = base + (big ? sp : sp & 0xFFFF);
        boolean sys = ring < 3;
        if (w == 4) {
            if (sys) {
                c.mmu.writeSys32(lin, v);
            } else {
                c.mmu.write32(lin, v);
            }
        } else if (sys) {
            c.mmu.writeSys16(lin, v & 0xFFFF);
        } else {
            c.mmu.write16(lin, v & 0xFFFF);
        }
        return sp;
    }
}
