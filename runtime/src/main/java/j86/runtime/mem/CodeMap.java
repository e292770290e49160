package j86.runtime.mem;

import java.util.Arrays;

/**
 * Which bytes of each RAM page hold code an engine decoded: one bit per byte, 64 longs per page
 * (bit {@code b} of word {@code w} is byte {@code 64 w + b}), allocated on the page's first mark and
 * reused after it is cleared. {@link PhysicalMemory} keeps it: a write to a code page notifies the
 * code caches only when it touches a marked byte, so data that shares a page with code (a variable
 * next to a function) can be written without throwing the page's translations away.
 *
 * <p>Why bytes and not 64-byte lines: the check costs the same (a write of up to 4 bytes reads one
 * or two words either way), and a variable placed right after a function's last instruction would
 * share a line with it. The grain is kept as a setting so the coarser rules can be measured
 * against it: marks are widened to aligned runs of {@code grain} bytes, and a grain of 4096 is the
 * page-granular rule (any write to a code page retires the page).
 *
 * <p>Threading: like the page flags, plain arrays for the deterministic mode (one host thread).
 */
final class CodeMap {
    private static final int WORDS = PhysicalMemory.PAGE_SIZE / 64;

    /** Per RAM page: the byte bitmap, or null while the page never held code. */
    private final long[][] bits;
    /** Marks are widened to aligned runs of this many bytes (a power of two, 1..4096). */
    private int grain = 1;

    CodeMap(int pages) {
        bits = new long[pages][];
    }

    void grain(int bytes) {
        if (bytes < 1 || bytes > PhysicalMemory.PAGE_SIZE || Integer.bitCount(bytes) != 1) {
            throw new IllegalArgumentException("code grain " + bytes);
        }
        grain = bytes;
    }

    int grain() {
        return grain;
    }

    /** Marks bytes [pa, pa+len) of one page (len >= 1, not crossing the page end), widened to the grain. */
    void mark(int pa, int len) {
        int page = pa >>> PhysicalMemory.PAGE_SHIFT;
        long[] b = bits[page];
        if (b == null) {
            b = new long[WORDS];
            bits[page] = b;
        }
        int off = pa & PhysicalMemory.PAGE_MASK;
        int from = off & -grain;
        int to = (off + len + grain - 1) & -grain;
        for (int w = from >>> 6; w <= (to - 1) >>> 6; w++) {
            b[w] |= mask(w, from, to);
        }
    }

    /** True when a byte of [pa, pa+len) (one page, len >= 1) is marked. */
    boolean touches(int pa, int len) {
        long[] b = bits[pa >>> PhysicalMemory.PAGE_SHIFT];
        if (b == null) {
            return false;
        }
        int from = pa & PhysicalMemory.PAGE_MASK;
        int to = from + len;
        for (int w = from >>> 6; w <= (to - 1) >>> 6; w++) {
            if ((b[w] & mask(w, from, to)) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Unmarks every byte of page {@code page}. */
    void clear(int page) {
        long[] b = bits[page];
        if (b != null) {
            Arrays.fill(b, 0L);
        }
    }

    /** The bits of word {@code w} that lie in page offsets [from, to). */
    private static long mask(int w, int from, int to) {
        int lo = Math.max(from - (w << 6), 0);
        int hi = Math.min(to - (w << 6), 64);
        long below = hi == 64 ? -1L : (1L << hi) - 1;
        return below & (-1L << lo);
    }
}
