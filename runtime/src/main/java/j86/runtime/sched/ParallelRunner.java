package j86.runtime.sched;

import j86.runtime.cpu.Cpu;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;

/**
 * The parallel mode ({@code -accel tcg,thread=multi}): one host thread per vCPU, each running
 * turns of {@code quantum} instructions on its own engine, while the calling thread keeps time.
 *
 * <p><b>Time is host time.</b> The calling thread sets the {@link VirtualClock} to the host
 * nanoseconds since the start (plus where the clock stood) about every millisecond, or at the
 * next device deadline if sooner, then lets the timed devices raise what is due and runs the
 * round hook (console, exit checks), all under the device lock. Why not virtual time from
 * instruction counts, as the deterministic mode: the CPUs now run at unrelated speeds, a halted
 * CPU retires nothing, and the PIT and RTC are shared, so no single instruction count is "the"
 * time; per-CPU clocks would let one CPU's timer run ahead of the shared devices. Host time is
 * what QEMU's multi-threaded TCG does without icount, and it makes a guest's timeouts mean
 * seconds. The cost: the guest's apparent frequency is the host's speed (the LAPIC's 10 ms is
 * fewer instructions than the deterministic mode's 10 M), and runs are not reproducible.
 *
 * <p><b>Halted CPUs park.</b> A CPU thread whose CPU is halted with nothing it would accept
 * waiting, or not yet started, parks; every CPU thread after its turn and the clock thread after
 * advancing devices unpark those that became runnable (an IPI, a timer, a STARTUP). Parking has a
 * 1 ms bound, so a missed wake-up costs at most that.
 *
 * <p><b>A turn that ends early and not halted ended on PAUSE</b> (both engines end the turn
 * there): the thread spins politely, and after a few in a row yields its host core, so that a
 * lock holder whose vCPU waits for a core gets one (vCPUs may outnumber host cores).
 *
 * <p>Turns are bracketed by {@link World#enter}/{@link World#leave}, so that code writes can
 * stop every other CPU between turns ({@link j86.runtime.mem.Exclusive}).
 */
public final class ParallelRunner {
    private static final long TICK_NANOS = 1_000_000, MIN_TICK_NANOS = 50_000, PARK_NANOS = 1_000_000;
    /** PAUSE-ended turns in a row after which the thread yields instead of spinning. */
    private static final int SPINS_BEFORE_YIELD = Integer.getInteger("j86.parallel.spins", 4);
    /** How long every CPU must stay parked with no deadline armed before the run gives up. */
    private static final long IDLE_FOREVER_NANOS = 200_000_000;

    private final Scheduler s;
    private final List<Cpu> cpus;
    private final List<Engine> engines;
    private final Object deviceLock;
    private final World world;
    private final Thread[] threads;
    /** 1 while CPU i's thread is parked. */
    private final AtomicIntegerArray parked;
    private volatile boolean stopping;
    private volatile Throwable failure;

    /**
     * @param engines    one engine per CPU, none shared (each thread changes only its own caches)
     * @param deviceLock the lock every device access of this machine is serialised on
     */
    public ParallelRunner(Scheduler s, List<Engine> engines, Object deviceLock, World world) {
        this.s = s;
        this.cpus = s.cpus();
        this.engines = engines;
        this.deviceLock = deviceLock;
        this.world = world;
        this.threads = new Thread[cpus.size()];
        this.parked = new AtomicIntegerArray(cpus.size());
    }

