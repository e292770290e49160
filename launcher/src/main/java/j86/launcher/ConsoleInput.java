package j86.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Standard input for COM1. A daemon thread reads bytes (works whether or not stdin is a terminal)
 * and queues them; the machine thread drains the queue between scheduler rounds, so devices stay
 * single-threaded. With {@code -serial mon:stdio}, Ctrl-A x quits and Ctrl-A Ctrl-A sends Ctrl-A,
 * as in QEMU's multiplexer.
 */
final class ConsoleInput {
    private static final int CTRL_A = 0x01;

    private final ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>();
    private final boolean escapes;
    private volatile boolean quitRequested;
    private boolean afterCtrlA;

    ConsoleInput(InputStream in, boolean escapes) {
        this.escapes = escapes;
        Thread t = new Thread(() -> pump(in), "j86-stdin");
        t.setDaemon(true);
        t.start();
    }

    private void pump(InputStream in) {
        try {
            int b;
            while ((b = in.read()) >= 0) {
                accept(b);
            }
        } catch (IOException e) {
            // stdin closed: the guest simply gets no more input.
        }
    }

    private void accept(int b) {
        if (!escapes) {
            queue.add(b);
        } else if (afterCtrlA) {
            afterCtrlA = false;
            if (b == 'x' || b == 'X') {
                quitRequested = true;
            } else if (b == CTRL_A) {
                queue.add(CTRL_A);
            }
        } else if (b == CTRL_A) {
            afterCtrlA = true;
        } else {
            queue.add(b);
        }
    }

    /** The next waiting input byte, or -1. */
    int poll() {
        Integer b = queue.poll();
        return b == null ? -1 : b;
    }

    boolean quitRequested() {
        return quitRequested;
    }
}
