package j86.runtime.sched;

import j86.runtime.mem.Exclusive;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Stop-the-world for the parallel mode: CPU threads {@link #enter} before each turn and
 * {@link #leave} after it; {@link #run} waits until every other CPU thread is outside its turn
 * (or itself waiting in {@link #run}), runs the action, and lets them go on.
 *
 * <p>Why a CPU waiting in {@link #run} counts as stopped: two CPUs may write code at the same
 * time; each must let the other's action run first or both would wait forever. Such a CPU is in
 * the middle of a store, not in a cache update, which is all the actions need (they only mark
 * decoded code dead, remove it from maps and revoke TLB write entries; the engines already cope
 * with their current page or block dying under them, as with self-modifying code).
 */
public final class World implements Exclusive {
    /** CPU threads in a turn and not waiting here. */
    private final AtomicInteger inside = new AtomicInteger();
    private volatile boolean stopping;
    private final ReentrantLock owner = new ReentrantLock();
    private final Object resumed = new Object();
    /** Set on CPU threads (those counted in {@link #inside}). */
    private final ThreadLocal<Boolean> cpuThread = ThreadLocal.withInitial(() -> false);
    /** Times the world was stopped, for statistics. */
    private volatile long stops;

    /** Marks the calling thread as a CPU thread (its {@link #run} calls stop it too). */
    public void registerCpuThread() {
        cpuThread.set(true);
    }

    /** Before a turn: waits while another thread has the world stopped. */
    public void enter() {
        for (;;) {
            inside.incrementAndGet();
            if (!stopping) {
                return;
            }
            inside.decrementAndGet();
            synchronized (resumed) {
                while (stopping) {
                    try {
                        resumed.wait(1);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return; // the runner is stopping
                    }
                }
            }
        }
    }

    /** After a turn. */
    public void leave() {
        inside.decrementAndGet();
    }

    @Override
    public void run(Runnable action) {
        if (owner.isHeldByCurrentThread()) {
            action.run(); // nested: the world is already stopped
            return;
        }
        boolean cpu = cpuThread.get();
        if (cpu) {
            inside.decrementAndGet();
        }
        try {
            owner.lock();
            try {
                stopping = true;
                stops++;
                for (int spins = 0; inside.get() > 0; spins++) {
                    if (spins < 64) {
                        Thread.onSpinWait();
                    } else {
                        Thread.yield();
                    }
                }
                action.run();
            } finally {
                synchronized (resumed) {
                    stopping = false;
                    resumed.notifyAll();
                }
                owner.unlock();
            }
        } finally {
            if (cpu) {
                enter();
            }
        }
    }

    public long stops() {
        return stops;
    }
}
