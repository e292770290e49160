package j86.translator.engine;

import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.CpuFault;
import j86.runtime.debug.Breakpoints;
import j86.runtime.debug.DebugStop;
import j86.runtime.interp.Interpreter;
import j86.runtime.interp.InterruptSampling;
import j86.runtime.mem.Mmu;
import j86.runtime.mem.PhysicalMemory;
import j86.runtime.sched.Engine;
import j86.translator.block.Block;
import j86.translator.block.BlockEntry;
import j86.translator.block.Chain;
import j86.translator.block.ModeKey;
import j86.translator.block.Region;
import j86.translator.cache.BlockCache;
import j86.translator.codegen.Support;
import j86.translator.codegen.Translator;
import j86.translator.scan.BlockScanner;
import j86.translator.scan.RegionScanner;

/**
 * The translating engine: runs a CPU block by block. A block runs on the {@link Interpreter} (the
 * reference) until it has run {@code threshold} times, then as a translated hidden class. Whatever
 * the interpreter does between instructions (interrupt acceptance, the STI/MOV SS shadow, TF
 * single-step traps, HLT, shutdown) is left to {@link Interpreter#step} by running those
 * instructions on it, so the guest sees the same instruction counts, interrupt points and faults
 * with either engine: a block runs only when it fits in the remaining budget, nothing is pending,
 * and the CPU is in 32-bit protected mode outside virtual-8086 mode with TF clear.
 *
 * <p>Dispatch: jump cache (virtual EIP, validated by the soft TLB), then the block cache
 * (physical address + mode). After a block ends with a near branch or falls through, the engine
 * links it to the block that follows; next time the block calls that successor itself
 * ({@link Chain}, {@link Support#successor}) under the same conditions the loop would check.
 * Chaining can be switched off with -Dj86.jit.nochain=true (diagnosis).
 */
public final class TranslatingEngine implements Engine {
    /** Default bound on the host memory held by blocks and their classes (BlockCache#cost). */
    public static final long DEFAULT_CACHE_BYTES = BlockCache.DEFAULT_MAX_BYTES;

    private final PhysicalMemory phys;
    private final Interpreter interp;
    private final int threshold;
    final BlockCache cache;
    /** The debugger's breakpoints (the interpreter's): see BlockScanner and {@link #run}. */
    private final Breakpoints breakpoints;
    final Translator translator;
    /** Whether translated blocks call their successors directly ({@link Chain}). */
    final boolean chaining = !Boolean.getBoolean("j86.jit.nochain");
    /** Per CPU (by index): jump cache, chaining context, statistics, what a turn carries over. */
    private CpuRun[] runs = new CpuRun[0];
    /** Side exits at one instruction after which its region is translated again with a slow-path call there. */
    static final int SIDE_EXIT_LIMIT = 64;


    public TranslatingEngine(PhysicalMemory phys, Interpreter interp, int threshold) {
        this(phys, interp, threshold, true, DEFAULT_CACHE_BYTES);
    }

    /** {@code specialise = false} makes every instruction call the interpreter's Dispatch (tests). */
    public TranslatingEngine(PhysicalMemory phys, Interpreter interp, int threshold, boolean specialise,
            long cacheBytes) {
        this.phys = phys;
        this.interp = interp;
        this.threshold = threshold;
        this.cache = new BlockCache(phys, cacheBytes);
        if (specialise) {
            j86.translator.codegen.CodegenWarmup.start();
        }
        this.translator = new Translator(phys, specialise, specialise);
        phys.addCodeWriteListener(cache); // after the interpreter's CodeCache, registered when it was made
        this.breakpoints = interp.breakpoints();
        breakpoints.onChange(cache::breakpointMoved);
    }

    @Override
    public void run(Cpu c, long budget) {
        CpuRun s = runState(c);
        s.begin(c.instructions, budget, breakpoints);
        if (!resume(c, s)) {
            return;
        }
        while (c.instructions < s.end && !c.shutdown) {
            if (!dispatch(c, s)) {
                return;
            }
        }
    }

