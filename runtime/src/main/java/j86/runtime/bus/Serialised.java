package j86.runtime.bus;

/**
 * Device access serialised on one lock, for the parallel mode. Devices were written for one
 * thread (the deterministic scheduler's); with a host thread per vCPU, a CPU's port and MMIO
 * accesses and its interrupt acknowledgement, the clock thread's timer advance and the console's
 * input all reach device state concurrently. One machine-wide lock (rather than one per device)
 * because devices call each other (an IPI goes LAPIC -> APIC bus -> another LAPIC; a PIT tick
 * goes to the 8259 and the I/O APIC), so finer locks would need an order. Device accesses are
 * rare next to RAM accesses (RAM never goes through here), so the one lock costs little.
 * The deterministic mode does not wrap anything, so it pays nothing.
 */
public final class Serialised {
    private Serialised() {}

    public static PortDevice port(PortDevice d, Object lock) {
        return new PortDevice() {
            @Override
            public int in(int port, int size) {
                synchronized (lock) {
                    return d.in(port, size);
                }
            }

            @Override
            public void out(int port, int size, int value) {
                synchronized (lock) {
                    d.out(port, size, value);
                }
            }
        };
    }

    public static MmioDevice mmio(MmioDevice d, Object lock) {
        return new MmioDevice() {
            @Override
            public int read(int offset, int size) {
                synchronized (lock) {
                    return d.read(offset, size);
                }
            }

            @Override
            public void write(int offset, int size, int value) {
                synchronized (lock) {
                    d.write(offset, size, value);
                }
            }
        };
    }

    public static InterruptSource interrupts(InterruptSource d, Object lock) {
        return new InterruptSource() {
            @Override
            public boolean pending() {
                synchronized (lock) {
                    return d.pending();
                }
            }

            @Override
            public int acknowledge() {
                synchronized (lock) {
                    return d.acknowledge();
                }
            }
        };
    }
}
