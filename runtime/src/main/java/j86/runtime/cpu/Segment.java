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

    /**
     * Marks the register as holding a null selector (protected mode): P = 0 in the cached access
     * byte, so that every later access through it raises #GP(0) (Intel SDM Vol. 3, 3.4.2).
     */
    public void loadNull(int selector) {
        load(selector, 0, 0, 0, false);
    }

    /** False after a null selector was loaded (protected mode); such a segment cannot be used. */
    public boolean usable() {
        return (access & 0x80) != 0;
    }
}
