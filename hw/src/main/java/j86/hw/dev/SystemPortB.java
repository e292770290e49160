package j86.hw.dev;

import j86.runtime.bus.PortDevice;
import j86.runtime.sched.VirtualClock;

/**
 * PC/AT system control port B at 0x61 (IBM PC/AT Technical Reference, "System control port B";
 * 8254 datasheet for channel 2). Bit 0 gates PIT channel 2, bit 1 enables the speaker data;
 * reads return those two bits, bit 4 toggling with DRAM refresh (every 15.085 us of virtual
 * time) and bit 5 = channel 2's OUT, so BIOS-style delay loops that wait on either end.
 *
 * Register on the port bus: 0x61 count 1.
 */
public final class SystemPortB implements PortDevice {
    public static final int PORT = 0x61;   // system control port B
    static final int GATE2 = 0x01;        // timer 2 gate (read/write)
    static final int SPEAKER = 0x02;      // speaker data enable (read/write)
    static final int REFRESH = 0x10;      // refresh request toggle (read only)
    static final int OUT2 = 0x20;         // timer 2 output (read only)
    /** Refresh period: channel 1 programmed with 18 clocks of 1.193182 MHz. */
    static final long REFRESH_NANOS = 15_085;

    private final Pit8254 pit;
    private final VirtualClock clock;
    private int control;

    public SystemPortB(Pit8254 pit, VirtualClock clock) {
        this.pit = pit;
        this.clock = clock;
    }

    @Override
    public int in(int port, int sizeBytes) {
        int v = control & (GATE2 | SPEAKER);
        if ((clock.nanos() / REFRESH_NANOS & 1) != 0) {
            v |= REFRESH;
        }
        if (pit.out2()) {
            v |= OUT2;
        }
        return v;
    }

    @Override
    public void out(int port, int sizeBytes, int value) {
        control = value & 0xFF;
        pit.setGate2((value & GATE2) != 0);
    }
}
