package j86.hw.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** fw_cfg's traditional interface as QEMU's docs/specs/fw_cfg.txt defines it. */
class FwCfgTest {
    private final FwCfg cfg = new FwCfg(128L << 20, 4);

    private byte[] read(int key, int n) {
        cfg.out(FwCfg.SELECTOR_PORT, 2, key);
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) cfg.in(FwCfg.DATA_PORT, 1);
        }
        return b;
    }

    private static long le(byte[] b) {
        long v = 0;
        for (int i = b.length - 1; i >= 0; i--) {
            v = v << 8 | (b[i] & 0xFF);
        }
        return v;
    }

    private static long be(byte[] b, int off, int n) {
        long v = 0;
        for (int i = 0; i < n; i++) {
            v = v << 8 | (b[off + i] & 0xFF);
        }
        return v;
    }

    @Test
    void signatureIdAndNumbers() {
        assertEquals("QEMU", new String(read(0x0000, 4), StandardCharsets.US_ASCII));
        assertEquals(1, le(read(0x0001, 4)), "traditional interface, no DMA");
        assertEquals(128L << 20, le(read(0x0003, 8)));
        assertEquals(4, le(read(0x0005, 2)));
        assertEquals(4, le(read(0x000F, 2)));
        assertEquals(0, le(read(0x0005, 4)) >>> 16, "past the end reads 0");
        assertEquals(0, le(read(0x1234, 4)), "an unknown item reads 0");
        assertEquals("QE", new String(read(0x4000, 2), StandardCharsets.US_ASCII), "the write bit is not part of the key");
    }

    @Test
    void fileDirectoryIsBigEndian() {
        byte[] dir = read(0x0019, 4 + 64);
        assertEquals(1, be(dir, 0, 4));
        assertEquals(2, be(dir, 4, 4), "size");
        int select = (int) be(dir, 8, 2);
        assertEquals("etc/boot-cpus", new String(dir, 12, 13, StandardCharsets.US_ASCII));
        assertEquals(0, dir[12 + 13]);
        assertEquals(4, le(read(select, 2)));
    }
}
