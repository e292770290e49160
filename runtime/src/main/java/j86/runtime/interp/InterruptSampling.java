package j86.runtime.interp;

import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.Vector;
import j86.runtime.mem.Mmu;

/**
 * When an engine asks the interrupt controller whether INTR is raised: the one rule both
 * engines follow between instructions (docs/ARCHITECTURE.md, "Interrupt sampling").
 *
 * <p>An NMI ({@code Cpu.nmi}, set by the local APIC) is taken first, whatever IF, unless an
 * NMI handler is still running (blocked until IRET). The INTR line is asked only while EFLAGS.IF
 * is set and something may have raised it since it was last seen idle: the start of a turn (devices and other CPUs moved on), a fault, port I/O
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
     * ({@code sinceLastAsked}) or a slow memory access since the line was last seen idle; or an
     * NMI waits to be taken.
     */
    public static boolean due(Cpu c, boolean sinceLastAsked) {
        return (c.eflags & Cpu.IF) != 0 && (sinceLastAsked || c.mmu.slowAccess) || c.nmi == Cpu.NMI_PENDING;
    }

    /**
     * Asks (call only when {@link #due}): true when an NMI or a maskable interrupt is to be taken
     * now. When nothing is, forgets the slow accesses seen so far; the caller clears its own reason.
     */
    public static boolean ask(Cpu c) {
        if (c.nmi == Cpu.NMI_PENDING || (c.eflags & Cpu.IF) != 0 && c.intr.pending()) {
            return true;
        }
        c.mmu.slowAccess = false;
        return false;
    }

    /**
     * After {@link #ask} said yes: the vector to deliver, the NMI first (SDM Vol. 3, Table 6-2:
     * NMI before maskable interrupts), which then blocks further NMIs until IRET; else the
     * interrupt controller's INTA cycle.
     */
    public static int acknowledge(Cpu c) {
        if (c.nmi == Cpu.NMI_PENDING) {
            c.takeNmi();
            return Vector.NMI;
        }
        return c.intr.acknowledge();
    }

    /**
     * For a loop that runs instructions without the checked step (PageLoop, chained blocks): must
     * it stop after the instruction just run, so that the line is asked (IF set, or an NMI waits,
     * and a slow access happened: a self-NMI is an ICR write) or a watchpoint hit reported (such
     * accesses are slow too)? Another CPU's NMI arrives between turns, where sampling is due.
     */
    public static boolean stopAfter(Cpu c) {
        Mmu m = c.mmu;
        return m.slowAccess && ((c.eflags & Cpu.IF) != 0 || m.watchHit != null || c.nmi == Cpu.NMI_PENDING);
    }
}
