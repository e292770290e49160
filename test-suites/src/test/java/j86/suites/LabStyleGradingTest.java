package j86.suites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.suites.LabGrader.Graded;
import j86.suites.LabGrader.Invocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * JOS graded the way the lab's gradelib grades it, through j86's GDB stub ({@link LabGrader}: real
 * bin/j86 processes, TCP, jos/tools/rspgrade), with the lab's wall-clock limits (30 s, 60 s for
 * primes; but 60 s, not 2, to connect: see {@link LabGrader}). Each test must pass and must have ended the way the lab expects: at the breakpoint on
 * readline (the stub's T05 stop reply), or for primes at its stop line, never at the time limit.
 *
 * <ul>
 *   <li>the 80 points on every engine, each test at its lab CPU count;</li>
 *   <li>a few tests on 2 and 8 CPUs, on every engine;</li>
 *   <li>user/spinlock (xchg spin lock without pause) on 2, 4 and 8 CPUs, on every engine;</li>
 *   <li>the 80 points of the FORK=walk build (a fork that checks every page below UTOP), on the
 *       last engine (the translator, the default).</li>
 * </ul>
 */
class LabStyleGradingTest {
    static final List<String> LAB_TESTS = List.of("dumbfork", "faultread", "faultwrite", "faultdie", "faultregs",
            "faultalloc", "faultallocbad", "faultnostack", "faultbadhandler", "faultevilhandler", "forktree", "spin",
            "stresssched", "sendpage", "pingpong", "primes");

    /** Tests that end at a stop line (the lab's stop_on_line), not at the breakpoint. */
    static final List<String> STOP_LINE_TESTS = List.of("primes");

    /** Other CPU counts: tests whose expected lines hold there too (see JosGradingTest). */
    static final Map<Integer, List<String>> OTHER_CPUS = Map.of(
            2, List.of("dumbfork", "sendpage", "spinlock"),
            4, List.of("spinlock"),
            8, List.of("forktree", "stresssched", "spinlock"));

    private static final Tally TALLY = new Tally("jos-lab-style");

    @TestFactory
    List<DynamicTest> labStyle() throws Throwable {
        return TALLY.build(this::tests);
    }

    private List<DynamicTest> tests() throws Exception {
        LabGrader.build(true);
        List<DynamicTest> tests = new ArrayList<>();
        List<EngineChoice> engines = EngineChoice.all();
        // The longest first, so that it overlaps the rest.
        String last = engines.get(engines.size() - 1).name();
        tests.addAll(suite(new Invocation("walkfork-" + last, last, List.of(), Map.of("FORK", "walk")), LAB_TESTS,
                "walkfork/" + last));
        for (EngineChoice e : engines) {
            tests.addAll(suite(new Invocation("lab-" + e.name(), e.name(), List.of(), Map.of()), LAB_TESTS,
                    "lab/" + e.name()));
        }
        for (EngineChoice e : engines) {
            for (int n : List.of(2, 4, 8)) {
                List<String> names = OTHER_CPUS.get(n);
                List<String> args = new ArrayList<>(List.of("--cpus", Integer.toString(n)));
                args.addAll(names);
                tests.addAll(suite(new Invocation("smp" + n + "-" + e.name(), e.name(), args, Map.of()), names,
                        "smp" + n + "/" + e.name()));
            }
        }
        return tests;
    }

    /** Submits one grade-lab4 run; one JUnit test per graded program, plus the score for full suites. */
    private static List<DynamicTest> suite(Invocation inv, List<String> names, String prefix) {
        Future<Graded> run = LabGrader.submit(inv);
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : names) {
            String id = name + "/" + prefix;
            tests.add(TALLY.test(id, () -> check(id, name, LabGrader.await(run))));
        }
        if (inv.args().isEmpty()) {
            String id = "score/" + prefix;
            tests.add(TALLY.test(id, () -> {
                Graded g = LabGrader.await(run);
                assertTrue(g.report().contains("\nScore: 80/80"), id + ":\n" + g.report());
                assertEquals(0, g.status(), id + ": exit status\n" + g.report());
            }));
        }
        return tests;
    }

    private static void check(String id, String name, Graded g) {
        Matcher m = g.line(name);
        assertNotNull(m, id + ": no result line\n" + g.evidence(name));
        assertEquals("OK", m.group(2), id + " failed\n" + g.evidence(name));
        String note = m.group(4);
        if (STOP_LINE_TESTS.contains(name)) {
            assertEquals("", note, id + ": should end at its stop line\n" + g.evidence(name));
        } else {
            assertEquals(" (breakpoint at readline)", note, id + ": should end at the breakpoint\n" + g.evidence(name));
        }
    }

    @AfterAll
    static void summary() {
        TALLY.printSummary();
    }
}
