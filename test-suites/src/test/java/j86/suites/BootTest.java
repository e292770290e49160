package j86.suites;

import static org.junit.jupiter.api.Assertions.assertEquals;

import j86.launcher.grade.RunResult;
import j86.launcher.grade.TestSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The default JOS image boots on 1, 2, 4 and 8 CPUs: the kernel finds every CPU in the MP table
 * ("SMP: CPU 0 found N CPU(s)") and every AP announces itself once ("SMP: CPU k starting") before
 * the first environment is created, which is where the run stops.
 */
class BootTest {
    private static final Tally TALLY = new Tally("jos-boot");
    private static final Pattern STARTING = Pattern.compile("^SMP: CPU (\\d+) starting");

    @TestFactory
    List<DynamicTest> boots() throws Throwable {
        return TALLY.build(this::bootsTests);
    }

    private List<DynamicTest> bootsTests() {
        List<DynamicTest> tests = new ArrayList<>();
        for (EngineChoice engine : EngineChoice.all()) {
            for (int n : JosGradingTest.CPU_COUNTS) {
                String name = "boot/" + engine.name() + "/smp" + n;
                Future<RunResult> run = Runs.submit(engine, spec(name, n));
                tests.add(TALLY.test(name, () -> check(name, n, Runs.await(run))));
            }
        }
        return tests;
    }

    static TestSpec spec(String name, int cpus) {
        List<Pattern> expect = new ArrayList<>();
        expect.add(anchored("SMP: CPU 0 found " + cpus + " CPU\\(s\\)"));
        for (int k = 1; k < cpus; k++) {
            expect.add(anchored("SMP: CPU " + k + " starting"));
        }
        return new TestSpec(name, "boot", 0, Repo.kernelImage(), cpus, expect, List.of(anchored(".*panic")),
                Pattern.compile("^\\[00000000\\] new env"), Pattern.compile("K>[ ]"), 60, 500_000_000L);
    }

    private static void check(String name, int cpus, RunResult r) {
        Runs.assertPasses(name, r);
        List<String> aps = r.text().lines().map(STARTING::matcher).filter(m -> m.lookingAt())
                .map(m -> m.group(1)).toList();
        assertEquals(cpus - 1, aps.size(), name + ": each AP starts once; saw " + aps + " ("
                + Runs.describe(r) + "; console output: " + Runs.save(name, r) + ")");
    }

    private static Pattern anchored(String p) {
        return Pattern.compile("^(?:" + p + ")");
    }

    @AfterAll
    static void summary() {
        TALLY.printSummary();
    }
}
