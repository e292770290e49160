package j86.suites;

import static org.junit.jupiter.api.Assertions.assertEquals;

import j86.launcher.grade.Suite;
import j86.launcher.grade.SuiteParser;
import j86.launcher.grade.TestSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * jos/grade/lab4.suite says what the bash grader jos/grade-lab4 says: bash itself evaluates the
 * script's test functions (with its E/e environment-id helpers) and prints each test's
 * expectations, CPU count and stop line; the script's run_test/end_part lines give names, points
 * and parts in order. The suite must list exactly those.
 */
class SuiteEquivalenceTest {
    private static final Tally TALLY = new Tally("lab4-suite-equivalence");

    @Test
    void suiteMatchesTheBashGrader() throws Throwable {
        TALLY.run(() -> {
            Path script = Repo.jos().resolve("grade-lab4");
            List<String> expected = fromBash(script);
            List<String> actual = fromSuite(SuiteParser.parse(Repo.lab4Suite()));
            assertEquals(String.join("\n", expected), String.join("\n", actual));
        });
    }

    /** Each test as lines "test NAME part P points N cpus N stop S", then "expect P"/"forbid P". */
    private static List<String> fromBash(Path script) throws Exception {
        String text = Files.readString(script);
        List<String> out = new ArrayList<>();
        StringBuilder driver = new StringBuilder("""
                E() { printf '%08x' $((0x1000 + $1 - 1)); }
                e() { printf '%x' $((0x1000 + $1 - 1)); }
                want() { for p in "$@"; do printf 'expect %s\\n' "$p"; done; }
                refuse() { for p in "$@"; do printf 'forbid %s\\n' "$p"; done; }
                """);
        Matcher f = Pattern.compile("(?ms)^test_\\w+\\(\\) \\{.*?^\\}").matcher(text);
        while (f.find()) {
            driver.append(f.group()).append('\n');
        }
        // run_test POINTS NAME ... end_part P: the part comes after its tests.
        Matcher m = Pattern.compile("(?m)^(?:run_test (\\d+) (\\w+)|end_part (\\w+))$").matcher(text);
        List<String[]> pending = new ArrayList<>();
        while (m.find()) {
            if (m.group(2) != null) {
                pending.add(new String[] {m.group(2), m.group(1)});
                continue;
            }
            for (String[] t : pending) {
                driver.append(String.format("cpus=1 stop=''; echo 'test %s part %s points %s'; test_%s; "
                        + "echo \"cpus $cpus stop $stop\"%n", t[0], m.group(3), t[1], t[0]));
            }
            pending.clear();
        }
        String result = bash(driver.toString());
        // Print per test: header, cpus/stop, then patterns (bash prints patterns before cpus/stop).
        List<String> lines = result.lines().toList();
        for (int i = 0; i < lines.size(); ) {
            String header = lines.get(i++);
            List<String> patterns = new ArrayList<>();
            while (!lines.get(i).startsWith("cpus ")) {
                patterns.add(lines.get(i++));
            }
            out.add(header + " " + lines.get(i++));
            out.addAll(patterns);
        }
        return out;
    }

    private static List<String> fromSuite(Suite s) {
        List<String> out = new ArrayList<>();
        for (TestSpec t : s.tests()) {
            out.add("test " + t.name() + " part " + t.part() + " points " + t.points() + " cpus " + t.cpus()
                    + " stop " + (t.stopLine() == null ? "" : t.stopLine().pattern()));
            t.expect().forEach(p -> out.add("expect " + unanchor(p)));
            t.forbid().forEach(p -> out.add("forbid " + unanchor(p)));
        }
        return out;
    }

    private static String unanchor(Pattern p) {
        String s = p.pattern();
        return s.substring("^(?:".length(), s.length() - 1);
    }

    private static String bash(String script) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("bash failed:\n" + out);
        }
        return out;
    }

    @AfterAll
    static void summary() {
        TALLY.printSummary();
    }
}
