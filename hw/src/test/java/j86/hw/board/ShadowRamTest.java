package j86.hw.board;

import static org.junit.jupiter.api.Assertions.assertEquals;

import j86.runtime.mem.PhysicalMemory;
import org.junit.jupiter.api.Test;

/**
 * The BIOS image as QEMU's pc machine maps it (ending at 0xFFFFFFFF, its last 128 KiB aliased at
 * 0xE0000) and the shadow RAM's PAM attributes as the 82441FX datasheet defines them: 00 reads
 * ROM and drops writes, 01 reads DRAM and drops writes, 10 reads ROM and writes DRAM, 11 DRAM.
 */
class ShadowRamTest {
    private static byte[] image(int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (i * 7 + (i >> 16));
        }
        return b;
    }

    @Test
    void imageEndsAtFourGigabytesAndItsLast128KiBAtOneMegabyte() {
        PhysicalMemory phys = new PhysicalMemory(2 << 20);
        byte[] img = image(256 << 10);
        BiosFirmware.install(phys, img);
        assertEquals(img[0] & 0xFF, phys.read8(0xFFFC0000));
        assertEquals(img[img.length - 16] & 0xFF, phys.read8(0xFFFFFFF0));
        for (int off : new int[] {0, 0x1234, 0x1FFFF}) {
            assertEquals(img[img.length - 0x20000 + off] & 0xFF, phys.read8(0xE0000 + off));
        }
        assertEquals(0, phys.read8(0xC0000)); // the option-ROM area: empty
        phys.write8(0xFFFFFFF0, 0x55);
        phys.write8(0xF0000, 0x55);
        assertEquals(img[img.length - 16] & 0xFF, phys.read8(0xFFFFFFF0), "the flash is read-only");
        assertEquals(img[img.length - 0x10000] & 0xFF, phys.read8(0xF0000), "PAM 00: writes to ROM are dropped");
    }

    @Test
    void smallImageIsAliasedWhole() {
        PhysicalMemory phys = new PhysicalMemory(2 << 20);
        byte[] img = image(64 << 10);
        BiosFirmware.install(phys, img);
        assertEquals(img[0] & 0xFF, phys.read8(0xF0000));
        assertEquals(img[0] & 0xFF, phys.read8(0xFFFF0000));
        assertEquals(0, phys.read8(0xE0000));
    }

    @Test
    void pamAttributesSelectRomOrDram() {
        PhysicalMemory phys = new PhysicalMemory(2 << 20);
        byte[] img = image(128 << 10);
        ShadowRam s = BiosFirmware.install(phys, img);
        int rom = img[0x10000] & 0xFF; // the byte at 0xF0000
        s.writePam(0x59, 0x20);        // WE only: reads ROM, writes reach DRAM
        phys.write8(0xF0000, rom ^ 0xFF);
        assertEquals(rom, phys.read8(0xF0000));
        s.writePam(0x59, 0x10);        // RE only: DRAM (as written) and writes dropped
        assertEquals(rom ^ 0xFF, phys.read8(0xF0000));
        phys.write32(0xF0000, 0);
        assertEquals(rom ^ 0xFF, phys.read8(0xF0000));
        s.writePam(0x59, 0x30);        // RE and WE: plain RAM
        phys.write16(0xFFFFE, 0xBEEF);
        assertEquals(0xBEEF, phys.read16(0xFFFFE));
        s.writePam(0x59, 0x00);        // back to ROM; DRAM keeps what was written
        assertEquals(img[0x1FFFE] & 0xFF, phys.read8(0xFFFFE));
        s.writePam(0x59, 0x10);
        assertEquals(0xBEEF, phys.read16(0xFFFFE));
        assertEquals(0x10, s.readPam(0x59));
    }

    @Test
    void sixteenKiBSegmentsLowNibbleFirst() {
        PhysicalMemory phys = new PhysicalMemory(2 << 20);
        ShadowRam s = BiosFirmware.install(phys, image(128 << 10));
        s.writePam(0x5A, 0x03);        // C0000-C3FFF read/write, C4000-C7FFF still ROM
        phys.write8(0xC3FFF, 0x42);
        phys.write8(0xC4000, 0x42);
        assertEquals(0x42, phys.read8(0xC3FFF));
        assertEquals(0, phys.read8(0xC4000));
        s.writePam(0x5F, 0x30);        // EC000-EFFFF
        phys.write8(0xEC000, 0x42);
        phys.write8(0xE8000, 0x42);
        assertEquals(0x42, phys.read8(0xEC000));
        assertEquals(0x42 != phys.read8(0xE8000), true);
    }
}
