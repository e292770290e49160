package j86.hw.dev;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A raw disk image file. Normally opened read-write and written in place. In snapshot mode
 * (QEMU's {@code -snapshot}) the file is opened read-only and written sectors go to an in-memory
 * overlay that later reads prefer, so the file is never modified.
 */
public final class FileDiskImage implements DiskImage {
    private final RandomAccessFile file;
    private final Map<Long, byte[]> overlay;
    private final long sectors;

    public FileDiskImage(Path path, boolean snapshot) throws IOException {
        this.file = new RandomAccessFile(path.toFile(), snapshot ? "r" : "rw");
        this.overlay = snapshot ? new HashMap<>() : null;
        this.sectors = (file.length() + SECTOR - 1) / SECTOR;
    }

    public boolean snapshot() {
        return overlay != null;
    }

    @Override
    public long sectors() {
        return sectors;
    }

    @Override
    public void read(long lba, byte[] buf, int off) throws IOException {
        byte[] o = overlay == null ? null : overlay.get(lba);
        if (o != null) {
            System.arraycopy(o, 0, buf, off, SECTOR);
            return;
        }
        java.util.Arrays.fill(buf, off, off + SECTOR, (byte) 0);
        file.seek(lba * SECTOR);
        int done = 0;
        while (done < SECTOR) {
            int n = file.read(buf, off + done, SECTOR - done);
            if (n < 0) {
                break; // past the end of a partial last sector: zeros
            }
            done += n;
        }
    }

    @Override
    public void write(long lba, byte[] buf, int off) throws IOException {
        if (overlay != null) {
            byte[] copy = new byte[SECTOR];
            System.arraycopy(buf, off, copy, 0, SECTOR);
            overlay.put(lba, copy);
            return;
        }
        file.seek(lba * SECTOR);
        file.write(buf, off, SECTOR);
    }

    @Override
    public void flush() throws IOException {
        if (overlay == null) {
            file.getFD().sync();
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
