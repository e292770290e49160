package j86.suites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.launcher.grade.RunResult;
import j86.launcher.grade.TestSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;

/**
 * primes on 4 CPUs until it runs out of environments. JOS has NENV = 1024 environments: primes'
 * generator is the first, the filter for the k-th prime the (k+1)-th, so the last one, 000013ff,
 * filters the 1023rd prime (computed here by a sieve) and cannot fork: its user-space panic
 * ("fork: out of environments") traps to the kernel monitor, whose prompt "K> " ends the run. No
 * kernel panic may appear. About 3.1 billion instructions (0.8 s of virtual time), about a minute
 * of host CPU per engine: by default it runs on the last engine of {@link EngineChoice#all} only
 * (the translator, once there), with -Dj86.long=true on every engine, with -Dj86.long=false not at all.
 * {@link JosGradingTest} submits it before its short runs, so that it overlaps them.
 */
final class LongPrimes {
    static final Tally TALLY = new Tally("jos-long");

    private LongPrimes() {}

    /** Submits the long runs now; the tests returned wait for them. */
    static List<DynamicTest> submit() {
        List<DynamicTest> tests = new ArrayList<>();
        String prop = System.getProperty("j86.long", "");
        if (prop.equals("false")) {
            return tests;
        }
        List<EngineChoice> all = EngineChoice.all();
        for (EngineChoice engine : prop.equals("true") ? all : all.subList(all.size() - 1, all.size())) {
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

    /** NENV in jos/inc/env.h. */
    static final int NENV = 1024;

    static TestSpec spec(String name) {
        Pattern stop = Pattern.compile("^.*kernel panic");
        String lastFilter = String.format("%08x", 0x1000 + NENV - 1);
        return new TestSpec(name, "long", 0, Repo.requireFile(Repo.jos().resolve("obj/images/primes.img")), 4,
                List.of(anchored("CPU .: " + nthPrime(NENV - 1) + " \\[" + lastFilter + "\\] user panic in .* at "
                                + "user/primes.c:[0-9]+: fork: out of environments"),
                        anchored("CPU .: [0-9]+ \\[" + String.format("%08x", 0x1000 + NENV - 2) + "\\] new env " + lastFilter),
                        anchored("Welcome to the JOS kernel monitor!")),
                List.of(anchored(".*kernel panic")), stop, Pattern.compile("K>[ ]"), 1800, 5_000_000_000L);
    }

    /** The n-th prime (1-based), by the sieve of Eratosthenes. */
    static int nthPrime(int n) {
        int limit = 100_000;
        boolean[] composite = new boolean[limit];
        for (int i = 2, count = 0; i < limit; i++) {
            if (!composite[i]) {
                if (++count == n) {
                    return i;
                }
                for (long j = (long) i * i; j < limit; j += i) {
                    composite[(int) j] = true;
                }
            }
        }
        throw new IllegalArgumentException("prime " + n + " is beyond " + limit);
    }

    private static Pattern anchored(String p) {
        return Pattern.compile("^(?:" + p + ")");
    }
}
