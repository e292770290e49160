package j86.hw.pci;

/**
 * One function's 256-byte PCI configuration space (PCI Local Bus Specification 2.1, 6.1
 * "Configuration Space Organization": the type 0 header's vendor, device, command, status,
 * revision, class code, header type and subsystem fields). Bytes are read-only unless the
 * function makes them writable with {@link #writable}; a write changes only the writable bits
 * of each byte and then tells the function through {@link #written}. Functions here have no
 * base address registers: their I/O ports are the fixed ISA ones, so every BAR reads 0 and
 * firmware sizing a BAR (writing all ones) finds none.
 */
public class PciFunction {
    // Type 0 header offsets (spec 6.1, Figure 6-1).
    public static final int VENDOR_ID = 0x00, DEVICE_ID = 0x02, COMMAND = 0x04, STATUS = 0x06;
    public static final int REVISION = 0x08, CLASS_PROG = 0x09, HEADER_TYPE = 0x0E;
    public static final int SUBSYSTEM_VENDOR_ID = 0x2C, SUBSYSTEM_ID = 0x2E;
    public static final int INTERRUPT_LINE = 0x3C, INTERRUPT_PIN = 0x3D;
    /** Header type bit 7: the device has more functions than function 0. */
    public static final int MULTI_FUNCTION = 0x80;
    /** Command register: I/O space, memory space and bus master enables (bits 0-2). */
    public static final int COMMAND_IO_MEM_MASTER = 0x07;
    /** QEMU's subsystem IDs for its emulated chipset (Red Hat, Inc.; "QEMU virtual machine"). */
    public static final int QEMU_SUBSYSTEM_VENDOR = 0x1AF4, QEMU_SUBSYSTEM = 0x1100;

    private final byte[] cfg = new byte[256];
    private final byte[] mask = new byte[256];

    /**
     * @param classCode base class, sub-class and programming interface (bits 23-16, 15-8, 7-0)
     */
    protected PciFunction(int vendor, int device, int revision, int classCode, int headerType) {
        put(VENDOR_ID, 2, vendor);
        put(DEVICE_ID, 2, device);
        put(REVISION, 1, revision);
        put(CLASS_PROG, 3, classCode);
        put(HEADER_TYPE, 1, headerType);
        put(SUBSYSTEM_VENDOR_ID, 2, QEMU_SUBSYSTEM_VENDOR);
        put(SUBSYSTEM_ID, 2, QEMU_SUBSYSTEM);
        writable(COMMAND, 1, COMMAND_IO_MEM_MASTER);
        writable(INTERRUPT_LINE, 1, 0xFF);
    }

    /** Sets {@code size} bytes at {@code offset} (little-endian), whatever the write masks say. */
    protected final void put(int offset, int size, int value) {
        for (int k = 0; k < size; k++) {
            cfg[offset + k] = (byte) (value >>> (k << 3));
        }
    }

    /** Makes the bits {@code bits} of each of {@code count} bytes from {@code offset} guest-writable. */
    protected final void writable(int offset, int count, int bits) {
        for (int k = 0; k < count; k++) {
            mask[offset + k] = (byte) bits;
        }
    }

    /** The byte at {@code offset}. */
    public final int byteAt(int offset) {
        return cfg[offset] & 0xFF;
    }

    /** A configuration read of {@code sizeBytes} bytes (1, 2 or 4) at {@code offset} (within one dword). */
    public int read(int offset, int sizeBytes) {
        int v = 0;
        for (int k = 0; k < sizeBytes; k++) {
            v |= (cfg[offset + k] & 0xFF) << (k << 3);
        }
        return v;
    }

    /** A configuration write: the writable bits change, then {@link #written} sees each byte. */
    public void write(int offset, int sizeBytes, int value) {
        for (int k = 0; k < sizeBytes; k++) {
            int o = offset + k;
            int m = mask[o];
            cfg[o] = (byte) ((cfg[o] & ~m) | ((value >>> (k << 3)) & m));
        }
        for (int k = 0; k < sizeBytes; k++) {
            written(offset + k);
        }
    }

    /** Called after a guest write reached byte {@code offset}; the default does nothing. */
    protected void written(int offset) {
    }
}
