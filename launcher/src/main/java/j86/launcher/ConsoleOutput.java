package j86.launcher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.regex.Pattern;

/**
 * Where COM1's output goes: standard output, buffered but flushed after every scheduler round that
 * produced output and from a shutdown hook, so no byte is lost when the run ends or is killed with
 * SIGTERM. Also watches the text for the {@code --exit-on} pattern.
 */
final class ConsoleOutput {
    /** How much recent output the exit-on pattern is matched against. */
    private static final int TAIL = 1 << 16;

    private final OutputStream out = new FileOutputStream(FileDescriptor.out);
    private final byte[] buf = new byte[8192];
    private int len;
    private final Pattern exitOn;
    private final StringBuilder tail = new StringBuilder();
    private boolean fresh;
    private boolean matched;
    private long total;

    ConsoleOutput(String exitOnRegex) {
        this.exitOn = exitOnRegex == null ? null : Pattern.compile(exitOnRegex);
        Runtime.getRuntime().addShutdownHook(new Thread(this::flush, "j86-console-flush"));
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
                tail.delete(0, tail.length() - TAIL / 2);
            }
            matched = matched || exitOn.matcher(tail).find();
        }
        return matched;
    }

    synchronized void flush() {
        if (len == 0) {
            return;
        }
        try {
            out.write(buf, 0, len);
            out.flush();
        } catch (IOException e) {
            // stdout closed (e.g. a pipe whose reader left): the guest's output has nowhere to go.
        }
        len = 0;
    }

    long bytesWritten() {
        return total;
    }
}