    /** Runs until a stop is requested, a CPU shuts down, or nothing can ever run again. */
    public Scheduler.Stop run() {
        VirtualClock clock = s.clock();
        long start = System.nanoTime(), base = clock.nanos();
        for (int i = 0; i < threads.length; i++) {
            int index = i;
            threads[i] = new Thread(() -> cpuLoop(index), "j86-vcpu-" + i);
            threads[i].setDaemon(true);
        }
        for (Thread t : threads) {
            t.start();
        }
        Scheduler.Stop stop = Scheduler.Stop.REQUESTED;
        long idleSince = -1;
        try {
            while (!stopping && !s.stopRequested()) {
                long now = base + (System.nanoTime() - start);
                long next;
                synchronized (deviceLock) {
                    clock.advanceTo(now);
                    for (TimedDevice d : s.devices()) {
                        if (d.nextDeadline() <= now) {
                            d.advance(now);
                        }
                    }
                    next = Long.MAX_VALUE;
                    for (TimedDevice d : s.devices()) {
                        next = Math.min(next, d.nextDeadline());
                    }
                    s.roundHook().run();
                }
                boolean idle = wakeRunnable(-1) && next == Long.MAX_VALUE;
                long host = System.nanoTime();
                if (!idle) {
                    idleSince = -1;
                } else if (idleSince < 0) {
                    idleSince = host;
                } else if (host - idleSince > IDLE_FOREVER_NANOS) {
                    stop = s.stopRequested() ? Scheduler.Stop.REQUESTED : Scheduler.Stop.IDLE_FOREVER;
                    break;
                }
                long wait = next == Long.MAX_VALUE ? TICK_NANOS : Math.min(TICK_NANOS, next - now);
                LockSupport.parkNanos(Math.max(MIN_TICK_NANOS, wait));
            }
        } finally {
            stopping = true;
            for (Thread t : threads) {
                LockSupport.unpark(t);
            }
            for (Thread t : threads) {
                joinQuietly(t);
            }
        }
        Throwable f = failure;
        if (f instanceof RuntimeException r) {
            throw r; // e.g. the launcher's isa-debug-exit unwinding, thrown on a CPU thread
        }
        if (f instanceof Error e) {
            throw e;
        }
        return s.shutdownCpu() != null ? Scheduler.Stop.SHUTDOWN : stop;
    }

    private void cpuLoop(int i) {
        Cpu c = cpus.get(i);
        Engine engine = engines.get(i);
        long quantum = s.quantum();
        int pauses = 0;
        world.registerCpuThread();
        try {
            while (!stopping) {
                if (c.halted || !s.isRunning(i)) {
                    boolean go;
                    synchronized (deviceLock) {
                        go = s.isRunning(i) && Scheduler.runnable(c);
                    }
                    if (!go) {
                        park(i, c);
                        continue;
                    }
                }
                long before = c.instructions;
                world.enter();
                try {
                    engine.run(c, quantum);
                } finally {
                    world.leave();
                }
                if (c.shutdown) {
                    synchronized (deviceLock) {
                        if (s.shutdownCpu() == null) {
                            s.shutdownBy(c);
                        }
                    }
                    stopping = true;
                    return;
                }
                wakeRunnable(i);
                if (c.instructions - before < quantum && !c.halted) {
                    if (++pauses > SPINS_BEFORE_YIELD) {
                        Thread.yield(); // a PAUSE loop: let whoever holds the lock have this core
                    } else {
                        Thread.onSpinWait();
                    }
                } else {
                    pauses = 0;
                }
            }
        } catch (Throwable t) {
            if (failure == null) {
                failure = t;
            }
            stopping = true;
        }
    }

    /** Parks CPU i's thread until it may run (or for at most PARK_NANOS). */
    private void park(int i, Cpu c) {
        parked.set(i, 1);
        boolean go;
        synchronized (deviceLock) { // checked again after announcing: a wake-up in between is not lost
            go = s.isRunning(i) && Scheduler.runnable(c);
        }
        if (!go && !stopping) {
            LockSupport.parkNanos(this, PARK_NANOS);
        }
        parked.set(i, 0);
    }

    /**
     * Unparks every parked CPU (other than {@code self}) that may run now. True when every CPU
     * was parked and stays so (nothing runs: the clock thread's idle test).
     */
    private boolean wakeRunnable(int self) {
        boolean allParked = true;
        for (int j = 0; j < threads.length; j++) {
            if (j == self) {
                allParked = false;
                continue;
            }
            if (parked.get(j) == 0) {
                allParked = false;
                continue;
            }
            boolean go;
            synchronized (deviceLock) {
                go = s.isRunning(j) && Scheduler.runnable(cpus.get(j));
            }
            if (go) {
                allParked = false;
                LockSupport.unpark(threads[j]);
            }
        }
        return allParked;
    }

    private static void joinQuietly(Thread t) {
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
