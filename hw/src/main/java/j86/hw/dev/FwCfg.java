package j86.hw.dev;

import j86.runtime.bus.PortDevice;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * QEMU's firmware configuration device, fw_cfg, in its x86 I/O-port form (QEMU's
 * docs/specs/fw_cfg.txt: "Selector (Control) Register" at 0x510, 16 bits, and "Data Register"
 * at 0x511, 8 bits): a write to the selector picks an item and rewinds it, each data read returns
 * the item's next byte, and reading past its end (or an unknown item) gives 0. Only the
 * traditional interface: the ID item says no DMA, so the DMA address register (0x514) is absent,
 * and the write channel is ignored.
 *
 * Items, as QEMU's pc machine fills them: the signature "QEMU", the ID (feature bit 0:
 * traditional interface), the UUID (zero), the RAM size (little-endian u64), the number of boot
 * CPUs and the maximum (little-endian u16), and the file directory (a big-endian u32 count, then
 * per file a big-endian u32 size, u16 selector, u16 reserved and a 56-byte NUL-padded name) with
 * "etc/boot-cpus". Numeric items are little-endian, the directory big-endian, as the spec says.
 *
 * Register on the port bus: 0x510 count 2.
 */
public final class FwCfg implements PortDevice {
    public static final int SELECTOR_PORT = 0x510, DATA_PORT = 0x511, COUNT = 2;
    // Selector keys (fw_cfg.txt "Selector Register Keys"; QEMU's FW_CFG_* names).
    public static final int SIGNATURE = 0x0000, ID = 0x0001, UUID = 0x0002, RAM_SIZE = 0x0003;
    public static final int NB_CPUS = 0x0005, MAX_CPUS = 0x000F, FILE_DIR = 0x0019, FILE_FIRST = 0x0020;
    /** Selector bits that are not part of the key: write channel (14) and architecture-local (15 kept). */
    static final int WRITE_CHANNEL = 0x4000;
    /** ID bit 0: the traditional (port) interface; bit 1 (DMA) stays clear. */
    static final int ID_TRADITIONAL = 1;
    /** Length of a file name in a directory entry, NUL included. */
    static final int NAME_LENGTH = 56;

    private final Map<Integer, byte[]> items = new HashMap<>();
    private final List<String> fileNames = new ArrayList<>();
    private final List<byte[]> files = new ArrayList<>();
    private byte[] current = new byte[0];
    private int position;

    /** The items QEMU's pc machine gives a guest with {@code ramBytes} of RAM and {@code cpus} CPUs. */
    public FwCfg(long ramBytes, int cpus) {
        items.put(SIGNATURE, "QEMU".getBytes(StandardCharsets.US_ASCII));
        items.put(ID, le(ID_TRADITIONAL, 4));
        items.put(UUID, new byte[16]);
        items.put(RAM_SIZE, le(ramBytes, 8));
        items.put(NB_CPUS, le(cpus, 2));
        items.put(MAX_CPUS, le(cpus, 2));
        addFile("etc/boot-cpus", le(cpus, 2));
    }

    private static byte[] le(long v, int n) {
        byte[] b = new byte[n];
        for (int k = 0; k < n; k++) {
            b[k] = (byte) (v >>> (k << 3));
        }
        return b;
    }

    /** Adds a named file; the directory is rebuilt. */
    public void addFile(String name, byte[] data) {
        byte[] n = name.getBytes(StandardCharsets.US_ASCII);
        if (n.length >= NAME_LENGTH) {
            throw new IllegalArgumentException("fw_cfg file name too long: " + name);
        }
        items.put(FILE_FIRST + files.size(), data.clone());
        fileNames.add(name);
        files.add(data.clone());
        ByteBuffer dir = ByteBuffer.allocate(4 + files.size() * (8 + NAME_LENGTH)).order(ByteOrder.BIG_ENDIAN);
        dir.putInt(files.size());
        for (int i = 0; i < files.size(); i++) {
            dir.putInt(files.get(i).length).putShort((short) (FILE_FIRST + i)).putShort((short) 0);
            byte[] padded = new byte[NAME_LENGTH];
            byte[] nm = fileNames.get(i).getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(nm, 0, padded, 0, nm.length);
            dir.put(padded);
        }
        items.put(FILE_DIR, dir.array());
    }

    @Override
    public int in(int port, int sizeBytes) {
        if (port != DATA_PORT) {
            return 0;
        }
        int v = 0;
        for (int k = 0; k < sizeBytes; k++) { // wider reads take consecutive bytes, as on QEMU
            v |= next() << (k << 3);
        }
        return v;
    }

    private int next() {
        return position < current.length ? current[position++] & 0xFF : 0;
    }

    @Override
    public void out(int port, int sizeBytes, int value) {
        if (port == SELECTOR_PORT) {
            current = items.getOrDefault(value & 0xFFFF & ~WRITE_CHANNEL, new byte[0]);
            position = 0;
        }
    }
}
