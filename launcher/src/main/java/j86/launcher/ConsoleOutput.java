package j86.launcher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.regex.Pattern;

/**
 * Where COM1's output goes: standard output, buffered but flushed after every scheduler round that
 * produced output and from a shutdown hook, so no byte is lost when the run ends or is killed with
 * SIGTERM. Also watches the text for the {@code --exit-on} pattern, remembers whether the console
 * stands at the start of a line (for --stats), and keeps the progress line ({@link Progress}, on
 * stderr) out of the way: it is erased before any console output and drawn only at a line start.
 */
final class ConsoleOutput {
    /** How much recent output the exit-on pattern is matched against. */
    private static final int TAIL = 1 << 16;
    /**
     * How far before the new output a match may start: each check scans only the output since the
     * last one plus this much, not the whole tail again (which took 3% of a primes run: a check
     * every round that printed something, over up to 64 KiB).
     */
    private static final int OVERLAP = 4096;

    private final OutputStream out = new FileOutputStream(FileDescriptor.out);
    private final byte[] buf = new byte[8192];
    private int len;
    private final Pattern exitOn;
    private final StringBuilder tail = new StringBuilder();
    private boolean fresh;
    /** Length of {@link #tail} at the last check. */
    private int checked;
    private boolean matched;
    private long total;
    /** The last byte sent to standard output (guest or monitor text). */
    private int last = '\n';
    private boolean progressShown;

    ConsoleOutput(String exitOnRegex) {
        this.exitOn = exitOnRegex == null ? null : Pattern.compile(exitOnRegex);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            flush();
            hideProgress();
        }, "j86-console-flush"));
    }

    /** One byte from the guest's serial port. */
    synchronized void write(int b) {
        if (len == buf.length) {
            flush();
        }
        buf[len++] = (byte) b;
        total++;
        if (exitOn != null) {
            tail.append((char) (b & 0xFF));
            fresh = true;
        }
    }

    /** Called between scheduler rounds: pushes output to the terminal and checks the exit pattern. */
    synchronized boolean endOfRound() {
        flush();
        if (exitOn != null && fresh) {
            fresh = false;
            if (tail.length() > TAIL) {
                int cut = tail.length() - TAIL / 2;
                tail.delete(0, cut);
                checked = Math.max(0, checked - cut);
            }
            if (!matched) {
                java.util.regex.Matcher m = exitOn.matcher(tail);
                m.useTransparentBounds(true).useAnchoringBounds(false);
                m.region(Math.max(0, checked - OVERLAP), tail.length());
                matched = m.find();
            }
            checked = tail.length();
        }
        return matched;
    }

    synchronized void flush() {
        if (len == 0) {
            return;
        }
        hideProgress();
        last = buf[len - 1] & 0xFF;
        try {
            out.write(buf, 0, len);
            out.flush();
        } catch (IOException e) {
            // stdout closed (e.g. a pipe whose reader left): the guest's output has nowhere to go.
        }
        len = 0;
    }

    /** Text of j86's own (the monitor, Ctrl-A h) for the console, after the guest's pending output. */
    synchronized void print(String text) {
        flush();
        if (text.isEmpty()) {
            return;
        }
        hideProgress();
        last = text.charAt(text.length() - 1);
        System.out.print(text);
        System.out.flush();
    }

    /** Whether the console's last byte ended a line (or nothing was written). */
    synchronized boolean atLineStart() {
        return last == '\n';
    }

    /**
     * Draws {@code line} as the progress line on stderr, over the previous one; only at a line
     * start of the console when the console shares the terminal ({@code sameTerminal}).
     */
    synchronized void showProgress(String line, boolean sameTerminal) {
        if (sameTerminal && last != '\n') {
            hideProgress();
            return;
        }
        System.err.print("\r" + line + "\033[K");
        System.err.flush();
        progressShown = true;
    }

    /** Erases the progress line, if shown. */
    synchronized void hideProgress() {
        if (progressShown) {
            progressShown = false;
            System.err.print("\r\033[K");
            System.err.flush();
        }
    }

    long bytesWritten() {
        return total;
    }
}
