package j86.runtime.mem;

import java.util.function.IntPredicate;

import java.util.Arrays;

/**
 * One CPU's soft TLB: a direct-mapped cache of linear 4 KiB pages that may be accessed straight in
 * {@link PhysicalMemory#ram}. Only RAM pages are cached (never MMIO), and write entries are never
 * installed for pages marked as code, so every miss falls back to {@link Mmu}'s slow path, which
 * walks the page tables, checks permissions, raises #PF, routes MMIO and notifies code writes.
 *
 * <p>Layout (public so a bytecode translator can inline the hit test): entry index
 * {@code i = (la >>> 12) & MASK}; privilege offset {@code u = 0} for supervisor, {@code SIZE} for
 * user (CPL 3). For an access of {@code n} bytes (1, 2 or 4) at linear address {@code la}:
 * <pre>
 *   if (readTag[u + i] == ((la + n - 1) &amp; ~0xFFF))   // or writeTag for a write
 *       value = RAM at index (la + delta[i])            // little-endian
 *   else slow path (Mmu)
 * </pre>
 * Using {@code la + n - 1} in the compare also rejects accesses that cross into the next page
 * (that page's entry lives at index i+1, so it can never match entry i). Invalid tags are -1, which
 * no page-aligned value equals.
 */
public final class SoftTlb {
    public static final int BITS = 10, SIZE = 1 << BITS, MASK = SIZE - 1;
    /** Tag meaning "no entry". */
    public static final int INVALID = -1;
    /** Permission bits for {@link #install}. */
    static final int R_SUP = 1, R_USER = 2, W_SUP = 4, W_USER = 8;

    /** Linear page base per [privilege offset + index] for reads (and instruction fetch), or -1. */
    public final int[] readTag = new int[2 * SIZE];
    /** Linear page base per [privilege offset + index] for writes, or -1. */
    public final int[] writeTag = new int[2 * SIZE];
    /** RAM index minus linear address for entry i (physical page base - linear page base). */
    public final int[] delta = new int[SIZE];
    /**
     * Slow-path entries, same layout as the tags above: the page is translated (walked, rights
     * checked, accessed and dirty flags set as for the other tags) but every access must still go
     * through {@link Mmu}'s slow path: MMIO (JOS's cpunum() reads the local APIC's ID register on
     * every kernel entry), a watched page, or for writes a page holding code. The slow path then
     * finds the physical page here instead of walking again; the entries live and die with the
     * others (flushes, INVLPG, CR3 loads that keep a region keep them too). The translator does not
     * read these (a hit here is still a slow access).
     */
    final int[] slowReadTag = new int[2 * SIZE], slowWriteTag = new int[2 * SIZE];
    /**
     * The same entries interleaved for translated code, {@link #STRIDE} ints per entry and
     * privilege: at {@code (u + i) * STRIDE} the read tag, then the write tag, then the delta
     * (the fourth int unused). One array instead of three leaves C2 two registers more in a
     * large region, and one access reads one cache line (qsort's partition loop, 2026-12-02: the
     * three array references were spilled to the stack and reloaded on every iteration).
     * Kept equal to readTag, writeTag and delta by {@link #mirror}.
     */
    public final int[] entries = new int[2 * SIZE * STRIDE];
    public static final int STRIDE = 4, READ = 0, WRITE = 1, DELTA = 2;

    /**
     * Bumped whenever an entry is dropped or replaced (any flush, any INVLPG, a refill over another page):
     * a translation that was a hit when the epoch had some value is still one, with the same
     * physical page, while the epoch keeps it. Lets the interpreter memoise its code page.
     */
    public int epoch;

    /** Linear page base held by entry i, or -1; the four tags of an entry all refer to it. */
    private final int[] page = new int[SIZE];
    /** Entry i came from a global translation (survives {@link #flush}). */
    private final boolean[] global = new boolean[SIZE];
    /** Entry i is part of a 4 MiB page (INVLPG must drop the whole 4 MiB). */
    private final boolean[] large = new boolean[SIZE];
    private int largeCount;

    /*
     * The valid entries grouped by 4 MiB region of linear addresses (page >>> 22), so that a CR3
     * load visits only the regions that change: a kernel mapped alike in every space keeps its
     * regions, whose entries are then neither saved nor cleared one by one (see SharedRegions).
     * Each region's entries form a doubly linked list through next/prev (NIL ends it); the regions
     * that hold entries are listed in usedRegions.
     */
    private static final int REGIONS = 1 << 10, NIL = -1;
    private final int[] head = new int[REGIONS];
    private final int[] next = new int[SIZE], prev = new int[SIZE];
    private final int[] usedRegions = new int[REGIONS];
    private int usedRegionCount;
    /** Region r is in usedRegions (its list may have emptied since; a flush tidies it). */
    private final boolean[] regionListed = new boolean[REGIONS];

