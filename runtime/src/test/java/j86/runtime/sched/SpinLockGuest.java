package j86.runtime.sched;

import j86.runtime.cpu.Cpu;

/**
 * A fake engine that runs, on every CPU, the shape of xv6's kernel loop around a spin lock with no
 * PAUSE: a prologue, then forever { acquire (one {@code lock xchg} per attempt, spinning while
 * another CPU holds the lock), HOLD instructions inside, release, OUTSIDE instructions after }.
 * One step is one instruction; interrupts play no part (xv6 spins with them off).
 *
 * <p>With PROLOGUE 2000 and an uncontended period of 1 + 900 + 1 + 122 = 1024, a CPU that runs
 * 4096 instructions a turn is switched out 48 instructions into its loop every time, inside the
 * critical section: the livelock xv6 met on j86 with fixed turns, where the other CPU spins away
 * its whole turn in every round.
 */
final class SpinLockGuest implements Engine {
    static final int PROLOGUE = 2000, HOLD = 900, OUTSIDE = 122;
    static final int PERIOD = 1 + HOLD + 1 + OUTSIDE;

    /** Where a CPU is: in the prologue, spinning to acquire, holding, or after the release. */
    private enum Phase { PROLOGUE, ACQUIRE, HOLD, OUTSIDE }

    private final Phase[] phase;
    private final int[] left;
    /** Acquisitions per CPU: its progress. */
    final long[] acquired;
    /** Instructions spent in failed attempts per CPU: its wasted turns. */
    final long[] spins;
    private int holder = -1;

    SpinLockGuest(int cpus) {
        phase = new Phase[cpus];
        left = new int[cpus];
        acquired = new long[cpus];
        spins = new long[cpus];
        java.util.Arrays.fill(phase, Phase.PROLOGUE);
        java.util.Arrays.fill(left, PROLOGUE);
    }

    /** Whether CPU {@code i} holds the lock (so another CPU spins until it runs again). */
    boolean holds(int i) {
        return holder == i;
    }

    @Override
    public void run(Cpu cpu, long budget) {
        for (long n = 0; n < budget; n++) {
            step(cpu.index);
            cpu.instructions++;
        }
    }

    private void step(int i) {
        switch (phase[i]) {
            case PROLOGUE -> {
                if (--left[i] == 0) {
                    phase[i] = Phase.ACQUIRE;
                }
            }
            case ACQUIRE -> {
                if (holder < 0) {
                    holder = i;
                    acquired[i]++;
                    phase[i] = Phase.HOLD;
                    left[i] = HOLD + 1; // the last of these is the releasing store
                } else {
                    spins[i]++;
                }
            }
            case HOLD -> {
                if (--left[i] == 0) {
                    holder = -1;
                    phase[i] = Phase.OUTSIDE;
                    left[i] = OUTSIDE;
                }
            }
            case OUTSIDE -> {
                if (--left[i] == 0) {
                    phase[i] = Phase.ACQUIRE;
                }
            }
        }
    }
}
