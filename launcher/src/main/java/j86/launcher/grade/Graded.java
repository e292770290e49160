package j86.launcher.grade;

import java.nio.file.Path;
import java.util.List;

/**
 * A run with its verdict.
 *
 * @param problems what failed (empty: passed)
 * @param outFile  where its console output was saved (null: not saved)
 */
public record Graded(RunResult run, List<String> problems, Path outFile) {
    public Graded {
        problems = List.copyOf(problems);
    }

    public static Graded of(RunResult r, Path outFile) {
        return new Graded(r, Checker.problems(r), outFile);
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    public TestSpec spec() {
        return run.spec();
    }

    /** Wall time in the lab's style: "0.4s". */
    public String seconds() {
        return String.format("%.1fs", run.wallNanos() / 1e9);
    }

    /** Why the run ended, when it was not a stop pattern: " (timeout after 30s)" and so on. */
    public String note() {
        TestSpec s = run.spec();
        return switch (run.outcome()) {
            case STOPPED -> "";
            case WALL_TIMEOUT -> String.format(" (timeout after %.0fs)", s.wallSeconds());
            case VIRTUAL_TIMEOUT -> String.format(" (virtual time limit %.3fs)", s.virtualNanos() / 1e9);
            case GUEST_EXIT -> " (guest exited)";
            case SHUTDOWN -> " (guest shut down: " + run.detail() + ")";
            case IDLE -> " (every CPU halted for good)";
            case ERROR -> " (emulator error)";
        };
    }
}
