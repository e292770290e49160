package j86.launcher.grade;

import j86.runtime.sched.TurnLengths;
import java.nio.charset.StandardCharsets;

/**
 * How one graded boot ended and what it printed.
 *
 * @param console      every byte written to COM1, up to the end of the scheduler round in which
 *                     the run stopped
 * @param instructions instructions retired per CPU
 * @param detail       the shutdown reason or host error, else ""
 * @param turns        the scheduler's turn lengths (seed or fixed) the run used
 */
public record RunResult(TestSpec spec, Outcome outcome, byte[] console, long[] instructions, long wallNanos,
                        long virtualNanos, String detail, TurnLengths turns) {
    /** Why the run ended. */
    public enum Outcome {
        /** A stop pattern appeared. */
        STOPPED,
        /** The guest wrote the isa-debug-exit port. */
        GUEST_EXIT,
        /** A CPU shut down (triple fault). */
        SHUTDOWN,
        /** Every CPU halted with nothing that could wake it. */
        IDLE,
        /** The guest's virtual time limit passed (deterministic). */
        VIRTUAL_TIMEOUT,
        /** The host's time limit passed. */
        WALL_TIMEOUT,
        /** The emulator failed (a host-side bug or an unreadable image). */
        ERROR
    }

    /** The console as text, carriage returns removed (as the bash grader reads it). */
    public String text() {
        return new String(console, StandardCharsets.ISO_8859_1).replace("\r", "");
    }

    public long totalInstructions() {
        long t = 0;
        for (long n : instructions) {
            t += n;
        }
        return t;
    }
}
