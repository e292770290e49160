package j86.hw.dev;

import j86.runtime.bus.PortDevice;

/**
 * Port 0x92, the PS/2 "System Control Port A" (IBM PS/2 Hardware Interface Technical Reference,
 * "System Control Port A (Hex 0092)"; QEMU's port92 device): bit 0 is the alternate hot reset
 * (a 0-to-1 transition resets the processor), bit 1 the alternate A20 gate. A read returns the
 * last value written (0 at power-on, as QEMU's). j86 keeps A20 always enabled and never reboots,
 * so the gate is only remembered and a reset request only counted; what matters is that firmware
 * reading the port (SeaBIOS does on every switch between its 16- and 32-bit code) sees its own
 * value, not the all-ones of an empty bus that it would write back as a reset.
 *
 * Register on the port bus: 0x92 count 1.
 */
public final class SystemControlPortA implements PortDevice {
    public static final int PORT = 0x92;
    public static final int HOT_RESET = 0x01, A20_GATE = 0x02;

    private int value;
    /** Reset requests seen (0-to-1 transitions of bit 0). */
    public int resetRequests;

    @Override
    public int in(int port, int sizeBytes) {
        return value;
    }

    @Override
    public void out(int port, int size, int v) {
        v &= 0xFF;
        if ((v & HOT_RESET) != 0 && (value & HOT_RESET) == 0) {
            resetRequests++;
        }
        value = v;
    }

    /** True when the guest last asked for A20 enabled through this port. */
    public boolean a20() {
        return (value & A20_GATE) != 0;
    }
}
