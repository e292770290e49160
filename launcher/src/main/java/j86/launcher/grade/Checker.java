package j86.launcher.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Judges a run as the bash lab grader does: every expected pattern must match at the start of some
 * console line, no forbidden pattern may match at the start of any line. How the run ended does
 * not matter by itself (a timed-out run that printed everything passes), except an emulator error.
 */
public final class Checker {
    private Checker() {}

    /** The problems, one line each ("missing '...'", "unexpected line: ..."); empty when it passes. */
    public static List<String> problems(RunResult r) {
        List<String> problems = new ArrayList<>();
        if (r.outcome() == RunResult.Outcome.ERROR) {
            problems.add("emulator error: " + r.detail());
        }
        List<String> lines = r.text().lines().toList();
        for (Pattern p : r.spec().expect()) {
            if (lines.stream().noneMatch(l -> p.matcher(l).lookingAt())) {
                problems.add("missing '" + unanchored(p) + "'");
            }
        }
        for (Pattern p : r.spec().forbid()) {
            for (String l : lines) {
                if (p.matcher(l).lookingAt()) {
                    problems.add("unexpected line: " + l);
                }
            }
        }
        return problems;
    }

    /** The pattern as the suite wrote it, without the "^(?:...)" the parser wrapped it in. */
    static String unanchored(Pattern p) {
        String s = p.pattern();
        return s.startsWith("^(?:") && s.endsWith(")") ? s.substring(4, s.length() - 1) : s;
    }
}
