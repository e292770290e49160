package j86.suites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The parallel mode's memory model and atomics, with smplitmus.S on both engines. Independent
 * truth: x86-TSO (Sewell et al., "x86-TSO", CACM 2010; Intel SDM Vol. 3, 8.2.3) forbids MP's
 * (a = 1, b = 0), LB's (1, 1), IRIW's readers disagreeing on the order of the two writes, and
 * 2+2W's final (1, 1); it allows store buffering's (0, 0), which real parallel hardware shows.
 * Locked instructions and XCHG are atomic, so the counters end at CPUs x iterations exactly.
 *
 * <p>Power: the swapped-store MP control lets the writer's stores reach memory in the "wrong"
 * order on purpose, and the test requires that outcome to be seen, so the harness does observe
 * reorderings when there are any; store buffering's (0, 0) must be seen in parallel mode on the
 * translator (on the interpreter it is rare and only reported) and never in the deterministic
 * mode (which interleaves whole instructions: sequential consistency).
 * Outcome counts are printed. The long variants (10^6 iterations, 8 CPUs) are bench/smp-litmus.
 */
class ParallelSmpTest {
    private static final Tally TALLY = new Tally("parallel-smp");
    private static final int N = Integer.getInteger("j86.litmus.n", 5000);
    private static final long LIMIT_MS = Long.getLong("j86.litmus.limitMs", 120_000);
    /** Only the tests whose name contains this (-Dj86.litmus.only=atomic), for checking one. */
    private static final String ONLY = System.getProperty("j86.litmus.only", "");
    /** Runs a test whose allowed outcome must be seen at most this often before giving up. */
    private static final int TRIES = 6;

    @TestFactory
    List<DynamicTest> smp() throws Throwable {
        return TALLY.build(this::tests);
    }

    private List<DynamicTest> tests() {
        List<DynamicTest> tests = new ArrayList<>();
        for (EngineChoice e : EngineChoice.all()) {
            tests.add(TALLY.test("mp/" + e.name(), () -> forbiddenNeverSeen(e, SmpLitmus.MP, 2, N, 2000)));
            tests.add(TALLY.test("lb/" + e.name(), () -> forbiddenNeverSeen(e, SmpLitmus.LB, 2, N, 2000)));
            tests.add(TALLY.test("2+2w/" + e.name(), () -> forbiddenNeverSeen(e, SmpLitmus.W22, 2, N, 2000)));
            tests.add(TALLY.test("iriw/" + e.name(), () -> forbiddenNeverSeen(e, SmpLitmus.IRIW, 4, N / 10, 50)));
            if (e.name().equals("interp")) {
                // The interpreter spends long enough between a store and the next load for both
                // host stores to drain first: (0, 0) is rare there (1 in 20,000 once, often 0), so
                // it is reported, not required. Translated code shows it in every run (69-564 in
                // 5000), and it is what x86 allows, so the parallel mode must show it there.
                tests.add(TALLY.test("sb/" + e.name(), () -> forbiddenNeverSeen(e, SmpLitmus.SB, 2, N, 2000)));
            } else {
                tests.add(TALLY.test("sb-relaxed-seen/" + e.name(), () -> seen(e, SmpLitmus.SB, 0)));
            }
            tests.add(TALLY.test("mp-swapped-control/" + e.name(), () -> seen(e, SmpLitmus.MP_SWAPPED, 1)));
            tests.add(TALLY.test("sb-deterministic-is-sc/" + e.name(), () -> {
                SmpLitmus.Result r = SmpLitmus.run(e, SmpLitmus.SB, 2, N, 2000, false, LIMIT_MS);
                report("sb deterministic " + e.name(), r);
                assertEquals(SmpLitmus.SUCCESS, r.exit(), r.toString());
                assertEquals(0, r.counts()[0], "turns of whole instructions cannot buffer a store; " + r);
            }));
            tests.add(TALLY.test("atomic-counters-4cpu/" + e.name(), () -> counters(e, 4, N, true)));
            tests.add(TALLY.test("atomic-counters-deterministic/" + e.name(), () -> counters(e, 2, N, false)));
        }
        tests.removeIf(t -> !t.getDisplayName().contains(ONLY));
        return tests;
    }

    private static void forbiddenNeverSeen(EngineChoice e, int test, int cpus, int n, int spins) throws Exception {
        SmpLitmus.Result r = SmpLitmus.run(e, test, cpus, n, spins, true, LIMIT_MS);
        report(name(test) + " " + e.name() + " " + cpus + " CPUs", r);
        assertEquals(SmpLitmus.SUCCESS, r.exit(), "every CPU finished; " + r);
        assertEquals(n, r.total(), "one outcome per iteration; " + r);
        if (SmpLitmus.FORBIDDEN[test] < 0) {
            return; // SB: every outcome is allowed
        }
        assertEquals(0, r.counts()[SmpLitmus.FORBIDDEN[test]], "x86-TSO forbids outcome "
                + SmpLitmus.FORBIDDEN[test] + " of " + name(test) + "; " + r);
    }

    /** Runs until outcome {@code index} of {@code test} has been seen (allowed, and to be observed). */
    private static void seen(EngineChoice e, int test, int index) throws Exception {
        SmpLitmus.Result r = null;
        for (int k = 0; k < TRIES; k++) {
            r = SmpLitmus.run(e, test, 2, N, 2000, true, LIMIT_MS);
            report(name(test) + " " + e.name() + " try " + k, r);
            assertEquals(SmpLitmus.SUCCESS, r.exit(), r.toString());
            if (r.counts()[index] > 0) {
                return;
            }
        }
        assertTrue(false, "outcome " + index + " of " + name(test) + " never seen in " + TRIES + " x " + N
                + " iterations on parallel CPUs; last " + r);
    }

    private static void counters(EngineChoice e, int cpus, int n, boolean parallel) throws Exception {
        SmpLitmus.Result r = SmpLitmus.run(e, SmpLitmus.ATOMIC, cpus, n, 50, parallel, LIMIT_MS);
        report("atomic " + e.name() + " " + cpus + " CPUs" + (parallel ? " parallel" : " deterministic"), r);
        assertEquals(SmpLitmus.SUCCESS, r.exit(), r.toString());
        String[] what = {"lock xadd", "lock cmpxchg loop", "xchg spin lock + plain increment",
                "split lock incl", "lock incw"};
        for (int k = 0; k < what.length; k++) {
            assertEquals((long) cpus * n, r.counters()[k], what[k] + " counter; " + r);
        }
    }

    private static String name(int test) {
        return new String[] {"SB", "MP", "LB", "IRIW", "2+2W", "atomic", "MP-swapped"}[test];
    }

    private static void report(String what, SmpLitmus.Result r) {
        System.out.println("LITMUS " + what + ": " + r);
    }

    @org.junit.jupiter.api.AfterAll
    static void summary() {
        TALLY.printSummary();
    }
}
