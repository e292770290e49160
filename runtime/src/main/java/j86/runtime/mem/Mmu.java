package j86.runtime.mem;

import j86.runtime.bus.MmioDevice;
import j86.runtime.debug.Watchpoints;
import java.util.function.IntPredicate;

import static j86.runtime.mem.PhysicalMemory.LE16;
import static j86.runtime.mem.PhysicalMemory.LE32;
import static j86.runtime.mem.PhysicalMemory.PAGE_MASK;
import static j86.runtime.mem.PhysicalMemory.PAGE_SIZE;

/**
 * One CPU's view of memory: linear -> physical translation (two-level paging, 4 MiB pages under
 * CR4.PSE, global pages under CR4.PGE, CR0.WP, U/S and R/W checks, accessed/dirty bits; see
 * {@link PageWalker}) through a soft TLB ({@link SoftTlb}), raising #PF with CR2 and the error code.
 * With CR0.PG=0 linear addresses are physical.
 *
 * <p>Plain accesses are made at the CPU's privilege (user when CPL = 3); {@code Sys} accesses are
 * supervisor accesses (descriptor tables, IDT, TSS) whatever the CPL. Instruction fetch is a read
 * (i386 has no execute-disable). An access that crosses a page boundary translates and checks both
 * pages before touching memory, so a faulting write changes nothing (precise exceptions).
 *
 * <p>Per-CPU MMIO ({@link #mapLocal}, the local APIC) is consulted before the shared
 * {@link PhysicalMemory}. The hit path is a tag compare and an array access; misses, MMIO,
 * code pages and page-crossing accesses take the slow path.
 *
 * <p>Not final only for {@link TsoMmu}, the parallel mode's subclass: it is loaded only when a
 * machine runs its CPUs on host threads, so in the deterministic mode the JIT still sees this as
 * the only implementation (class hierarchy analysis) and inlines these methods as before.
 */
public class Mmu {
    /** Access kinds for {@link #translate}. */
    public static final int READ = 0, WRITE = 1, EXEC = 2;

    /** The owning CPU's control registers and CPL. */
    private final PagingState cpu;
    private final PhysicalMemory phys;
    /** This CPU's soft TLB (public for the translator's inline hit test). */
    public final SoftTlb tlb = new SoftTlb();
    /** The address spaces whose TLB entries survive CR3 loads (see AddressSpaces). */
    private final AddressSpaces spaces = new AddressSpaces();
    private final byte[] ram;
    private final int[] rtag, wtag, delta;
    private final MmioRegions local = new MmioRegions();
    /**
     * Set by every access that leaves the TLB hit path (a device, a page walk, a code-page write),
     * the only way an access can reach a device; cleared when the engine asks the interrupt line
     * and finds it idle. Read and cleared only by the rule in {@code interp.InterruptSampling}
     * (and as its inline pre-test in translated code, {@code Gen.staysUnlessMustExit}).
     */
    public boolean slowAccess;
    /**
     * The machine's watchpoints, or null (no debugger): pages holding watched bytes never enter
     * the TLB, so their accesses come here, where {@link #watchHit} records the first one seen.
     */
    public Watchpoints watchpoints;
    /** The watch an access has triggered since the debugger last took it (see DebugStop), or null. */
    public Watchpoints.Watch watchHit;
    /** The CR0/CR4 paging controls the TLB contents were computed under. */
    private int tlbMode;

    public Mmu(PagingState cpu, PhysicalMemory phys) {
        this.cpu = cpu;
        this.phys = phys;
        this.ram = phys.ram;
        this.rtag = tlb.readTag;
        this.wtag = tlb.writeTag;
        this.delta = tlb.delta;
        phys.attach(this);
    }

    /** Maps a device seen only by this CPU at physical [physBase, physBase+sizeBytes) (its local APIC). */
    public void mapLocal(int physBase, int sizeBytes, MmioDevice dev) {
        local.add(physBase, sizeBytes, dev);
        flushAll();
    }

    /** The SoftTlb privilege offset of the current CPL: SIZE when CPL = 3, else 0 (branch-free). */
    private int priv() {
        return ((cpu.cpl + 1) & 4) << (SoftTlb.BITS - 2);
    }

    // ---- public accesses -----------------------------------------------------------------------

