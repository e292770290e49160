package j86.runtime.mem;

import j86.runtime.bus.MmioDevice;

import java.util.Arrays;

/**
 * A small set of non-overlapping physical address ranges, each owned by an {@link MmioDevice}.
 * A PC has a handful (IOAPIC, LAPIC, maybe CGA), so a linear scan is the fastest lookup. Addresses
 * are unsigned 32-bit values held in ints; ranges are kept as [base, base+size) in longs.
 */
final class MmioRegions {
    private long[] start = new long[0];
    private long[] end = new long[0];
    private MmioDevice[] devs = new MmioDevice[0];

    void add(int base, int sizeBytes, MmioDevice dev) {
        long s = base & 0xFFFFFFFFL, e = s + (sizeBytes & 0xFFFFFFFFL);
        if (sizeBytes <= 0 || e > 1L << 32 || dev == null) {
            throw new IllegalArgumentException("bad MMIO region " + Long.toHexString(s) + "+" + sizeBytes);
        }
        for (int i = 0; i < start.length; i++) {
            if (s < end[i] && start[i] < e) {
                throw new IllegalArgumentException("MMIO region " + Long.toHexString(s) + " overlaps "
                        + Long.toHexString(start[i]));
            }
        }
        int n = start.length;
        start = Arrays.copyOf(start, n + 1);
        end = Arrays.copyOf(end, n + 1);
        devs = Arrays.copyOf(devs, n + 1);
        start[n] = s;
        end[n] = e;
        devs[n] = dev;
    }

    boolean isEmpty() {
        return start.length == 0;
    }

    /** Index of the region holding {@code pa}, or -1. */
    int find(int pa) {
        long a = pa & 0xFFFFFFFFL;
        for (int i = 0; i < start.length; i++) {
            if (a >= start[i] && a < end[i]) {
                return i;
            }
        }
        return -1;
    }

    /** True when region {@code r} holds all of [pa, pa+sizeBytes). */
    boolean contains(int r, int pa, int sizeBytes) {
        return (pa & 0xFFFFFFFFL) + sizeBytes <= end[r];
    }

    /** True when some region intersects [pa, pa+sizeBytes) (it may cross the 4 GiB wrap: no). */
    boolean overlaps(int pa, int sizeBytes) {
        long a = pa & 0xFFFFFFFFL, e = a + sizeBytes;
        for (int i = 0; i < start.length; i++) {
            if (a < end[i] && start[i] < e) {
                return true;
            }
        }
        return false;
    }

    int base(int r) {
        return (int) start[r];
    }

    MmioDevice dev(int r) {
        return devs[r];
    }
}
