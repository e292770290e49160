package j86.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The --exit-on pattern is checked between rounds over the output since the last check (plus an
 * overlap), so a match that starts in one round's output and ends in a later one must be found,
 * also after the kept tail has been cut, and a regex anchored at a line start sees the line
 * start before the scanned part.
 */
class ConsoleOutputTest {
    private static void write(ConsoleOutput o, String s) {
        for (int i = 0; i < s.length(); i++) {
            o.write(s.charAt(i));
        }
    }

    @Test
    void aMatchSpanningRoundsIsFound() {
        ConsoleOutput o = new ConsoleOutput("new env 00001000");
        write(o, "[00000000] new env 0000");
        assertFalse(o.endOfRound());
        write(o, "1000\n");
        assertTrue(o.endOfRound());
    }

    @Test
    void aMatchAfterMuchOutputIsFoundAndEarlierTextDoesNotMatchLate() {
        ConsoleOutput o = new ConsoleOutput("(?m)^K> $");
        String line = "x".repeat(99) + "\n";
        for (int round = 0; round < 1500; round++) { // 150 KB: the tail is cut twice
            write(o, line);
            assertFalse(o.endOfRound(), "round " + round);
        }
        write(o, "K");
        assertFalse(o.endOfRound());
        write(o, "> ");
        assertTrue(o.endOfRound());
    }

    @Test
    void anAnchoredPatternSeesTheLineStartBeforeTheScannedPart() {
        ConsoleOutput o = new ConsoleOutput("(?m)^Welcome");
        write(o, "abc\n");
        assertFalse(o.endOfRound());
        write(o, "Welcome");
        assertTrue(o.endOfRound());
        ConsoleOutput p = new ConsoleOutput("(?m)^Welcome");
        write(p, "abc");
        assertFalse(p.endOfRound());
        write(p, "Welcome");
        assertFalse(p.endOfRound(), "not at a line start");
    }
}