    /**
     * One turn of the loop: the block at EIP runs (translated, or on the interpreter while cold
     * or when it does not fit the budget), or the interpreter steps one instruction. False when
     * run must return (see {@link #step}; also a breakpoint or watchpoint hit, a PAUSE).
     */
    private boolean dispatch(Cpu c, CpuRun s) {
        BlockEntry e = next(c, s);
        if (e != null && e.guarded && breakpoints.at(c.seg[1].base + c.eip)) {
            c.debugStop = DebugStop.BREAKPOINT; // a block starts at every breakpoint (BlockScanner)
            return false;
        }
        s.linkFrom(c.eip, e);
        if (e == null) {
            s.sample = true;
            return step(c);
        }
        if (e.count() > s.end - c.instructions) {
            return runSplit(c, s, e);
        }
        if (e.block == null) {
            if (e.hits < threshold) {
                e.hits++;
                s.sample = true;
                return runCold(c, e, c.eip - e.eip, 0, s);
            }
            e = translate(c, e);
            if (e.dead && !e.evicted) {
                return true; // a write retired it meanwhile (another CPU): look again
            }
            s.jumps.put(c.eip, e); // (an entry evicted at once still runs this time: no livelock)
        }
        return runTranslated(c, s, e);
    }

    /**
     * The block to run at EIP, or null when the interpreter must take the next instruction: the
     * CPU is not in a state blocks run in ({@link #blockable}), or an interrupt is pending (the
     * line is sampled as the interpreter does, and the interpreter takes it).
     */
    private BlockEntry next(Cpu c, CpuRun s) {
        if (!blockable(c)) {
            return null;
        }
        if (InterruptSampling.due(c, s.sample)) {
            if (InterruptSampling.ask(c)) {
                return null;
            }
            s.sample = false;
        }
        return find(c, s);
    }

    /**
     * A block that does not fit in the budget: the interpreter runs what fits, and the next turn
     * finishes the block the same way ({@link #resume}), so that a turn boundary never makes a
     * block (and a translation) start in the middle of one.
     */
    private boolean runSplit(Cpu c, CpuRun s, BlockEntry e) {
        s.sample = true;
        s.resume = e;
        s.resumeBase = c.eip - e.eip;
        return runCold(c, e, s.resumeBase, 0, s);
    }

    /** Runs translated block {@code e} (and what it chains to) at EIP; then as {@link #afterBlock}. */
    private boolean runTranslated(Cpu c, CpuRun s, BlockEntry e) {
        Chain x = s.chain;
        x.depth = 0;
        x.last = e.region.entry; // links live on the region's entry, relative to its EIP
        x.lastEip = c.eip - e.eip + e.region.entry.eip;
        long before = c.instructions;
        int r = e.block.run(c, x);
        s.stats.translated(x.depth, c.instructions - before);
        if (c.mmu.watchHit != null) {
            c.debugStop = DebugStop.WATCHPOINT; // the code left right after the access
            return false;
        }
        return afterBlock(c, s, r);
    }

    /**
     * How the translated code left ({@link Block}): a PAUSE ends the turn (as in the
     * interpreter; unless {@code Cpu.pauseYields} is off); a side exit goes on in the interpreter; an exit other than to the next block
     * (a fallback, a fault, an early exit) may have changed the interrupt line; a block that ran
     * to its end may be linked to its successor.
     */
    private boolean afterBlock(Cpu c, CpuRun s, int r) {
        if (r == Block.PAUSED && c.pauseYields) {
            return false;
        }
        if (r == Block.SIDE) {
            return sideExit(c, s);
        }
        if (r != Block.NEXT) {
            s.sample = true;
        } else if (s.chain.last.chainable && chaining) {
            s.from = s.chain.last;
            s.fromEip = s.chain.lastEip;
        }
        return true;
    }

