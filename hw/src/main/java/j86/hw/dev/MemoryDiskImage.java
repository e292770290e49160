package j86.hw.dev;

import java.util.Arrays;

/**
 * A disk image held in a byte array, in one of two modes:
 * <ul>
 * <li>{@link #MemoryDiskImage(byte[])}: writes land in the array itself (tests, images built in
 * memory);
 * <li>{@link #overlay(byte[])}: the array is never changed; written sectors go to an overlay of
 * this image only (QEMU's -snapshot), so that many graded runs share one read-only copy of a
 * file's bytes and none of them sees another's writes.
 * </ul>
 * A last partial sector reads as if padded with zeros.
 */
public final class MemoryDiskImage implements DiskImage {
    private final byte[] base;
    private final boolean overlay;
    /** Overlay mode: the sectors written so far, by LBA (null until the first write). */
    private byte[][] written;

    /** An image over {@code data} itself (writes land in the array); length is rounded up to sectors. */
    public MemoryDiskImage(byte[] data) {
        this(data, false);
    }

    private MemoryDiskImage(byte[] base, boolean overlay) {
        this.base = base;
        this.overlay = overlay;
    }

    /** An image over {@code base} whose writes never reach it (copy-on-write, per image). */
    public static MemoryDiskImage overlay(byte[] base) {
        return new MemoryDiskImage(base, true);
    }

    public static MemoryDiskImage blank(long sectors) {
        return new MemoryDiskImage(new byte[Math.toIntExact(sectors * SECTOR)]);
    }

    /** The bytes under the image (in overlay mode, without the sectors written since). */
    public byte[] data() {
        return base;
    }

    @Override
    public long sectors() {
        return (base.length + SECTOR - 1) / SECTOR;
    }

    @Override
    public void read(long lba, byte[] buf, int off) {
        byte[] w = written == null || lba < 0 || lba >= written.length ? null : written[(int) lba];
        if (w != null) {
            System.arraycopy(w, 0, buf, off, SECTOR);
            return;
        }
        long start = lba * SECTOR;
        int n = (int) Math.max(0, Math.min(SECTOR, base.length - start));
        if (n > 0) {
            System.arraycopy(base, (int) start, buf, off, n);
        }
        Arrays.fill(buf, off + n, off + SECTOR, (byte) 0);
    }

    @Override
    public void write(long lba, byte[] buf, int off) {
        if (overlay) {
            if (lba < 0 || lba >= sectors()) {
                return;
            }
            if (written == null) {
                written = new byte[(int) sectors()][];
            }
            written[(int) lba] = Arrays.copyOfRange(buf, off, off + SECTOR);
            return;
        }
        long start = lba * SECTOR;
        int n = (int) Math.min(SECTOR, base.length - start);
        if (n > 0) {
            System.arraycopy(buf, off, base, (int) start, n);
        }
    }
}
