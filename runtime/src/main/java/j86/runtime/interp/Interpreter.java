package j86.runtime.interp;

import j86.decoder.Insn;
import j86.decoder.Op;
import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.Vector;
import j86.runtime.cpu.CpuFault;
import j86.runtime.cpu.Interrupts;
import j86.runtime.debug.Breakpoints;
import j86.runtime.debug.DebugStop;
import j86.runtime.mem.PhysicalMemory;
import j86.runtime.sched.Engine;

/**
 * The interpreter's execution loop: fetch (through the shared {@link CodeCache}), execute
 * ({@link Dispatch}), deliver faults precisely, accept external interrupts between instructions,
 * single-step traps, HLT and shutdown. One Interpreter serves every CPU of a machine; the little
 * per-CPU state (a scratch Insn, the fetch source) is kept by CPU index.
 *
 * PAUSE ends the CPU's quantum (execute returns QUANTUM right after it): PAUSE is the spin-wait
 * hint of lock loops, and in the deterministic mode the CPU holding the lock cannot make progress
 * until this one gives up its turn. Measured on JOS primes with 4 CPUs: the output up to "CPU n:
 * 1877" takes 222 M instead of 558 M guest instructions. Deterministic, since it follows from the
 * instruction stream alone.
 *
 * Virtual time: c.instructions counts retired instructions; a faulting instruction also counts one
 * (the delivery takes time, and it bounds {@link #run}); a repeated string instruction counts its
 * iterations (see {@link ExecString}).
 */
public final class Interpreter implements Engine {
    /**
     * Reasons {@link #execute} and {@link #step} return: still running; halted with nothing to wake
     * it; shut down; (step only) executed a PAUSE, which ends the CPU's turn; (step only) stopped
     * for the debugger, c.debugStop says why (a breakpoint at CS:EIP, nothing executed; or a
     * watched access by the instruction just executed).
     */
    public static final int QUANTUM = 0, HALTED = 1, SHUTDOWN = 2, PAUSED = 3, DEBUG = 4;

    private static final int DR6_BS = 1 << 14;

    private final CodeCache cache;
    private final Breakpoints breakpoints = new Breakpoints();
    private Fetcher[] fetchers = new Fetcher[0];

    public Interpreter(PhysicalMemory phys) {
        this.cache = CodeCache.of(phys);
    }

    /** An interpreter with its own code cache (the parallel mode: one per CPU thread). */
    public Interpreter(CodeCache cache) {
        this.cache = cache;
    }

    public CodeCache cache() {
        return cache;
    }

    /** The machine's code breakpoints, checked before each instruction by both engines. */
    public Breakpoints breakpoints() {
        return breakpoints;
    }

    /** Engine: runs up to {@code budget} instructions. */
    @Override
    public void run(Cpu c, long budget) {
        execute(c, budget);
    }

    /**
     * Runs {@code c} until it has retired {@code maxInstructions} more instructions, executed a
     * PAUSE, or stopped for the debugger (QUANTUM; c.debugStop tells the last), it halts with
     * nothing to wake it (HALTED), or it shuts down (SHUTDOWN). Guest exceptions are delivered
     * inside; none escapes.
     */
    public int execute(Cpu c, long maxInstructions) {
        Fetcher f = fetcher(c);
        f.mayInterrupt = true; // devices and other CPUs moved on since this CPU last ran
        long end = c.instructions + maxInstructions;
        while (c.instructions < end) {
            int r = step(c, f, NO_ADDRESS);
            if (r == PAUSED && !c.pauseYields) {
                continue; // nobody to yield to (Cpu.pauseYields)
            }
            if (r != QUANTUM) {
                return r == PAUSED || r == DEBUG ? QUANTUM : r;
            }
            PageLoop.run(c, f, end, breakpoints.any() ? breakpoints : null);
            if (c.mmu.watchHit != null) {
                c.debugStop = DebugStop.WATCHPOINT;
                return QUANTUM;
            }
        }
        return QUANTUM;
    }

    /**
     * Executes one instruction (after accepting a pending interrupt) unless a breakpoint is set
     * where it would start (DEBUG); QUANTUM means "still running"; see {@link #QUANTUM}.
     */
    public int step(Cpu c) {
        Fetcher f = fetcher(c);
        f.mayInterrupt = true;
        return step(c, f, NO_ADDRESS);
    }

    /**
     * {@link #step} over a breakpoint at CS:EIP: the debugger's single step, and its resumption
     * from the breakpoint a CPU stopped at. Other breakpoints still count (the first instruction
     * of an interrupt handler taken first).
     */
    public int stepOver(Cpu c) {
        Fetcher f = fetcher(c);
        f.mayInterrupt = true;
        return step(c, f, (c.seg[1].base + c.eip) & 0xFFFFFFFFL);
    }

