package j86.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The terminal on standard input, as QEMU's {@code -serial mon:stdio} treats it: raw (no line
 * editing, no echo: the guest echoes), output processing kept (the guest's LF still starts a new
 * line), and with the multiplexer's escapes also no signal keys, so Ctrl-C reaches the guest as
 * byte 0x03 (QEMU with -nographic). Java has no termios, so a child {@code stty} with j86's
 * standard input does the work: {@code stty -g} saves the settings and {@code stty SAVED} restores
 * them, at the end of the run and from a shutdown hook (normal end, System.exit after an error,
 * SIGTERM, SIGINT, SIGHUP). A j86 in the background (e.g. {@code make qemu-nox-gdb &}) never
 * touches or reads the terminal, which would stop it (SIGTTOU, SIGTTIN): see {@link #foreground}.
 * Nothing here runs when standard input is not a terminal (pipes, files, tests, graders).
 */
final class Terminal {
    /** stty runs so far (tests check that none happens on piped input). */
    static volatile int sttyRuns;

    private final boolean signals;
    private String saved;
    /** Set by {@link #restore}: a run that has ended never makes the terminal raw again. */
    private boolean closed;
    private Thread hook;

    private Terminal(boolean signals) {
        this.signals = signals;
    }

    /**
     * The terminal on standard input, or null when standard input is not one.
     * @param signals keep Ctrl-C and Ctrl-\ as signals (plain {@code -serial stdio}, no escapes)
     */
    static Terminal onStdin(boolean signals) {
        return isTerminal(0) ? new Terminal(signals) : null;
    }

    /**
     * Whether file descriptor {@code fd} (0, 1 or 2) of this process is a terminal. Linux: where
     * /proc/self/fd/N points; elsewhere {@code test -t N} with the descriptor inherited.
     */
    static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        if (Files.isDirectory(Path.of("/proc/self/fd"))) {
            try {
                String target = Files.readSymbolicLink(link).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        try {
            ProcessBuilder pb = new ProcessBuilder("test", "-t", Integer.toString(fd)).redirectInput(ProcessBuilder.Redirect.INHERIT);
            if (fd == 1) {
                pb.redirectOutput(ProcessBuilder.Redirect.INHERIT);
            } else if (fd == 2) {
                pb.redirectError(ProcessBuilder.Redirect.INHERIT);
            }
            Process p = pb.start();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /**
     * Whether this process is in the terminal's foreground process group (Linux: /proc/self/stat's
     * pgrp and tpgid; elsewhere assumed). A background process that reads the terminal gets
     * SIGTTIN and one that changes its settings SIGTTOU, both of which stop it.
     */
    static boolean foreground() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
            // pid (comm) state ppid pgrp session tty_nr tpgid ...; comm may hold spaces and parentheses
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            return f[2].equals(f[5]);
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    /** Waits (polling) until this process is in the foreground; false when interrupted. */
    static boolean awaitForeground() {
        while (!foreground()) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return false;
            }
        }
        return true;
    }

    /** Saves the settings and makes the terminal raw; restored by {@link #restore} or at exit. */
    synchronized void enterRaw() {
        if (saved != null || closed) {
            return;
        }
        String s = stty("-g");
        if (s == null || s.isBlank()) {
            return;
        }
        hook = new Thread(this::restore, "j86-terminal-restore");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException e) {
            return; // already exiting: leave the terminal as it is
        }
        saved = s.trim();
        if (signals) {
            stty("raw", "-echo", "opost", "isig");
        } else {
            stty("raw", "-echo", "opost");
        }
    }

    /** Puts the saved settings back (idempotent; any thread, shutdown hooks included). */
    synchronized void restore() {
        closed = true;
        if (saved == null) {
            return;
        }
        String s = saved;
        saved = null;
        stty(s);
        if (hook != null && Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook finds nothing left to do
            }
        }
    }

    synchronized boolean raw() {
        return saved != null;
    }

    /**
     * Runs stty on j86's standard input; returns its output, or null when it failed. SIGTTOU is
     * ignored in it, so that even a j86 moved to the background (kill -STOP, bg) restores the
     * terminal instead of having its stty stopped.
     */
    private static String stty(String... args) {
        sttyRuns++;
        String[] cmd = new String[args.length + 4];
        cmd[0] = "sh";
        cmd[1] = "-c";
        cmd[2] = "trap '' TTOU; exec stty \"$@\"";
        cmd[3] = "stty";
        System.arraycopy(args, 0, cmd, 4, args.length);
        try {
            Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroy();
                return null;
            }
            return p.exitValue() == 0 ? out : null;
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }
}
