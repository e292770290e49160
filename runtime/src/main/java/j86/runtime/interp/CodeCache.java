package j86.runtime.interp;

import j86.decoder.Insn;
import j86.runtime.mem.CodeWriteListener;
import j86.runtime.mem.PhysicalMemory;
import java.lang.invoke.VarHandle;
import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Decoded instructions by physical address, shared by every CPU of a machine (one cache per
 * {@link PhysicalMemory}). Key = physical address of the instruction's first byte + code size
 * (16/32-bit): the decoding depends on nothing else. Pages are indexed directly by physical page
 * number (RAM only; code outside RAM is decoded every time), each holding two lazily allocated
 * Insn[4096] arrays, one per code size.
 *
 * Invalidation (docs/ARCHITECTURE.md, "A write to code retires that code"): every byte of every
 * cached instruction is marked as code ({@link PhysicalMemory#markCode(int, int)}) before the
 * instruction is published; the memory tells us, before a write that changes a marked byte lands,
 * and we drop the whole page. A write beside the marked bytes (data on a code page) is not
 * reported and drops nothing: no cached instruction was read from those bytes. The translator
 * builds its blocks only from instructions fetched through here (its BlockScanner and
 * RegionScanner call Interpreter.fetch), so the same marks cover its translations. An
 * instruction that crosses a page boundary is never cached (nor marked), so a write to either
 * page cannot leave a stale entry.
 * The translator's block cache is another listener of the same memory, told after this one.
 */
public final class CodeCache implements CodeWriteListener {
    /**
     * Each machine's cache. The values are weak too: a cache refers to its memory (and the memory
     * to the cache, its listener), so a strong value would keep every machine's RAM alive in a JVM
     * that runs many machines (the grader). The memory's own reference keeps the cache alive.
     */
    private static final Map<PhysicalMemory, WeakReference<CodeCache>> CACHES = new WeakHashMap<>();

    /**
     * Host memory the decoded instructions may take, in bytes ({@link #cost}): past it the oldest
     * pages are dropped (they are decoded again when run; their bytes stay marked as code, as the
     * translator's blocks need). A guest that keeps writing new code held 325 KB of heap per code
     * page here, without bound, before this (2026-12-02).
     */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;
    /** Heap bytes of one decoded instruction: Insn 96, its Operand[] 32 and three Operands of 32 (JDK 17). */
    static final int INSN_BYTES = 224;
    /** Heap bytes of one page's arrays for one code size: Insn[4096] and int[4096]. */
    static final int ARRAYS_BYTES = 2 * (16 + 4 * PhysicalMemory.PAGE_SIZE);

    /** One page of decoded instructions. {@link #dead} is set when the page is dropped. */
    static final class Page {
        final int number;
        /** Heap bytes this page holds (ARRAYS_BYTES per code size, INSN_BYTES per instruction). */
        long cost;

        Page(int number) {
            this.number = number;
        }

        Insn[] code16;
        Insn[] code32;
        /** The {@link Forms} shape of each cached instruction, in step with code16/code32. */
        int[] form16;
        int[] form32;
        volatile boolean dead;
    }

    private final PhysicalMemory phys;
    private final Page[] pages;
    /** Live pages (and some dropped ones, skipped), oldest first: the order of drops for room. */
    private final ArrayDeque<Page> order = new ArrayDeque<>();
    private int live;
    private final long maxBytes;
    /** Heap bytes of the live pages. */
    long bytes;
    /** Statistics: decodes that were cached, page drops for writes and for room. */
    long decoded, dropped, evicted;

    private CodeCache(PhysicalMemory phys, long maxBytes) {
        this.phys = phys;
        this.maxBytes = maxBytes;
        this.pages = new Page[phys.ram.length >>> PhysicalMemory.PAGE_SHIFT];
        phys.addCodeWriteListener(this);
    }

    /** The machine's cache (created, and registered as one of the memory's code-write listeners, on first use). */
    public static CodeCache of(PhysicalMemory phys) {
        return of(phys, DEFAULT_MAX_BYTES);
    }

    /**
     * A cache of its own, not the machine's: the parallel mode gives each CPU thread one, so that
     * only that thread ever changes it (other CPUs' code writes retire it with the world stopped).
     */
    public static CodeCache unshared(PhysicalMemory phys) {
        return new CodeCache(phys, DEFAULT_MAX_BYTES);
    }

    /** The same, bounded by {@code maxBytes} of heap if this call creates it (tests). */
    public static CodeCache of(PhysicalMemory phys, long maxBytes) {
        if (phys.threaded) {
            return new CodeCache(phys, maxBytes); // parallel mode: each CPU's engine has its own (see unshared)
        }
        synchronized (CACHES) {
            WeakReference<CodeCache> ref = CACHES.get(phys);
            CodeCache cache = ref == null ? null : ref.get();
            if (cache == null) {
                cache = new CodeCache(phys, maxBytes);
                CACHES.put(phys, new WeakReference<>(cache));
            }
            return cache;
        }
    }

    /**
     * The page holding physical address {@code pa}, created when absent; null outside RAM. The
     * memory learns which of its bytes are code only as instructions are {@link #put}.
     */
    Page page(int pa) {
        int n = pa >>> PhysicalMemory.PAGE_SHIFT;
        if (n >= pages.length) {
            return null;
        }
        Page p = pages[n];
        if (p == null) {
            p = new Page(n);
            pages[n] = p;
            order.add(p);
            live++;
            if (order.size() > 2 * live + 64) {
                order.removeIf(q -> q.dead); // pages dropped by writes
            }
        }
        return p;
    }

    /** The cached instruction at {@code pa} in {@code page}, or null. */
    static Insn get(Page page, int pa, boolean code32) {
        Insn[] a = code32 ? page.code32 : page.code16;
        return a == null ? null : a[pa & PhysicalMemory.PAGE_MASK];
    }

    /**
     * Publishes a freshly decoded instruction (not to be modified afterwards; it lies within the
     * page), after marking all of its bytes as code so that a write to any of them drops it.
     */
    void put(Page page, int pa, boolean code32, Insn insn) {
        phys.markCode(pa, insn.length);
        Insn[] a = code32 ? page.code32 : page.code16;
        int cost = INSN_BYTES;
        if (a == null) {
            cost += ARRAYS_BYTES;
            a = new Insn[PhysicalMemory.PAGE_SIZE];
            int[] f = new int[PhysicalMemory.PAGE_SIZE];
            if (code32) {
                page.form32 = f;
                page.code32 = a;
            } else {
                page.form16 = f;
                page.code16 = a;
            }
        }
        int[] forms = code32 ? page.form32 : page.form16;
        forms[pa & PhysicalMemory.PAGE_MASK] = Forms.classify(insn);
        VarHandle.releaseFence(); // another CPU's thread may read the slot (free-running mode)
        a[pa & PhysicalMemory.PAGE_MASK] = insn;
        decoded++;
        page.cost += cost;
        bytes += cost;
        while (bytes > maxBytes && makeRoom(page)) {
            evicted++;
        }
    }

    /** Drops the oldest live page other than {@code keep}; false when there is none. */
    private boolean makeRoom(Page keep) {
        for (int n = order.size(); n > 0; n--) {
            Page p = order.poll();
            if (p == keep) {
                order.add(p);
            } else if (!p.dead) {
                drop(p);
                return true;
            }
        }
        return false;
    }

    private void drop(Page p) {
        p.dead = true;
        pages[p.number] = null;
        bytes -= p.cost;
        live--;
    }

    /**
     * Drops every page the write touches (the memory calls this once per code page whose marked
     * bytes the write changes).
     */
    @Override
    public void codeWritten(int pa, int length) {
        int first = pa >>> PhysicalMemory.PAGE_SHIFT;
        int last = (pa + Math.max(length, 1) - 1) >>> PhysicalMemory.PAGE_SHIFT;
        for (int n = first; n <= last && n < pages.length; n++) {
            Page p = pages[n];
            if (p != null) {
                drop(p);
                dropped++;
            }
        }
    }

    /** Drops everything (tests, or a machine reset). */
    public void clear() {
        for (int n = 0; n < pages.length; n++) {
            if (pages[n] != null) {
                drop(pages[n]);
            }
        }
        order.clear();
    }

    /** Number of cached instructions decoded so far (statistics). */
    public long decodedCount() {
        return decoded;
    }

    /** Number of page drops caused by writes to code (statistics). */
    public long droppedPages() {
        return dropped;
    }

    /** Heap bytes the live pages hold, by the {@link #DEFAULT_MAX_BYTES} estimate. */
    public long bytes() {
        return bytes;
    }

    /** Number of pages dropped to stay within the memory bound (statistics). */
    public long evictedPages() {
        return evicted;
    }
}
