package j86.runtime.sched;

/**
 * A device whose state changes with virtual time (PIT, LAPIC timer, RTC, UART transmitter).
 * Devices compute their registers lazily from {@link VirtualClock#nanos()}; the scheduler calls
 * {@link #advance} between quanta so that interrupts due by then are raised, and uses
 * {@link #nextDeadline} to skip time forward while every CPU is halted.
 */
public interface TimedDevice {
    /** The virtual time (ns) of this device's next event, or Long.MAX_VALUE when nothing is armed. */
    long nextDeadline();

    /** Raises whatever became due at or before {@code nowNanos}. */
    void advance(long nowNanos);
}
