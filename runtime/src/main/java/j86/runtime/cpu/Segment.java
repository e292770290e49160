package j86.runtime.cpu;

/** A segment register: the visible selector and the hidden descriptor cache (Intel SDM Vol. 3, 3.4.3). */
public final class Segment {
    public int selector;
    public int base;
    /** Limit in bytes (granularity already applied): the last valid offset. */
    public int limit = 0xFFFF;
    /** Access byte of the descriptor (P, DPL, S, type), bits 0..7 = descriptor bits 40..47. */
    public int access = 0x93;
    /** D/B bit: 32-bit default operand size (CS) or stack size (SS). */
    public boolean big;

    public int dpl() {
        return (access >> 5) & 3;
    }

    public void load(int selector, int base, int limit, int access, boolean big) {
        this.selector = selector & 0xFFFF;
        this.base = base;
        this.limit = limit;
        this.access = access;
        this.big = big;
    }

    /** Real-mode and virtual-8086 load: base = selector * 16, descriptor fields kept. */
    public void loadReal(int selector) {
        this.selector = selector & 0xFFFF;
        this.base = (selector & 0xFFFF) << 4;
    }
}
