package j86.launcher.gdb;

import j86.decoder.Insn;
import j86.decoder.Kind;
import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.CpuFault;
import j86.runtime.cpu.Segmentation;
import j86.runtime.interp.Interpreter;
import j86.runtime.sched.Engine;

/**
 * The debugger's hook at the scheduler/engine boundary: an Engine that wraps the real one (the
 * interpreter now, the translator later). With no breakpoint, watchpoint or pending step it hands
 * the whole budget to the wrapped engine, so debugging costs nothing until it is used; it only
 * offers the machine a safe point before each CPU's turn (Ctrl-C, queued debugger tasks). Once a
 * debugger arms something it runs the CPU one instruction at a time with the interpreter (the
 * semantics are the same static methods whichever engine runs), checking CS.base+EIP against the
 * breakpoints before each instruction and the watched bytes after it, and pauses the machine in
 * place on a hit.
 *
 * Watchpoints: a write watchpoint fires when the watched bytes change (what GDB's "watch" reports);
 * read and access watchpoints fire when the instruction's explicit memory operand overlaps the range
 * (implicit accesses, such as the stack of PUSH/POP or the strings of MOVS, are not seen).
 */
public final class DebugEngine implements Engine {
    private final Engine inner;
    private final Interpreter interp;
    private final VmControl vm;
    final Breakpoints points = new Breakpoints();
    /** The CPU that must stop after its next instruction (a step of a halted CPU), or -1. */
    int stepCpu = -1;
    /** Reports a shutdown (triple fault) and pauses instead of letting the run end; set while a debugger is attached. */
    boolean holdOnShutdown;
    /** Per CPU: the breakpoint it paused on and its instruction count then, so resuming does not hit it again. */
    private long[] resumeAt = new long[0];
    private long[] resumeCount = new long[0];
    private long[] watchBefore = new long[0];

    public DebugEngine(Engine inner, Interpreter interp, VmControl vm) {
        this.inner = inner;
        this.interp = interp;
        this.vm = vm;
    }

    public Interpreter interpreter() {
        return interp;
    }

    @Override
    public void run(Cpu c, long budget) {
        vm.safePoint(c.index);
        long end = c.instructions + budget;
        while (c.instructions < end && !vm.quitting()) {
            if (c.shutdown) {
                reportShutdown(c);
                return;
            }
            if (!points.armed() && stepCpu != c.index) {
                inner.run(c, end - c.instructions);
                if (c.shutdown) {
                    reportShutdown(c);
                }
                return;
            }
            if (vm.pauseRequested()) {
                vm.safePoint(c.index);
                continue;
            }
            if (hitsBreakpoint(c)) {
                continue;
            }
            if (!stepOne(c)) {
                return;
            }
        }
    }

    /** Pauses if the instruction at CS:EIP is a breakpoint not just resumed from; true if it paused. */
    private boolean hitsBreakpoint(Cpu c) {
        int lin = c.seg[Segmentation.CS].base + c.eip;
        if (!points.isBreakpoint(lin)) {
            return false;
        }
        grow(c.index);
        if (resumeAt[c.index] == lin && resumeCount[c.index] == c.instructions) {
            return false;
        }
        resumeAt[c.index] = lin;
        resumeCount[c.index] = c.instructions;
        vm.pause(StopEvent.trap(c.index));
        return true;
    }

    /** One interpreted instruction with the watchpoint checks; false when the CPU halted or shut down. */
    private boolean stepOne(Cpu c) {
        Breakpoints.Watch touched = points.hasWatches() ? explicitAccess(c) : null;
        snapshotWatches(c);
        int r = interp.step(c);
        if (r == Interpreter.SHUTDOWN) {
            reportShutdown(c);
            return false;
        }
        if (r == Interpreter.HALTED) {
            return false; // the scheduler gives it a turn again once an interrupt can wake it
        }
        Breakpoints.Watch changed = changedWatch(c);
        Breakpoints.Watch hit = changed != null ? changed : touched;
        if (hit != null) {
            stepCpu = stepCpu == c.index ? -1 : stepCpu;
            vm.pause(new StopEvent(c.index, StopEvent.SIGTRAP, hit.kind(), hit.addr(), null));
        } else if (stepCpu == c.index) {
            stepCpu = -1;
            vm.pause(StopEvent.trap(c.index));
        }
        return true;
    }

    private void snapshotWatches(Cpu c) {
        var ws = points.watches();
        if (watchBefore.length < ws.size()) {
            watchBefore = new long[ws.size()];
        }
        for (int k = 0; k < ws.size(); k++) {
            Breakpoints.Watch w = ws.get(k);
            watchBefore[k] = w.type() == Breakpoints.READ ? 0 : bytes(c, w);
        }
    }

    private Breakpoints.Watch changedWatch(Cpu c) {
        var ws = points.watches();
        for (int k = 0; k < ws.size() && k < watchBefore.length; k++) {
            Breakpoints.Watch w = ws.get(k);
            if (w.type() != Breakpoints.READ && bytes(c, w) != watchBefore[k]) {
                return w;
            }
        }
        return null;
    }

    /** The watched bytes as a number (up to 8), with an "unmapped" marker above them. */
    private static long bytes(Cpu c, Breakpoints.Watch w) {
        byte[] b = new byte[w.len()];
        int n = DebugMemory.read(c, w.addr(), b, 0, b.length);
        long v = n < b.length ? 1L << 62 : 0;
        for (int k = 0; k < n; k++) {
            v ^= (long) (b[k] & 0xFF) << (8 * k);
        }
        return v;
    }

    /** A read or access watchpoint that the next instruction's explicit memory operand overlaps. */
    private Breakpoints.Watch explicitAccess(Cpu c) {
        Insn i;
        try {
            i = interp.fetch(c, c.eip);
        } catch (CpuFault f) {
            return null; // the fetch itself faults: the step will deliver that
        }
        for (int k = 0; k < i.operandCount; k++) {
            if (i.operands[k].kind != Kind.MEM) {
                continue;
            }
            int ea = i.memDisp + (i.memBase >= 0 ? c.r[i.memBase] : 0)
                    + (i.memIndex >= 0 ? c.r[i.memIndex] << i.memScale : 0);
            int lin = c.seg[i.memSeg].base + (i.addrSize == 16 ? ea & 0xFFFF : ea);
            int bytes = Math.max(1, i.operands[k].size / 8);
            for (Breakpoints.Watch w : points.watches()) {
                if (w.type() != Breakpoints.WRITE && w.overlaps(lin, bytes)) {
                    return w;
                }
            }
        }
        return null;
    }

    private void reportShutdown(Cpu c) {
        if (holdOnShutdown && !vm.quitting()) {
            String why = c.shutdownReason != null ? c.shutdownReason : "CPU " + c.index + " shut down";
            vm.pause(new StopEvent(c.index, StopEvent.SIGSEGV, null, 0, why));
        }
    }

    private void grow(int index) {
        if (index >= resumeAt.length) {
            int old = resumeAt.length;
            resumeAt = java.util.Arrays.copyOf(resumeAt, index + 1);
            resumeCount = java.util.Arrays.copyOf(resumeCount, index + 1);
            java.util.Arrays.fill(resumeCount, old, index + 1, -1L);
        }
    }
}