    SoftTlb() {
        flushAll();
    }

    /** Installs a translation of linear page {@code lpage} to physical page {@code ppage}. */
    void install(int lpage, int ppage, int perms, boolean isGlobal, boolean isLarge) {
        install(lpage, ppage, perms, 0, isGlobal, isLarge);
    }

    /**
     * The same with {@code slowPerms}: rights (R_SUP..W_USER) whose accesses must take the slow
     * path, which then finds the translation in the slow tags.
     */
    void install(int lpage, int ppage, int perms, int slowPerms, boolean isGlobal, boolean isLarge) {
        int i = (lpage >>> PhysicalMemory.PAGE_SHIFT) & MASK;
        if (page[i] != INVALID && (page[i] != lpage || delta[i] != ppage - lpage)) {
            clear(i); // another page, or a changed mapping: older rights must not survive
        }
        if (page[i] == INVALID) {
            link(i, lpage >>> 22);
        }
        page[i] = lpage;
        delta[i] = ppage - lpage;
        global[i] = isGlobal;
        if (isLarge && !large[i]) {
            large[i] = true;
            largeCount++;
        }
        if ((perms & R_SUP) != 0) readTag[i] = lpage;
        if ((perms & R_USER) != 0) readTag[SIZE + i] = lpage;
        if ((perms & W_SUP) != 0) writeTag[i] = lpage;
        if ((perms & W_USER) != 0) writeTag[SIZE + i] = lpage;
        if ((slowPerms & R_SUP) != 0) slowReadTag[i] = lpage;
        if ((slowPerms & R_USER) != 0) slowReadTag[SIZE + i] = lpage;
        if ((slowPerms & W_SUP) != 0) slowWriteTag[i] = lpage;
        if ((slowPerms & W_USER) != 0) slowWriteTag[SIZE + i] = lpage;
        mirror(i);
    }

    /** Puts entry i at the head of region r's list (listing r if it was empty). */
    private void link(int i, int r) {
        int h = head[r];
        if (!regionListed[r]) {
            regionListed[r] = true;
            usedRegions[usedRegionCount++] = r;
        }
        if (h != NIL) {
            prev[h] = i;
        }
        next[i] = h;
        prev[i] = NIL;
        head[r] = i;
    }

    /** Takes valid entry i off its region's list (the region stays in usedRegions until a flush tidies it). */
    private void unlink(int i) {
        int n = next[i], p = prev[i];
        if (p == NIL) {
            head[page[i] >>> 22] = n;
        } else {
            next[p] = n;
        }
        if (n != NIL) {
            prev[n] = p;
        }
    }

    /** Copies entry i of readTag, writeTag and delta into {@link #entries}. */
    private void mirror(int i) {
        for (int u = 0; u <= SIZE; u += SIZE) {
            int k = (u + i) * STRIDE;
            entries[k + READ] = readTag[u + i];
            entries[k + WRITE] = writeTag[u + i];
            entries[k + DELTA] = delta[i];
        }
    }

    /** Makes entry i invalid. */
    private void clear(int i) {
        epoch++;
        if (page[i] != INVALID) {
            unlink(i);
        }
        page[i] = INVALID;
        readTag[i] = readTag[SIZE + i] = writeTag[i] = writeTag[SIZE + i] = INVALID;
        slowReadTag[i] = slowReadTag[SIZE + i] = slowWriteTag[i] = slowWriteTag[SIZE + i] = INVALID;
        mirror(i);
        global[i] = false;
        if (large[i]) {
            large[i] = false;
            largeCount--;
        }
    }

    /** Drops non-global entries (MOV to CR3, Intel SDM Vol. 3, 4.10.4.1). */
    void flush() {
        flush(null);
    }

    /**
     * The same, but keeps the entries of the 4 MiB regions (linear address >>> 22) that
     * {@code keep} accepts: Mmu.flush keeps those whose page-directory entry is the same in the
     * space entered (null: none). Only the regions holding entries are visited, and a kept one
     * is not walked at all.
     */
    void flush(IntPredicate keep) {
        epoch++;
        int kept = 0;
        for (int k = 0; k < usedRegionCount; k++) {
            int r = usedRegions[k];
            if (head[r] != NIL && (keep == null || !keep.test(r))) {
                for (int i = head[r]; i != NIL; ) {
                    int n = next[i];
                    if (!global[i]) {
                        clear(i);
                    }
                    i = n;
                }
            }
            if (head[r] != NIL) {
                usedRegions[kept++] = r;
            } else {
                regionListed[r] = false;
            }
        }
        usedRegionCount = kept;
    }

