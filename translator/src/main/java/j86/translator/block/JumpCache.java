package j86.translator.block;

import j86.runtime.cpu.Cpu;
import j86.runtime.mem.PhysicalMemory;
import j86.runtime.mem.SoftTlb;
import java.util.Arrays;

/**
 * One CPU's virtual-EIP -> block map, consulted before the physical block cache. An entry is used
 * only while it is still right: the block is alive, the mode matches, and the CPU's soft TLB still
 * maps the code's linear page to the block's physical page. That last test makes a CR3 write, an
 * INVLPG or a paging mode change (each flushes the soft TLB) invalidate the jump cache as well,
 * with no hook in the CPU; a CS base change flushes it explicitly.
 */
public final class JumpCache {
    private static final int BITS = 12, SIZE = 1 << BITS, MASK = SIZE - 1;

    private final int[] tags = new int[SIZE];
    private final BlockEntry[] entries = new BlockEntry[SIZE];
    private int csBase;

    private static int index(int eip) {
        return (eip ^ eip >>> BITS) & MASK;
    }

    /** The valid block at c.eip in mode {@code mode}, or null. */
    public BlockEntry lookup(Cpu c, int mode) {
        int eip = c.eip;
        if (c.seg[1].base != csBase) {
            flush();
            csBase = c.seg[1].base;
            return null;
        }
        BlockEntry e = probe(eip, mode);
        return e != null && mapped(c, eip, e) ? e : null;
    }

    /**
     * The live block cached at {@code eip} in {@code mode}, not checked against the TLB (the
     * caller does that, {@link #mapped}); for a chain between blocks, where CS has not changed.
     */
    public BlockEntry probe(int eip, int mode) {
        int i = index(eip);
        BlockEntry e = entries[i];
        return e != null && tags[i] == eip && !e.dead && e.mode == mode ? e : null;
    }

    /** The soft TLB maps CS:eip (for an instruction fetch at the CPL) to e's physical page. */
    public static boolean mapped(Cpu c, int eip, BlockEntry e) {
        int lin = c.seg[1].base + eip;
        SoftTlb tlb = c.mmu.tlb;
        int t = (lin >>> PhysicalMemory.PAGE_SHIFT) & SoftTlb.MASK;
        int lpage = lin & ~PhysicalMemory.PAGE_MASK;
        return tlb.readTag[(c.cpl == 3 ? SoftTlb.SIZE : 0) + t] == lpage
                && lpage + tlb.delta[t] == (e.pa & ~PhysicalMemory.PAGE_MASK);
    }

    public void put(int eip, BlockEntry e) {
        int i = index(eip);
        tags[i] = eip;
        entries[i] = e;
    }

    void flush() {
        Arrays.fill(entries, null);
    }
}
