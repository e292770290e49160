package j86.launcher.grade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Stop detection as the bash grader does it: a stop line counts once complete; the prompt as soon as printed. */
class ConsoleCaptureTest {
    private static void feed(ConsoleCapture c, String s) {
        for (char ch : s.toCharArray()) {
            c.accept(ch);
        }
    }

    @Test
    void stopLineCountsOnlyWhenTheLineIsComplete() {
        ConsoleCapture c = new ConsoleCapture(Pattern.compile("^CPU .: 1877|^.*panic"), null);
        feed(c, "CPU 1: 1873 [0000111f] new env 00001120\r\nCPU 3: 1877");
        assertFalse(c.stopSeen(), "an unfinished line does not stop the run");
        feed(c, " [00001120] new env 00001121\r");
        assertFalse(c.stopSeen());
        feed(c, "\n");
        assertTrue(c.stopSeen());
    }

    @Test
    void promptStopsAsSoonAsItIsPrintedEvenSplitAcrossRounds() {
        ConsoleCapture c = new ConsoleCapture(null, Pattern.compile("K>[ ]"));
        feed(c, "Type 'help' for a list of commands.\nK");
        assertFalse(c.stopSeen());
        feed(c, ">");
        assertFalse(c.stopSeen());
        feed(c, " ");
        assertTrue(c.stopSeen());
    }

    @Test
    void keepsEveryByte() {
        ConsoleCapture c = new ConsoleCapture(null, null);
        byte[] all = new byte[10000];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) (i * 7);
            c.accept(all[i] & 0xFF);
        }
        assertArrayEquals(all, c.bytes());
    }
}
