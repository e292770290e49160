package j86.hw.dev;

import j86.runtime.bus.PortDevice;
import java.util.function.IntConsumer;

/**
 * An exit device with the semantics of QEMU's isa-debug-exit (iobase 0x501, iosize 2). QEMU 7.2's
 * handler calls {@code exit((val << 1) | 1)} for a write of any width (1, 2 or 4 bytes) to any
 * port of the device, and the host keeps the low 8 bits of an exit status: so a write of v ends
 * the run with status ((v &amp; 0x7F) &lt;&lt; 1) | 1, always odd (1-255) and never j86's own 0. A
 * dword whose bit 30 or 31 is set still exits. Reads return 0.
 *
 * <p>The first write ends the run: the callback receives its status once, and later writes (by
 * any CPU before the machine has stopped) change nothing. The callback may throw to stop the CPU
 * inside the OUT instruction (the launcher does).
 *
 * <p>Register on the port bus: 0x501 count 2.
 */
public final class DebugExit implements PortDevice {
    public static final int PORT = 0x501, COUNT = 2;   // QEMU's iobase and iosize

    private final IntConsumer exit;
    private boolean fired;

    public DebugExit(IntConsumer exit) {
        this.exit = exit;
    }

    /** The host exit status QEMU gives a write of {@code value}: its low 8 bits of (value << 1) | 1. */
    public static int status(int value) {
        return ((value << 1) | 1) & 0xFF;
    }

    @Override
    public int in(int port, int sizeBytes) {
        return 0;
    }

    @Override
    public void out(int port, int sizeBytes, int value) {
        if (fired) {
            return;
        }
        fired = true;
        exit.accept(status(value));
    }
}
