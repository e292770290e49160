package j86.launcher.grade;

import j86.hw.dev.DiskImage;
import java.util.Arrays;

/**
 * A disk image held in memory, written copy-on-write (QEMU's -snapshot): many graded runs share one
 * read-only copy of the file's bytes and none of them can change it or see another's writes.
 */
final class MemoryDiskImage implements DiskImage {
    private final byte[] base;
    private byte[][] written;

    MemoryDiskImage(byte[] base) {
        this.base = base;
    }

    @Override
    public long sectors() {
        return (base.length + SECTOR - 1) / SECTOR;
    }

    @Override
    public void read(long lba, byte[] buf, int off) {
        byte[] w = written == null || lba >= written.length ? null : written[(int) lba];
        if (w != null) {
            System.arraycopy(w, 0, buf, off, SECTOR);
            return;
        }
        // A last partial sector reads as if padded with zeros.
        long start = lba * SECTOR;
        int n = (int) Math.max(0, Math.min(SECTOR, base.length - start));
        if (n > 0) {
            System.arraycopy(base, (int) start, buf, off, n);
        }
        Arrays.fill(buf, off + n, off + SECTOR, (byte) 0);
    }

    @Override
    public void write(long lba, byte[] buf, int off) {
        if (lba < 0 || lba >= sectors()) {
            return;
        }
        if (written == null) {
            written = new byte[(int) sectors()][];
        }
        written[(int) lba] = Arrays.copyOfRange(buf, off, off + SECTOR);
    }
}
