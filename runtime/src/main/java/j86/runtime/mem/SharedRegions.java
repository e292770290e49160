package j86.runtime.mem;

import java.util.function.IntPredicate;

/**
 * Which TLB entries a CR3 load may keep: those of the 4 MiB regions whose page-directory entry is
 * the same, present and accessed, in the directory left and the directory entered. Kernels map
 * themselves into every address space through the same page tables (JOS copies the kernel's
 * directory entries into each environment's), so most entries of a system call's path survive
 * the switch back to user space instead of being saved, dropped and filled again.
 *
 * <p>Why that is exact: the space left was fresh (AddressSpaces: none of the table pages its
 * entries came from has been written since), so each kept entry is what a walk through the old
 * directory entry gives now; a walk in the new space reads an equal directory entry, hence the
 * same page table and the same page-table entry, and sets no accessed bit that is not set already.
 * The new space then depends on those tables too: its directory and the kept regions' page tables
 * join its list ({@link #noteKept}), so that a later write to them makes it stale as usual.
 */
final class SharedRegions implements IntPredicate {
    private static final int PRESENT = 1, ACCESSED = 0x20, LARGE = 0x80, REGIONS = 1024;

    private PhysicalMemory phys;
    private int from, to;
    /** Verdicts of this CR3 load by region, valid where stamp[r] == now. */
    private final int[] stamp = new int[REGIONS];
    private final boolean[] same = new boolean[REGIONS];
    private int now;
    /** The regions found the same in this load, in order. */
    private final int[] kept = new int[REGIONS];
    private int keptCount;

    /** This predicate, for a CR3 load from directory {@code fromPd} to {@code toPd} (physical addresses in RAM). */
    IntPredicate between(PhysicalMemory phys, int fromPd, int toPd) {
        this.phys = phys;
        from = fromPd;
        to = toPd;
        keptCount = 0;
        if (++now == 0) {
            java.util.Arrays.fill(stamp, 0);
            now = 1;
        }
        return this;
    }

    /** Whether region {@code r}'s entries stay (evaluated once per load). */
    @Override
    public boolean test(int r) {
        if (stamp[r] != now) {
            stamp[r] = now;
            int a = phys.read32(from + 4 * r);
            boolean s = a == phys.read32(to + 4 * r) && (a & (PRESENT | ACCESSED)) == (PRESENT | ACCESSED);
            same[r] = s;
            if (s) {
                kept[keptCount++] = r;
            }
        }
        return same[r];
    }

    /** Lists the entered directory and the kept regions' page tables in the (now current) space. */
    void noteKept(AddressSpaces spaces, PhysicalMemory phys, boolean pse) {
        if (keptCount == 0) {
            return;
        }
        spaces.note(phys, to);
        for (int k = 0; k < keptCount; k++) {
            int pde = phys.read32(to + 4 * kept[k]);
            if (!pse || (pde & LARGE) == 0) {
                spaces.note(phys, pde & ~PhysicalMemory.PAGE_MASK);
            }
        }
    }
}