    /** No breakpoint to step over (see {@link #stepOver}). */
    private static final long NO_ADDRESS = -1;

    /**
     * The checked step: the shadow, then interrupt sampling ({@link InterruptSampling}, with
     * {@link Fetcher#mayInterrupt} as this engine's own reason), breakpoints, one instruction.
     */
    private int step(Cpu c, Fetcher f, long over) {
        if (c.shutdown) {
            return SHUTDOWN;
        }
        boolean shadow = c.interruptShadow;
        if (shadow) {
            c.interruptShadow = false; // the shadow covers exactly the instruction about to execute
        } else if (InterruptSampling.due(c, f.mayInterrupt)) {
            if (InterruptSampling.ask(c)) {
                int vector = InterruptSampling.acknowledge(c);
                Interrupts.deliver(c, vector, Interrupts.EXTERNAL, 0, false);
                if (c.shutdown) {
                    return SHUTDOWN;
                }
            } else {
                f.mayInterrupt = false;
            }
        }
        if (c.halted) {
            return HALTED;
        }
        int lin = c.seg[1].base + c.eip;
        if (breakpoints.any() && (lin & 0xFFFFFFFFL) != over && breakpoints.at(lin)) {
            c.interruptShadow = shadow; // still to cover the instruction when it runs
            c.debugStop = DebugStop.BREAKPOINT;
            return DEBUG;
        }
        int form = executeOne(c, f);
        if (c.shutdown) {
            return SHUTDOWN;
        }
        if (c.mmu.watchHit != null) {
            c.debugStop = DebugStop.WATCHPOINT;
            return DEBUG;
        }
        return form == Forms.PAUSE ? PAUSED : QUANTUM;
    }

    /**
     * Fetches and executes one instruction; a fault restores EIP, ESP and the flags, then is
     * delivered. Returns the {@link Forms} shape executed, or -1 after a fault.
     */
    private int executeOne(Cpu c, Fetcher f) {
        int start = c.eip;
        int esp = c.r[Cpu.ESP];
        c.savedFlags.save(c);
        boolean tf = (c.eflags & Cpu.TF) != 0;
        Insn i;
        int form;
        try {
            i = f.fetch(c, start);
            form = f.form;
            int next = start + i.length;
            c.eip = c.seg[1].big ? next : next & 0xFFFF;
            FastPath.execute(c, i, form);
            c.instructions++;
        } catch (CpuFault fault) {
            c.eip = start;
            c.r[Cpu.ESP] = esp;
            c.savedFlags.restore(c);
            c.instructions++;
            f.mayInterrupt = true;
            Interrupts.raise(c, fault);
            return -1;
        }
        if (form == Forms.GENERIC && TOUCHES_DEVICES[i.op.ordinal()]) {
            f.mayInterrupt = true; // the fast forms reach devices only through the MMU
        }
        if (tf && !isSoftwareInterrupt(i.op)) {
            // Single-step trap after the instruction (SDM Vol. 3, 17.3.1.4): #DB with DR6.BS, EIP = next.
            c.dr[6] |= DR6_BS;
            Interrupts.deliver(c, Vector.DB, Interrupts.EXCEPTION, 0, false);
        }
        return form;
    }

    /** Ops that reach devices other than through the MMU (port I/O, MSRs): sample INTR after them. */
    private static final boolean[] TOUCHES_DEVICES = new boolean[Op.values().length];

    static {
        for (Op op : new Op[] {Op.IN, Op.OUT, Op.INS, Op.OUTS, Op.RDMSR, Op.WRMSR, Op.HLT}) {
            TOUCHES_DEVICES[op.ordinal()] = true;
        }
    }

    private static boolean isSoftwareInterrupt(Op op) {
        return op == Op.INT || op == Op.INT3 || op == Op.INTO || op == Op.INT1;
    }

    /** Decodes (or finds in the cache) the instruction at CS:eip without executing it. */
    public Insn fetch(Cpu c, int eip) {
        return fetcher(c).fetch(c, eip);
    }

    private Fetcher fetcher(Cpu c) {
        Fetcher[] fs = fetchers;
        if (c.index < fs.length && fs[c.index] != null && fs[c.index].cpu == c) {
            return fs[c.index];
        }
        return newFetcher(c);
    }

    private synchronized Fetcher newFetcher(Cpu c) {
        Fetcher[] fs = fetchers;
        if (c.index >= fs.length) {
            fs = java.util.Arrays.copyOf(fs, c.index + 1);
        } else {
            fs = fs.clone();
        }
        Fetcher f = new Fetcher(c, cache);
        fs[c.index] = f;
        fetchers = fs;
        return f;
    }
}
