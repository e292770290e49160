package j86.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Standard input for COM1. A daemon thread reads bytes (works whether or not stdin is a terminal)
 * and queues them; the machine thread drains the queue between scheduler rounds, so devices stay
 * single-threaded. With {@code -serial mon:stdio}, Ctrl-A x quits and Ctrl-A Ctrl-A sends Ctrl-A,
 * as in QEMU's multiplexer, Ctrl-A c switches the keyboard between the guest and the monitor and
 * Ctrl-A h prints the list of escapes; every other byte (Ctrl-C too) goes to the guest. When
 * standard input is a terminal, the reader waits until j86 is in the foreground, then makes the
 * terminal raw ({@link Terminal}) before its first read.
 */
final class ConsoleInput {
    private static final int CTRL_A = 0x01;
    /** Ctrl-A h's text, as QEMU's multiplexer prints it (less the escapes j86 does not have). */
    static final String ESCAPE_HELP = """

            C-a h    print this help
            C-a x    exit emulator
            C-a c    switch between console and monitor
            C-a C-a  sends C-a
            """;

    private final ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>();
    private final boolean escapes;
    private volatile boolean quitRequested;
    private boolean afterCtrlA;
    private volatile IntConsumer monitorInput;
    private volatile Runnable monitorEntered;
    private volatile Runnable quitHook;
    private volatile boolean toMonitor;
    private final Consumer<String> messages;

    ConsoleInput(InputStream in, boolean escapes) {
        this(in, escapes, null, text -> { });
    }

    /**
     * @param terminal standard input's terminal (made raw before the first read), or null
     * @param messages prints the multiplexer's own text (Ctrl-A h) on the console
     */
    ConsoleInput(InputStream in, boolean escapes, Terminal terminal, Consumer<String> messages) {
        this.escapes = escapes;
        this.messages = messages;
        Thread t = new Thread(() -> pump(in, terminal), "j86-stdin");
        t.setDaemon(true);
        t.start();
    }

    private void pump(InputStream in, Terminal terminal) {
        if (terminal != null) {
            if (!Terminal.awaitForeground()) {
                return;
            }
            terminal.enterRaw();
        }
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
            } else if (b == 'h' || b == 'H' || b == '?') {
                messages.accept(ESCAPE_HELP);
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

    /** Whether the keyboard goes to the monitor (Ctrl-A c) rather than the guest. */
    boolean inMonitor() {
        return toMonitor;
    }
}
