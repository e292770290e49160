package j86.hw.dev;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ATA/ATAPI-6: 7.x register descriptions (status bits BSY 7, DRDY 6, DF 5, DRQ 3, ERR 0; device
 * control nIEN 1, SRST 2), 8.15 IDENTIFY DEVICE (Table 27 words 0, 27-46, 49, 60-61, 255),
 * 8.27 READ SECTORS, 8.62 WRITE SECTORS, 9.5/9.6 PIO data-in/data-out interrupt protocol.
 */
class AtaDiskTest {
    private final IrqRecorder irqs = new IrqRecorder();

    private AtaDisk disk(DiskImage master, DiskImage slave) {
        return new AtaDisk(irqs.line(14), master, slave);
    }

    private static void select(AtaDisk d, int lba, int count, boolean slave) {
        d.out(0x1F2, 1, count);
        d.out(0x1F3, 1, lba);
        d.out(0x1F4, 1, lba >> 8);
        d.out(0x1F5, 1, lba >> 16);
        d.out(0x1F6, 1, 0xE0 | (slave ? 0x10 : 0) | (lba >> 24 & 0xF));
    }

    private static byte[] random(int len, long seed) {
        byte[] b = new byte[len];
        new Random(seed).nextBytes(b);
        return b;
    }

    @Test
    void identifyWords() {
        AtaDisk d = disk(MemoryDiskImage.blank(20160), null);
        d.out(0x1F6, 1, 0xA0);
        d.out(0x1F7, 1, 0xEC);
        assertEquals(0x58, d.in(0x1F7, 1), "DRDY | DSC | DRQ");
        int[] w = new int[256];
        int sum = 0;
        for (int i = 0; i < 256; i++) {
            w[i] = d.in(0x1F0, 2);
            sum += (w[i] & 0xFF) + (w[i] >> 8);
        }
        assertEquals(0x50, d.in(0x1F7, 1), "DRQ clears after 256 words");
        assertEquals(0, w[0] & 0x8000, "word 0 bit 15 clear: ATA device");
        assertTrue((w[49] & 0x0200) != 0, "word 49 bit 9: LBA supported");
        assertEquals(20160, w[60] | w[61] << 16, "words 60-61: LBA28 capacity");
        assertEquals(20160 / (16 * 63), w[1], "cylinders at 16 heads, 63 sectors/track");
        StringBuilder model = new StringBuilder();
        for (int i = 27; i <= 46; i++) {
            model.append((char) (w[i] >> 8)).append((char) (w[i] & 0xFF));
        }
        assertEquals("J86 HARDDISK", model.toString().trim(), "model: first character in the high byte");
        assertEquals(0xA5, w[255] & 0xFF, "integrity signature");
        assertEquals(0, sum & 0xFF, "integrity checksum: all 512 bytes sum to 0");
        assertEquals(0x4000, w[83] & 0xC000, "word 83: bit 14 one, bit 15 zero");
    }

    @Test
    void writeThenReadSectorsRoundTripWithOneIrqPerSector() {
        MemoryDiskImage img = MemoryDiskImage.blank(64);
        AtaDisk d = disk(img, null);
        byte[] data = random(3 * 512, 42);
        select(d, 10, 3, false);
        d.out(0x1F7, 1, 0x30);
        assertEquals(0x58, d.in(0x1F7, 1), "write: DRQ for the first sector at once");
        assertEquals(0, irqs.rises[14], "PIO data-out: no interrupt before the first block");
        for (int s = 0; s < 3; s++) {
            for (int i = 0; i < 512; i += 2) {
                d.out(0x1F0, 2, (data[s * 512 + i] & 0xFF) | (data[s * 512 + i + 1] & 0xFF) << 8);
            }
            assertEquals(s + 1, irqs.rises[14], "an interrupt after each sector written");
            assertEquals(s < 2 ? 0x58 : 0x50, d.in(0x1F7, 1));
            assertTrue(!irqs.level[14], "reading status clears INTRQ");
        }
        byte[] onDisk = new byte[3 * 512];
        System.arraycopy(img.data(), 10 * 512, onDisk, 0, onDisk.length);
        assertArrayEquals(data, onDisk);

        select(d, 10, 3, false);
        d.out(0x1F7, 1, 0x20);
        byte[] back = new byte[3 * 512];
        for (int s = 0; s < 3; s++) {
            assertEquals(4 + s, irqs.rises[14], "PIO data-in: an interrupt as each sector becomes ready");
            assertEquals(0x58, d.in(0x1F7, 1));
            for (int i = 0; i < 512; i += 4) {             // insl: 32-bit reads
                int v = d.in(0x1F0, 4);
                for (int k = 0; k < 4; k++) {
                    back[s * 512 + i + k] = (byte) (v >> (8 * k));
                }
            }
        }
        assertEquals(0x50, d.in(0x1F7, 1));
        assertArrayEquals(data, back);
    }

    @Test
    void nIenSuppressesTheInterrupt() {
        AtaDisk d = disk(MemoryDiskImage.blank(8), null);
        d.out(0x3F6, 1, 0x02);
        select(d, 0, 1, false);
        d.out(0x1F7, 1, 0x20);
        assertEquals(0, irqs.rises[14]);
        assertEquals(0x58, d.in(0x3F6, 1), "alternate status");
    }

