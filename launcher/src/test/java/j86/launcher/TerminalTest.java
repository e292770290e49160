package j86.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With standard input and stderr not terminals (pipes, as under tests, graders and the benchmark
 * runner) j86 runs no stty, starts no progress line and writes no CR or escape sequence.
 */
class TerminalTest {
    @TempDir
    Path dir;

    @Test
    void pipesAreNotTerminals() {
        assumeFalse(Terminal.isTerminal(0) || Terminal.isTerminal(2), "stdin or stderr is a terminal here");
        assertNull(Terminal.onStdin(false));
        assertNull(Terminal.onStdin(true));
    }

    @Test
    void aRunOnPipedInputLeavesTheTerminalAlone() throws Exception {
        assumeFalse(Terminal.isTerminal(0) || Terminal.isTerminal(2), "stdin or stderr is a terminal here");
        Path img = HaltImage.in(dir);
        int sttyBefore = Terminal.sttyRuns;
        InputStream savedIn = System.in;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(new byte[] {'a', 0x03, 0x01, 'h'}));
            System.setErr(new PrintStream(err, true));
            assertEquals(0, Main.run(new String[] {"-nographic", "--stats", "--timeout", "30", img.toString()}));
        } finally {
            System.setIn(savedIn);
            System.setErr(savedErr);
        }
        assertEquals(sttyBefore, Terminal.sttyRuns, "no stty on piped input");
        String e = err.toString();
        assertFalse(e.contains("\r") || e.contains("\033"), e);
        assertTrue(e.contains("j86 stats:\n") && !e.contains("\n\nj86 stats:") && !e.startsWith("\n"),
                "nothing written to the console: no newline first\n" + e);
    }

    @Test
    void progressLineIsShort() {
        String l = Progress.line(1234, 99.5, 123_456_789_012L, 12345.6);
        assertTrue(l.length() <= 80, l);
        assertTrue(l.contains("123,456,789,012 instructions") && l.contains("12345.6 MIPS") && l.contains("99.500 s"), l);
    }
}
