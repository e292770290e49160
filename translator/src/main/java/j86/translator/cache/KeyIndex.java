package j86.translator.cache;

import j86.translator.block.BlockEntry;

/**
 * The live blocks by key (ModeKey: physical address and mode), as an open-addressed table of
 * primitive keys: the lookup after a jump-cache miss reads one or two slots of two arrays.
 *
 * <p>Why not the bounded map or the page lists: BlockCache's Caffeine map boxes the key and
 * records the read, and scanning a page's list touches one BlockEntry object per block, each a
 * likely cache miss once a CR3 load has emptied the jump cache (JOS's primes, 2026-12-02: 3.3% of
 * the main thread's samples in that lookup, about 2 us a call). Not thread-safe: BlockCache
 * guards it with its own lock.
 */
final class KeyIndex {
    private static final long EMPTY = -1L; // ModeKey keys are below 2^40, never negative
    private long[] keys = newKeys(1024);
    private BlockEntry[] values = new BlockEntry[1024];
    private int size;

    private static long[] newKeys(int n) {
        long[] k = new long[n];
        java.util.Arrays.fill(k, EMPTY);
        return k;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    /** The entry at {@code key}, or null. */
    BlockEntry get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY) {
                return null;
            }
        }
    }

    /** Maps {@code key} to {@code e} (replacing what was there). */
    void put(long key, BlockEntry e) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            size++;
        }
        keys[i] = key;
        values[i] = e;
    }

    /** Removes {@code key} if it maps to {@code e} (an entry replaced meanwhile stays). */
    void remove(long key, BlockEntry e) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != key) {
            if (keys[i] == EMPTY) {
                return;
            }
            i = (i + 1) & mask;
        }
        if (values[i] != e) {
            return;
        }
        size--;
        // Backward-shift deletion: move later members of the probe run into the hole, so that
        // no lookup stops early at it (no tombstones to clean up later).
        for (int j = (i + 1) & mask; keys[j] != EMPTY; j = (j + 1) & mask) {
            int home = slot(keys[j], mask);
            if (((j - home) & mask) >= ((j - i) & mask)) {
                keys[i] = keys[j];
                values[i] = values[j];
                i = j;
            }
        }
        keys[i] = EMPTY;
        values[i] = null;
    }

    private void grow() {
        long[] ok = keys;
        BlockEntry[] ov = values;
        keys = newKeys(ok.length * 2);
        values = new BlockEntry[ok.length * 2];
        size = 0;
        for (int i = 0; i < ok.length; i++) {
            if (ok[i] != EMPTY) {
                put(ok[i], ov[i]);
            }
        }
    }

    int size() {
        return size;
    }
}