    public int read8(int linear) { return rd8(linear, priv()); }
    public int read16(int linear) { return rd16(linear, priv()); }
    public int read32(int linear) { return rd32(linear, priv()); }
    public void write8(int linear, int value) { wr8(linear, value, priv()); }
    public void write16(int linear, int value) { wr16(linear, value, priv()); }
    public void write32(int linear, int value) { wr32(linear, value, priv()); }

    public int readSys8(int linear) { return rd8(linear, 0); }
    public int readSys16(int linear) { return rd16(linear, 0); }
    public int readSys32(int linear) { return rd32(linear, 0); }
    public void writeSys8(int linear, int value) { wr8(linear, value, 0); }
    public void writeSys16(int linear, int value) { wr16(linear, value, 0); }
    public void writeSys32(int linear, int value) { wr32(linear, value, 0); }

    /** Reads {@code sizeBytes} (1, 2 or 4) bytes at CPL privilege, zero-extended. */
    public int read(int linear, int sizeBytes) {
        return sizeBytes == 4 ? read32(linear) : sizeBytes == 2 ? read16(linear) : read8(linear);
    }

    /** Writes the low {@code sizeBytes} (1, 2 or 4) bytes of {@code value} at CPL privilege. */
    public void write(int linear, int sizeBytes, int value) {
        if (sizeBytes == 4) {
            write32(linear, value);
        } else if (sizeBytes == 2) {
            write16(linear, value);
        } else {
            write8(linear, value);
        }
    }

    /**
     * Instruction fetch of one byte at CPL privilege (execute access = read access on i386; not a
     * data access for watchpoints).
     */
    public int fetch8(int linear) {
        int u = priv();
        int i = (linear >>> 12) & SoftTlb.MASK;
        if (rtag[u + i] == (linear & ~PAGE_MASK)) {
            return ram[linear + delta[i]] & 0xFF;
        }
        return readUnwatched(linear, 1, u != 0);
    }

    // ---- hit paths -----------------------------------------------------------------------------

    private int rd8(int la, int u) {
        int i = (la >>> 12) & SoftTlb.MASK;
        if (rtag[u + i] == (la & ~PAGE_MASK)) {
            return ram[la + delta[i]] & 0xFF;
        }
        return readSlow(la, 1, u != 0);
    }

    private int rd16(int la, int u) {
        int i = (la >>> 12) & SoftTlb.MASK;
        if (rtag[u + i] == ((la + 1) & ~PAGE_MASK)) {
            return (short) LE16.get(ram, la + delta[i]) & 0xFFFF;
        }
        return readSlow(la, 2, u != 0);
    }

    private int rd32(int la, int u) {
        int i = (la >>> 12) & SoftTlb.MASK;
        if (rtag[u + i] == ((la + 3) & ~PAGE_MASK)) {
            return (int) LE32.get(ram, la + delta[i]);
        }
        return readSlow(la, 4, u != 0);
    }

    private void wr8(int la, int v, int u) {
        int i = (la >>> 12) & SoftTlb.MASK;
        if (wtag[u + i] == (la & ~PAGE_MASK)) {
            ram[la + delta[i]] = (byte) v;
        } else {
            writeSlow(la, 1, v, u != 0);
        }
    }

    private void wr16(int la, int v, int u) {
        int i = (la >>> 12) & SoftTlb.MASK;
        if (wtag[u + i] == ((la + 1) & ~PAGE_MASK)) {
            LE16.set(ram, la + delta[i], (short) v);
        } else {
            writeSlow(la, 2, v, u != 0);
        }
    }

    private void wr32(int la, int v, int u) {
        int i = (la >>> 12) & SoftTlb.MASK;
        if (wtag[u + i] == ((la + 3) & ~PAGE_MASK)) {
            LE32.set(ram, la + delta[i], v);
        } else {
            writeSlow(la, 4, v, u != 0);
        }
    }

    // ---- runs of bytes (string instructions) ---------------------------------------------------

    /**
     * The RAM index of linear [la, la + bytes) when the whole run lies in one page that is a soft
     * TLB read hit at CPL privilege (RAM, not watched), else -1: the caller then takes the
     * per-access path, which fills the TLB or raises the fault.
     */
    public int ramForRead(int la, int bytes) {
        return ramRun(rtag, la, bytes);
    }

    /** The same for writes: a TLB write hit (RAM that is neither code, page table nor watched). */
    public int ramForWrite(int la, int bytes) {
        return ramRun(wtag, la, bytes);
    }

