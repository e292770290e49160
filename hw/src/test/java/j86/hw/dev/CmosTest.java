package j86.hw.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.runtime.sched.VirtualClock;
import org.junit.jupiter.api.Test;

/** MC146818A datasheet: "Time, calendar and alarm locations" (Table 3: BCD and binary modes), "Register A-D"; IBM PC/AT BIOS CMOS memory map. */
class CmosTest {
    private final VirtualClock clock = new VirtualClock();

    private static int read(Cmos c, int reg) {
        c.out(0x70, 1, reg);
        return c.in(0x71, 1);
    }

    /** JOS's nvram_read: a 16-bit little-endian pair. */
    private static int nvram(Cmos c, int lo) {
        return read(c, lo) | read(c, lo + 1) << 8;
    }

    /** JOS i386_detect_memory: total KiB from 0x15, 0x17 and 0x34. */
    private static long josTotalKb(Cmos c) {
        long ext16 = nvram(c, 0x34) * 64L;
        return ext16 != 0 ? 16 * 1024 + ext16 : nvram(c, 0x17) != 0 ? 1024 + nvram(c, 0x17) : nvram(c, 0x15);
    }

    /** QEMU's pc_cmos_init: CPUs - 1 at 0x5F (SeaBIOS's CMOS_BIOS_SMP_COUNT), hard disk first at 0x3D. */
    @Test
    void firmwareInfoAndChecksum() {
        Cmos c = new Cmos(clock);
        c.setMemorySize(128L << 20);
        c.setFirmwareInfo(4);
        assertEquals(3, read(c, 0x5F));
        assertEquals(0x02, read(c, 0x3D) & 0x0F);
        assertEquals(0, read(c, 0x5B) | read(c, 0x5C) | read(c, 0x5D));
        int sum = 0;
        for (int i = 0x10; i <= 0x2D; i++) {
            sum += read(c, i);
        }
        assertEquals(sum, read(c, 0x2E) << 8 | read(c, 0x2F), "the checksum over 0x10-0x2D still holds");
    }

    @Test
    void memorySizeBytesForSeveralSizes() {
        long[] mib = {2, 15, 16, 32, 128, 256, 3072};
        for (long m : mib) {
            Cmos c = new Cmos(clock);
            long bytes = m << 20;
            c.setMemorySize(bytes);
            assertEquals(640, nvram(c, 0x15), m + " MiB: base memory in KiB");
            long extKb = Math.min((bytes >> 10) - 1024, 0xFFFF);
            assertEquals(extKb, nvram(c, 0x17), m + " MiB: KiB above 1 MiB, capped at 65535");
            assertEquals(extKb, nvram(c, 0x30), m + " MiB: POST copy of the extended size");
            long ext16 = bytes > (16L << 20) ? (bytes - (16L << 20)) / 65536 : 0;
            assertEquals(ext16, nvram(c, 0x34), m + " MiB: 64 KiB blocks above 16 MiB");
            assertEquals(m * 1024, josTotalKb(c), m + " MiB as JOS computes it");
            int sum = 0;
            for (int i = 0x10; i <= 0x2D; i++) {
                sum += read(c, i);
            }
            assertEquals(sum & 0xFFFF, read(c, 0x2E) << 8 | read(c, 0x2F), "checksum of 0x10-0x2D, high byte first");
        }
    }

    @Test
    void clockIsEpochPlusVirtualTimeInBcd() {
        // 2021-03-14T15:09:26Z, a Sunday.
        Cmos c = new Cmos(clock, 1_615_734_566L);
        clock.advanceTo(3_723_500_000_000L);          // 3723.5 s: +1 h 2 min 3 s
        assertEquals(0x29, read(c, 0x00), "seconds 26+3");
        assertEquals(0x11, read(c, 0x02), "minutes 9+2");
        assertEquals(0x16, read(c, 0x04), "hours 15+1, 24-hour BCD");
        assertEquals(0x01, read(c, 0x06), "Sunday is 1");
        assertEquals(0x14, read(c, 0x07));
        assertEquals(0x03, read(c, 0x08));
        assertEquals(0x21, read(c, 0x09));
        assertEquals(0x20, read(c, 0x32), "century");
        assertEquals(0, read(c, 0x0A) & 0x80, "UIP clear");
        assertTrue((read(c, 0x0D) & 0x80) != 0, "VRT: valid RAM and time");
    }

    @Test
    void binaryAnd12HourModes() {
        Cmos c = new Cmos(clock, 946_684_799L); // 1999-12-31T23:59:59Z
        c.out(0x70, 1, 0x0B);
        c.out(0x71, 1, 0x04);                   // DM binary, 12-hour
        assertEquals(59, read(c, 0x00));
        assertEquals(0x80 | 11, read(c, 0x04), "11 PM: PM flag in bit 7");
        assertEquals(99, read(c, 0x09));
        clock.advanceTo(1_000_000_000L);
        assertEquals(0, read(c, 0x00));
        assertEquals(12, read(c, 0x04), "midnight is 12 AM");
        assertEquals(1, read(c, 0x07));
        assertEquals(1, read(c, 0x08));
        assertEquals(0, read(c, 0x09));
        assertEquals(20, read(c, 0x32));
    }

    @Test
    void guestCanSetTheTimeAndNmiMaskIsSeparate() {
        Cmos c = new Cmos(clock);
        c.out(0x70, 1, 0x80 | 0x04);            // bit 7: NMI disable, index 4
        c.out(0x71, 1, 0x07);
        assertTrue(c.nmiMasked());
        assertEquals(0x07, read(c, 0x04));
        clock.advanceTo(3600L * 1_000_000_000L);
        assertEquals(0x08, read(c, 0x04), "the clock runs on from the time written");
    }
}
