package j86.runtime.sched;

import j86.runtime.cpu.Cpu;
import java.util.ArrayList;
import java.util.List;

/**
 * The deterministic vCPU scheduler: the started CPUs take turns, in index order, each running a
 * turn of instructions whose length {@link TurnLengths} gives (the quantum varied from a seed by
 * default, or exactly the quantum); after every round the virtual clock moves on and the timed
 * devices raise what became due. When every CPU is halted and no interrupt is waiting, time skips
 * to the next device deadline; when nothing is armed either, the run ends (a guest that halts for
 * good must not hang the host).
 *
 * <p>The clock advances after a round by the <em>mean</em> of the turns granted in it to the CPUs
 * that ran, at {@code nanosPerInstruction} each. So time still derives from instructions alone
 * (granted ones, as before: a CPU that halts or pauses early does not hold time back): with one
 * CPU it is exactly its turns; with fixed turns it is one quantum per round as it always was; and
 * with several CPUs each CPU's instruction count differs from the clock only by a random walk
 * of its turns around their mean, not by a bias, so the nominal guest frequency (1 GHz) and the
 * LAPIC timer's period in instructions stay what they were. (Advancing by the longest turn would
 * keep every CPU behind the clock but would run virtual time 17% ahead of the instructions on 2
 * CPUs and 30% on 4, the expected maximum of 2 and 4 uniform turns; advancing by the quantum
 * whatever the turns would let even a lone CPU drift from the clock.)
 */
public final class Scheduler {
    /** Why {@link #run} returned. */
    public enum Stop { REQUESTED, SHUTDOWN, IDLE_FOREVER }

    private final List<Cpu> cpus;
    private final boolean[] running;
    private final VirtualClock clock;
    private final List<TimedDevice> devices = new ArrayList<>();
    private final Engine engine;
    private TurnLengths turns;
    private final long nanosPerInstruction;
    /** Rounds run so far: with the CPU index, the key of each turn's length. */
    private long round;
    private volatile boolean stopRequested;
    private Cpu shutdownCpu;
    private Runnable roundHook = () -> { };

    public Scheduler(List<Cpu> cpus, VirtualClock clock, Engine engine, long quantum, long nanosPerInstruction) {
        this.cpus = cpus;
        this.running = new boolean[cpus.size()];
        this.clock = clock;
        this.engine = engine;
        this.turns = TurnLengths.seeded(quantum, TurnLengths.DEFAULT_SEED);
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

    /** Asks {@link #run} to return after the current turn (safe from any thread). */
    public void requestStop() {
        stopRequested = true;
    }

    public Cpu shutdownCpu() {
        return shutdownCpu;
    }

    /** The mean turn length in instructions. */
    public long quantum() {
        return turns.quantum();
    }

    /** How long each turn is; seeded from {@link TurnLengths#DEFAULT_SEED} unless set. */
    public TurnLengths turns() {
        return turns;
    }

    /** Replaces the turn lengths (before {@link #run}: the launcher's --quantum and --seed). */
    public void setTurns(TurnLengths t) {
        this.turns = t;
    }

    public long nanosPerInstruction() {
        return nanosPerInstruction;
    }

    public Stop run() {
        while (!stopRequested) {
            long granted = 0;
            int ran = 0;
            markLoneRunner();
            for (int i = 0; i < cpus.size() && !stopRequested; i++) {
                Cpu c = cpus.get(i);
                if (!running[i] || !runnable(c)) {
                    continue;
                }
                long turn = turns.length(round, i);
                granted += turn;
                ran++;
                engine.run(c, turn);
                if (c.shutdown) {
                    shutdownCpu = c;
                    return Stop.SHUTDOWN;
                }
            }
            round++;
            if (ran > 0) {
                clock.advanceTo(clock.nanos() + granted * nanosPerInstruction / ran);
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

    // ---- for ParallelRunner, which runs the same CPUs, devices and hook on host threads --------

    List<Cpu> cpus() {
        return cpus;
    }

    List<TimedDevice> devices() {
        return devices;
    }

    Runnable roundHook() {
        return roundHook;
    }

    boolean stopRequested() {
        return stopRequested;
    }

    void shutdownBy(Cpu c) {
        shutdownCpu = c;
    }

    /**
     * PAUSE yields (ends the turn) only in a round where another CPU can run too; with one
     * runnable CPU the turn goes on (Cpu.pauseYields). Decided from the state at the round's
     * start, so it is as reproducible as the rest of the round.
     */
    private void markLoneRunner() {
        int n = 0;
        for (int i = 0; i < cpus.size(); i++) {
            if (running[i] && runnable(cpus.get(i))) {
                n++;
            }
        }
        for (Cpu c : cpus) {
            c.pauseYields = n > 1;
        }
    }

    /** A halted CPU runs again only when an interrupt it would accept is waiting. */
    static boolean runnable(Cpu c) {
        if (c.shutdown) {
            return false;
        }
        return !c.halted || c.nmi == Cpu.NMI_PENDING || ((c.eflags & Cpu.IF) != 0 && c.intr.pending());
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
