package j86.launcher.grade;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

/**
 * Keeps every byte the guest writes to COM1 and decides, between scheduler rounds, whether the
 * run's stop pattern has appeared: a line pattern counts only once the whole line is out (as in
 * the bash grader), an anywhere pattern (the monitor prompt) as soon as it is printed. Only text
 * new since the last check is scanned, so a chatty guest costs linear time.
 */
final class ConsoleCapture implements IntConsumer {
    /** Overlap kept when scanning for the anywhere pattern, so a match split across rounds is seen. */
    private static final int OVERLAP = 256;

    private final Pattern stopLine;
    private final Pattern stopAnywhere;
    private byte[] buf = new byte[4096];
    private int len;
    private int lineStart;
    private int anywhereFrom;
    private int checkedLen;

    ConsoleCapture(Pattern stopLine, Pattern stopAnywhere) {
        this.stopLine = stopLine;
        this.stopAnywhere = stopAnywhere;
    }

    /** One byte from the guest (called on the scheduler's thread). */
    @Override
    public void accept(int b) {
        if (len == buf.length) {
            buf = Arrays.copyOf(buf, len * 2);
        }
        buf[len++] = (byte) b;
    }

    /** True once a stop pattern has appeared in the output so far. */
    boolean stopSeen() {
        if (len == checkedLen) {
            return false;
        }
        checkedLen = len;
        return lineStopSeen() || anywhereStopSeen();
    }

    private boolean lineStopSeen() {
        if (stopLine == null) {
            return false;
        }
        for (int i = lineStart; i < len; i++) {
            if (buf[i] == '\n') {
                String line = text(lineStart, i).replace("\r", "");
                lineStart = i + 1;
                if (stopLine.matcher(line).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean anywhereStopSeen() {
        if (stopAnywhere == null) {
            return false;
        }
        boolean seen = stopAnywhere.matcher(text(anywhereFrom, len)).find();
        anywhereFrom = Math.max(0, len - OVERLAP);
        return seen;
    }

    private String text(int from, int to) {
        return new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
    }

    byte[] bytes() {
        return Arrays.copyOf(buf, len);
    }
}
