package j86.translator.block;

import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.Segment;

/**
 * The CPU mode a translation depends on besides the code bytes (docs/ARCHITECTURE.md,
 * "Translations are keyed"): CS.D (operand/address size), SS.B (stack pointer width), CPL
 * (privilege of memory accesses), CR0.PG, and whether the segments are flat. Packed in the low 8
 * bits of a block key.
 *
 * <p>Flat: CS, SS, DS and ES have base 0 and limit 4 GiB, and SS, DS and ES are present, writable,
 * expand-up data. Then Segmentation.linear returns the offset itself for every access through
 * them (its fast path, and its slow path for the wrapping case, as limit 4 GiB never faults), so
 * translated code uses the offset as the linear address; and no branch target can exceed the CS
 * limit, so a region's blocks may branch to each other without a limit check.
 */
public final class ModeKey {
    private ModeKey() {}

    public static final int CS32 = 1, SS32 = 2, PAGING = 16, FLAT = 32;

    public static int of(Cpu c) {
        Segment[] s = c.seg;
        int flat = s[1].base == 0 && s[1].limit == -1 && flatData(s[0]) && flatData(s[2]) && flatData(s[3]) ? FLAT : 0;
        return (s[1].big ? CS32 : 0) | (s[2].big ? SS32 : 0) | c.cpl << 2 | (c.paging() ? PAGING : 0) | flat;
    }

    private static boolean flatData(Segment s) {
        return s.base == 0 && s.limit == -1 && (s.access & 0x9E) == 0x92;
    }

    public static boolean flat(int mode) {
        return (mode & FLAT) != 0;
    }

    /** Data accesses through segment register {@code seg} (Segmentation's numbering) need no check. */
    public static boolean flatSegment(int mode, int seg) {
        return flat(mode) && (seg == 0 || seg == 2 || seg == 3); // ES, SS, DS (CS is code: checked)
    }

    public static long key(int pa, int mode) {
        return (pa & 0xFFFFFFFFL) << 8 | mode;
    }

    /** LDS and LES load DS or ES without ending a basic block: the mode's flatness may change. */
    public static boolean changesFlatSegment(j86.decoder.Insn i) {
        return i.op == j86.decoder.Op.LDS || i.op == j86.decoder.Op.LES;
    }
}
