package j86.runtime.bus;

import java.util.function.Consumer;

/**
 * The 64 KiB I/O port space (Intel SDM Vol. 1, chapter 19): a table of 65536 device references so
 * that IN/OUT dispatch is one array load. A 16- or 32-bit access goes, as one access, to the device
 * registered at its first port (the device decides what the wider access means). Ports nobody
 * registered read as all ones (0xFF, 0xFFFF, 0xFFFFFFFF) and ignore writes, like an ISA bus with
 * pull-ups; each such access is reported to an optional logger (the launcher's {@code -d unimp}).
 */
public final class PortBus implements PortDevice {
    private final PortDevice[] devices = new PortDevice[0x10000];
    private Consumer<String> unassigned;

    /** Routes ports [firstPort, firstPort+count) to {@code dev}; overlapping registrations are errors. */
    public void register(int firstPort, int count, PortDevice dev) {
        if (firstPort < 0 || count <= 0 || firstPort + count > devices.length || dev == null) {
            throw new IllegalArgumentException("bad port range " + Integer.toHexString(firstPort) + "+" + count);
        }
        for (int p = firstPort; p < firstPort + count; p++) {
            if (devices[p] != null) {
                throw new IllegalArgumentException("port " + Integer.toHexString(p) + " already registered to "
                        + devices[p]);
            }
        }
        for (int p = firstPort; p < firstPort + count; p++) {
            devices[p] = dev;
        }
    }

    /** The device at {@code port}, or null. */
    public PortDevice deviceAt(int port) {
        return devices[port & 0xFFFF];
    }

    /** Receives a one-line description of each access to an unassigned port (null: none). */
    public void setUnassignedLogger(Consumer<String> logger) {
        this.unassigned = logger;
    }

    @Override
    public int in(int port, int sizeBytes) {
        PortDevice d = devices[port & 0xFFFF];
        if (d != null) {
            return d.in(port & 0xFFFF, sizeBytes);
        }
        if (unassigned != null) {
            unassigned.accept(String.format("unassigned port read 0x%04x size %d", port & 0xFFFF, sizeBytes));
        }
        return sizeBytes == 4 ? -1 : (1 << (sizeBytes << 3)) - 1;
    }

    @Override
    public void out(int port, int sizeBytes, int value) {
        PortDevice d = devices[port & 0xFFFF];
        if (d != null) {
            d.out(port & 0xFFFF, sizeBytes, value);
        } else if (unassigned != null) {
            unassigned.accept(String.format("unassigned port write 0x%04x size %d value 0x%x", port & 0xFFFF, sizeBytes,
                    sizeBytes == 4 ? value : value & ((1 << (sizeBytes << 3)) - 1)));
        }
    }
}
