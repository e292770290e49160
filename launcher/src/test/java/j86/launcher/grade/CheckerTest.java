package j86.launcher.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import j86.runtime.sched.TurnLengths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checker decides what the bash grader's grep -E "^(p)" decides: for patterns in the lab's
 * style and seeded random console texts (with carriage returns, as COM1 sends them), a pattern
 * counts as present exactly when grep finds it in the text without carriage returns.
 */
class CheckerTest {
    static final String[] PATTERNS = {
        "\\[00001000\\] new env 00001001", "  trap 0x0000000e Page Fault", "  err  0x00000004.*",
        "CPU .: 1877 \\[00001120\\] new env 00001121", "user_mem_check assertion failure for va (deadb|eebfe)...",
        "....: I am '0'", ".*ran on two CPUs at once", "1000 got message: hello child environment! how are you\\?",
    };
    static final String[] LINES = {
        "[00001000] new env 00001001", "x[00001000] new env 00001001", "  trap 0x0000000e Page Fault",
        " trap 0x0000000e Page Fault", "  err  0x00000004 [user, read, not-present]", "CPU 3: 1877 [00001120] new env 00001121",
        "CPU 12: 1877 [00001120] new env 00001121", "user_mem_check assertion failure for va eebfe123",
        "user_mem_check assertion failure for va deadbeef", "1001: I am '0'", "101: I am '0'", "env 3 ran on two CPUs at once",
        "1000 got message: hello child environment! how are you?", "1000 got message: hello child environment! how are you",
    };

    @Test
    void agreesWithGrep(@TempDir Path dir) throws Exception {
        Random rnd = new Random(4242);
        for (int round = 0; round < 20; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, n = rnd.nextInt(6); i < n; i++) {
                text.append(LINES[rnd.nextInt(LINES.length)]).append(rnd.nextBoolean() ? "\r\n" : "\n");
            }
            Path f = dir.resolve("out" + round);
            Files.writeString(f, text.toString().replace("\r", ""));
            List<Pattern> expect = new ArrayList<>();
            for (String p : PATTERNS) {
                expect.add(Pattern.compile("^(?:" + p + ")"));
            }
            TestSpec spec = new TestSpec("t", "A", 5, f, 1, expect, List.of(), null, null, 1, 1);
            RunResult r = new RunResult(spec, RunResult.Outcome.STOPPED, text.toString().getBytes(), new long[1], 0, 0, "",
                TurnLengths.fixed(1));
            List<String> problems = Checker.problems(r);
            for (String p : PATTERNS) {
                boolean grepFinds = grep(p, f);
                boolean missing = problems.contains("missing '" + p + "'");
                assertEquals(grepFinds, !missing, "pattern " + p + " on text:\n" + text);
            }
        }
    }

    @Test
    void forbiddenLinesAreListed() {
        TestSpec spec = new TestSpec("t", "A", 5, Path.of("x"), 1, List.of(),
                List.of(Pattern.compile("^(?:.*ran on two CPUs at once)")), null, null, 1, 1);
        RunResult r = new RunResult(spec, RunResult.Outcome.STOPPED,
                "ok\r\nenv 3 ran on two CPUs at once\r\nok\n".getBytes(), new long[1], 0, 0, "",
                TurnLengths.fixed(1));
        assertEquals(List.of("unexpected line: env 3 ran on two CPUs at once"), Checker.problems(r));
    }

    private static boolean grep(String pattern, Path f) throws Exception {
        Process p = new ProcessBuilder("grep", "-Eq", "^(" + pattern + ")", f.toString()).start();
        p.waitFor(10, TimeUnit.SECONDS);
        int rc = p.exitValue();
        if (rc > 1) {
            throw new AssertionError("grep failed on " + pattern);
        }
        return rc == 0;
    }
}
