package j86.suites;

import j86.hw.board.BoardConfig;
import j86.hw.board.Machine;
import j86.runtime.sched.ParallelRunner;
import j86.runtime.sched.Scheduler;
import java.util.Arrays;

/**
 * Runs smplitmus.S (a litmus or atomic-counter guest) on a board of {@code cpus} CPUs, in the
 * parallel mode or the deterministic one, and returns what the guest counted. Shared by
 * ParallelSmpTest and the bench's long variant.
 */
final class SmpLitmus {
    static final int SB = 0, MP = 1, LB = 2, IRIW = 3, W22 = 4, ATOMIC = 5, MP_SWAPPED = 6;
    /** The outcome index x86-TSO forbids, per litmus test (-1: none; see smplitmus.S's tallies). */
    static final int[] FORBIDDEN = {-1, 1, 3, 5, 0, -1, -1};
    /** isa-debug-exit status for the guest's 0x10. */
    static final int SUCCESS = (0x10 << 1) | 1;

    /** What one run left: exit status, outcome counts, the five counters, wall time. */
    record Result(int exit, Scheduler.Stop stop, long[] counts, long[] counters, long millis) {
        long total() {
            return Arrays.stream(counts).sum();
        }

        @Override
        public String toString() {
            return "exit " + exit + ", stop " + stop + ", counts " + Arrays.toString(counts) + ", counters "
                    + Arrays.toString(counters) + ", " + millis + " ms";
        }
    }

    private SmpLitmus() {}

    /**
     * @param spins barrier spins before each PAUSE (see smplitmus.S): about 2000 when every vCPU
     *              has a host core, a few dozen when they outnumber the cores
     */
    static Result run(EngineChoice engine, int test, int cpus, int iterations, int spins, boolean parallel,
            long limitMillis) throws Exception {
        byte[] image = GuestAssembler.image("smplitmus.S");
        int[] exit = {-1};
        Machine[] holder = new Machine[1];
        BoardConfig cfg = new BoardConfig(cpus, 16L << 20, null, null, b -> { }, s -> {
            exit[0] = s;
            holder[0].scheduler.requestStop();
        }, 4096, 1).withParallel(parallel);
        Machine m = new Machine(cfg, Arrays.copyOf(image, 512), engine.factory());
        holder[0] = m;
        m.phys.load(0x7c00, image, 0, image.length);
        m.phys.write32(0x6000, test);
        m.phys.write32(0x6004, cpus);
        m.phys.write32(0x6008, iterations);
        m.phys.write32(0x600c, Math.max(1, spins));
        long t0 = System.nanoTime();
        m.scheduler.setRoundHook(() -> {
            if ((System.nanoTime() - t0) / 1_000_000 > limitMillis) {
                m.scheduler.requestStop();
            }
        });
        Scheduler.Stop stop = parallel ? new ParallelRunner(m.scheduler, m.engines, m.deviceLock, m.world).run()
                : m.scheduler.run();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        long[] counts = new long[16];
        for (int i = 0; i < 16; i++) {
            counts[i] = m.phys.read32(0x22000 + 4 * i) & 0xFFFFFFFFL;
        }
        long[] counters = {
                m.phys.read32(0x24000) & 0xFFFFFFFFL, m.phys.read32(0x24040) & 0xFFFFFFFFL,
                m.phys.read32(0x24080) & 0xFFFFFFFFL, m.phys.read32(0x24106) & 0xFFFFFFFFL,
                m.phys.read16(0x24142)};
        return new Result(exit[0], stop, counts, counters, millis);
    }
}