    /**
     * An access left the soft TLB's hit path: the interpreter runs that instruction and the rest
     * of its block (and the next turn the rest, if this one ends); then the site is counted
     * ({@link #slowSite}).
     */
    private boolean sideExit(Cpu c, CpuRun s) {
        Chain x = s.chain;
        s.sample = true;
        s.stats.sideExits++;
        Region sr = x.sideRegion;
        int k = x.sideK, la = x.sideLa;
        boolean write = x.sideWrite;
        s.resume = x.resume;
        s.resumeBase = x.base;
        boolean going = runCold(c, x.resume, x.base, x.resumeIndex, s);
        slowSite(c, sr, k, la, write);
        return going;
    }

    /**
     * After a side exit at instruction {@code k} of region {@code r} (an access at {@code la}) and
     * the interpreter's run of it: when the access is still not a TLB hit (a device, a code page
     * written, a page crossing: it would exit again every time, unlike a page that was only
     * missing from the TLB), counts it; the {@link #SIDE_EXIT_LIMIT}th time, the region is
     * translated again with a slow-path call at that instruction (EmitMemory).
     */
    private void slowSite(Cpu c, Region r, int k, int la, boolean write) {
        boolean user = (r.entry.mode >> 2 & 3) == 3;
        if (c.mmu.hits(la, write, user) || r.countSideExit(k) != SIDE_EXIT_LIMIT || r.entry.region != r) {
            return;
        }
        translator.slowSites.add(r.siteKey(k));
        cache.retranslate(r.entry);
    }

    /** True when the next instructions may run as a block (see the class comment). */
    private static boolean blockable(Cpu c) {
        return !c.interruptShadow && !c.halted && (c.eflags & (Cpu.TF | Cpu.VM)) == 0 && c.seg[1].big
                && c.protectedMode();
    }

    /** The block at CS:EIP (cold or translated), or null when the interpreter must take this one. */
    private BlockEntry find(Cpu c, CpuRun s) {
        int mode = ModeKey.of(c);
        BlockEntry e = s.jumps.lookup(c, mode);
        if (e == null) {
            s.stats.misses++;
            e = lookup(c, mode);
            if (e == null) {
                return null;
            }
            s.jumps.put(c.eip, e);
        }
        if (Integer.compareUnsigned(c.eip + e.bytes - 1, c.seg[1].limit) > 0) {
            return null;
        }
        return e;
    }

    private BlockEntry lookup(Cpu c, int mode) {
        int eip = c.eip;
        if (Integer.compareUnsigned(eip, c.seg[1].limit) > 0) {
            return null;
        }
        int pa;
        try {
            pa = c.mmu.translate(c.seg[1].base + eip, Mmu.EXEC, c.cpl == 3);
        } catch (CpuFault f) {
            return null; // the interpreter's fetch raises it
        }
        if (Integer.compareUnsigned(pa, phys.ram.length) >= 0) {
            return null; // code outside RAM is never cached
        }
        long key = ModeKey.key(pa, mode);
        BlockEntry e = cache.get(key);
        if (e != null && !e.dead) {
            return e;
        }
        e = BlockScanner.scan(interp, c, pa, mode, BlockScanner.MAX_INSNS);
        if (e != null) {
            cache.put(e);
        }
        return e;
    }

    /**
     * A block worth compiling into a region: already translated, or run at least a quarter of the
     * threshold times (threshold 0, the tests' translate-everything mode, takes every block).
     */
    private boolean hot(long key) {
        if (threshold == 0) {
            return true;
        }
        BlockEntry b = cache.get(key);
        return b != null && (b.block != null || b.hits * 4 >= threshold);
    }

    private BlockEntry translate(Cpu c, BlockEntry e) {
        Region in = cache.containing(e);
        if (in != null) {
            Translator.alias(e, in, in.blockLike(e));
            cache.put(e);
            translator.aliases++;
            return e;
        }
        Region r = translator.specialise ? RegionScanner.gather(interp, c, e, this::hot) : Region.single(e);
        BlockEntry t = translator.translate(r);
        if (!e.dead) {
            cache.put(t);
        } else {
            t.dead = true; // retired while it was being translated: run once, then rescan
        }
        return t;
    }