    private int ramRun(int[] tags, int la, int bytes) {
        int page = la & ~PAGE_MASK;
        int i = (la >>> 12) & SoftTlb.MASK;
        if (bytes <= 0 || ((la + bytes - 1) & ~PAGE_MASK) != page || tags[priv() + i] != page) {
            return -1;
        }
        return la + delta[i];
    }

    /**
     * For a run of writes that {@link #ramForWrite} refused because the page holds code or page
     * tables: the RAM index of linear [la, la + bytes) when the TLB has the page's slow-path write
     * entry at CPL privilege and the run may go to PhysicalMemory#storeRun or #copyRun (no MMIO,
     * no watched byte, one page, single-threaded mode); else -1. Counts as a slow access.
     */
    public int ramForSlowWrite(int la, int bytes) {
        if (!tlb.slowHit(la, bytes, true, priv()) || watchpoints != null && watchpoints.watchesPage(la & ~PAGE_MASK)) {
            return -1;
        }
        int pa = la + delta[(la >>> 12) & SoftTlb.MASK];
        if (!phys.runWritable(pa, bytes) || !local.isEmpty() && local.overlaps(pa, bytes)) {
            return -1;
        }
        slowAccess = true;
        return pa;
    }

    /** The RAM array the indexes of {@link #ramForRead} and {@link #ramForWrite} refer to. */
    public byte[] ram() {
        return ram;
    }

    // ---- slow paths ----------------------------------------------------------------------------

    private int readSlow(int la, int sizeBytes, boolean user) {
        int v = readUnwatched(la, sizeBytes, user);
        if (watchpoints != null) {
            watched(la, sizeBytes, false);
        }
        return v;
    }

    /** The slow read itself; instruction fetches use it directly (they are not data accesses). */
    private int readUnwatched(int la, int sizeBytes, boolean user) {
        slowAccess = true;
        int off = la & PAGE_MASK;
        if (off <= PAGE_SIZE - sizeBytes) {
            return physRead(slowXlate(la, sizeBytes, false, user), sizeBytes);
        }
        int first = PAGE_SIZE - off;
        int pa1 = xlate(la, false, user);
        int pa2 = xlate(la + first, false, user);
        int v = 0;
        for (int k = 0; k < sizeBytes; k++) {
            v |= physRead(k < first ? pa1 + k : pa2 + k - first, 1) << (k << 3);
        }
        return v;
    }

    private void writeSlow(int la, int sizeBytes, int v, boolean user) {
        slowAccess = true;
        int off = la & PAGE_MASK;
        if (off <= PAGE_SIZE - sizeBytes) {
            physWrite(slowXlate(la, sizeBytes, true, user), sizeBytes, v);
            if (watchpoints != null) {
                watched(la, sizeBytes, true);
            }
            return;
        }
        int first = PAGE_SIZE - off;
        int pa1 = xlate(la, true, user);
        int pa2 = xlate(la + first, true, user); // may fault: nothing has been written yet
        for (int k = 0; k < sizeBytes; k++) {
            physWrite(k < first ? pa1 + k : pa2 + k - first, 1, v >>> (k << 3));
        }
        if (watchpoints != null) {
            watched(la, sizeBytes, true);
        }
    }

    /** Records the first watch the access at [la, la+sizeBytes) triggers (after the access: trap-like). */
    private void watched(int la, int sizeBytes, boolean write) {
        Watchpoints.Watch w = watchpoints.check(la, sizeBytes, write);
        if (w != null && watchHit == null) {
            watchHit = w;
        }
    }

    /** Physical read honouring this CPU's local MMIO. */
    private int physRead(int pa, int sizeBytes) {
        if (!local.isEmpty() && local.overlaps(pa, sizeBytes)) {
            int r = local.find(pa);
            if (r >= 0 && local.contains(r, pa, sizeBytes)) {
                return local.dev(r).read(pa - local.base(r), sizeBytes) & PhysicalMemory.ones(sizeBytes);
            }
            int v = 0;
            for (int k = 0; k < sizeBytes; k++) {
                v |= physRead(pa + k, 1) << (k << 3);
            }
            return v;
        }
        return phys.read(pa, sizeBytes);
    }

    /** Physical write honouring this CPU's local MMIO. */
    private void physWrite(int pa, int sizeBytes, int v) {
        if (!local.isEmpty() && local.overlaps(pa, sizeBytes)) {
            int r = local.find(pa);
            if (r >= 0 && local.contains(r, pa, sizeBytes)) {
                local.dev(r).write(pa - local.base(r), sizeBytes, v & PhysicalMemory.ones(sizeBytes));
                return;
            }
            for (int k = 0; k < sizeBytes; k++) {
                physWrite(pa + k, 1, v >>> (k << 3));
            }
            return;
        }
        phys.write(pa, sizeBytes, v);
    }

