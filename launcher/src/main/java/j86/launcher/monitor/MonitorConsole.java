package j86.launcher.monitor;

import j86.launcher.gdb.VmControl;
import java.util.function.Consumer;

/**
 * The monitor on the terminal: bytes typed after Ctrl-A c (see the launcher's ConsoleInput) are
 * collected into lines (backspace edits; echoed here when the terminal is raw), each line runs as a task on the
 * machine thread, and its output and the next "(qemu) " prompt are printed there too, so they stay
 * in order with the guest's console output.
 */
public final class MonitorConsole {
    static final String PROMPT = "(qemu) ";
    /** The longest command line kept. */
    static final int MAX_LINE = 4096;

    private final VmControl vm;
    private final Monitor monitor;
    private final Consumer<String> print;
    private final StringBuilder line = new StringBuilder();
    private boolean greeted;
    private boolean afterCr;
    private volatile boolean echo;

    /** @param print writes text to the terminal (called on the machine thread) */
    public MonitorConsole(VmControl vm, Monitor monitor, Consumer<String> print) {
        this.vm = vm;
        this.monitor = monitor;
        this.print = print;
    }

    /** Whether typed bytes are echoed (a raw terminal; QEMU's monitor echoes too). */
    public void setEcho(boolean on) {
        echo = on;
    }

    /** The user switched to the monitor (console reader thread). */
    public void entered() {
        String hello = greeted ? "" : "j86 monitor (QEMU 7.2.0 compatible) - type 'help' for more information\n";
        greeted = true;
        vm.submit(() -> print.accept(hello + PROMPT));
    }

    /** One typed byte (console reader thread). */
    public void accept(int b) {
        boolean lf = b == '\n';
        if (lf && afterCr) {
            afterCr = false;
            return; // the LF of a CR LF pair
        }
        afterCr = b == '\r';
        if (b == '\r' || lf) {
            String cmd = line.toString();
            line.setLength(0);
            String nl = echo ? "\n" : "";
            vm.submit(() -> print.accept(nl + monitor.execute(cmd) + PROMPT));
        } else if (b == 0x7F || b == 0x08) {
            if (line.length() > 0) {
                line.setLength(line.length() - 1);
                echo("\b \b");
            }
        } else if (b >= 0x20 && b < 0x7F && line.length() < MAX_LINE) { // beyond it, typed characters are dropped
            line.append((char) b);
            echo(String.valueOf((char) b));
        }
    }

    private void echo(String text) {
        if (echo) {
            vm.submit(() -> print.accept(text));
        }
    }
}
