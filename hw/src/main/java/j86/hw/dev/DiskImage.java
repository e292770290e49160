package j86.hw.dev;

import java.io.IOException;

/**
 * The backing store of an {@link AtaDisk} drive: a sequence of 512-byte sectors. An image whose
 * length is not a multiple of 512 has a last partial sector that reads as if padded with zeros
 * (QEMU's raw format does the same; JOS's kernel.img is such an image).
 */
public interface DiskImage extends AutoCloseable {
    int SECTOR = 512;

    /** Capacity in sectors. */
    long sectors();

    /** Reads sector {@code lba} into {@code buf[off..off+512)}. */
    void read(long lba, byte[] buf, int off) throws IOException;

    /** Writes {@code buf[off..off+512)} to sector {@code lba}. */
    void write(long lba, byte[] buf, int off) throws IOException;

    /** Makes written data durable (FLUSH CACHE). */
    default void flush() throws IOException {
    }

    @Override
    default void close() throws IOException {
    }
}
