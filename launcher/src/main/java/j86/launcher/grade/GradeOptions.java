package j86.launcher.grade;

import j86.launcher.SeedArg;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** The command line of {@code j86 grade}. */
final class GradeOptions {
    Path suite;
    String engine = "jit";
    int jobs = Runtime.getRuntime().availableProcessors();
    Path junit;
    Path outDir;
    boolean help;
    boolean stats;
    /** Multiplies every wall-clock limit, as the bash grader's GRADE_TIMEOUT (virtual limits stay). */
    double timeoutFactor = 1;
    /** The seed of every run's turn lengths (empty: fixed turns), as the launcher's --seed. */
    OptionalLong seed = TestRunner.DEFAULT_SEED;
    /** -accel tcg,thread=multi: every machine runs its vCPUs on host threads of their own. */
    boolean parallel;
    final List<String> tests = new ArrayList<>();

    private GradeOptions() {}

    private static boolean accel(String v) throws GradeException {
        try {
            return j86.launcher.AccelOption.multi(v);
        } catch (IllegalArgumentException e) {
            throw new GradeException(e.getMessage());
        }
    }

    static GradeOptions parse(String[] args) throws GradeException {
        GradeOptions o = new GradeOptions();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help", "-help" -> o.help = true;
                case "--stats" -> o.stats = true;
                case "--timeout-factor" -> o.timeoutFactor = factor(value(args, ++i, a));
                case "--seed" -> o.seed = seed(value(args, ++i, a));
                case "--suite" -> o.suite = Path.of(value(args, ++i, a));
                case "--engine" -> o.engine = engine(value(args, ++i, a));
                case "--jobs", "-j" -> o.jobs = jobs(value(args, ++i, a));
                case "--junit" -> o.junit = Path.of(value(args, ++i, a));
                case "--out" -> o.outDir = Path.of(value(args, ++i, a));
                case "-accel" -> o.parallel = accel(value(args, ++i, a));
                default -> {
                    if (a.startsWith("-")) {
                        throw new GradeException("unknown option " + a + " (" + Grade.USAGE + ")");
                    }
                    o.tests.add(a);
                }
            }
        }
        return o;
    }

    private static String value(String[] args, int i, String name) throws GradeException {
        if (i >= args.length) {
            throw new GradeException("option " + name + " needs an argument");
        }
        return args[i];
    }

    private static OptionalLong seed(String v) throws GradeException {
        try {
            return SeedArg.parse(v);
        } catch (IllegalArgumentException e) {
            throw new GradeException(e.getMessage());
        }
    }

    private static String engine(String v) throws GradeException {
        if (!v.equals("interp") && !v.equals("jit")) {
            throw new GradeException("--engine " + v + ": expected interp or jit");
        }
        return v;
    }

    private static double factor(String v) throws GradeException {
        try {
            double d = Double.parseDouble(v.trim());
            if (d > 0 && d <= 1000) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new GradeException("--timeout-factor " + v + ": expected a number above 0, at most 1000");
    }

    private static int jobs(String v) throws GradeException {
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= 1 && n <= 256) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new GradeException("--jobs " + v + ": expected a number from 1 to 256");
    }
}
