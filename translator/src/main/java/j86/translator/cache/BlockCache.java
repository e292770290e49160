package j86.translator.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import j86.runtime.mem.CodeWriteListener;
import j86.runtime.mem.PhysicalMemory;
import j86.translator.block.BlockEntry;
import j86.translator.block.Region;
import java.util.ArrayList;
import java.util.List;

/**
 * The machine's blocks by physical address + mode (docs/ARCHITECTURE.md, "Translations are keyed
 * by physical address and mode"), shared by its CPUs. A Caffeine cache bounded by weight
 * (estimated host bytes, {@link #cost}) whose synchronous eviction listener retires the evicted
 * block; and a per-physical-page directory so that a write to a code page (the memory's code-write
 * notification: this cache registers itself with PhysicalMemory, after the interpreter's
 * CodeCache) retires every block on that page before the write lands.
 */
public final class BlockCache implements CodeWriteListener {
    /** Default bound on the host memory held by blocks and their classes ({@link #cost}); SharedCode uses it too. */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;

    private final Cache<Long, BlockEntry> cache;
    /** Blocks per physical page number (RAM pages only). */
    private final List<BlockEntry>[] pages;
    /** The listed (live) entries by key: the lookup {@link #get} makes after a jump-cache miss. */
    private final KeyIndex index = new KeyIndex();
    public long invalidated, evicted;

