package j86.hw.dev;

/**
 * The 256-word IDENTIFY DEVICE response of an ATA disk (ATA/ATAPI-6, 8.15 "IDENTIFY DEVICE",
 * Table 27). Strings are ASCII padded with spaces, two characters per word with the first in
 * the high byte. Word 255 carries the integrity signature 0xA5 and the checksum that makes the
 * 512 bytes sum to zero.
 */
final class AtaIdentify {
    static final int WORDS = 256;   // 512 bytes
    /** Logical geometry reported for CHS addressing. */
    static final int HEADS = 16, SECTORS_PER_TRACK = 63, MAX_CYLINDERS = 16383;
    /** Largest READ/WRITE MULTIPLE block (word 47). */
    static final int MAX_MULTIPLE = 16;
    static final long LBA28_MAX = 0x0FFFFFFFL;  // most sectors 28-bit LBA reaches (words 60-61 saturate)

    // Word numbers.
    static final int W_CONFIG = 0, W_CYLINDERS = 1, W_HEADS = 3, W_SPT = 6, W_SERIAL = 10, W_FIRMWARE = 23,
            W_MODEL = 27, W_MAX_MULTIPLE = 47, W_CAPABILITIES = 49, W_CAPABILITIES2 = 50, W_PIO_TIMING = 51,
            W_VALID = 53, W_CUR_CYLINDERS = 54, W_CUR_HEADS = 55, W_CUR_SPT = 56, W_CUR_CAPACITY = 57,
            W_MULTIPLE_SETTING = 59, W_LBA28_SECTORS = 60, W_PIO_MODES = 64, W_MIN_DMA_CYCLE = 65,
            W_MAJOR_VERSION = 80, W_COMMANDS_83 = 83, W_COMMANDS_84 = 84, W_COMMANDS_87 = 87, W_INTEGRITY = 255;
    static final int CAP_LBA = 1 << 9;          // word 49: LBA supported
    static final int VALID_54_58 = 1;           // word 53: current CHS words 54-58 are valid
    static final int VALID_64_70 = 2;           // word 53: PIO/DMA timing words 64-70 are valid

    private AtaIdentify() {}

    static int cylinders(long sectors) {
        return (int) Math.max(1, Math.min(sectors / (HEADS * SECTORS_PER_TRACK), MAX_CYLINDERS));
    }

    /** The IDENTIFY data, little-endian words, for a disk of {@code sectors} sectors. */
    static byte[] build(long sectors, int unit, int multiple) {
        int[] w = new int[WORDS];
        int cyl = cylinders(sectors);
        long lba28 = Math.min(sectors, LBA28_MAX);
        long chsCapacity = (long) cyl * HEADS * SECTORS_PER_TRACK;
        w[W_CONFIG] = 0x0040;                     // ATA device, fixed disk
        w[W_CYLINDERS] = cyl;
        w[W_HEADS] = HEADS;
        w[W_SPT] = SECTORS_PER_TRACK;
        text(w, W_SERIAL, 20, "J86-ATA-000" + unit);
        text(w, W_FIRMWARE, 8, "1.0");
        text(w, W_MODEL, 40, "J86 HARDDISK");
        w[W_MAX_MULTIPLE] = 0x8000 | MAX_MULTIPLE;
        w[W_CAPABILITIES] = CAP_LBA;
        w[W_CAPABILITIES2] = 0x4000;
        w[W_PIO_TIMING] = 0x0200;
        w[W_VALID] = VALID_54_58 | VALID_64_70;
        w[W_CUR_CYLINDERS] = cyl;
        w[W_CUR_HEADS] = HEADS;
        w[W_CUR_SPT] = SECTORS_PER_TRACK;
        w[W_CUR_CAPACITY] = (int) (chsCapacity & 0xFFFF);
        w[W_CUR_CAPACITY + 1] = (int) (chsCapacity >>> 16);
        w[W_MULTIPLE_SETTING] = multiple > 0 ? 0x100 | multiple : 0;
        w[W_LBA28_SECTORS] = (int) (lba28 & 0xFFFF);
        w[W_LBA28_SECTORS + 1] = (int) (lba28 >>> 16);
        w[W_PIO_MODES] = 0x0003;                  // PIO modes 3 and 4
        for (int i = W_MIN_DMA_CYCLE; i <= W_MIN_DMA_CYCLE + 3; i++) {
            w[i] = 120;                           // cycle times, ns
        }
        w[W_MAJOR_VERSION] = 0x003E;              // ATA-1 .. ATA-5
        w[W_COMMANDS_83] = 0x4000;                // bit 14 set, bit 15 clear: words valid
        w[W_COMMANDS_84] = 0x4000;
        w[W_COMMANDS_87] = 0x4000;
        byte[] b = new byte[WORDS * 2];
        for (int i = 0; i < WORDS; i++) {
            b[2 * i] = (byte) w[i];
            b[2 * i + 1] = (byte) (w[i] >> 8);
        }
        b[2 * W_INTEGRITY] = (byte) 0xA5;
        int sum = 0;
        for (int i = 0; i < b.length - 1; i++) {
            sum += b[i];
        }
        b[b.length - 1] = (byte) -sum;
        return b;
    }

    private static void text(int[] w, int first, int chars, String s) {
        StringBuilder p = new StringBuilder(s);
        while (p.length() < chars) {
            p.append(' ');
        }
        for (int i = 0; i < chars / 2; i++) {
            w[first + i] = p.charAt(2 * i) << 8 | p.charAt(2 * i + 1);
        }
    }
}
