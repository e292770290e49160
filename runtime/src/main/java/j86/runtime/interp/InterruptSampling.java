package j86.runtime.interp;

import j86.runtime.cpu.Cpu;
import j86.runtime.mem.Mmu;

/**
 * When an engine asks the interrupt controller whether INTR is raised: the one rule both
 * engines follow between instructions (docs/ARCHITECTURE.md, "Interrupt sampling").
 *
 * <p>The line is asked only while EFLAGS.IF is set and something may have raised it since it
 * was last seen idle: the start of a turn (devices and other CPUs moved on), a fault, port I/O
 * or an MSR access (the engine's own flag, passed as {@code sinceLastAsked}), or a memory access
 * that left the soft TLB's hit path ({@link Mmu#slowAccess}: devices are reached only that way).
 * In the deterministic mode nothing else runs during a CPU's turn, so its controller changes
 * only through these; asking this seldom gives the answer asking before every instruction
 * would, at the same instruction boundary, on both engines. (The STI/MOV SS shadow is checked
 * before this by the interpreter's step, the only place an interrupt is accepted.)
 *
 * <p>Each method is a few field tests, static and final so the JIT inlines them into the hot
 * loops. Translated code reads {@code Mmu.slowAccess} inline as a pre-test and then calls
 * {@code Support.mustExit}, which applies {@link #due} and {@link #ask}.
 */
public final class InterruptSampling {
    private InterruptSampling() {}

    /**
     * Must the line be asked before the next instruction? IF set, and the engine's own reason
     * ({@code sinceLastAsked}) or a slow memory access since the line was last seen idle.
     */
    public static boolean due(Cpu c, boolean sinceLastAsked) {
        return (c.eflags & Cpu.IF) != 0 && (sinceLastAsked || c.mmu.slowAccess);
    }

    /**
     * Asks the line (call only when {@link #due}): true when an interrupt is pending. When it is
     * idle, forgets the slow accesses seen so far; the caller clears its own reason.
     */
    public static boolean ask(Cpu c) {
        if (c.intr.pending()) {
            return true;
        }
        c.mmu.slowAccess = false;
        return false;
    }

    /**
     * For a loop that runs instructions without the checked step (PageLoop, chained blocks): must
     * it stop after the instruction just run, so that the line is asked (IF set and a slow access
     * happened) or a watchpoint hit reported (such accesses are slow too)?
     */
    public static boolean stopAfter(Cpu c) {
        Mmu m = c.mmu;
        return m.slowAccess && ((c.eflags & Cpu.IF) != 0 || m.watchHit != null);
    }
}
