package j86.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The -serial mon:stdio multiplexer on piped input, as QEMU's: Ctrl-A h prints the escapes,
 * Ctrl-A Ctrl-A sends one Ctrl-A, Ctrl-A c switches the keyboard to the monitor and back, Ctrl-A x
 * quits, and every other byte, Ctrl-C (0x03) included, goes to the guest unchanged.
 */
class ConsoleInputTest {
    private static List<Integer> guestBytes(ConsoleInput in) {
        List<Integer> got = new ArrayList<>();
        for (int b; (b = in.poll()) >= 0; ) {
            got.add(b);
        }
        return got;
    }

    @Test
    void escapesAsQemusMultiplexer() throws Exception {
        byte[] typed = {'a', 0x03, 0x01, 0x01, 0x01, 'h', 'b', 0x01, 'c', 'q', 'r', 0x03, 0x01, 'c', 'z', 0x01, 'x', 'n'};
        List<String> messages = new CopyOnWriteArrayList<>();
        List<Integer> monitor = new CopyOnWriteArrayList<>();
        CountDownLatch quit = new CountDownLatch(1);
        int[] entered = {0};
        PipedOutputStream keyboard = new PipedOutputStream();
        ConsoleInput in = new ConsoleInput(new PipedInputStream(keyboard), true, null, messages::add);
        in.setMonitor(monitor::add, () -> entered[0]++);
        in.setQuitHook(quit::countDown);
        keyboard.write(typed);
        keyboard.close();
        assertTrue(quit.await(10, TimeUnit.SECONDS), "Ctrl-A x ran the quit hook");
        assertTrue(in.quitRequested());
        assertFalse(in.inMonitor(), "the second Ctrl-A c switched back to the guest");
        Thread.sleep(100); // the reader goes on after x: the byte after it reaches the guest too
        assertEquals(List.of((int) 'a', 0x03, 0x01, (int) 'b', (int) 'z', (int) 'n'), guestBytes(in));
        assertEquals(List.of((int) 'q', (int) 'r', 0x03), monitor, "bytes typed while in the monitor");
        assertEquals(1, entered[0]);
        assertEquals(List.of(ConsoleInput.ESCAPE_HELP), messages);
        assertTrue(ConsoleInput.ESCAPE_HELP.startsWith("\n") && ConsoleInput.ESCAPE_HELP.contains("C-a x    exit emulator")
                && ConsoleInput.ESCAPE_HELP.contains("C-a C-a  sends C-a"), ConsoleInput.ESCAPE_HELP);
    }

    @Test
    void plainStdioPassesEveryByte() throws Exception {
        byte[] typed = {0x01, 'x', 0x03, 0x01, 'h'};
        ConsoleInput in = new ConsoleInput(new ByteArrayInputStream(typed), false, null, t -> { });
        List<Integer> got = new ArrayList<>();
        for (long end = System.nanoTime() + 10_000_000_000L; got.size() < typed.length && System.nanoTime() < end; ) {
            got.addAll(guestBytes(in));
            Thread.sleep(10);
        }
        assertEquals(List.of(0x01, (int) 'x', 0x03, 0x01, (int) 'h'), got);
        assertFalse(in.quitRequested());
    }
}
