package j86.hw.dev;

/**
 * A 256-bit set of interrupt vectors laid out like the local APIC's IRR, ISR and TMR (Intel SDM
 * Vol. 3, 10.8.4, Figure 10-20): eight 32-bit words, word i holding vectors 32i..32i+31, read by
 * software at register offset base + 0x10 * i.
 */
final class VectorSet {
    private final int[] words = new int[8];

    void set(int v) {
        words[v >>> 5] |= 1 << (v & 31);
    }

    void clear(int v) {
        words[v >>> 5] &= ~(1 << (v & 31));
    }

    boolean test(int v) {
        return (words[v >>> 5] & (1 << (v & 31))) != 0;
    }

    int word(int i) {
        return words[i];
    }

    /** The highest vector in the set, or -1 when empty (the highest vector has the highest priority). */
    int highest() {
        for (int i = 7; i >= 0; i--) {
            if (words[i] != 0) {
                return (i << 5) + 31 - Integer.numberOfLeadingZeros(words[i]);
            }
        }
        return -1;
    }

    void clearAll() {
        java.util.Arrays.fill(words, 0);
    }
}
