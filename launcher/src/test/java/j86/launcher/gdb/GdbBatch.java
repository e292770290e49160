package j86.launcher.gdb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Real gdb in batch mode against j86's stub, for the tests that check what a student's gdb shows. */
final class GdbBatch {
    private GdbBatch() {}

    /** Whether a gdb runs on this host (the tests that need one are skipped without it). */
    static boolean installed() {
        try {
            Process p = new ProcessBuilder("gdb", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }

    /** Runs gdb with {@code setup} (e.g. "symbol-file ...") before connecting, then {@code commands}; its output. */
    static String run(int port, String setup, String... commands) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("gdb", "-n", "-batch", "-ex", "set pagination off",
                "-ex", "set confirm off", "-ex", setup, "-ex", "target remote 127.0.0.1:" + port));
        for (String c : commands) {
            cmd.add("-ex");
            cmd.add(c);
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "gdb did not finish");
        return new String(out, StandardCharsets.UTF_8);
    }

    /** The hexadecimal number after "KEY=" in gdb's output (printed by the tests' own printf). */
    static long hexAfter(String out, String key) {
        Matcher m = Pattern.compile(key + "=([0-9a-f]+)").matcher(out);
        assertTrue(m.find(), "no " + key + "= in gdb output:\n" + out);
        return Long.parseLong(m.group(1), 16);
    }
}
