package j86.runtime.bus;

/**
 * A CPU's external interrupt input (the INTR pin as its local APIC presents it). The CPU samples
 * {@link #pending()} between instructions when EFLAGS.IF is set and, when true, calls
 * {@link #acknowledge()} to get the vector (the INTA cycle) and delivers it through the IDT.
 */
public interface InterruptSource {
    /** True when a maskable interrupt is waiting for this CPU. */
    boolean pending();

    /** Accepts the highest-priority waiting interrupt and returns its vector 0..255. */
    int acknowledge();

    /** An INTR line that never asserts. */
    InterruptSource NONE = new InterruptSource() {
        @Override
        public boolean pending() {
            return false;
        }

        @Override
        public int acknowledge() {
            return 0;
        }
    };
}
