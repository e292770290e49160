package j86.launcher.grade;

import j86.runtime.mem.PhysicalMemory;
import j86.runtime.sched.Engine;
import j86.launcher.SeedArg;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code j86 grade}: runs a whole grading suite in this JVM, tests in parallel, and reports like the
 * lab's grader. Exit status 0 when every test passes, 1 when one fails, 2 on bad input (one line
 * on stderr).
 */
public final class Grade {
    static final String USAGE = "usage: j86 grade [--suite FILE] [--engine interp|jit] [--jobs N] [--junit FILE] "
            + "[--out DIR] [--timeout-factor F] [--seed N|fixed] [-accel tcg,thread=multi] [--stats] [TEST...]";
    /** The text of {@code j86 grade --help}: every option {@link GradeOptions#parse} accepts. */
    static final String HELP = """
            usage: j86 grade [--suite FILE] [--engine interp|jit] [--jobs N] [--junit FILE] [--out DIR]
                             [--timeout-factor F] [--seed S|fixed] [-accel tcg,thread=multi]
                             [--stats] [TEST...]

            Runs a grading suite (by default jos/grade/lab4.suite, the lab 4 grading script's tests)
            in this JVM, several tests at a time, and reports like the lab's grader: one line per
            test, then the score.

            options:
              --suite FILE         the suite file to run (default: jos/grade/lab4.suite, looked for from
                                   the working directory upwards, then in the checkout j86 was built in)
              --engine interp|jit  execution engine of every run (default jit)
              --jobs N, -j N       tests run at the same time, 1-256 (default: the host's processors)
              --junit FILE         also write the results as JUnit XML to FILE
              --out DIR            keep each test's console output as DIR/NAME.out (default: the
                                   suite's "out" directory, grade-out beside the suite file)
              --timeout-factor F   multiply every test's wall-clock limit by F (0 < F <= 1000;
                                   virtual-time limits stay), as GRADE_TIMEOUT for the lab's script
              --seed S|fixed       seed of every run's turn lengths, as j86 --seed (default 86;
                                   fixed: every turn is the quantum)
              -accel tcg,thread=multi
                                   every run's vCPUs on host threads of their own (as j86 -accel;
                                   only wall-clock limits apply; try --jobs 1 on few cores)
              --stats              after each test, its virtual time, instructions per CPU and speed
              --help, -help, -h    this text
              TEST...              run only the named tests (default: all of the suite)

            Exit status: 0 when every test passes, 1 when one fails, 2 on bad input.
            """;
    /** The suite used without --suite, looked for from the working directory upwards. */
    static final Path DEFAULT_SUITE = Path.of("jos", "grade", "lab4.suite");

    private Grade() {}

    /** Runs the command; returns the exit status. */
    public static int main(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            GradeOptions o = GradeOptions.parse(args);
            if (o.help) {
                out.print(HELP);
                return 0;
            }
            return grade(o, out);
        } catch (GradeException e) {
            err.println("j86 grade: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("j86 grade: " + e.getMessage());
            return 2;
        }
    }

    private static int grade(GradeOptions o, PrintStream out) throws GradeException, IOException {
        Path suiteFile = o.suite != null ? o.suite : findDefaultSuite();
        Suite suite = scaled(SuiteParser.parse(suiteFile).select(o.tests), o.timeoutFactor);
        for (TestSpec t : suite.tests()) {
            if (!Files.isRegularFile(t.image())) {
                throw new GradeException(t.image() + ": no such image (test " + t.name() + "; build it first)");
            }
        }
        Function<PhysicalMemory, Engine> engines = Engines.named(o.engine);
        Path outDir = o.outDir != null ? o.outDir : suite.outDir();
        Files.createDirectories(outDir);
        out.println("+ suite " + suite.name() + ": " + suite.tests().size() + " tests, engine " + o.engine
                + ", " + o.jobs + " at a time, seed " + SeedArg.format(o.seed));
        Report report = new Report(out, o.stats);
        List<Graded> graded = new ArrayList<>();
        try (Grader g = new Grader(o.jobs, engines, o.seed).parallel(o.parallel)) {
            g.runAll(suite.tests(), r -> {
                Graded one = Graded.of(r, save(outDir, r));
                graded.add(one);
                report.test(one);
            });
        }
        report.finish();
        if (o.junit != null) {
            JUnitXml.write(o.junit, suite.name(), graded);
        }
        return graded.stream().allMatch(Graded::passed) ? 0 : 1;
    }

    private static Suite scaled(Suite s, double factor) {
        return new Suite(s.name(), s.tests().stream()
                .map(t -> t.withLimits(t.wallSeconds() * factor, t.virtualNanos())).toList(), s.outDir());
    }

    /** Keeps a run's console output as OUT/NAME.out (as the bash grader's obj/grade/NAME.out). */
    private static Path save(Path outDir, RunResult r) {
        Path f = outDir.resolve(r.spec().name() + ".out");
        try {
            Files.write(f, r.console());
            return f;
        } catch (IOException e) {
            return null;
        }
    }

    /** jos/grade/lab4.suite above the working directory, else in the checkout the launcher was built in. */
    private static Path findDefaultSuite() throws GradeException {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path f = d.resolve(DEFAULT_SUITE);
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        try {
            // launcher/target/j86.jar (or launcher/target/classes) -> the repository root
            Path here = Path.of(Grade.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path d = here; d != null; d = d.getParent()) {
                Path f = d.resolve(DEFAULT_SUITE);
                if (Files.isRegularFile(f)) {
                    return f;
                }
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // no code source: only the working directory counts
        }
        throw new GradeException("no suite: give --suite FILE (no " + DEFAULT_SUITE + " above the working directory)");
    }
}
