package j86.launcher;

import j86.hw.board.Machine;
import j86.runtime.cpu.Cpu;

/**
 * The progress line of a long run: when stderr is a terminal and the run has lasted a few seconds,
 * every 2 s one line on stderr, redrawn in place with CR, with the wall time, the virtual time, the
 * guest instructions so far and the recent MIPS; erased before console output and at the end. It
 * is skipped while the machine stands still (paused, or the keyboard in the monitor), while j86 is
 * in the background, and while the console's last line is unfinished (a prompt). When stderr is
 * not a terminal nothing is started, so tests, graders and benchmarks see no change.
 */
final class Progress {
    static final long FIRST_MILLIS = 3000, PERIOD_MILLIS = 2000;

    private final Machine m;
    private final ConsoleOutput out;
    private final ConsoleInput in;
    private final boolean sameTerminal;
    private final long t0 = System.nanoTime();
    private long lastInstructions = -1, lastNanos;
    private volatile boolean stopped;
    private Thread thread;

    private Progress(Machine m, ConsoleOutput out, ConsoleInput in, boolean sameTerminal) {
        this.m = m;
        this.out = out;
        this.in = in;
        this.sameTerminal = sameTerminal;
    }

    /** Starts the progress line if stderr is a terminal; returns null otherwise. */
    static Progress start(Machine m, ConsoleOutput out, ConsoleInput in) {
        if (!Terminal.isTerminal(2)) {
            return null;
        }
        Progress p = new Progress(m, out, in, Terminal.isTerminal(1));
        p.thread = new Thread(p::loop, "j86-progress");
        p.thread.setDaemon(true);
        p.thread.start();
        return p;
    }

    /** Ends the progress line and erases it (null-safe). */
    static void stop(Progress p) {
        if (p != null) {
            p.stopped = true;
            p.thread.interrupt();
            try {
                p.thread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            p.out.hideProgress();
        }
    }

    private void loop() {
        try {
            Thread.sleep(FIRST_MILLIS - PERIOD_MILLIS);
            while (!stopped) {
                Thread.sleep(PERIOD_MILLIS);
                if (!stopped) {
                    tick();
                }
            }
        } catch (InterruptedException e) {
            // stopped
        }
    }

    private void tick() {
        long insns = 0;
        for (Cpu c : m.cpus) {
            insns += c.instructions; // read without synchronisation: a figure for the eye only
        }
        long now = System.nanoTime();
        boolean moving = insns != lastInstructions;
        double mips = lastInstructions < 0 ? insns / ((now - t0) / 1e3) : (insns - lastInstructions) / ((now - lastNanos) / 1e3);
        lastInstructions = insns;
        lastNanos = now;
        if (!moving || (in != null && in.inMonitor()) || !Terminal.foreground()) {
            out.hideProgress();
            return;
        }
        out.showProgress(line((now - t0) / 1e9, m.clock.nanos() / 1e9, insns, mips), sameTerminal);
    }

    /** The progress line's text. */
    static String line(double wallSeconds, double virtualSeconds, long instructions, double mips) {
        return String.format("[j86 %.0f s: virtual time %.3f s, %,d instructions, %.1f MIPS]", wallSeconds, virtualSeconds,
                instructions, mips);
    }
}
