package j86.suites;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;

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

    /** Builds a suite's tests; a suite that cannot even be built counts as one failed test. */
    List<DynamicTest> build(ThrowingSupplier<List<DynamicTest>> factory) throws Throwable {
        try {
            return factory.get();
        } catch (Throwable t) {
            tests.incrementAndGet();
            failures.incrementAndGet();
            throw t;
        }
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
