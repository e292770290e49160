package j86.runtime.interp;

import j86.decoder.Insn;
import j86.runtime.mem.CodeWriteListener;
import j86.runtime.mem.PhysicalMemory;
import java.lang.invoke.VarHandle;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Decoded instructions by physical address, shared by every CPU of a machine (one cache per
 * {@link PhysicalMemory}). Key = physical address of the instruction's first byte + code size
 * (16/32-bit): the decoding depends on nothing else. Pages are indexed directly by physical page
 * number (RAM only; code outside RAM is decoded every time), each holding two lazily allocated
 * Insn[4096] arrays, one per code size.
 *
 * Invalidation (invariant 2 of DESIGN.md): every byte of every cached instruction is marked as
 * code ({@link PhysicalMemory#markCode(int, int)}) before the instruction is published; the memory
 * tells us, before a write that changes a marked byte lands, and we drop the whole page. A write
 * beside the marked bytes (data on a code page) is not reported and drops nothing: no cached
 * instruction was read from those bytes. The translator builds its blocks only from instructions
 * fetched through here (BlockScanner, Region.gather call Interpreter.fetch), so the same marks
 * cover its translations. An instruction that crosses a page boundary is never cached (nor
 * marked), so a write to either page cannot leave a stale entry. Other listeners (the
 * translator's block cache) chain through {@link #addListener}, because the memory holds a
 * single listener.
 */
public final class CodeCache implements CodeWriteListener {
    /**
     * Each machine's cache. The values are weak too: a cache refers to its memory (and the memory
     * to the cache, its listener), so a strong value would keep every machine's RAM alive in a JVM
     * that runs many machines (the grader). The memory's own reference keeps the cache alive.
     */
    private static final Map<PhysicalMemory, WeakReference<CodeCache>> CACHES = new WeakHashMap<>();

    /** One page of decoded instructions. {@link #dead} is set when the page is dropped. */
    static final class Page {
        Insn[] code16;
        Insn[] code32;
        /** The {@link Forms} shape of each cached instruction, in step with code16/code32. */
        int[] form16;
        int[] form32;
        volatile boolean dead;
    }

    private final PhysicalMemory phys;
    private final Page[] pages;
    private final CopyOnWriteArrayList<CodeWriteListener> chained = new CopyOnWriteArrayList<>();
    /** Statistics: decodes that were cached, and page drops. */
    long decoded, dropped;

    private CodeCache(PhysicalMemory phys) {
        this.phys = phys;
        this.pages = new Page[phys.ram.length >>> PhysicalMemory.PAGE_SHIFT];
        phys.setCodeWriteListener(this);
    }

    /** The machine's cache (created, and registered as the memory's code-write listener, on first use). */
    public static CodeCache of(PhysicalMemory phys) {
        synchronized (CACHES) {
            WeakReference<CodeCache> ref = CACHES.get(phys);
            CodeCache cache = ref == null ? null : ref.get();
            if (cache == null) {
                cache = new CodeCache(phys);
                CACHES.put(phys, new WeakReference<>(cache));
            }
            return cache;
        }
    }

    /** Also tells {@code l} about writes to code pages (after this cache dropped its entries). */
    public void addListener(CodeWriteListener l) {
        chained.add(l);
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
            p = new Page();
            pages[n] = p;
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
        if (a == null) {
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
    }

    /**
     * Drops every page the write touches (the memory calls this once per code page whose marked
     * bytes the write changes), then tells the chained listeners.
     */
    @Override
    public void codeWritten(int pa, int length) {
        int first = pa >>> PhysicalMemory.PAGE_SHIFT;
        int last = (pa + Math.max(length, 1) - 1) >>> PhysicalMemory.PAGE_SHIFT;
        for (int n = first; n <= last && n < pages.length; n++) {
            Page p = pages[n];
            if (p != null) {
                p.dead = true;
                pages[n] = null;
                dropped++;
            }
        }
        for (CodeWriteListener l : chained) {
            l.codeWritten(pa, length);
        }
    }

    /** Drops everything (tests, or a machine reset). */
    public void clear() {
        for (int n = 0; n < pages.length; n++) {
            if (pages[n] != null) {
                pages[n].dead = true;
                pages[n] = null;
            }
        }
    }

    /** Number of cached instructions decoded so far (statistics). */
    public long decodedCount() {
        return decoded;
    }

    /** Number of page drops caused by writes to code (statistics). */
    public long droppedPages() {
        return dropped;
    }
}
