package j86.translator;

import j86.runtime.cpu.Cpu;

/**
 * The CPU mode a translation depends on besides the code bytes (DESIGN.md invariant 2): CS.D
 * (operand/address size), SS.B (stack pointer width), CPL (privilege of memory accesses) and
 * CR0.PG. Packed in the low 8 bits of a block key.
 */
final class ModeKey {
    private ModeKey() {}

    static int of(Cpu c) {
        return (c.seg[1].big ? 1 : 0) | (c.seg[2].big ? 2 : 0) | c.cpl << 2 | (c.paging() ? 16 : 0);
    }

    static long key(int pa, int mode) {
        return (pa & 0xFFFFFFFFL) << 8 | mode;
    }
}
