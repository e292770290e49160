package j86.suites;

import j86.launcher.grade.Checker;
import j86.launcher.grade.Grader;
import j86.launcher.grade.RunResult;
import j86.launcher.grade.TestSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Future;

/**
 * The graded runs of this test JVM: one {@link Grader} with as many parallel runs as the host has
 * cores, shared by every suite class and engine. Suites submit all their runs first and then
 * wait for each in its own JUnit test, so JUnit's sequential execution still keeps every core busy.
 */
final class Runs {
    /** Wall-clock limits are multiplied by this (-Dj86.grade.wallFactor): CI hosts may be busy. */
    static final double WALL_FACTOR = Double.parseDouble(System.getProperty("j86.grade.wallFactor", "4"));
    static final int JOBS = Runtime.getRuntime().availableProcessors();

    private static final Grader GRADER = new Grader(JOBS, EngineChoice.all().get(0).factory());

    private Runs() {}

    static Future<RunResult> submit(EngineChoice engine, TestSpec spec) {
        return GRADER.submit(spec.withLimits(spec.wallSeconds() * WALL_FACTOR, spec.virtualNanos()), engine.factory());
    }

    /** A run with the scheduler's turns from {@code seed} (empty: fixed) instead of the default seed. */
    static Future<RunResult> submit(EngineChoice engine, TestSpec spec, OptionalLong seed) {
        return GRADER.submit(spec.withLimits(spec.wallSeconds() * WALL_FACTOR, spec.virtualNanos()), engine.factory(),
                seed);
    }

    static RunResult await(Future<RunResult> f) {
        return Grader.await(f);
    }

    /** Fails with the missing and forbidden lines, keeping the console output in a file it names. */
    static void assertPasses(String name, RunResult r) {
        List<String> problems = Checker.problems(r);
        if (!problems.isEmpty()) {
            throw new AssertionError(name + " failed (" + describe(r) + "):\n    " + String.join("\n    ", problems)
                    + "\n    console output: " + save(name, r));
        }
    }

    /** How the run ended and what it did, for failure messages. */
    static String describe(RunResult r) {
        return String.format("%s%s after %.1fs wall, %.4fs virtual, %,d instructions", r.outcome(),
                r.detail().isEmpty() ? "" : " " + r.detail(), r.wallNanos() / 1e9, r.virtualNanos() / 1e9,
                r.totalInstructions());
    }

    static Path save(String name, RunResult r) {
        Path f = Repo.outDir().resolve(name.replaceAll("[^A-Za-z0-9_.-]", "_") + ".out");
        try {
            Files.write(f, r.console());
        } catch (IOException e) {
            return Path.of("(not saved: " + e.getMessage() + ")");
        }
        return f;
    }
}