    @Test
    void errorsAbortAndRangeChecks() {
        AtaDisk d = disk(MemoryDiskImage.blank(8), null);
        d.out(0x1F6, 1, 0xE0);
        d.out(0x1F7, 1, 0xFD);                            // not a command we know
        assertEquals(0x51, d.in(0x1F7, 1), "DRDY | DSC | ERR");
        assertEquals(0x04, d.in(0x1F1, 1), "ABRT");
        select(d, 7, 2, false);                            // runs past the last sector
        d.out(0x1F7, 1, 0x20);
        assertEquals(0x51, d.in(0x1F7, 1));
        assertEquals(0x10, d.in(0x1F1, 1), "IDNF");
        d.out(0x1F7, 1, 0xEF);                            // SET FEATURES is accepted
        assertEquals(0x50, d.in(0x1F7, 1));
    }

    @Test
    void absentSlaveReadsZeroAndSoftResetRestoresSignature() {
        AtaDisk d = disk(MemoryDiskImage.blank(8), null);
        d.out(0x1F6, 1, 0xF0);
        assertEquals(0, d.in(0x1F7, 1));
        d.out(0x1F7, 1, 0xEC);
        assertEquals(0, irqs.rises[14], "an absent drive does not execute commands");
        d.out(0x3F6, 1, 0x04);
        d.out(0x3F6, 1, 0x00);
        assertEquals(0x50, d.in(0x1F7, 1), "after SRST: master selected, ready");
        assertEquals(1, d.in(0x1F2, 1));
        assertEquals(1, d.in(0x1F3, 1));
        assertEquals(0, d.in(0x1F4, 1) | d.in(0x1F5, 1), "ATA signature 01 01 00 00");
    }

    @Test
    void readMultipleTransfersBlocks() {
        MemoryDiskImage img = new MemoryDiskImage(random(16 * 512, 7));
        AtaDisk d = disk(img, null);
        d.out(0x1F2, 1, 4);
        d.out(0x1F6, 1, 0xE0);
        d.out(0x1F7, 1, 0xC6);                            // SET MULTIPLE 4
        assertEquals(0x50, d.in(0x1F7, 1));
        select(d, 0, 8, false);
        d.out(0x1F7, 1, 0xC4);
        byte[] back = new byte[8 * 512];
        for (int i = 0; i < back.length; i += 2) {
            int v = d.in(0x1F0, 2);
            back[i] = (byte) v;
            back[i + 1] = (byte) (v >> 8);
        }
        assertEquals(3, irqs.rises[14], "SET MULTIPLE, then one per 4-sector block");
        byte[] expect = new byte[8 * 512];
        System.arraycopy(img.data(), 0, expect, 0, expect.length);
        assertArrayEquals(expect, back);
    }

    @Test
    void readMultipleWorksWithoutSetMultipleLikeXv6() {
        MemoryDiskImage img = new MemoryDiskImage(random(4 * 512, 9));
        AtaDisk d = disk(img, null);
        select(d, 2, 2, false);
        d.out(0x3F6, 1, 0);
        d.out(0x1F7, 1, 0xC4);                            // xv6 idestart with BSIZE 1024
        assertEquals(1, irqs.rises[14], "one interrupt for the one 2-sector block");
        assertEquals(0x58, d.in(0x1F7, 1));
        for (int i = 0; i < 2 * 512; i += 4) {
            int v = d.in(0x1F0, 4);
            assertEquals(img.data()[2 * 512 + i] & 0xFF, v & 0xFF);
        }
        assertEquals(0x50, d.in(0x1F7, 1));
    }

    @Test
    void snapshotLeavesTheFileUntouched(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("disk.img");
        byte[] original = random(4 * 512 + 100, 3);        // a partial last sector, like JOS's kernel.img
        Files.write(f, original);
        try (FileDiskImage img = new FileDiskImage(f, true)) {
            assertEquals(5, img.sectors());
            AtaDisk d = disk(img, null);
            select(d, 4, 1, false);
            d.out(0x1F7, 1, 0x30);
            for (int i = 0; i < 256; i++) {
                d.out(0x1F0, 2, 0xBEEF);
            }
            select(d, 4, 1, false);
            d.out(0x1F7, 1, 0x20);
            assertEquals(0xBEEF, d.in(0x1F0, 2), "the guest sees its write");
        }
        assertArrayEquals(original, Files.readAllBytes(f));
        try (FileDiskImage img = new FileDiskImage(f, false)) {
            byte[] last = new byte[512];
            img.read(4, last, 0);
            assertEquals(original[4 * 512], last[0]);
            assertEquals(0, last[100], "past the end of the file reads zero");
            byte[] mark = new byte[512];
            mark[0] = (byte) (original[0] ^ 0xFF);
            img.write(0, mark, 0);
        }
        assertEquals((byte) (original[0] ^ 0xFF), Files.readAllBytes(f)[0], "without snapshot, writes reach the file");
    }
}
