package j86.suites;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs jos/grade-lab4 --gdb, the lab-style grader, as a real process: make starts bin/j86 with -S
 * -gdb tcp::PORT, and jos/obj/tools/rspgrade drives its GDB stub over TCP as the lab's gradelib does.
 * Runs execute at most one per host core at a time (the lab's limits are wall-clock seconds), each
 * with its own GDB port and output directory.
 */
final class LabGrader {
    private static final ExecutorService POOL = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
        Thread t = new Thread(r, "lab-grader");
        t.setDaemon(true);
        return t;
    });
    /** A whole suite, in the worst case every test at its time limit. */
    private static final long PROCESS_LIMIT_MINUTES = 20;

    private LabGrader() {}

    /** One grade-lab4 invocation: a label for files, the engine, extra arguments and environment. */
    record Invocation(String label, String engine, List<String> args, Map<String, String> env) {}

    /** What grade-lab4 printed, its exit status, and where it kept the console outputs. */
    record Graded(Invocation inv, int status, String report, Path outDir) {
        private static final Pattern RESULT = Pattern.compile("^(\\S+): (OK|FAIL) \\(([0-9.]+)s\\)(.*)$", Pattern.MULTILINE);

        /** The result line of test NAME, or null. */
        Matcher line(String name) {
            Matcher m = RESULT.matcher(report);
            while (m.find()) {
                if (m.group(1).equals(name)) {
                    return m;
                }
            }
            return null;
        }

        /** The grader's report and the test's console output, for failure messages. */
        String evidence(String name) {
            Path out = outDir.resolve(name + ".out");
            String console;
            try {
                console = Files.readString(out, StandardCharsets.ISO_8859_1).replace("\r", "");
            } catch (IOException e) {
                console = "(no console output: " + e.getMessage() + ")";
            }
            return "grade-lab4 " + String.join(" ", inv.args()) + " (engine " + inv.engine() + ", exit " + status
                    + "):\n" + report.indent(4) + "console output of " + name + " (" + out + "):\n" + console.indent(4);
        }
    }

    /** Builds JOS (and FORK=walk when asked) once, before parallel graders run make concurrently. */
    static void build(boolean walkFork) throws IOException, InterruptedException {
        make(List.of("all", "pre-qemu"));
        if (walkFork) {
            make(List.of("FORK=walk", "all"));
        }
    }

    private static void make(List<String> targets) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("make", "-s", "--no-print-directory"));
        cmd.addAll(targets);
        Path log = Files.createTempFile("jos-make", ".log");
        Process p = new ProcessBuilder(cmd).directory(Repo.jos().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + Files.readString(log));
        }
        Files.delete(log);
    }

    static Future<Graded> submit(Invocation inv) {
        return POOL.submit(() -> run(inv));
    }

    static Graded await(Future<Graded> f) throws Exception {
        try {
            return f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception x ? x : e;
        }
    }

    private static Graded run(Invocation inv) throws IOException, InterruptedException {
        Path outDir = Path.of("target", "lab-style", inv.label()).toAbsolutePath();
        Files.createDirectories(outDir);
        List<String> cmd = new ArrayList<>(List.of("./grade-lab4", "--gdb"));
        cmd.addAll(inv.args());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(Repo.jos().toFile()).redirectErrorStream(true)
                .redirectOutput(outDir.resolve("report.txt").toFile());
        Map<String, String> env = pb.environment();
        env.remove("MAKEFLAGS");
        env.remove("MAKELEVEL");
        env.put("QEMU", Repo.root().resolve("bin/j86").toString());
        env.put("QEMUEXTRA", "--engine " + inv.engine());
        env.put("GDBPORT", Integer.toString(freePort()));
        env.put("GRADE_OUT", outDir.toString());
        // gradelib tries to connect for 2 s after each line of output; a JVM on a busy CI host may take
        // longer to listen, and that (reported by rspgrade as a warning) should not decide these tests.
        env.put("GRADE_CONNECT", "60");
        env.putAll(inv.env());
        Process p = pb.start();
        if (!p.waitFor(PROCESS_LIMIT_MINUTES, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        int status = p.waitFor();
        return new Graded(inv, status, Files.readString(outDir.resolve("report.txt"), StandardCharsets.ISO_8859_1), outDir);
    }

    /** A loopback port nobody listens on now; each invocation gets its own, as parallel labs would need. */
    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
