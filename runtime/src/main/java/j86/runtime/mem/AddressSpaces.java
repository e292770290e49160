package j86.runtime.mem;

/**
 * One CPU's recently used address spaces, so that a MOV to CR3 need not empty the soft TLB.
 *
 * <p>Why: JOS (like most kernels without PCIDs) reloads CR3 on every return to user mode, and each
 * reload used to drop every TLB entry, the jump cache with them (its entries are validated by the
 * TLB), so each system call was followed by page walks and block-cache lookups for every page and
 * block touched again. Here a CR3 write keeps the entries of the space it leaves ({@link #exchange})
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
    /**
     * Parked spaces per CPU, in sets of {@link #WAYS} chosen by a hash of the page-directory
     * address, least recently used out: enough for a scheduler cycling through hundreds of
     * environments (JOS's primes grows a pipeline of 1,023; with 8 ways in all nearly every CR3
     * load found its space evicted, direct-mapped two thirds). A slot holds an empty space until
     * used; the arrays of a space grow with what it holds.
     */
    static final int SLOTS = 2048, WAYS = 4;
    /** Table pages a space may depend on and still be kept. */
    static final int MAX_TABLES = 64;
    /** The key of a space that is not tracked. */
    static final int NONE = -1;
    /** Saved perms bit: the entry belongs to a 4 MiB page. */
    static final int LARGE = 16;

    /** One space: its page-directory base, the table pages it read, and (parked) its TLB entries. */
    static final class Space {
        int pd = NONE;
        int tables;
        boolean untracked = true;
        int[] tablePage = new int[0], tableGen = new int[0];
        /** Saved TLB entries (while parked): linear page, physical page, SoftTlb perms | LARGE. */
        int entries;
        int[] lpage = new int[0], ppage = new int[0], perms = new int[0];
        long lastUse;

        /** Room for {@code n} saved entries. */
        void ensure(int n) {
            if (lpage.length < n) {
                int c = Math.min(SoftTlb.SIZE, Math.max(n, 2 * lpage.length));
                lpage = java.util.Arrays.copyOf(lpage, c);
                ppage = java.util.Arrays.copyOf(ppage, c);
                perms = java.util.Arrays.copyOf(perms, c);
            }
        }

        void addTable(int page, int gen) {
            if (tables == tablePage.length) {
                int c = Math.max(8, 2 * tables);
                tablePage = java.util.Arrays.copyOf(tablePage, c);
                tableGen = java.util.Arrays.copyOf(tableGen, c);
            }
            tablePage[tables] = page;
            tableGen[tables] = gen;
            tables++;
        }

        void reset(int pd) {
            this.pd = pd;
            tables = 0;
            entries = 0;
            untracked = pd == NONE;
        }
    }

    /** The space whose entries the TLB holds now. */
    Space current = new Space();
    /** Parked spaces by slot (see SLOTS); an empty space has pd NONE; null only inside exchange. */
    private final Space[] parked = new Space[SLOTS];
    private long clock;
    /** Statistics: CR3 loads that kept the TLB, restored a parked space, or started empty. */
    long kept, restored, emptied;

    AddressSpaces() {
        for (int i = 0; i < SLOTS; i++) {
            parked[i] = new Space();
        }
    }

    /** The first slot of {@code pd}'s set. */
    private static int set(int pd) {
        return ((pd >>> PhysicalMemory.PAGE_SHIFT) * 0x9E3779B1 >>> 20) & (SLOTS - WAYS);
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
        s.addTable(page, phys.tableGeneration(page));
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
     * Parks the current space in its slot when {@code keep} (its entries already saved into it;
     * the slot's previous space is forgotten), and makes the space of {@code pd} current: the
     * parked one if its slot holds it, otherwise an empty one. The caller checks the returned
     * space's freshness before restoring its entries.
     */
    Space exchange(int pd, boolean keep) {
        int hole = -1;
        Space next = null;
        for (int w = set(pd), end = w + WAYS; w < end; w++) {
            if (parked[w].pd == pd) {
                next = parked[w];
                parked[w] = null;
                hole = w;
                break;
            }
        }
        Space cur = current, spare = cur;
        if (keep) {
            int w = victim(set(cur.pd), hole);
            spare = parked[w]; // null when that is the hole
            parked[w] = cur;
            cur.lastUse = ++clock;
            if (w == hole) {
                hole = -1;
            }
        }
        if (next == null) {
            next = spare; // (not null: there is no hole)
            next.reset(pd);
        } else if (hole >= 0) {
            spare.reset(NONE);
            spare.lastUse = 0;
            parked[hole] = spare;
        }
        current = next;
        return next;
    }

    /** The slot of set {@code first} to park a space in: the hole, else an empty one, else the least recently used. */
    private int victim(int first, int hole) {
        if (hole >= first && hole < first + WAYS) {
            return hole;
        }
        int v = first;
        for (int w = first; w < first + WAYS; w++) {
            if (parked[w].pd == NONE) {
                return w;
            }
            if (parked[w].lastUse < parked[v].lastUse) {
                v = w;
            }
        }
        return v;
    }

    /** Forgets every space; the current one becomes {@code pd} (NONE: untracked), empty. */
    void dropAll(int pd) {
        for (Space s : parked) {
            if (s.pd != NONE) {
                s.reset(NONE);
            }
        }
        current.reset(pd);
    }
}
