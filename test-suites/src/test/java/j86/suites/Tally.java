package j86.suites;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * Counts a suite's tests and failures (dynamic ones included, which JUnit's own watchers see only
 * as one factory) so that the suite can print "SUMMARY NAME: tests=N failures=M" at its end.
 */
final class Tally {
    private final String suite;
    private final AtomicInteger tests = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();

    Tally(String suite) {
        this.suite = suite;
    }

    DynamicTest test(String name, Executable body) {
        return DynamicTest.dynamicTest(name, () -> run(body));
    }

    void run(Executable body) throws Throwable {
        tests.incrementAndGet();
        try {
            body.execute();
        } catch (Throwable t) {
            failures.incrementAndGet();
            throw t;
        }
    }

    void printSummary() {
        System.out.println("SUMMARY " + suite + ": tests=" + tests.get() + " failures=" + failures.get());
    }
}