    /**
     * The physical address of a slow-path access that stays in its page: from the TLB's slow-path
     * entry when it has one (MMIO, watched pages, writes to code pages: see SoftTlb.slowReadTag),
     * else by a walk, which installs it. A write entry whose page has since stopped being a code
     * page is walked again, so that the TLB gets its direct write entry back.
     */
    private int slowXlate(int la, int sizeBytes, boolean write, boolean user) {
        if (tlb.slowHit(la, sizeBytes, write, user ? SoftTlb.SIZE : 0)) {
            int pa = la + delta[(la >>> 12) & SoftTlb.MASK];
            if (!write || !writable(pa & ~PAGE_MASK)) {
                return pa;
            }
        }
        return xlate(la, write, user);
    }

    /** Walks (or maps identically when paging is off), fills the TLB when allowed, returns pa. */
    private int xlate(int la, boolean write, boolean user) {
        slowAccess = true;
        checkMode();
        if ((cpu.cr0 & PagingState.CR0_PG) == 0) {
            fill(la & ~PAGE_MASK, la & ~PAGE_MASK, SoftTlb.R_SUP | SoftTlb.R_USER | SoftTlb.W_SUP | SoftTlb.W_USER,
                    false, false);
            return la;
        }
        long w = PageWalker.walk(cpu, phys, spaces, la, write, user);
        int pa = (int) w;
        fill(la & ~PAGE_MASK, pa & ~PAGE_MASK, (int) (w >>> PageWalker.PERM_SHIFT) & 0xF,
                (w & PageWalker.GLOBAL) != 0, (w & PageWalker.LARGE) != 0);
        return pa;
    }

    /** True when {@link #fill} would give physical page {@code ppage} write entries (plain RAM). */
    private boolean writable(int ppage) {
        return phys.directWritable(ppage) && (local.isEmpty() || !local.overlaps(ppage, PAGE_SIZE));
    }

    private void fill(int lpage, int ppage, int perms, boolean global, boolean large) {
        int slow = 0;
        if (!phys.directReadable(ppage) || (!local.isEmpty() && local.overlaps(ppage, PAGE_SIZE))
                || watchpoints != null && watchpoints.watchesPage(lpage)) {
            slow = perms; // MMIO, unmapped or watched: every access goes through the slow path
        } else if (!phys.directWritable(ppage)) {
            slow = perms & (SoftTlb.W_SUP | SoftTlb.W_USER); // code page: writes must notify
        }
        perms &= ~slow;
        tlb.install(lpage, ppage, perms, slow, global, large);
        if (phys.threaded && (perms & ~(SoftTlb.R_SUP | SoftTlb.R_USER)) != 0 && !phys.recheckWritable(ppage)) {
            tlb.revokeWrites(ppage); // marked as code or table by another CPU meanwhile (PhysicalMemory.flagShared)
        }
    }

    /**
     * Translates a linear address for an access of {@code kind} (READ/WRITE/EXEC) as user or
     * supervisor, raising #PF as the access would; sets accessed/dirty flags like the access.
     */
    public int translate(int linear, int kind, boolean user) {
        int i = (linear >>> 12) & SoftTlb.MASK;
        int u = user ? SoftTlb.SIZE : 0;
        int[] tags = kind == WRITE ? wtag : rtag;
        if (tags[u + i] == (linear & ~PAGE_MASK)) {
            return linear + delta[i];
        }
        return xlate(linear, kind == WRITE, user);
    }

    /** Whether a 1-byte read or write at {@code linear} is a TLB hit now (at user or supervisor rights). */
    public boolean hits(int linear, boolean write, boolean user) {
        int[] tags = write ? wtag : rtag;
        return tags[(user ? SoftTlb.SIZE : 0) + ((linear >>> 12) & SoftTlb.MASK)] == (linear & ~PAGE_MASK);
    }

