package j86.hw.dev;

/**
 * Exact conversions between virtual nanoseconds and the ticks of a counter clocked at {@code hz}
 * (PIT input clock, LAPIC bus clock). Devices keep the virtual time at which counting started
 * and derive the count from {@code clock.nanos()} on each read, so no periodic work is needed.
 * The two functions are inverse in the sense that {@code ticksIn(t) >= n} exactly when
 * {@code t >= nanosFor(n)}; deadlines computed with one agree with counts computed with the other.
 * Valid for {@code hz} below 9.2 GHz (the products below stay under 2^63).
 */
final class Ticks {
    static final long NS = 1_000_000_000L;

    private Ticks() {}

    /** floor(nanos * hz / 1e9): ticks completed after {@code nanos} ns (0 for negative times). */
    static long ticksIn(long nanos, long hz) {
        if (nanos <= 0) {
            return 0;
        }
        return (nanos / NS) * hz + (nanos % NS) * hz / NS;
    }

    /** ceil(ticks * 1e9 / hz): the first time at which {@code ticks} ticks have completed. */
    static long nanosFor(long ticks, long hz) {
        long q = ticks / hz;
        long r = ticks % hz;
        return q * NS + (r * NS + hz - 1) / hz;
    }
}