    /**
     * Runs one instruction on the interpreter; false when run must return: the CPU halted, shut
     * down, executed a PAUSE (the turn ends) or stopped for the debugger.
     */
    private boolean step(Cpu c) {
        int r = interp.step(c);
        return r == Interpreter.QUANTUM || r == Interpreter.PAUSED && !c.pauseYields;
    }

    /** Finishes the block the last turn stopped in (see runSplit), when EIP is still inside it. */
    private boolean resume(Cpu c, CpuRun s) {
        BlockEntry e = s.resume;
        s.resume = null;
        if (e == null || e.dead) {
            return true;
        }
        for (int j = 1; j < e.count(); j++) {
            if (c.eip == s.resumeBase + e.starts[j]) {
                return runCold(c, e, s.resumeBase, j, s);
            }
        }
        return true;
    }

    /**
     * Runs block {@code e} (relocated by {@code base}) on the interpreter from its instruction
     * {@code j}, one instruction at a time while EIP follows it and the budget lasts.
     */
    private boolean runCold(Cpu c, BlockEntry e, int base, int j, CpuRun s) {
        for (; j < e.count() && c.instructions < s.end; j++) {
            if (c.eip != base + e.starts[j] || e.dead) {
                return true;
            }
            s.stats.insnsCold++;
            if (!step(c)) {
                return false;
            }
        }
        return true;
    }

    /** The CPU's run state, made on its first turn (copy on write: other CPUs read the array unlocked). */
    private CpuRun runState(Cpu c) {
        CpuRun[] a = runs;
        if (c.index < a.length && a[c.index] != null) {
            return a[c.index];
        }
        synchronized (this) {
            a = runs;
            a = c.index >= a.length ? java.util.Arrays.copyOf(a, c.index + 1) : a.clone();
            CpuRun s = new CpuRun();
            a[c.index] = s;
            runs = a;
            return s;
        }
    }

    /** Regions given a translation so far: generated here, or reused from another machine (SharedCode). */
    public long blocksTranslated() {
        return translator.translated + translator.shared;
    }

    /** Host time spent translating (generating and defining classes), in nanoseconds. */
    public long translationNanos() {
        return translator.nanos;
    }

    /**
     * A one-line statistics summary: translations (regions, the blocks they cover, the share of
     * their instructions specialised), runs, and the dispatch figures.
     */
    public String statistics() {
        EngineStats n = new EngineStats();
        for (CpuRun s : runs) {
            if (s != null) {
                n.add(s.stats);
            }
        }
        Translator t = translator;
        return String.format("translated=%d regions of %d blocks (%d ms, define %d ms, %.0f us each)"
                + " translateMs=generate:%d,splice:%d,write:%d(%s) splices=%d(%d reused) aliases=%d shared=%d bytecode=%d"
                + " regionsRun=%d insnsTranslated=%d specialised=%.1f%% cold=%d flagRecordsDropped=%d invalidated=%d"
                + " evicted=%d jumpCacheMisses=%d dispatches=%d sideExits=%d",
                t.translated, t.blocks, t.nanos / 1_000_000, t.defineNanos / 1_000_000,
                t.translated == 0 ? 0.0 : t.nanos / 1e3 / t.translated, t.generateNanos / 1_000_000,
                t.spliceNanos / 1_000_000, t.writeNanos / 1_000_000, j86.translator.block.TranslationClock.name(), t.splices, t.splicesReused, t.aliases, t.shared, t.bytecodeBytes, n.blocksRun,
                n.insnsTranslated, t.insns == 0 ? 0.0 : 100.0 * t.specialisedInsns / t.insns, n.insnsCold, t.flagsDropped,
                cache.invalidated, cache.evicted, n.misses, n.dispatches, n.sideExits);
    }

    BlockCache blockCache() {
        return cache;
    }
}
