package j86.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntConsumer;

/**
 * Standard input for COM1. A daemon thread reads bytes (works whether or not stdin is a terminal)
 * and queues them; the machine thread drains the queue between scheduler rounds, so devices stay
 * single-threaded. With {@code -serial mon:stdio}, Ctrl-A x quits and Ctrl-A Ctrl-A sends Ctrl-A,
 * as in QEMU's multiplexer, and Ctrl-A c switches the keyboard between the guest and the monitor.
 */
final class ConsoleInput {
    private static final int CTRL_A = 0x01;

    private final ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>();
    private final boolean escapes;
    private volatile boolean quitRequested;
    private boolean afterCtrlA;
    private volatile IntConsumer monitorInput;
    private volatile Runnable monitorEntered;
    private volatile Runnable quitHook;
    private boolean toMonitor;

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

    /** Where Ctrl-A c sends the keyboard: {@code entered} on each switch to it, then every byte. */
    void setMonitor(IntConsumer input, Runnable entered) {
        this.monitorInput = input;
        this.monitorEntered = entered;
    }

    void setQuitHook(Runnable hook) {
        this.quitHook = hook;
    }

    private void accept(int b) {
        if (!escapes) {
            queue.add(b);
        } else if (afterCtrlA) {
            afterCtrlA = false;
            if (b == 'x' || b == 'X') {
                quitRequested = true;
                if (quitHook != null) {
                    quitHook.run(); // also ends a machine paused by the debugger or the monitor
                }
            } else if (b == CTRL_A) {
                deliver(CTRL_A);
            } else if ((b == 'c' || b == 'C') && monitorInput != null) {
                toMonitor = !toMonitor;
                if (toMonitor) {
                    monitorEntered.run();
                }
            }
        } else if (b == CTRL_A) {
            afterCtrlA = true;
        } else {
            deliver(b);
        }
    }

    private void deliver(int b) {
        if (toMonitor) {
            monitorInput.accept(b);
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
