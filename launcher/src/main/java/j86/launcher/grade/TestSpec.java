package j86.launcher.grade;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One graded boot: which image on how many CPUs, what its console must and must not show, when
 * to stop it, and what it is worth.
 *
 * @param expect       each must match at the start of some console line (grep -E "^(p)")
 * @param forbid       none may match at the start of any console line
 * @param stopLine     stops the run once a complete line contains a match (null: none)
 * @param stopAnywhere stops the run once the output contains a match anywhere, e.g. the
 *                     monitor prompt "K> " (null: none)
 * @param wallSeconds  host time limit
 * @param virtualNanos guest (virtual) time limit; reaching it is deterministic, unlike wall time
 */
public record TestSpec(String name, String part, int points, Path image, int cpus, List<Pattern> expect,
                       List<Pattern> forbid, Pattern stopLine, Pattern stopAnywhere, double wallSeconds,
                       long virtualNanos) {
    public TestSpec {
        expect = List.copyOf(expect);
        forbid = List.copyOf(forbid);
    }

    /** The same test on another CPU count, under another name (for test matrices). */
    public TestSpec withCpus(int n, String newName) {
        return new TestSpec(newName, part, points, image, n, expect, forbid, stopLine, stopAnywhere, wallSeconds,
                virtualNanos);
    }

    /** The same test with other expectations and stop line (for tests derived from a suite entry). */
    public TestSpec withChecks(String newName, List<Pattern> newExpect, List<Pattern> newForbid, Pattern newStop) {
        return new TestSpec(newName, part, points, image, cpus, newExpect, newForbid, newStop, stopAnywhere,
                wallSeconds, virtualNanos);
    }

    /** The same test with other time limits. */
    public TestSpec withLimits(double newWallSeconds, long newVirtualNanos) {
        return new TestSpec(name, part, points, image, cpus, expect, forbid, stopLine, stopAnywhere, newWallSeconds,
                newVirtualNanos);
    }
}
