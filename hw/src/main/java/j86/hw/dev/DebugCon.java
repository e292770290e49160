package j86.hw.dev;

import j86.runtime.bus.PortDevice;
import java.util.function.IntConsumer;

/**
 * QEMU's ISA debug console, isa-debugcon (QEMU's hw/char/debugcon.c; iobase 0xE9 by default,
 * SeaBIOS logs to 0x402 as QEMU's pc machine is told with -global isa-debugcon.iobase=0x402):
 * every byte written goes to the host's sink; a read returns 0xE9, the value by which firmware
 * (SeaBIOS's qemu_debug_preinit) recognises the port as live.
 *
 * Register on the port bus: the iobase, count 1.
 */
public final class DebugCon implements PortDevice {
    public static final int DEFAULT_PORT = 0xE9, SEABIOS_PORT = 0x402;
    /** What a read returns: QEMU's readback value. */
    public static final int READBACK = 0xE9;

    private final IntConsumer sink;

    public DebugCon(IntConsumer sink) {
        this.sink = sink;
    }

    @Override
    public int in(int port, int sizeBytes) {
        return READBACK;
    }

    @Override
    public void out(int port, int sizeBytes, int value) {
        sink.accept(value & 0xFF);
    }
}
