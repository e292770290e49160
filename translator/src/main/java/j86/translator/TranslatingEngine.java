package j86.translator;

import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.CpuFault;
import j86.runtime.debug.Breakpoints;
import j86.runtime.debug.DebugStop;
import j86.runtime.interp.InterruptSampling;
import j86.runtime.interp.Interpreter;
import j86.runtime.mem.Mmu;
import j86.runtime.mem.PhysicalMemory;
import j86.runtime.sched.Engine;

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
    public static final long DEFAULT_CACHE_BYTES = 64L << 20;

    private final PhysicalMemory phys;
    private final Interpreter interp;
    private final int threshold;
    final BlockCache cache;
    /** The debugger's breakpoints (the interpreter's): see BlockScanner and {@link #run}. */
    private final Breakpoints breakpoints;
    final Translator translator;
    /** Whether translated blocks call their successors directly ({@link Chain}). */
    final boolean chaining = !Boolean.getBoolean("j86.jit.nochain");
    private JumpCache[] jumpCaches = new JumpCache[0];
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
        this.translator = new Translator(phys, specialise, specialise);
        phys.addCodeWriteListener(cache); // after the interpreter's CodeCache, registered when it was made
        this.breakpoints = interp.breakpoints();
        breakpoints.onChange(cache::breakpointMoved);
    }

    @Override
    public void run(Cpu c, long budget) {
        JumpCache jc = jumpCache(c);
        Chain x = jc.chain;
        long end = c.instructions + budget;
        x.end = end;
        x.breakpoints = breakpoints;
        boolean sample = true; // devices and other CPUs moved on since this CPU last ran
        BlockEntry from = null; // the last block run, when its successor may be linked to it
        int fromEip = 0;
        if (!resume(c, jc, end)) {
            return;
        }
        while (c.instructions < end) {
            if (c.shutdown) {
                return;
            }
            BlockEntry e = null;
            if (blockable(c)) {
                // Sample INTR as the interpreter does; when it is pending the interpreter takes it.
                if (!InterruptSampling.due(c, sample)) {
                    e = find(c, jc);
                } else if (!InterruptSampling.ask(c)) {
                    sample = false;
                    e = find(c, jc);
                }
            }
            if (e != null && e.guarded && breakpoints.at(c.seg[1].base + c.eip)) {
                c.debugStop = DebugStop.BREAKPOINT; // a block starts at every breakpoint (BlockScanner)
                return;
            }
            if (from != null && e != null && e.block != null) {
                from.link(c.eip - fromEip, e);
            }
            from = null;
            if (e == null) {
                sample = true;
                if (!step(c)) {
                    return;
                }
                continue;
            }
            if (e.count() > end - c.instructions) {
                // The block does not fit in the budget: the interpreter runs what fits, and the
                // next quantum finishes the block the same way (resume), so that a quantum
                // boundary never makes a block (and a translation) start in the middle of one.
                sample = true;
                jc.resume = e;
                jc.resumeBase = c.eip - e.eip;
                if (!runCold(c, e, jc.resumeBase, 0, end, jc)) {
                    return;
                }
                continue;
            }
            if (e.block == null) {
                if (e.hits < threshold) {
                    e.hits++;
                    sample = true;
                    if (!runCold(c, e, c.eip - e.eip, 0, end, jc)) {
                        return;
                    }
                    continue;
                }
                e = translate(c, e);
                if (e.dead && !e.evicted) {
                    continue; // a write retired it meanwhile (another CPU): look again
                }
                jc.put(c.eip, e); // (an entry evicted at once still runs this time: no livelock)
            }
            x.depth = 0;
            x.last = e.region.entry; // links live on the region's entry, relative to its EIP
            x.lastEip = c.eip - e.eip + e.region.entry.eip;
            long before = c.instructions;
            int r = e.block.run(c, x);
            BlockEntry last = x.last;
            jc.blocksRun += 1 + x.depth;
            jc.dispatches++;
            jc.insnsTranslated += c.instructions - before;
            if (c.mmu.watchHit != null) {
                c.debugStop = DebugStop.WATCHPOINT; // the code left right after the access
                return;
            }
            if (r == Block.PAUSED) {
                return; // PAUSE ends the quantum (see Interpreter)
            } else if (r == Block.SIDE) {
                // An access left the soft TLB's hit path: the interpreter runs that instruction
                // and the rest of its block (and the next quantum the rest, if this one ends).
                sample = true;
                jc.sideExits++;
                Region sr = x.sideRegion;
                int k = x.sideK, la = x.sideLa;
                boolean write = x.sideWrite;
                jc.resume = x.resume;
                jc.resumeBase = x.base;
                boolean going = runCold(c, x.resume, x.base, x.resumeIndex, end, jc);
                slowSite(c, sr, k, la, write);
                if (!going) {
                    return;
                }
            } else if (r != Block.NEXT) {
                sample = true;
            } else if (last.chainable && chaining) {
                from = last;
                fromEip = x.lastEip;
            }
        }
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
    private BlockEntry find(Cpu c, JumpCache jc) {
        int mode = ModeKey.of(c);
        BlockEntry e = jc.lookup(c, mode);
        if (e == null) {
            jc.misses++;
            e = lookup(c, mode);
            if (e == null) {
                return null;
            }
            jc.put(c.eip, e);
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
        Region r = translator.specialise ? Region.gather(interp, c, e, this::hot) : Region.single(e);
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
        return interp.step(c) == Interpreter.QUANTUM;
    }

    /** Finishes the block the last quantum stopped in (see run), when EIP is still inside it. */
    private boolean resume(Cpu c, JumpCache jc, long end) {
        BlockEntry e = jc.resume;
        jc.resume = null;
        if (e == null || e.dead) {
            return true;
        }
        for (int j = 1; j < e.count(); j++) {
            if (c.eip == jc.resumeBase + e.starts[j]) {
                return runCold(c, e, jc.resumeBase, j, end, jc);
            }
        }
        return true;
    }

    /**
     * Runs block {@code e} (relocated by {@code base}) on the interpreter from its instruction
     * {@code j}, one instruction at a time while EIP follows it and the budget lasts.
     */
    private boolean runCold(Cpu c, BlockEntry e, int base, int j, long end, JumpCache jc) {
        for (; j < e.count() && c.instructions < end; j++) {
            if (c.eip != base + e.starts[j] || e.dead) {
                return true;
            }
            jc.insnsCold++;
            if (!step(c)) {
                return false;
            }
        }
        return true;
    }

    private JumpCache jumpCache(Cpu c) {
        JumpCache[] a = jumpCaches;
        if (c.index < a.length && a[c.index] != null) {
            return a[c.index];
        }
        synchronized (this) {
            a = jumpCaches;
            if (c.index >= a.length) {
                a = java.util.Arrays.copyOf(a, c.index + 1);
            } else {
                a = a.clone();
            }
            JumpCache jc = new JumpCache();
            a[c.index] = jc;
            jumpCaches = a;
            return jc;
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
        long runs = 0, translated = 0, cold = 0, misses = 0, dispatches = 0, side = 0;
        for (JumpCache jc : jumpCaches) {
            if (jc != null) {
                side += jc.sideExits;
                runs += jc.blocksRun;
                translated += jc.insnsTranslated;
                cold += jc.insnsCold;
                misses += jc.misses;
                dispatches += jc.dispatches;
            }
        }
        Translator t = translator;
        return String.format("translated=%d regions of %d blocks (%d ms, define %d ms, %.0f us each) aliases=%d shared=%d bytecode=%d"
                + " regionsRun=%d insnsTranslated=%d specialised=%.1f%% cold=%d flagRecordsDropped=%d invalidated=%d"
                + " evicted=%d jumpCacheMisses=%d dispatches=%d sideExits=%d",
                t.translated, t.blocks, t.nanos / 1_000_000, t.defineNanos / 1_000_000,
                t.translated == 0 ? 0.0 : t.nanos / 1e3 / t.translated, t.aliases, t.shared, t.bytecodeBytes, runs, translated,
                t.insns == 0 ? 0.0 : 100.0 * t.specialisedInsns / t.insns, cold, t.flagsDropped, cache.invalidated,
                cache.evicted, misses, dispatches, side);
    }

    BlockCache blockCache() {
        return cache;
    }
}
