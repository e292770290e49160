package j86.runtime.sched;

/**
 * The machine's virtual time in nanoseconds. In the deterministic mode it advances only with retired
 * guest instructions (at a nominal guest frequency) and by skipping ahead while every CPU is halted,
 * so the same image gives the same timer interrupts at the same instructions, run after run.
 * Devices read it; only the vCPU scheduler advances it.
 */
public final class VirtualClock {
    private long nanos;

    public long nanos() {
        return nanos;
    }

    /** Moves time forward to {@code t} (never backwards). Called by the scheduler only. */
    public void advanceTo(long t) {
        if (t > nanos) {
            nanos = t;
        }
    }
}
