package j86.launcher.gdb;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Pausing and resuming the whole machine, QEMU's vm_stop/vm_start. The machine runs on one thread
 * (the scheduler's); the GDB stub's socket reader and the monitor's console reader run on others
 * and never touch CPU or device state themselves: they {@link #submit} tasks, which the machine
 * thread runs at a safe point (between scheduler rounds, or before a CPU's turn) while running, and
 * at once while paused. A pause blocks the machine thread at an instruction boundary (inside the
 * engine for a breakpoint, or between rounds), so every CPU stays exactly where it is until a task
 * calls {@link #resume}.
 */
public final class VmControl {
    /** Told (on the machine thread) each time the machine pauses. */
    public interface StopListener {
        void stopped(StopEvent e);
    }

    private final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private final List<StopListener> listeners = new CopyOnWriteArrayList<>();
    private volatile StopEvent pending;
    private volatile boolean quitting;
    private boolean paused;
    private StopEvent last;

    public void addStopListener(StopListener l) {
        listeners.add(l);
    }

    /** Any thread: runs {@code task} on the machine thread at its next safe point. */
    public void submit(Runnable task) {
        tasks.add(task);
    }

    /** Any thread: asks the machine to pause at its next safe point (Ctrl-C, monitor "stop"). */
    public void requestPause(StopEvent e) {
        if (!quitting) {
            pending = e;
        }
    }

    public boolean pauseRequested() {
        return pending != null;
    }

    /** Machine thread: honours a pause request, then runs the queued tasks. */
    public void safePoint(int cpuIndex) {
        StopEvent e = pending;
        if (e != null) {
            pending = null;
            pause(e.cpu() < 0 ? e.at(cpuIndex) : e);
        }
        for (Runnable r; !quitting && (r = tasks.poll()) != null; ) {
            r.run();
        }
    }

    /** Machine thread: pauses, tells the listeners, and serves tasks until one resumes or quits. */
    public void pause(StopEvent e) {
        if (quitting) {
            return;
        }
        paused = true;
        last = e;
        for (StopListener l : listeners) {
            l.stopped(e);
        }
        while (paused && !quitting) {
            try {
                tasks.take().run();
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                quitting = true;
            }
        }
        paused = false;
    }

    /** Machine thread (from a task): lets the machine run again. */
    public void resume() {
        paused = false;
    }

    public boolean paused() {
        return paused;
    }

    /** The event of the latest pause, or null. */
    public StopEvent lastStop() {
        return last;
    }

    /** Any thread: the machine is ending; pauses are refused and a paused machine resumes. */
    public void quit() {
        quitting = true;
        pending = null;
        tasks.add(() -> { });
    }

    public boolean quitting() {
        return quitting;
    }
}
