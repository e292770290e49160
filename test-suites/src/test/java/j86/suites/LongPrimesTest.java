package j86.suites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.launcher.grade.RunResult;
import j86.launcher.grade.TestSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * primes on 4 CPUs until it runs out of environments: the filter that cannot fork panics in user
 * space ("fork: out of environments"), the other filters wait forever in ipc_recv, and the kernel,
 * with nothing runnable, drops to the monitor ("K> ") without a kernel panic. Several billion
 * instructions, so it runs only with -Dj86.long=true.
 */
@EnabledIfSystemProperty(named = "j86.long", matches = "true")
class LongPrimesTest {
    private static final Tally TALLY = new Tally("jos-long");

    @TestFactory
    List<DynamicTest> primesToTheMonitor() {
        List<DynamicTest> tests = new ArrayList<>();
        for (EngineChoice engine : EngineChoice.all()) {
            String name = "primes-long/" + engine.name() + "/smp4";
            Future<RunResult> run = Runs.submit(engine, spec(name));
            tests.add(TALLY.test(name, () -> {
                RunResult r = Runs.await(run);
                Runs.assertPasses(name, r);
                assertEquals(RunResult.Outcome.STOPPED, r.outcome(), name + ": " + Runs.describe(r));
                assertTrue(r.text().contains("K> "), name + " reaches the monitor: " + Runs.describe(r));
            }));
        }
        return tests;
    }

    static TestSpec spec(String name) {
        Pattern stop = Pattern.compile("^.*kernel panic");
        return new TestSpec(name, "long", 0, Repo.requireFile(Repo.jos().resolve("obj/images/primes.img")), 4,
                List.of(anchored("\\[........\\] user panic in primes at user/primes.c:..: fork: out of environments"),
                        anchored("Welcome to the JOS kernel monitor!")),
                List.of(anchored(".*kernel panic")), stop, Pattern.compile("K>[ ]"), 1800, 100_000_000_000L);
    }

    private static Pattern anchored(String p) {
        return Pattern.compile("^(?:" + p + ")");
    }

    @AfterAll
    static void summary() {
        TALLY.printSummary();
    }
}
