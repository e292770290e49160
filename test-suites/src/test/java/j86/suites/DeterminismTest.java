package j86.suites;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import j86.launcher.grade.GradeException;
import j86.launcher.grade.RunResult;
import j86.launcher.grade.Suite;
import j86.launcher.grade.SuiteParser;
import j86.launcher.grade.TestRunner;
import j86.launcher.grade.TestSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The same run twice gives byte-identical console output, the same instruction count on every CPU
 * and the same virtual time: the deterministic scheduler makes a run a function of its inputs
 * (the seed of its turn lengths among them), whatever the host's load or thread timing (the two
 * runs go in parallel on different threads). Every run reports the seed it used: the default one,
 * or another for one extra pair of runs.
 * And every engine gives what the reference engine (the interpreter) gives, as the translator
 * promises the same instruction counts and interrupt points (-Dj86.crossEngine=false skips this).
 */
class DeterminismTest {
    private static final Tally TALLY = new Tally("determinism");
    /** The seed of the extra pair: not the default, so that the seed demonstrably reaches the scheduler. */
    private static final OptionalLong OTHER_SEED = OptionalLong.of(0x5eedL);

    @TestFactory
    List<DynamicTest> twice() throws Throwable {
        return TALLY.build(this::twiceTests);
    }

    private List<DynamicTest> twiceTests() throws GradeException {
        Suite suite = SuiteParser.parse(Repo.lab4Suite());
        // primes on 4 CPUs to "CPU .: 1877" (its suite entry), forktree on 2 CPUs.
        List<TestSpec> specs = List.of(suite.test("primes"), suite.test("forktree").withCpus(2, "forktree"));
        List<DynamicTest> tests = new ArrayList<>();
        List<EngineChoice> engines = EngineChoice.all();
        for (TestSpec s : specs) {
            Future<RunResult> reference = null;
            for (EngineChoice engine : engines) {
                String name = s.name() + "/" + engine.name() + "/smp" + s.cpus() + "/twice";
                TestSpec named = s.withCpus(s.cpus(), name);
                Future<RunResult> first = Runs.submit(engine, named);
                Future<RunResult> second = Runs.submit(engine, named);
                tests.add(TALLY.test(name, () -> same(name, TestRunner.DEFAULT_SEED, Runs.await(first), Runs.await(second))));
                if (System.getProperty("j86.crossEngine", "").equals("false")) {
                    continue;
                }
                if (reference == null) {
                    reference = first;
                    continue;
                }
                Future<RunResult> ref = reference;
                String cross = s.name() + "/" + engines.get(0).name() + "-vs-" + engine.name() + "/smp" + s.cpus();
                tests.add(TALLY.test(cross, () -> same(cross, TestRunner.DEFAULT_SEED, Runs.await(ref), Runs.await(first))));
            }
        }
        // One more pair, forktree on 2 CPUs on the default engine with another seed: short, and
        // its CPUs contend for the kernel lock, so the turns decide its interleaving.
        TestSpec s = specs.get(1);
        EngineChoice engine = engines.get(engines.size() - 1);
        String name = s.name() + "/" + engine.name() + "/smp" + s.cpus() + "/seed-0x5eed/twice";
        TestSpec named = s.withCpus(s.cpus(), name);
        Future<RunResult> first = Runs.submit(engine, named, OTHER_SEED);
        Future<RunResult> second = Runs.submit(engine, named, OTHER_SEED);
        tests.add(TALLY.test(name, () -> same(name, OTHER_SEED, Runs.await(first), Runs.await(second))));
        return tests;
    }

    private static void same(String name, OptionalLong seed, RunResult a, RunResult b) {
        assertEquals(seed, a.turns().seed(), name + ": the first run's seed");
        assertEquals(seed, b.turns().seed(), name + ": the second run's seed");
        // Only runs that ended at their stop pattern say anything: a wall-clock timeout is not deterministic.
        assertEquals(RunResult.Outcome.STOPPED, a.outcome(), name + " first run: " + Runs.describe(a));
        assertEquals(RunResult.Outcome.STOPPED, b.outcome(), name + " second run: " + Runs.describe(b));
        Runs.assertPasses(name, a);
        if (!java.util.Arrays.equals(a.console(), b.console())) {
            throw new AssertionError(name + ": console outputs differ: " + Runs.save(name + "-1", a) + " and "
                    + Runs.save(name + "-2", b));
        }
        assertArrayEquals(a.instructions(), b.instructions(), name + ": instructions per CPU differ");
        assertEquals(a.virtualNanos(), b.virtualNanos(), name + ": virtual time differs");
    }

    @AfterAll
    static void summary() {
        TALLY.printSummary();
    }
}
