package j86.runtime.sched;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.runtime.cpu.Cpu;
import j86.runtime.mem.PhysicalMemory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The scheduler with fixed and seeded turns, on a fake engine ({@link SpinLockGuest}) that has the
 * shape of xv6's spin lock: fixed turns reproduce the livelock (CPU 1 never gets the lock), seeded
 * turns do not; and the virtual clock follows the rule the scheduler's javadoc gives.
 */
class SchedulerTurnsTest {
    private static final long QUANTUM = 4096;
    private static final int ROUNDS = 400;

    /** One run of the spin-lock guest on two CPUs: what each CPU achieved and where CPU 0 was cut. */
    private record Outcome(long[] acquired, long[] instructions, long nanos, Set<Long> cpu0CutPoints,
                           int cpu0CutHolding) {}

    private static Outcome spinLock(TurnLengths turns) {
        SpinLockGuest guest = new SpinLockGuest(2);
        List<Cpu> cpus = cpus(2);
        Set<Long> cuts = new TreeSet<>();
        int[] holding = {0};
        int[] rounds = {0};
        // CPU 0's turn ended just before CPU 1's began: record where in its loop it was cut,
        // measured (as the guest's loop is) from the end of its prologue.
        Engine recorder = (c, budget) -> {
            if (c.index == 1) {
                cuts.add(Math.floorMod(cpus.get(0).instructions - SpinLockGuest.PROLOGUE, (long) SpinLockGuest.PERIOD));
                holding[0] += guest.holds(0) ? 1 : 0;
            }
            guest.run(c, budget);
        };
        Scheduler s = new Scheduler(cpus, new VirtualClock(), recorder, QUANTUM, 1);
        s.setTurns(turns);
        s.setRunning(0, true);
        s.setRunning(1, true);
        s.setRoundHook(() -> {
            if (++rounds[0] == ROUNDS) {
                s.requestStop();
            }
        });
        assertEquals(Scheduler.Stop.REQUESTED, s.run());
        return new Outcome(guest.acquired, cpus.stream().mapToLong(c -> c.instructions).toArray(),
                s.clock().nanos(), cuts, holding[0]);
    }

    private static List<Cpu> cpus(int n) {
        PhysicalMemory phys = new PhysicalMemory(1 << 16);
        List<Cpu> cpus = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cpus.add(new Cpu(i, phys));
        }
        return cpus;
    }

    @Test
    void fixedTurnsCutTheHolderAtTheSamePointEveryRound() {
        Outcome o = spinLock(TurnLengths.fixed(QUANTUM));
        assertEquals(Set.of(48L), o.cpu0CutPoints(), "CPU 0 is cut 48 instructions into its loop, every round");
        assertEquals(ROUNDS, o.cpu0CutHolding(), "and always while holding the lock");
        assertEquals(0, o.acquired()[1], "so CPU 1 never gets it");
        assertTrue(o.acquired()[0] > ROUNDS * 3, "while CPU 0 goes round and round: " + o.acquired()[0]);
    }

    @Test
    void seededTurnsCutTheHolderAtSpreadPointsAndBothCpusProgress() {
        for (long seed : new long[] {TurnLengths.DEFAULT_SEED, 1, 2, 0x5eedL}) {
            Outcome o = spinLock(TurnLengths.seeded(QUANTUM, seed));
            String what = "seed " + seed + ": acquired " + o.acquired()[0] + "/" + o.acquired()[1] + ", cut holding "
                    + o.cpu0CutHolding() + "/" + ROUNDS + ", " + o.cpu0CutPoints().size() + " cut points";
            // Turns are spread over 4097 lengths, the loop is 1024 long: the cut lands all over it.
            assertTrue(o.cpu0CutPoints().size() > ROUNDS / 2, what);
            // CPU 0 holds the lock for 901 of 1024 instructions of its loop, but only when it has it.
            assertTrue(o.cpu0CutHolding() < ROUNDS * 0.9, what);
            // Neither CPU starves: each gets at least a quarter of the acquisitions.
            long total = o.acquired()[0] + o.acquired()[1];
            assertTrue(o.acquired()[0] * 4 > total && o.acquired()[1] * 4 > total, what);
        }
    }

    @Test
    void sameSeedSameRunOtherSeedOtherRun() {
        Outcome a = spinLock(TurnLengths.seeded(QUANTUM, 7));
        Outcome b = spinLock(TurnLengths.seeded(QUANTUM, 7));
        Outcome c = spinLock(TurnLengths.seeded(QUANTUM, 8));
        assertArrayEquals(a.acquired(), b.acquired());
        assertArrayEquals(a.instructions(), b.instructions());
        assertEquals(a.nanos(), b.nanos());
        assertEquals(a.cpu0CutPoints(), b.cpu0CutPoints());
        assertFalse(java.util.Arrays.equals(a.instructions(), c.instructions()), "seeds 7 and 8 ran the same turns");
    }

    @Test
    void oneCpuClockIsItsInstructions() {
        Cpu cpu = cpus(1).get(0);
        Scheduler s = runRounds(List.of(cpu), TurnLengths.seeded(QUANTUM, 3), 1000);
        assertEquals(cpu.instructions, s.clock().nanos());
        assertTrue(cpu.instructions != 1000 * QUANTUM, "turns did vary");
    }

    @Test
    void fixedTurnsAdvanceTheClockOneQuantumPerRound() {
        List<Cpu> cpus = cpus(3);
        Scheduler s = runRounds(cpus, TurnLengths.fixed(QUANTUM), 1000);
        assertEquals(1000 * QUANTUM, s.clock().nanos());
        cpus.forEach(c -> assertEquals(1000 * QUANTUM, c.instructions));
    }

    @Test
    void severalCpusAdvanceTheClockByTheMeanTurn() {
        List<Cpu> cpus = cpus(4);
        TurnLengths t = TurnLengths.seeded(QUANTUM, 11);
        int rounds = 10_000;
        Scheduler s = runRounds(cpus, t, rounds);
        long expected = 0;
        for (int r = 0; r < rounds; r++) {
            expected += (t.length(r, 0) + t.length(r, 1) + t.length(r, 2) + t.length(r, 3)) / 4;
        }
        assertEquals(expected, s.clock().nanos());
        // No bias: each CPU stays within a random walk's reach of the clock, sqrt(10000) turns'
        // standard deviations (1183) times 5, 0.15% of the 41 million instructions here.
        for (Cpu c : cpus) {
            assertTrue(Math.abs(c.instructions - s.clock().nanos()) < 5 * 100 * 1183,
                    "cpu " + c.index + ": " + c.instructions + " vs " + s.clock().nanos());
        }
    }

    /** Runs {@code rounds} rounds of an engine that retires its whole budget on every CPU. */
    private static Scheduler runRounds(List<Cpu> cpus, TurnLengths turns, int rounds) {
        Scheduler s = new Scheduler(cpus, new VirtualClock(), (c, budget) -> c.instructions += budget, QUANTUM, 1);
        s.setTurns(turns);
        for (int i = 0; i < cpus.size(); i++) {
            s.setRunning(i, true);
        }
        int[] n = {0};
        s.setRoundHook(() -> {
            if (++n[0] == rounds) {
                s.requestStop();
            }
        });
        s.run();
        return s;
    }
}