    /**
     * For bulk work (REP MOVS/STOS, block copies): translates {@code linear} like an access of
     * {@code kind} (raising #PF as it would) and returns the index in {@link PhysicalMemory#ram} of
     * that byte when the rest of its page may be accessed directly; -1 when the page must go
     * through the per-access methods (MMIO, local MMIO, unmapped, or a code page for WRITE). The
     * index is valid up to the end of the 4 KiB page only, and only until the next TLB change.
     */
    public int directRam(int linear, int kind, boolean user) {
        int pa = translate(linear, kind, user);
        int i = (linear >>> 12) & SoftTlb.MASK;
        int[] tags = kind == WRITE ? wtag : rtag;
        return tags[(user ? SoftTlb.SIZE : 0) + i] == (linear & ~PAGE_MASK) ? pa : -1;
    }

    // ---- TLB control ---------------------------------------------------------------------------

    /** CR0.PG/WP and CR4.PSE/PGE: the controls cached permissions depend on. */
    private int mode() {
        return (cpu.cr0 & (PagingState.CR0_PG | PagingState.CR0_WP)) | (cpu.cr4 & (PagingState.CR4_PSE | PagingState.CR4_PGE));
    }

    /** Drops everything if the paging controls changed since the TLB was filled. */
    private void checkMode() {
        if (mode() != tlbMode) {
            flushAll();
        }
    }

    /**
     * A CR3 write: flushes the non-global TLB entries, as the architecture says, except that the
     * entries of a tracked address space that no page-table write has made stale are kept or
     * brought back (AddressSpaces explains why that is exact). If CR0.PG/WP or CR4.PSE/PGE changed
     * since the entries were made, flushes everything (so calling this on any CR0/CR3/CR4 write is
     * enough).
     */
    public void flush() {
        if (mode() != tlbMode) {
            flushAll();
            return;
        }
        int pd = trackedSpace();
        AddressSpaces.Space cur = spaces.current;
        boolean fresh = AddressSpaces.fresh(cur, phys); // (never for an untracked space: pd NONE)
        if (fresh && cur.pd == pd) {
            spaces.kept++;
            return; // the same tables, unwritten: every entry is what a walk would give now
        }
        IntPredicate shared = fresh && pd != AddressSpaces.NONE ? regions.between(phys, cur.pd, pd) : null;
        if (fresh) {
            tlb.saveTo(cur, shared);
        }
        tlb.flush(shared);
        if (pd == AddressSpaces.NONE) {
            spaces.dropAll(AddressSpaces.NONE);
            return;
        }
        AddressSpaces.Space next = spaces.exchange(pd, fresh);
        if (next.entries > 0 && AddressSpaces.fresh(next, phys)) {
            spaces.restored++;
            for (int k = 0; k < next.entries; k++) {
                int p = next.perms[k];
                fill(next.lpage[k], next.ppage[k], p & 0xF, false, (p & AddressSpaces.LARGE) != 0);
            }
        } else {
            spaces.emptied++;
            next.reset(pd);
        }
        next.entries = 0;
        if (shared != null) {
            regions.noteKept(spaces, phys, (cpu.cr4 & PagingState.CR4_PSE) != 0);
        }
    }

    /** The regions whose TLB entries a CR3 load keeps (see SharedRegions). */
    private final SharedRegions regions = new SharedRegions();

    /** -Dj86.nospaces=true: every CR3 load empties the TLB, as before AddressSpaces (diagnosis). */
    private static final boolean NOSPACES = Boolean.getBoolean("j86.nospaces");
    /**
     * The page-directory base of CR3 when address spaces are tracked (paging on, no global pages),
     * else NONE. Never in the parallel mode: a walk reads a paging entry before it marks the page
     * and reads its generation, and another CPU's store landing in between would go uncounted,
     * leaving a kept entry stale; there every CR3 load flushes, as the architecture says.
     */
    private int trackedSpace() {
        return !NOSPACES && !phys.threaded && (cpu.cr0 & PagingState.CR0_PG) != 0 && (cpu.cr4 & PagingState.CR4_PGE) == 0 ? cpu.cr3 & ~PAGE_MASK : AddressSpaces.NONE;
    }

    /** Flushes every TLB entry and forgets every address space (CR0.PG/CR4 changes, MMIO, watchpoints). */
    public void flushAll() {
        tlbMode = mode();
        tlb.flushAll();
        spaces.dropAll(trackedSpace());
    }

    /** CR3 loads so far that kept the TLB, brought back a parked address space, or started empty. */
    public long[] spaceStatistics() {
        return new long[] {spaces.kept, spaces.restored, spaces.emptied};
    }

    /** INVLPG: drops the entry for the page holding {@code linear} (global or not). */
    public void invalidate(int linear) {
        tlb.invalidate(linear);
    }
}
