package j86.runtime.mem;

import j86.runtime.bus.MmioDevice;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The physical address space shared by all CPUs of a machine: RAM at 0 .. ram.length-1
 * (little-endian), MMIO regions (which take precedence over RAM where they overlap, like the CGA
 * window at 0xB8000), and all ones everywhere else (reads 0xFF.., writes dropped).
 *
 * <p>Code tracking (docs/ARCHITECTURE.md, "A write to code retires that code"): the engines mark
 * the bytes of every instruction they cache ({@link #markCode(int, int)}), which makes its page a
 * code page. Any write that changes a marked byte (scalar writes here, writes through any CPU's
 * {@link Mmu}, DMA through {@link #writeBytes}/{@link #load}) first unmarks the whole page and
 * then calls each {@link CodeWriteListener}, before the bytes change; the listeners retire
 * everything decoded or translated from that page. A write to a code page that touches no marked
 * byte (data sharing the page with code) changes the bytes and notifies nobody, and the page stays
 * a code page. Marking a page's first byte revokes the write entries of every attached Mmu's soft
 * TLB, so every write to a code page reaches this slow path, where the byte map ({@link CodeMap})
 * decides.
 *
 * <p>Table tracking: pages a page walk read as a page directory or table are marked TABLE
 * ({@link #markTable}); like code pages they get no TLB write entries, so every write reaches
 * {@link #beforeRamWrite}, which bumps the page's generation and unmarks it. An address space
 * whose table pages keep their generations keeps its TLB entries across CR3 loads (AddressSpaces).
 *
 * <p>Write protection: RAM pages marked PROTECTED ({@link #protect}) are read as RAM (TLB read
 * entries, cached code) but get no TLB write entries; every write to them goes to the
 * {@link ProtectedWriteSink} instead of RAM. The board uses it for the PC's shadow RAM
 * (0xC0000-0xFFFFF behind the chipset's PAM registers), where ROM contents are read and writes
 * are dropped or go elsewhere. {@link #load} (firmware, the board) writes through protection.
 *
 * <p>A20 is not modelled: the gate is always enabled, as on QEMU once the 8042 has enabled it.
 *
 * <p>Threading: built for the deterministic mode (vCPUs take turns on one thread). In a
 * free-running mode the plain page-flag and TLB arrays are racy; that mode must synchronise
 * markCode against writers itself.
 */
public final class PhysicalMemory {
    public static final int PAGE_SHIFT = 12, PAGE_SIZE = 1 << PAGE_SHIFT, PAGE_MASK = PAGE_SIZE - 1;
    /** Page flags for RAM pages (see {@link #pageFlags}). */
    static final byte CODE = 1, MMIO = 2, TABLE = 4, PROTECTED = 8;

    /** Little-endian unaligned views of RAM; HotSpot intrinsifies these into plain loads/stores. */
    public static final VarHandle LE16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    public static final VarHandle LE32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    /** Guest RAM, physical addresses 0 .. ram.length-1 (little-endian). */
    public final byte[] ram;
    /** Per RAM page (ceil(ram.length / 4 KiB) entries): 0 = plain RAM, else CODE, MMIO and/or TABLE bits. */
    final byte[] pageFlags;
    /** Per RAM page: bumped by every write that changes a page marked TABLE (see AddressSpaces). */
    private final int[] tableGen;
    /** Number of pages lying entirely inside RAM; only those may become direct TLB hits. */
    final int fullPages;

    /**
     * True when this machine's CPUs run on more than one host thread (a free-running mode, to be
     * set before those threads start): locked instructions then serialise on this object. The
     * deterministic mode runs every CPU on one thread, where LOCK needs no host lock.
     */
    public boolean threaded;

    /**
     * Parallel mode only (null otherwise): stops the other CPUs around a write that retires code
     * and around a page's first CODE/TABLE mark, since both change other CPUs' caches and TLBs.
     */
    public Exclusive exclusive;

    /** Which bytes of the code pages hold decoded code. */
    private final CodeMap code;
    /** Statistics: writes to code pages that touched code (and notified), and those that did not. */
    private long codeHits, codeSpared;

    private final MmioRegions mmio = new MmioRegions();
    private Mmu[] mmus = new Mmu[0];
    /** Told of code writes, in the order they were added (copied on change: added rarely, read on every code write). */
    private volatile CodeWriteListener[] listeners = {};
    private ProtectedWriteSink protectedSink = (pa, size, value) -> { };

    public PhysicalMemory(int ramBytes) {
        if (ramBytes < 0) {
            throw new IllegalArgumentException("RAM size " + ramBytes);
        }
        this.ram = new byte[ramBytes];
        this.pageFlags = new byte[(int) ((ramBytes + (long) PAGE_MASK) >>> PAGE_SHIFT)];
        this.tableGen = new int[pageFlags.length];
        this.fullPages = ramBytes >>> PAGE_SHIFT;
        this.code = new CodeMap(pageFlags.length);
        code.grain(Integer.getInteger("j86.codeGrain", 1));
    }

    /** All ones for an access of {@code sizeBytes} bytes (1, 2 or 4). */
    public static int ones(int sizeBytes) {
        return sizeBytes == 4 ? -1 : (1 << (sizeBytes << 3)) - 1;
    }

    /** Maps {@code dev} at physical [base, base+sizeBytes); accesses there go to the device. */
    public void mapMmio(int base, int sizeBytes, MmioDevice dev) {
        mmio.add(base, sizeBytes, dev);
        long end = (base & 0xFFFFFFFFL) + sizeBytes;
        for (long p = (base & 0xFFFFFFFFL) >>> PAGE_SHIFT; p < pageFlags.length && p << PAGE_SHIFT < end; p++) {
            pageFlags[(int) p] |= MMIO;
        }
        for (Mmu m : mmus) {
            m.flushAll(); // drop direct RAM entries that the new region now shadows
        }
    }

    /**
     * Hands every attached MMU the debugger's watchpoints (null: none) and flushes its TLB, so
     * that watched pages leave it (Mmu.fill keeps them out) and unwatched ones may return.
     */
    public synchronized void setWatchpoints(j86.runtime.debug.Watchpoints w) {
        for (Mmu m : mmus) {
            m.watchpoints = w;
            m.flushAll();
        }
    }

    /** Called by each Mmu's constructor so that markCode can revoke its TLB write entries. */
    synchronized void attach(Mmu mmu) {
        Mmu[] n = java.util.Arrays.copyOf(mmus, mmus.length + 1);
        n[mmus.length] = mmu;
        mmus = n;
    }

    // ---- scalar access -------------------------------------------------------------------------

    /** True when [pa, pa+sizeBytes) is plain RAM (no MMIO on its pages); code pages still count. */
    private boolean ramOnly(int pa, int sizeBytes) {
        return pa >= 0 && pa <= ram.length - sizeBytes
                && ((pageFlags[pa >>> PAGE_SHIFT] | pageFlags[(pa + sizeBytes - 1) >>> PAGE_SHIFT]) & MMIO) == 0;
    }

    /** True when [pa, pa+sizeBytes) is plain RAM on pages not marked as code (no notification needed). */
    private boolean plainRam(int pa, int sizeBytes) {
        return pa >= 0 && pa <= ram.length - sizeBytes
                && (pageFlags[pa >>> PAGE_SHIFT] | pageFlags[(pa + sizeBytes - 1) >>> PAGE_SHIFT]) == 0;
    }

    public int read8(int pa) {
        if (ramOnly(pa, 1)) {
            return ram[pa] & 0xFF;
        }
        return readRouted(pa, 1);
    }

    public int read16(int pa) {
        if (ramOnly(pa, 2)) {
            return (short) LE16.get(ram, pa) & 0xFFFF;
        }
        return readRouted(pa, 2);
    }

    public int read32(int pa) {
        if (ramOnly(pa, 4)) {
            return (int) LE32.get(ram, pa);
        }
        return readRouted(pa, 4);
    }

    /** Reads {@code sizeBytes} (1, 2 or 4) bytes at {@code pa}, zero-extended. */
    public int read(int pa, int sizeBytes) {
        return sizeBytes == 4 ? read32(pa) : sizeBytes == 2 ? read16(pa) : read8(pa);
    }

    public void write8(int pa, int value) {
        if (plainRam(pa, 1)) {
            ram[pa] = (byte) value;
        } else {
            writeRouted(pa, 1, value);
        }
    }

    public void write16(int pa, int value) {
        if (plainRam(pa, 2)) {
            LE16.set(ram, pa, (short) value);
        } else {
            writeRouted(pa, 2, value);
        }
    }

    public void write32(int pa, int value) {
        if (plainRam(pa, 4)) {
            LE32.set(ram, pa, value);
        } else {
            writeRouted(pa, 4, value);
        }
    }

    /** Writes the low {@code sizeBytes} (1, 2 or 4) bytes of {@code value} at {@code pa}. */
    public void write(int pa, int sizeBytes, int value) {
        if (sizeBytes == 4) {
            write32(pa, value);
        } else if (sizeBytes == 2) {
            write16(pa, value);
        } else {
            write8(pa, value);
        }
    }

    /** Slow read: an MMIO region holding the whole access gets it whole; otherwise byte by byte. */
    private int readRouted(int pa, int sizeBytes) {
        int r = mmio.find(pa);
        if (r >= 0 && mmio.contains(r, pa, sizeBytes)) {
            return mmio.dev(r).read(pa - mmio.base(r), sizeBytes) & ones(sizeBytes);
        }
        if (sizeBytes == 1) {
            if (r >= 0) {
                return mmio.dev(r).read(pa - mmio.base(r), 1) & 0xFF;
            }
            return pa >= 0 && pa < ram.length ? ram[pa] & 0xFF : 0xFF;
        }
        int v = 0;
        for (int k = 0; k < sizeBytes; k++) {
            v |= read8(pa + k) << (k << 3);
        }
        return v;
    }

    /** Slow write: MMIO, code-page notification, partial RAM, or dropped. */
    private void writeRouted(int pa, int sizeBytes, int value) {
        if (touchesProtected(pa, sizeBytes)) {
            writeAroundProtection(pa, sizeBytes, value);
            return;
        }
        if (ramOnly(pa, sizeBytes)) { // a code page (no MMIO region can hold pa): the common slow write
            if (exclusive != null && hitsCode(pa, sizeBytes)) {
                exclusive.run(() -> writeChanged(pa, sizeBytes, value));
                return;
            }
            if (changes(pa, sizeBytes, value)) {
                beforeRamWrite(pa, sizeBytes);
                writeRam(pa, sizeBytes, value);
            }
            return;
        }
        int r = mmio.find(pa);
        if (r >= 0 && mmio.contains(r, pa, sizeBytes)) {
            mmio.dev(r).write(pa - mmio.base(r), sizeBytes, value & ones(sizeBytes));
            return;
        }
        if (sizeBytes == 1) {
            if (r >= 0) {
                mmio.dev(r).write(pa - mmio.base(r), 1, value & 0xFF);
            } else if (pa >= 0 && pa < ram.length && exclusive != null && hitsCode(pa, 1)) {
                exclusive.run(() -> writeChanged(pa, 1, value));
            } else if (pa >= 0 && pa < ram.length && changes(pa, 1, value)) {
                beforeRamWrite(pa, 1);
                ram[pa] = (byte) value;
            }
            return;
        }
        for (int k = 0; k < sizeBytes; k++) {
            write8(pa + k, value >>> (k << 3));
        }
    }

    private boolean touchesProtected(int pa, int size) {
        return pa >= 0 && pa < ram.length && ((pageFlags[pa >>> PAGE_SHIFT]
                | pageFlags[Math.min(pa + size - 1, ram.length - 1) >>> PAGE_SHIFT]) & PROTECTED) != 0;
    }

    /** A write that touches a protected page: its bytes there go to the sink, the others as usual. */
    private void writeAroundProtection(int pa, int size, int value) {
        if (size > 1 && (pageFlags[pa >>> PAGE_SHIFT] & PROTECTED) != 0
                && (pa & PAGE_MASK) + size <= PAGE_SIZE) {
            protectedSink.write(pa, size, value & ones(size)); // whole, as the CPU issued it
            return;
        }
        for (int k = 0; k < size; k++) {
            int b = pa + k;
            int v = (value >>> (k << 3)) & 0xFF;
            if (b >= 0 && b < ram.length && (pageFlags[b >>> PAGE_SHIFT] & PROTECTED) != 0) {
                protectedSink.write(b, 1, v);
            } else {
                write8(b, v);
            }
        }
    }

    /** Parallel mode: the write of [pa, pa+size) to RAM, retiring code first, with the world stopped. */
    private void writeChanged(int pa, int sizeBytes, int value) {
        if (changes(pa, sizeBytes, value)) {
            beforeRamWrite(pa, sizeBytes);
            writeRam(pa, sizeBytes, value);
        }
    }

    /** True when [pa, pa+size) (in RAM, at most two pages) touches a byte marked as code. */
    private boolean hitsCode(int pa, int sizeBytes) {
        int end = pa + sizeBytes;
        for (int p = pa; p < end; ) {
            int n = Math.min(end - p, PAGE_SIZE - (p & PAGE_MASK));
            if ((pageFlags[p >>> PAGE_SHIFT] & CODE) != 0 && code.touches(p, n)) {
                return true;
            }
            p += n;
        }
        return false;
    }

    private boolean changes(int pa, int sizeBytes, int value) {
        for (int k = 0; k < sizeBytes; k++) {
            if (ram[pa + k] != (byte) (value >>> (k << 3))) {
                return true;
            }
        }
        return false;
    }

    private void writeRam(int pa, int sizeBytes, int value) {
        for (int k = 0; k < sizeBytes; k++) {
            ram[pa + k] = (byte) (value >>> (k << 3));
        }
    }

    // ---- bulk access (firmware, DMA) -----------------------------------------------------------

    /**
     * Copies bytes into RAM (firmware, the board and tests), notifying code pages; unlike
     * {@link #writeBytes} it writes protected pages too.
     */
    public void load(int pa, byte[] data, int off, int len) {
        copyIn(pa, data, off, len, true);
    }

    /** DMA into guest memory: RAM pages by array copy (notifying code pages), the rest byte by byte. */
    public void writeBytes(int pa, byte[] src, int off, int len) {
        copyIn(pa, src, off, len, false);
    }

    private void copyIn(int pa, byte[] src, int off, int len, boolean throughProtection) {
        while (len > 0) {
            int n = Math.min(len, PAGE_SIZE - (pa & PAGE_MASK));
            if (ramOnly(pa, n) && (throughProtection || (pageFlags[pa >>> PAGE_SHIFT] & PROTECTED) == 0)) {
                beforeRamWrite(pa, n);
                System.arraycopy(src, off, ram, pa, n);
            } else {
                for (int k = 0; k < n; k++) {
                    write8(pa + k, src[off + k]);
                }
            }
            pa += n;
            off += n;
            len -= n;
        }
    }

    /** DMA out of guest memory: RAM by array copy, MMIO and unmapped addresses byte by byte. */
    public void readBytes(int pa, byte[] dst, int off, int len) {
        while (len > 0) {
            int n = Math.min(len, PAGE_SIZE - (pa & PAGE_MASK));
            if (ramOnly(pa, n)) {
                System.arraycopy(ram, pa, dst, off, n);
            } else {
                for (int k = 0; k < n; k++) {
                    dst[off + k] = (byte) read8(pa + k);
                }
            }
            pa += n;
            off += n;
            len -= n;
        }
    }

    // ---- write protection ----------------------------------------------------------------------

    /**
     * Protects (or unprotects) the RAM pages of [base, base+size) (page aligned): while protected,
     * writes to them go to the {@link ProtectedWriteSink}, not to RAM; reads are unchanged.
     */
    public void protect(int base, int size, boolean on) {
        if ((base | size) % PAGE_SIZE != 0 || base < 0 || base > ram.length - size) {
            throw new IllegalArgumentException("protect " + Integer.toHexString(base) + "+" + size);
        }
        for (int page = base >>> PAGE_SHIFT; page < (base + size) >>> PAGE_SHIFT; page++) {
            if (on) {
                flag(page, PROTECTED); // revokes TLB write entries: every write reaches writeRouted
            } else {
                pageFlags[page] &= ~PROTECTED;
            }
        }
    }

    /** True while the page holding {@code pa} is write protected. */
    public boolean isProtected(int pa) {
        return pa >= 0 && pa < ram.length && (pageFlags[pa >>> PAGE_SHIFT] & PROTECTED) != 0;
    }

    /** Who receives the writes to protected pages (by default they are dropped). */
    public void setProtectedWriteSink(ProtectedWriteSink sink) {
        this.protectedSink = sink == null ? (pa, size, value) -> { } : sink;
    }

    // ---- code tracking -------------------------------------------------------------------------

    /**
     * Marks the whole 4 KiB page holding {@code pa} as code: any write that changes it notifies.
     * For callers that do not know which bytes they depend on (tests, tools).
     */
    public void markCode(int pa) {
        markCode(pa & ~PAGE_MASK, PAGE_SIZE);
    }

    /**
     * Marks bytes [pa, pa+length) (length >= 1, within one page) as decoded code: a write that
     * changes one of them notifies the listener first. Called for every instruction an engine
     * caches, with all of its bytes. The page's first mark makes it a code page: the soft TLBs
     * lose their write entries for it, so every write to it reaches the byte map.
     */
    public void markCode(int pa, int length) {
        if (pa < 0 || pa >= ram.length || length < 1) {
            return; // code outside RAM (unmapped or MMIO) cannot be changed by a RAM write
        }
        int page = pa >>> PAGE_SHIFT;
        flag(page, CODE);
        code.mark(pa, Math.min(length, PAGE_SIZE - (pa & PAGE_MASK)));
    }

    /**
     * Sets {@code flag} (CODE or TABLE) on RAM page {@code page}; the first time, revokes the write
     * entries of every attached Mmu's soft TLB, so that every write to the page reaches
     * {@link #beforeRamWrite}.
     */
    private void flag(int page, byte flag) {
        if (threaded) {
            flagShared(page, flag);
            return;
        }
        if ((pageFlags[page] & flag) == 0) {
            pageFlags[page] |= flag;
            for (Mmu m : mmus) {
                m.tlb.revokeWrites(page << PAGE_SHIFT);
            }
        }
    }

    private static final VarHandle FLAGS = MethodHandles.arrayElementVarHandle(byte[].class);

    /**
     * {@link #flag} when CPUs run on host threads: the flag is set atomically, then a full fence,
     * then every TLB's write entries for the page are revoked. A CPU filling a TLB entry
     * concurrently installs it, fences, and checks the flags again ({@link #recheckWritable});
     * one of the two sees the other's write (the fences order write-then-read on both sides), so
     * no write entry for a code or table page survives the marking, without stopping anyone.
     */
    private void flagShared(int page, byte flag) {
        byte was = (byte) FLAGS.getAndBitwiseOr(pageFlags, page, flag);
        if ((was & flag) == 0) {
            VarHandle.fullFence();
            for (Mmu m : mmus) {
                m.tlb.revokeWrites(page << PAGE_SHIFT);
            }
        }
    }

    /** Clears {@code flag} of {@code page}; atomically when CPUs run on host threads. */
    private void unflag(int page, byte flag) {
        if (threaded) {
            FLAGS.getAndBitwiseAnd(pageFlags, page, (byte) ~flag);
        } else {
            pageFlags[page] &= ~flag;
        }
    }

    /**
     * Parallel mode, after installing a TLB write entry for {@code pageBase}: fences and reads
     * the page's flags again; false when it became code or a table meanwhile (the caller then
     * revokes the entry). See {@link #flagShared}.
     */
    boolean recheckWritable(int pageBase) {
        VarHandle.fullFence();
        return directWritable(pageBase);
    }

    /**
     * A page walk read a paging structure on RAM page {@code page}: marks it as a table page (its
     * writes then leave every TLB's hit path and bump its generation) unless it is already. False
     * when the page is not RAM (its writes cannot be tracked).
     */
    boolean markTable(int page) {
        if (page < 0 || page >= fullPages || (pageFlags[page] & MMIO) != 0) {
            return false;
        }
        flag(page, TABLE);
        return true;
    }

    /** The write generation of RAM page {@code page} (changes whenever a write changes a table page). */
    int tableGeneration(int page) {
        return tableGen[page];
    }

    /** True when a byte of [pa, pa+length) (up to the end of pa's page) is marked as code. */
    public boolean isCode(int pa, int length) {
        return isCode(pa) && length >= 1 && code.touches(pa, Math.min(length, PAGE_SIZE - (pa & PAGE_MASK)));
    }

    /**
     * Marks are widened to aligned runs of {@code bytes} bytes (a power of two; 1, the default, is
     * exact; 4096 is the page-granular rule). For measuring; system property {@code j86.codeGrain}.
     */
    public void setCodeGrain(int bytes) {
        code.grain(bytes);
    }

    /** Writes to code pages that changed marked bytes (each notified the listener). */
    public long codeWritesHit() {
        return codeHits;
    }

    /** Writes to code pages that changed no marked byte (nothing was notified). */
    public long codeWritesSpared() {
        return codeSpared;
    }

    /** True while the page holding {@code pa} is marked as code. */
    public boolean isCode(int pa) {
        return pa >= 0 && pa < ram.length && (pageFlags[pa >>> PAGE_SHIFT] & CODE) != 0;
    }

    /**
     * Adds one to those told, before the write lands, that a write hits code (the interpreter's
     * decoded pages, the translator's blocks: each cache registers itself). Listeners are told in
     * the order they were added.
     */
    public synchronized void addCodeWriteListener(CodeWriteListener listener) {
        CodeWriteListener[] ls = java.util.Arrays.copyOf(listeners, listeners.length + 1);
        ls[ls.length - 1] = listener;
        listeners = ls;
    }

    /**
     * Before RAM bytes [pa, pa+len) change: for each code page among them whose marked bytes the
     * write touches, unmark the page and tell the listeners about the part of the write that lands
     * on it. Unmarking first means a listener that re-decodes (and re-marks) during the call keeps
     * its marks. A code page the write touches beside its code stays marked, unnotified.
     */
    void beforeRamWrite(int pa, int len) {
        int end = pa + len;
        while (pa < end) {
            int page = pa >>> PAGE_SHIFT;
            int n = Math.min(end - pa, PAGE_SIZE - (pa & PAGE_MASK));
            if ((pageFlags[page] & TABLE) != 0) {
                // A page table or directory changes: every address space that read it is stale
                // (AddressSpaces). The page stays unmarked, and writes fast, until a walk reads it.
                unflag(page, TABLE);
                tableGen[page]++;
            }
            if ((pageFlags[page] & CODE) != 0) {
                if (code.touches(pa, n)) {
                    codeHits++;
                    unflag(page, CODE);
                    code.clear(page);
                    for (CodeWriteListener l : listeners) {
                        l.codeWritten(pa, n);
                    }
                } else {
                    codeSpared++;
                }
            }
            pa += n;
        }
    }

    /**
     * REP STOS onto a code or page-table page (StringRuns): {@code count} elements of
     * {@code elemBytes} bytes of {@code value} from RAM index {@code pa}, within one page that is
     * plain RAM apart from those marks. Like the element-by-element slow writes it replaces, it
     * notifies only when a byte changes (zeroing a freed page table that is all zeros already
     * leaves it marked and its address spaces fresh), but once for the whole run.
     */
    public void storeRun(int pa, int count, int elemBytes, int value) {
        int len = count * elemBytes;
        boolean changes = false;
        for (int k = 0; k < len && !changes; k++) {
            changes = ram[pa + k] != (byte) (value >>> ((k % elemBytes) << 3));
        }
        if (changes) {
            beforeRamWrite(pa, len);
            for (int k = 0; k < len; k++) {
                ram[pa + k] = (byte) (value >>> ((k % elemBytes) << 3));
            }
        }
    }

    /** The same for REP MOVS: {@code len} bytes from RAM index {@code src} (not overlapping). */
    public void copyRun(int src, int pa, int len) {
        if (java.util.Arrays.mismatch(ram, src, src + len, ram, pa, pa + len) >= 0) {
            beforeRamWrite(pa, len);
            System.arraycopy(ram, src, ram, pa, len);
        }
    }

    /**
     * Whether RAM [pa, pa+len) lies on one page that only code or table marks keep from direct
     * writes (no MMIO, not protected), in the single-threaded mode: {@link #storeRun} and
     * {@link #copyRun} may write it.
     */
    boolean runWritable(int pa, int len) {
        if (threaded || pa < 0 || len <= 0 || pa > ram.length - len || ((pa ^ (pa + len - 1)) >>> PAGE_SHIFT) != 0) {
            return false;
        }
        return (pageFlags[pa >>> PAGE_SHIFT] & ~(CODE | TABLE)) == 0;
    }

    // ---- queries for the Mmu -------------------------------------------------------------------

    /** True when the whole page at {@code pageBase} is RAM that a TLB may serve reads from. */
    boolean directReadable(int pageBase) {
        return pageBase >= 0 && (pageBase >>> PAGE_SHIFT) < fullPages
                && (pageFlags[pageBase >>> PAGE_SHIFT] & MMIO) == 0;
    }

    /** True when the whole page at {@code pageBase} is RAM that a TLB may serve writes to. */
    boolean directWritable(int pageBase) {
        return pageBase >= 0 && (pageBase >>> PAGE_SHIFT) < fullPages && pageFlags[pageBase >>> PAGE_SHIFT] == 0;
    }

    /**
     * Atomically ORs {@code bits} into the aligned 32-bit paging entry at {@code pa} (accessed and
     * dirty flags: the locked read-modify-write of Intel SDM Vol. 3, 4.8). Entries outside RAM are
     * left alone (writes there are dropped anyway); entries on code pages take the notifying path.
     */
    void orEntry(int pa, int bits) {
        // A table page's generation is left alone: no TLB entry depends on A and D being clear.
        if (pa >= 0 && pa <= ram.length - 4 && (pageFlags[pa >>> PAGE_SHIFT] & ~TABLE) == 0) {
            LE32.getAndBitwiseOr(ram, pa, bits);
        } else {
            write32(pa, read32(pa) | bits);
        }
    }
}
