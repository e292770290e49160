package j86.suites;

import j86.launcher.grade.GradeException;
import j86.launcher.grade.RunResult;
import j86.launcher.grade.Suite;
import j86.launcher.grade.SuiteParser;
import j86.launcher.grade.TestSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every graded lab 4 program (jos/grade/lab4.suite, the same expectations as jos/grade-lab4) on
 * every engine and on 1, 2, 4 and 8 CPUs, unless its expected lines hold only for its lab CPU count
 * (or more). Also primes on 4 CPUs until it runs out of environments ({@link LongPrimes}).
 */
class JosGradingTest {
    static final List<Integer> CPU_COUNTS = List.of(1, 2, 4, 8);

    /**
     * Programs graded only on their lab CPU count, because their expected lines hold only there:
     * primes expects the 4-CPU run's filters (as the lab grades it); spin expects the parent to
     * free the child it destroys, which JOS does only when the child is not running on another CPU
     * at that moment (otherwise the child frees itself, "[00001001] free env 00001001"), so on 1 CPU.
     */
    static final Set<String> LAB_CPU_COUNT_ONLY = Set.of("primes", "spin");

    /** Programs that need at least their lab CPU count: stresssched expects lines from CPUs 0 to 3. */
    static final Set<String> AT_LEAST_LAB_CPU_COUNT = Set.of("stresssched");

    private static final Tally TALLY = new Tally("jos-grading");

    @TestFactory
    List<DynamicTest> lab4() throws Throwable {
        return TALLY.build(this::lab4Tests);
    }

    private List<DynamicTest> lab4Tests() throws GradeException {
        Suite suite = SuiteParser.parse(Repo.lab4Suite());
        List<DynamicTest> longRuns = LongPrimes.submit(); // first: the long runs overlap the short ones
        List<String> names = new ArrayList<>();
        List<Future<RunResult>> runs = new ArrayList<>();
        for (EngineChoice engine : EngineChoice.all()) {
            for (TestSpec t : suite.tests()) {
                Repo.requireFile(t.image());
                for (int n : cpuCounts(t)) {
                    String name = t.name() + "/" + engine.name() + "/smp" + n;
                    names.add(name);
                    runs.add(Runs.submit(engine, t.withCpus(n, name)));
                }
            }
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            String name = names.get(i);
            Future<RunResult> run = runs.get(i);
            tests.add(TALLY.test(name, () -> Runs.assertPasses(name, Runs.await(run))));
        }
        tests.addAll(longRuns);
        return tests;
    }

    static List<Integer> cpuCounts(TestSpec t) {
        if (LAB_CPU_COUNT_ONLY.contains(t.name())) {
            return List.of(t.cpus());
        }
        if (AT_LEAST_LAB_CPU_COUNT.contains(t.name())) {
            return CPU_COUNTS.stream().filter(n -> n >= t.cpus()).toList();
        }
        return CPU_COUNTS;
    }

    @AfterAll
    static void summary() {
        TALLY.printSummary();
        LongPrimes.TALLY.printSummary();
    }
}
