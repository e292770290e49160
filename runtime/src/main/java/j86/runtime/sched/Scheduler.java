package j86.runtime.sched;

import j86.runtime.cpu.Cpu;
import java.util.ArrayList;
import java.util.List;

/**
 * The deterministic vCPU scheduler: the started CPUs take turns, in index order, running a fixed
 * quantum of instructions each; after every round the virtual clock moves on by one quantum's
 * worth of time and the timed devices raise what became due. When every CPU is halted and no
 * interrupt is waiting, time skips to the next device deadline; when nothing is armed either, the
 * run ends (a guest that halts for good must not hang the host).
 */
public final class Scheduler {
    /** Why {@link #run} returned. */
    public enum Stop { REQUESTED, SHUTDOWN, IDLE_FOREVER }

    private final List<Cpu> cpus;
    private final boolean[] running;
    private final VirtualClock clock;
    private final List<TimedDevice> devices = new ArrayList<>();
    private final Engine engine;
    private final long quantum;
    private final long nanosPerInstruction;
    private volatile boolean stopRequested;
    private Cpu shutdownCpu;
    private Runnable roundHook = () -> { };

    public Scheduler(List<Cpu> cpus, VirtualClock clock, Engine engine, long quantum, long nanosPerInstruction) {
        this.cpus = cpus;
        this.running = new boolean[cpus.size()];
        this.clock = clock;
        this.engine = engine;
        this.quantum = quantum;
        this.nanosPerInstruction = nanosPerInstruction;
    }

    /** Runs on the scheduler's thread after every round: console I/O, exit checks. */
    public void setRoundHook(Runnable hook) {
        this.roundHook = hook;
    }

    /** Virtual time now. */
    public VirtualClock clock() {
        return clock;
    }

    public void addDevice(TimedDevice d) {
        devices.add(d);
    }

    /** Lets CPU {@code index} take turns (the BSP at power-on; an AP after its STARTUP IPI). */
    public void setRunning(int index, boolean on) {
        running[index] = on;
    }

    public boolean isRunning(int index) {
        return running[index];
    }

    /** Asks {@link #run} to return after the current quantum (safe from any thread). */
    public void requestStop() {
        stopRequested = true;
    }

    public Cpu shutdownCpu() {
        return shutdownCpu;
    }

    public long quantum() {
        return quantum;
    }

    public long nanosPerInstruction() {
        return nanosPerInstruction;
    }

    public Stop run() {
        while (!stopRequested) {
            boolean anyRan = false;
            for (int i = 0; i < cpus.size() && !stopRequested; i++) {
                Cpu c = cpus.get(i);
                if (!running[i] || !runnable(c)) {
                    continue;
                }
                anyRan = true;
                engine.run(c, quantum);
                if (c.shutdown) {
                    shutdownCpu = c;
                    return Stop.SHUTDOWN;
                }
            }
            if (anyRan) {
                clock.advanceTo(clock.nanos() + quantum * nanosPerInstruction);
            } else {
                long next = nextDeadline();
                if (next == Long.MAX_VALUE) {
                    return stopRequested ? Stop.REQUESTED : Stop.IDLE_FOREVER;
                }
                clock.advanceTo(next);
            }
            advanceDevices();
            roundHook.run();
        }
        return Stop.REQUESTED;
    }

    /** A halted CPU runs again only when an interrupt it would accept is waiting. */
    private static boolean runnable(Cpu c) {
        if (c.shutdown) {
            return false;
        }
        return !c.halted || ((c.eflags & Cpu.IF) != 0 && c.intr.pending());
    }

    private long nextDeadline() {
        long next = Long.MAX_VALUE;
        for (TimedDevice d : devices) {
            next = Math.min(next, d.nextDeadline());
        }
        return next;
    }

    private void advanceDevices() {
        long now = clock.nanos();
        for (TimedDevice d : devices) {
            if (d.nextDeadline() <= now) {
                d.advance(now);
            }
        }
    }
}
