package j86.runtime.mem;

/**
 * One CPU's recently used address spaces, so that a MOV to CR3 need not empty the soft TLB.
 *
 * <p>Why: JOS (like most kernels without PCIDs) reloads CR3 on every return to user mode, and each
 * reload used to drop every TLB entry, the jump cache with them (its entries are validated by the
 * TLB), so each system call was followed by page walks and block-cache lookups for every page and
 * block touched again. Here a CR3 write keeps the entries of the space it leaves ({@link #park})
 * and brings back those of the space it enters, when they are still exactly what a page walk
 * would give now.
 *
 * <p>The rule that keeps this exact: a TLB entry is a function of the paging-structure entries
 * read to make it (Intel SDM Vol. 3, 4.10.2), so the entries of a space stay right as long as no
 * page that a walk of that space read (its page directory, its page tables) has been written
 * since. Each space lists those pages with their write generation at the time
 * ({@link PhysicalMemory#tableGeneration}); the memory marks them as table pages, keeps them out of
 * every TLB's write entries, and bumps a page's generation on any write that changes it (a CPU,
 * DMA; not the walker's accessed/dirty updates, which no entry depends on). A space whose pages
 * all keep their generations is "fresh". A CR3 load is architecturally a flush of the non-global
 * entries: entering a fresh space without walking again gives exactly what walks would give, and
 * a space that is not fresh starts empty. Between two CR3 loads nothing changes: a PTE written
 * without INVLPG may still be served from the TLB, as hardware may.
 *
 * <p>Not tracked (the TLB is flushed as before): paging off, CR4.PGE set (global entries must
 * survive CR3 loads; no guest of ours uses them), a space that walked more than
 * {@link #MAX_TABLES} table pages, and table pages outside RAM. Any change of the paging controls,
 * of MMIO regions or of watchpoints drops every space ({@link #dropAll}).
 */
final class AddressSpaces {
    /** Spaces kept per CPU besides the current one. */
    static final int WAYS = 8;
    /** Table pages a space may depend on and still be kept. */
    static final int MAX_TABLES = 48;
    /** The key of a space that is not tracked. */
    static final int NONE = -1;

    /** One space: its page-directory base, the table pages it read, and (parked) its TLB entries. */
    static final class Space {
        int pd = NONE;
        int tables;
        boolean untracked;
        final int[] tablePage = new int[MAX_TABLES], tableGen = new int[MAX_TABLES];
        /** Saved TLB entries (while parked): linear page, physical page, SoftTlb perms | LARGE. */
        int entries;
        final int[] lpage = new int[SoftTlb.SIZE], ppage = new int[SoftTlb.SIZE], perms = new int[SoftTlb.SIZE];
        long lastUse;

        void reset(int pd) {
            this.pd = pd;
            tables = 0;
            entries = 0;
            untracked = pd == NONE;
        }
    }

    /** Saved perms bit: the entry belongs to a 4 MiB page. */
    static final int LARGE = 16;

    /** The space whose entries the TLB holds now. */
    Space current = new Space();
    private final Space[] parked = new Space[WAYS];
    private long clock;
    /** Statistics: CR3 loads that kept the TLB, restored a parked space, or started empty. */
    long kept, restored, emptied;

    AddressSpaces() {
        for (int i = 0; i < WAYS; i++) {
            parked[i] = new Space();
        }
        current.reset(NONE);
    }

    /** A walk of the current space read the paging structure at {@code pageBase}. */
    void note(PhysicalMemory phys, int pageBase) {
        Space s = current;
        if (s.untracked) {
            return;
        }
        int page = pageBase >>> PhysicalMemory.PAGE_SHIFT;
        for (int k = s.tables - 1; k >= 0; k--) {
            if (s.tablePage[k] == page) {
                return; // (if it was written since, the space is stale already)
            }
        }
        if (s.tables == MAX_TABLES || !phys.markTable(page)) {
            s.untracked = true;
            return;
        }
        s.tablePage[s.tables] = page;
        s.tableGen[s.tables] = phys.tableGeneration(page);
        s.tables++;
    }

    /** True when no table page {@code s} depends on has been written since it was read. */
    static boolean fresh(Space s, PhysicalMemory phys) {
        if (s.untracked) {
            return false;
        }
        for (int k = 0; k < s.tables; k++) {
            if (phys.tableGeneration(s.tablePage[k]) != s.tableGen[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parks the current space (its entries already saved into it when {@code keep}, else
     * forgotten) and makes the space of {@code pd} current: the parked one if there is one,
     * otherwise an empty one (in place of the least recently used). The caller checks the
     * returned space's freshness before restoring its entries.
     */
    Space exchange(int pd, boolean keep) {
        int slot = -1;
        for (int i = 0; i < WAYS; i++) {
            if (parked[i].pd == pd) {
                slot = i;
                break;
            }
        }
        if (slot < 0) {
            slot = 0;
            for (int i = 1; i < WAYS; i++) {
                if (parked[i].lastUse < parked[slot].lastUse) {
                    slot = i;
                }
            }
        }
        Space next = parked[slot];
        Space cur = current;
        if (!keep) {
            cur.reset(NONE);
        }
        cur.lastUse = keep ? ++clock : 0; // a forgotten space's slot is the first to reuse
        parked[slot] = cur;
        if (next.pd != pd) {
            next.reset(pd);
        }
        current = next;
        return next;
    }

    /** Forgets every space; the current one becomes {@code pd} (NONE: untracked), empty. */
    void dropAll(int pd) {
        for (Space s : parked) {
            s.reset(NONE);
            s.lastUse = 0;
        }
        current.reset(pd);
    }
}