    /** Drops every entry. */
    void flushAll() {
        epoch++;
        Arrays.fill(page, INVALID);
        Arrays.fill(readTag, INVALID);
        Arrays.fill(writeTag, INVALID);
        Arrays.fill(slowReadTag, INVALID);
        Arrays.fill(slowWriteTag, INVALID);
        Arrays.fill(entries, INVALID);
        Arrays.fill(global, false);
        Arrays.fill(large, false);
        largeCount = 0;
        Arrays.fill(head, NIL);
        Arrays.fill(regionListed, false);
        usedRegionCount = 0;
    }

    /** INVLPG: drops the entry for the page of {@code la}, or every entry of its 4 MiB page. */
    void invalidate(int la) {
        epoch++; // also for pages the TLB does not hold: Mmu caches MMIO translations by epoch
        int lpage = la & ~PhysicalMemory.PAGE_MASK;
        int i = (lpage >>> PhysicalMemory.PAGE_SHIFT) & MASK;
        if (page[i] == lpage) {
            clear(i);
        }
        if (largeCount > 0) {
            // A 4 MiB page's entries all lie in its own region.
            for (int j = head[la >>> 22]; j != NIL; ) {
                int n = next[j];
                if (large[j]) {
                    clear(j);
                }
                j = n;
            }
        }
    }

    /**
     * Copies the valid entries into {@code s} (AddressSpaces: a space being parked), but those of
     * the 4 MiB regions {@code skip} accepts (null: none), which stay in the TLB.
     */
    void saveTo(AddressSpaces.Space s, IntPredicate skip) {
        int n = 0;
        for (int k = 0; k < usedRegionCount; k++) {
            int r = usedRegions[k];
            if (head[r] == NIL || skip != null && skip.test(r)) {
                continue;
            }
            for (int i = head[r]; i != NIL; i = next[i]) {
                int lp = page[i];
                s.ensure(n + 1);
                s.lpage[n] = lp;
                s.ppage[n] = lp + delta[i];
                s.perms[n] = rights(i, lp) | (large[i] ? AddressSpaces.LARGE : 0);
                n++;
            }
        }
        s.entries = n;
    }

    /**
     * The rights entry i (holding linear page {@code lp}) grants, fast or slow: Mmu.fill decides
     * again from the physical page which kind each becomes when a parked space comes back.
     */
    private int rights(int i, int lp) {
        return (readTag[i] == lp || slowReadTag[i] == lp ? R_SUP : 0)
                | (readTag[SIZE + i] == lp || slowReadTag[SIZE + i] == lp ? R_USER : 0)
                | (writeTag[i] == lp || slowWriteTag[i] == lp ? W_SUP : 0)
                | (writeTag[SIZE + i] == lp || slowWriteTag[SIZE + i] == lp ? W_USER : 0);
    }

    /**
     * Removes direct write rights to the physical page at {@code ppage} (it now holds code or a
     * page table): those writes take the slow path from now on, which finds the page here.
     */
    void revokeWrites(int ppage) {
        for (int k = 0; k < usedRegionCount; k++) {
            for (int i = head[usedRegions[k]]; i != NIL; i = next[i]) {
                if (page[i] + delta[i] == ppage) {
                    for (int u = 0; u <= SIZE; u += SIZE) {
                        if (writeTag[u + i] != INVALID) {
                            slowWriteTag[u + i] = writeTag[u + i];
                            writeTag[u + i] = INVALID;
                        }
                    }
                    mirror(i);
                }
            }
        }
    }

    /**
     * Whether an access of {@code bytes} at linear {@code la} stays in its page and the page has a
     * slow-path entry for this kind of access at privilege offset {@code u} (0 or SIZE): its
     * physical address is then {@code la + delta[index]}.
     */
    boolean slowHit(int la, int bytes, boolean write, int u) {
        int[] tags = write ? slowWriteTag : slowReadTag;
        int lpage = la & ~PhysicalMemory.PAGE_MASK;
        return tags[u + ((la >>> PhysicalMemory.PAGE_SHIFT) & MASK)] == lpage
                && ((la + bytes - 1) & ~PhysicalMemory.PAGE_MASK) == lpage;
    }
}
