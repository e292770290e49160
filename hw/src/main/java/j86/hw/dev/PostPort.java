package j86.hw.dev;

import j86.runtime.bus.PortDevice;

/**
 * Ports 0x80-0x8F: on a PC the DMA page registers, of which 0x80 receives BIOS POST codes and
 * is what kernels write (or 0x84 what JOS's delay() reads) to wait about a microsecond. No DMA
 * is modelled: each port just stores the last byte written and reads it back.
 *
 * Register on the port bus: 0x80 count 16.
 */
public final class PostPort implements PortDevice {
    public static final int BASE = 0x80, COUNT = 16;   // the DMA page register block 0x80-0x8F
    /** Port 0x80: POST diagnostic code. */
    public static final int POST_CODE = 0x80;

    private final int[] bytes = new int[COUNT];

    @Override
    public int in(int port, int sizeBytes) {
        return bytes[(port - BASE) & (COUNT - 1)];
    }

    @Override
    public void out(int port, int sizeBytes, int value) {
        bytes[(port - BASE) & (COUNT - 1)] = value & 0xFF;
    }

    /** The last POST code written to 0x80. */
    public int lastPostCode() {
        return bytes[0];
    }
}
