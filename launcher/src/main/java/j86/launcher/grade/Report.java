package j86.launcher.grade;

import java.io.PrintStream;
import java.util.List;

/**
 * Prints results in the lab grader's words: "dumbfork: OK (0.4s)", the failed patterns under a
 * failed test, "Part A score: 5/5" after each part, and "Score: 80/80" at the end.
 */
public final class Report {
    private final PrintStream out;
    private final boolean stats;
    private String part;
    private int partScore, partTotal, score, total;

    /** @param stats also print each run's guest work: virtual time, instructions per CPU, speed */
    public Report(PrintStream out, boolean stats) {
        this.out = out;
        this.stats = stats;
    }

    /** One test's lines; tests must arrive in suite order (parts are contiguous runs). */
    public void test(Graded g) {
        TestSpec s = g.spec();
        if (part != null && !part.equals(s.part())) {
            endPart();
        }
        part = s.part();
        partTotal += s.points();
        total += s.points();
        if (g.passed()) {
            partScore += s.points();
            score += s.points();
            out.println(s.name() + ": OK (" + g.seconds() + ")" + g.note());
        } else {
            out.println(s.name() + ": FAIL (" + g.seconds() + ")" + g.note());
            for (String p : g.problems()) {
                out.println("    " + p);
            }
            if (g.outFile() != null) {
                out.println("    console output: " + g.outFile());
            }
            if (g.run().outcome() != RunResult.Outcome.STOPPED) {
                lastLines(g.run().text());
            }
        }
        if (stats) {
            stats(g.run());
        }
        out.flush();
    }

    private void stats(RunResult r) {
        out.printf("    [%s: %d CPUs, seed %s, virtual %.3fs, %,d instructions %s, %.1f MIPS]%n", r.outcome(),
                r.spec().cpus(), j86.launcher.SeedArg.format(r.turns().seed()), r.virtualNanos() / 1e9, r.totalInstructions(), java.util.Arrays.toString(r.instructions()),
                r.totalInstructions() / Math.max(1.0, r.wallNanos() / 1e3));
    }

    private void lastLines(String text) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty()) {
            return;
        }
        out.println("    its last lines:");
        for (String l : lines.subList(Math.max(0, lines.size() - 5), lines.size())) {
            out.println("    | " + l);
        }
    }

    private void endPart() {
        if (partTotal > 0) {
            out.println("Part " + part + " score: " + partScore + "/" + partTotal);
            out.println();
        }
        partScore = 0;
        partTotal = 0;
    }

    /** The last part's score and the total. */
    public void finish() {
        endPart();
        out.println("Score: " + score + "/" + total);
        out.flush();
    }

    public int score() {
        return score;
    }

    public int total() {
        return total;
    }
}
