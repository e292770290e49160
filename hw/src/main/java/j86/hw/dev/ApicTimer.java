package j86.hw.dev;

/**
 * The local APIC timer's counter (Intel SDM Vol. 3, 10.5.4 "APIC Timer"): the current count
 * starts at the initial count and decrements once every {@code divisor} bus clocks; on reaching
 * zero it stops (one-shot) or reloads (periodic). Nothing ticks: the count at time t is derived
 * from the virtual time at which the initial count was written and the number of periods that
 * completed since, and expirations are counted when the owner asks.
 */
final class ApicTimer {
    /** Periods after which the arming time is moved forward, keeping products far from overflow. */
    private static final long REBASE_PERIODS = 1 << 20;

    private final long busHz;
    private long initial;
    private int divisor = 2;
    private boolean periodic;
    private long armNanos;
    /** Expirations already reported since {@link #armNanos}. */
    private long fired;
    private boolean running;

    ApicTimer(long busHz) {
        if (busHz <= 0 || busHz >= 9_000_000_000L) {
            throw new IllegalArgumentException("timer frequency out of range: " + busHz);
        }
        this.busHz = busHz;
    }

    /** A write of the initial count register: counting restarts from {@code count} (0 stops the timer). */
    void start(int count, long now) {
        initial = count & 0xFFFFFFFFL;
        armNanos = now;
        fired = 0;
        running = initial != 0;
    }

    void stop() {
        initial = 0;
        running = false;
    }

    long initialCount() {
        return initial;
    }

    /** Divide configuration register bits 3,1,0 (SDM Figure 10-10): 000 -> 2 ... 110 -> 128, 111 -> 1. */
    void setDivideConfig(int tdcr) {
        int code = ((tdcr >> 1) & 4) | (tdcr & 3);
        divisor = code == 7 ? 1 : 2 << code;
    }

    /**
     * A divide change while counting: the decrements already made stay made and the rest go at the
     * new rate, so the current count does not jump (the arming time is moved to match).
     */
    void changeDivideConfig(int tdcr, long now) {
        long counted = Ticks.ticksIn(now - armNanos, busHz) / divisor;
        setDivideConfig(tdcr);
        if (initial != 0) {
            armNanos = now - Ticks.nanosFor(counted * divisor, busHz);
        }
    }

    int divisor() {
        return divisor;
    }

    void setPeriodic(boolean p) {
        periodic = p;
    }

    /** The current count register at virtual time {@code now}. */
    long currentCount(long now) {
        if (initial == 0) {
            return 0;
        }
        long counted = Ticks.ticksIn(now - armNanos, busHz) / divisor;
        if (periodic) {
            return initial - counted % initial;
        }
        return counted >= initial ? 0 : initial - counted;
    }

    /** When the next expiration happens, or Long.MAX_VALUE when the timer is stopped. */
    long deadline() {
        if (!running) {
            return Long.MAX_VALUE;
        }
        return armNanos + Ticks.nanosFor((fired + 1) * initial * divisor, busHz);
    }

    /** Counts the expirations due at or before {@code now} that were not counted yet. */
    long expire(long now) {
        if (!running || deadline() > now) {
            return 0;
        }
        if (!periodic) {
            running = false;
            fired = 1;
            return 1;
        }
        long total = Ticks.ticksIn(now - armNanos, busHz) / (initial * divisor);
        long n = total - fired;
        fired = total;
        if (fired >= REBASE_PERIODS) {
            armNanos += Ticks.nanosFor(fired * initial * divisor, busHz);
            fired = 0;
        }
        return n;
    }
}
