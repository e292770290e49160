package j86.launcher.grade;

import j86.hw.board.BoardConfig;
import j86.hw.board.Firmware;
import j86.hw.board.Machine;
import j86.hw.dev.MemoryDiskImage;
import j86.runtime.cpu.Cpu;
import j86.runtime.mem.PhysicalMemory;
import j86.runtime.sched.Engine;
import j86.runtime.sched.Scheduler;
import j86.runtime.sched.TurnLengths;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Boots one test's image headless on its own {@link Machine} and runs it on the calling thread
 * until a stop pattern, a guest exit or shutdown, or a time limit. Every check happens between
 * scheduler rounds, so apart from the wall-clock limit a run is a pure function of the image, the
 * CPU count, the engine and the seed of the turn lengths: the same inputs give the same bytes and
 * instruction counts.
 */
public final class TestRunner {
    /** RAM of a graded machine: QEMU's default, as the launcher's. */
    public static final long RAM_BYTES = 128L << 20;
    /** Mean instructions per vCPU turn, as the launcher's default. */
    public static final long QUANTUM = 4096;
    /** The seed of the turn lengths, as the launcher's default. */
    public static final OptionalLong DEFAULT_SEED = OptionalLong.of(TurnLengths.DEFAULT_SEED);

    private TestRunner() {}

    /**
     * Runs {@code spec} from the image bytes {@code image} with an engine made by {@code engines}.
     * Never throws for a guest's or the emulator's failure: those are outcomes.
     */
    public static RunResult run(TestSpec spec, byte[] image, Function<PhysicalMemory, Engine> engines) {
        return run(spec, image, engines, DEFAULT_SEED);
    }

    /** As {@link #run(TestSpec, byte[], Function)}, with turns from {@code seed} (empty: fixed turns). */
    public static RunResult run(TestSpec spec, byte[] image, Function<PhysicalMemory, Engine> engines,
                                OptionalLong seed) {
        return run(spec, image, engines, seed, null);
    }

    /**
     * As {@link #run(TestSpec, byte[], Function, OptionalLong)}, started by the BIOS ROM {@code bios}
     * from the reset vector instead of the built-in firmware (null: the built-in firmware).
     */
    public static RunResult run(TestSpec spec, byte[] image, Function<PhysicalMemory, Engine> engines,
                                OptionalLong seed, byte[] bios) {
        return run(spec, image, engines, seed, bios, false);
    }

    /**
     * As above; {@code parallel}: each vCPU on its own host thread ({@code -accel tcg,thread=multi}).
     * Virtual time is then host time, so only the wall-clock limit applies (a virtual limit would
     * measure the host's speed, not the guest's progress).
     */
    public static RunResult run(TestSpec spec, byte[] image, Function<PhysicalMemory, Engine> engines,
                                OptionalLong seed, byte[] bios, boolean parallel) {
        TurnLengths turns = TurnLengths.of(QUANTUM, seed);
        ConsoleCapture console = new ConsoleCapture(spec.stopLine(), spec.stopAnywhere());
        int[] exitStatus = {-1};
        long t0 = System.nanoTime();
        Machine m = null;
        try {
            if (image.length < Firmware.SECTOR) {
                throw new IllegalArgumentException(spec.image() + ": shorter than one sector");
            }
            BoardConfig cfg = new BoardConfig(spec.cpus(), RAM_BYTES, MemoryDiskImage.overlay(image), null, console,
                    status -> exitStatus[0] = status, QUANTUM, 1).withBios(bios).withParallel(parallel);
            m = new Machine(cfg, Arrays.copyOf(image, Firmware.SECTOR), engines);
            m.scheduler.setTurns(turns);
            Watch watch = new Watch(spec, m.scheduler, console, exitStatus, t0, parallel);
            m.scheduler.setRoundHook(watch);
            Scheduler.Stop stop = parallel
                    ? new j86.runtime.sched.ParallelRunner(m.scheduler, m.engines, m.deviceLock, m.world).run()
                    : m.scheduler.run();
            return result(spec, m, console, watch.outcome(stop), System.nanoTime() - t0, detail(m, stop), turns);
        } catch (RuntimeException | Error e) {
            return result(spec, m, console, RunResult.Outcome.ERROR, System.nanoTime() - t0, e + j86.launcher.Main.where(e), turns);
        }
    }

    private static RunResult result(TestSpec spec, Machine m, ConsoleCapture console, RunResult.Outcome outcome,
                                    long wall, String detail, TurnLengths turns) {
        long[] insns = m == null ? new long[0] : m.cpus.stream().mapToLong(c -> c.instructions).toArray();
        long vnanos = m == null ? 0 : m.clock.nanos();
        return new RunResult(spec, outcome, console.bytes(), insns, wall, vnanos, detail, turns);
    }

    private static String detail(Machine m, Scheduler.Stop stop) {
        if (stop != Scheduler.Stop.SHUTDOWN) {
            return "";
        }
        Cpu c = m.scheduler.shutdownCpu();
        String reason = c.shutdownReason != null ? c.shutdownReason : "shutdown";
        return reason.lines().findFirst().orElse("shutdown") + " on CPU " + c.index;
    }

    /** The round hook: stops the scheduler on a stop pattern, a guest exit or a time limit. */
    private static final class Watch implements Runnable {
        private final Scheduler scheduler;
        private final ConsoleCapture console;
        private final int[] exitStatus;
        private final long virtualLimit;
        private final long wallDeadline;
        private RunResult.Outcome outcome;

        Watch(TestSpec spec, Scheduler scheduler, ConsoleCapture console, int[] exitStatus, long t0, boolean parallel) {
            this.scheduler = scheduler;
            this.console = console;
            this.exitStatus = exitStatus;
            this.virtualLimit = parallel ? Long.MAX_VALUE : spec.virtualNanos();
            this.wallDeadline = t0 + (long) (spec.wallSeconds() * 1e9);
        }

        @Override
        public void run() {
            if (outcome != null) {
                return;
            }
            if (console.stopSeen()) {
                outcome = RunResult.Outcome.STOPPED;
            } else if (exitStatus[0] >= 0) {
                outcome = RunResult.Outcome.GUEST_EXIT;
            } else if (scheduler.clock().nanos() >= virtualLimit) {
                outcome = RunResult.Outcome.VIRTUAL_TIMEOUT;
            } else if (System.nanoTime() - wallDeadline >= 0) {
                outcome = RunResult.Outcome.WALL_TIMEOUT;
            }
            if (outcome != null) {
                scheduler.requestStop();
            }
        }

        RunResult.Outcome outcome(Scheduler.Stop stop) {
            if (stop == Scheduler.Stop.SHUTDOWN) {
                return RunResult.Outcome.SHUTDOWN;
            }
            run(); // the scheduler may have returned (idle) before a last look at the output
            if (outcome != null) {
                return outcome;
            }
            return stop == Scheduler.Stop.IDLE_FOREVER ? RunResult.Outcome.IDLE : RunResult.Outcome.STOPPED;
        }
    }
}
