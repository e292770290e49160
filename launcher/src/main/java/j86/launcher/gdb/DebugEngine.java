package j86.launcher.gdb;

import j86.runtime.cpu.Cpu;
import j86.runtime.debug.DebugStop;
import j86.runtime.debug.Watchpoints;
import j86.runtime.interp.Interpreter;
import j86.runtime.mem.PhysicalMemory;
import j86.runtime.sched.Engine;

/**
 * The debugger's hook at the scheduler/engine boundary: an Engine around the real one (the
 * interpreter or the translator). It always hands the whole budget to that engine, which checks
 * breakpoints and watchpoints itself at full speed (j86.runtime.debug) and returns early with
 * Cpu.debugStop set when one is hit; this class then pauses the machine in place. Before each
 * CPU's turn it offers the machine a safe point (Ctrl-C, queued debugger tasks).
 *
 * <p>Resuming from a breakpoint steps over its instruction on the interpreter (the breakpoint
 * stays armed), as GDB does with the breakpoints it inserts itself. Nothing here changes the
 * scheduling: the turn goes on with the budget it had, so instruction counts and console output
 * are those of a run without a debugger.
 */
public final class DebugEngine implements Engine {
    private final Engine inner;
    private final Interpreter interp;
    private final VmControl vm;
    final Breakpoints points;
    /** The CPU that must stop after its next instruction (a step of a halted CPU), or -1. */
    int stepCpu = -1;
    /** Reports a shutdown (triple fault) and pauses instead of letting the run end; set while a debugger is attached. */
    boolean holdOnShutdown;

    public DebugEngine(Engine inner, Interpreter interp, VmControl vm, PhysicalMemory phys) {
        this.inner = inner;
        this.interp = interp;
        this.vm = vm;
        this.points = new Breakpoints(interp.breakpoints(), phys);
    }

    public Interpreter interpreter() {
        return interp;
    }

    @Override
    public void run(Cpu c, long budget) {
        vm.safePoint(c.index);
        long end = c.instructions + budget;
        while (c.instructions < end && !vm.quitting() && !c.shutdown) {
            if (stepCpu == c.index) {
                if (!stepHalted(c)) {
                    break;
                }
                continue;
            }
            if (vm.pauseRequested()) {
                vm.safePoint(c.index);
                continue;
            }
            c.debugStop = DebugStop.NONE;
            inner.run(c, end - c.instructions);
            int why = c.debugStop;
            c.debugStop = DebugStop.NONE;
            if (why == DebugStop.NONE || c.shutdown) {
                break; // the budget ran out, or the CPU halted or paused: its turn is over
            }
            if (!report(c, why)) {
                break;
            }
        }
        if (c.shutdown) {
            reportShutdown(c);
        }
    }

    /**
     * Pauses for a breakpoint or watchpoint hit and, once resumed, steps over the breakpoint's
     * instruction if the CPU is still on it; false when that step ended the turn.
     */
    private boolean report(Cpu c, int why) {
        if (why == DebugStop.WATCHPOINT) {
            Watchpoints.Watch w = c.mmu.watchHit;
            c.mmu.watchHit = null;
            vm.pause(new StopEvent(c.index, StopEvent.SIGTRAP, w.kind(), w.addr(), null));
            return true;
        }
        int eip = c.eip;
        long count = c.instructions;
        vm.pause(StopEvent.trap(c.index));
        if (c.eip != eip || c.instructions != count || stepCpu == c.index) {
            return true; // the debugger moved it meanwhile (a step, a register write)
        }
        int r = interp.stepOver(c);
        if (r == Interpreter.DEBUG) {
            return report(c, c.debugStop); // its own access hit a watchpoint
        }
        return r == Interpreter.QUANTUM;
    }

    /** One instruction of a CPU the debugger steps while it is halted; false when it is still halted. */
    private boolean stepHalted(Cpu c) {
        int r = interp.stepOver(c);
        if (r == Interpreter.HALTED) {
            return false; // the scheduler gives it a turn again once an interrupt can wake it
        }
        stepCpu = -1;
        Watchpoints.Watch w = c.mmu.watchHit;
        c.mmu.watchHit = null;
        c.debugStop = DebugStop.NONE;
        vm.pause(w != null ? new StopEvent(c.index, StopEvent.SIGTRAP, w.kind(), w.addr(), null) : StopEvent.trap(c.index));
        return r == Interpreter.QUANTUM || r == Interpreter.DEBUG;
    }

    private void reportShutdown(Cpu c) {
        if (holdOnShutdown && !vm.quitting()) {
            String why = c.shutdownReason != null ? c.shutdownReason : "CPU " + c.index + " shut down";
            vm.pause(new StopEvent(c.index, StopEvent.SIGSEGV, null, 0, why));
        }
    }
}