    @SuppressWarnings("unchecked")
    public BlockCache(PhysicalMemory phys, long maxWeight) {
        this.pages = new List[phys.ram.length >>> PhysicalMemory.PAGE_SHIFT];
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxWeight)
                .weigher((Long k, BlockEntry v) -> cost(v.classBytes, v.count()))
                .executor(Runnable::run)
                .evictionListener((Long k, BlockEntry v, RemovalCause cause) -> {
                    if (v != null && cause.wasEvicted()) {
                        evicted++;
                        v.evicted = true;
                        retire(v);
                    }
                })
                .build();
    }

    /**
     * The host memory an entry holds, in bytes, from the size of its class file (0: cold): the
     * weight of this cache and of SharedCode, whose bounds are thus bounds on memory. A region's
     * class takes about 1.7 bytes of metaspace per byte of class file plus 1.2-1.5 KiB (JDK 17,
     * 2026-12-02: hidden classes of 264, 1062, 9783 and 29483 bytes took 1542, 2708, 15811 and
     * 52147 bytes each; TranslationCostTest checks this against the JVM's figures), taken here as
     * twice the class file plus 4 KiB for the class and the objects around it. A cold block holds
     * its decoded instructions. Weighing bytecode alone let a guest that keeps writing new code
     * hold 130 k classes and 577 MB of metaspace under a 64 MiB bound.
     */
    public static int cost(int classBytes, int insns) {
        return classBytes > 0 ? 2 * classBytes + 4096 : 256 + 64 * insns;
    }

    /** The live block at {@code key} (this path is taken after every jump-cache miss). */
    public synchronized BlockEntry get(long key) {
        BlockEntry e = index.get(key);
        return e != null && !e.dead ? e : null;
    }

    /**
     * A live translated region on {@code e}'s page that has a block like {@code e} (Region#blockLike):
     * e can run that region's class instead of a translation of its own.
     */
    public synchronized Region containing(BlockEntry e) {
        List<BlockEntry> l = pages[e.pa >>> PhysicalMemory.PAGE_SHIFT];
        if (l != null) {
            for (BlockEntry x : l) {
                Region r = x.region;
                if (!x.dead && r != null && r.entry == x && x.mode == e.mode && r.blockLike(e) >= 0) {
                    return r;
                }
            }
        }
        return null;
    }

    /**
     * Adds or replaces the block at e.key. Putting an entry that is already there re-weighs it (a
     * cold entry translated or aliased in place) and must not list it twice on its page: eviction
     * unlists one copy, and a second copy kept every evicted region's class alive (a guest writing
     * 150,000 functions held them all, 700 MB of metaspace, under a 64 MiB bound). An entry that
     * the put itself evicted is not listed either.
     */
    public synchronized void put(BlockEntry e) {
        BlockEntry old = cache.asMap().put(e.key, e);
        if (old == e) {
            return;
        }
        List<BlockEntry> l = pages[e.pa >>> PhysicalMemory.PAGE_SHIFT];
        if (old != null) {
            old.dead = true;
            if (l != null) {
                l.remove(old);
            }
            index.remove(old.key, old);
        }
        if (!e.dead) {
            if (l == null) {
                l = new ArrayList<>();
                pages[e.pa >>> PhysicalMemory.PAGE_SHIFT] = l;
            }
            l.add(e);
            index.put(e.key, e);
        }
    }

    private synchronized void retire(BlockEntry e) {
        e.dead = true;
        if (e.region != null && e.region.entry == e) {
            for (BlockEntry a : e.region.aliases) {
                retire(a); // they run e's class
            }
        }
        List<BlockEntry> l = pages[e.pa >>> PhysicalMemory.PAGE_SHIFT];
        if (l != null) {
            l.remove(e);
        }
        index.remove(e.key, e);
    }

    /** Drops region entry {@code e} (and the blocks that run its class), to be translated afresh. */
    public synchronized void retranslate(BlockEntry e) {
        retire(e);
        cache.asMap().remove(e.key, e);
        invalidated++;
    }

    /**
     * The memory says a write is about to change code in [pa, pa+length): drop every block of the
     * page(s). Only writes that change bytes of instructions decoded through the interpreter's
     * fetch (which are all the bytes blocks are made of) get here; a write beside them on the same
     * page leaves the blocks alive (PhysicalMemory's byte map).
     */
    @Override
    public synchronized void codeWritten(int pa, int length) {
        int first = pa >>> PhysicalMemory.PAGE_SHIFT;
        int last = (pa + Math.max(length, 1) - 1) >>> PhysicalMemory.PAGE_SHIFT;
        for (int n = first; n <= last && n < pages.length; n++) {
            List<BlockEntry> l = pages[n];
            if (l == null) {
                continue;
            }
            pages[n] = null;
            for (BlockEntry e : l) {
                e.dead = true;
                cache.asMap().remove(e.key, e);
                index.remove(e.key, e);
                invalidated++;
            }
        }
    }

    /**
     * A breakpoint at page offset {@code offset} was set or cleared: blocks are split before every
     * instruction at a breakpoint's offset (BlockScanner), so every block (cold or a region's
     * entry) with a block that covers that offset, starts there or ends right before it is
     * dropped, to be scanned again under the new set. Offsets alone, not pages: a physical page
     * may run at any linear page, so no other page is known to be safe.
     */
    public synchronized void breakpointMoved(int offset) {
        for (List<BlockEntry> l : pages) {
            if (l == null) {
                continue;
            }
            for (BlockEntry e : List.copyOf(l)) {
                if (!e.dead && (touches(e, offset) || e.region != null
                        && java.util.Arrays.stream(e.region.blocks).anyMatch(b -> touches(b, offset)))) {
                    retranslate(e);
                }
            }
        }
    }

    private static boolean touches(BlockEntry b, int offset) {
        int first = b.pa & PhysicalMemory.PAGE_MASK;
        return offset >= first && offset <= first + b.bytes;
    }

    long size() {
        return cache.estimatedSize();
    }

    /** Problems of the page directory against the cache (tests): entries listed twice, dead or not cached. */
    public synchronized List<String> directoryProblems() {
        List<String> problems = new ArrayList<>();
        java.util.Set<BlockEntry> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (List<BlockEntry> l : pages) {
            for (BlockEntry e : l == null ? List.<BlockEntry>of() : l) {
                String why = !seen.add(e) ? "listed twice" : e.dead ? "dead"
                        : cache.asMap().get(e.key) != e ? "not cached" : index.get(e.key) != e ? "not indexed" : null;
                if (why != null) {
                    problems.add(String.format("block at %08x (physical %08x): %s", e.eip, e.pa, why));
                }
            }
        }
        if (index.size() != seen.size()) {
            problems.add(index.size() + " blocks indexed, " + seen.size() + " listed");
        }
        return problems;
    }

    /** Runs pending maintenance (evictions) now; tests use it. */
    void cleanUp() {
        cache.cleanUp();
    }
}
