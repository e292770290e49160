package j86.hw.dev;

import j86.runtime.bus.PortDevice;
import java.util.function.IntConsumer;

/**
 * An exit device with the semantics of QEMU's isa-debug-exit (iobase 0x501, iosize 2): a write
 * of value v asks the emulator to exit with status (v << 1) | 1, so a headless guest can report
 * success or failure; an odd status can never be confused with j86's own exit 0. Reads return 0.
 *
 * Register on the port bus: 0x501 count 2. The callback receives the exit status.
 */
public final class DebugExit implements PortDevice {
    public static final int PORT = 0x501, COUNT = 2;   // QEMU's iobase and iosize

    private final IntConsumer exit;

    public DebugExit(IntConsumer exit) {
        this.exit = exit;
    }

    @Override
    public int in(int port, int size) {
        return 0;
    }

    @Override
    public void out(int port, int size, int value) {
        int mask = size == 4 ? -1 : (1 << (size * 8)) - 1;
        exit.accept(((value & mask) << 1) | 1);
    }
}
