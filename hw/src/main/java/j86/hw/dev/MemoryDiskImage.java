package j86.hw.dev;

/** A disk image held in a byte array (tests, and images built in memory). */
public final class MemoryDiskImage implements DiskImage {
    private final byte[] data;

    /** An image over {@code data} itself (writes land in the array); length is rounded up to sectors. */
    public MemoryDiskImage(byte[] data) {
        this.data = data;
    }

    public static MemoryDiskImage blank(long sectors) {
        return new MemoryDiskImage(new byte[Math.toIntExact(sectors * SECTOR)]);
    }

    public byte[] data() {
        return data;
    }

    @Override
    public long sectors() {
        return (data.length + SECTOR - 1) / SECTOR;
    }

    @Override
    public void read(long lba, byte[] buf, int off) {
        java.util.Arrays.fill(buf, off, off + SECTOR, (byte) 0);
        long start = lba * SECTOR;
        int n = (int) Math.min(SECTOR, data.length - start);
        if (n > 0) {
            System.arraycopy(data, (int) start, buf, off, n);
        }
    }

    @Override
    public void write(long lba, byte[] buf, int off) {
        long start = lba * SECTOR;
        int n = (int) Math.min(SECTOR, data.length - start);
        if (n > 0) {
            System.arraycopy(buf, off, data, (int) start, n);
        }
    }
}
