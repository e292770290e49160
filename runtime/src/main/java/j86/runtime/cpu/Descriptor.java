package j86.runtime.cpu;

/**
 * Segment and gate descriptor decoding (Intel SDM Vol. 3, 3.4.5 "Segment Descriptors", 3.5 "System
 * Descriptor Types", 6.11 "IDT Descriptors").
 *
 * A descriptor is handled as a long: the low doubleword (bytes 0..3) in bits 0..31 and the high
 * doubleword (bytes 4..7) in bits 32..63, so that reading one allocates nothing.
 */
public final class Descriptor {
    private Descriptor() {}

    // Access byte bits (descriptor bits 40..47)
    public static final int P = 0x80, S = 0x10, CODE = 0x08, CONFORMING = 0x04, READABLE = 0x02,
            WRITABLE = 0x02, EXPAND_DOWN = 0x04, ACCESSED = 0x01;

    // System descriptor types (S = 0), SDM Vol. 3, Table 3-2
    public static final int TSS16_AVAIL = 1, LDT = 2, TSS16_BUSY = 3, CALL_GATE16 = 4, TASK_GATE = 5,
            INT_GATE16 = 6, TRAP_GATE16 = 7, TSS32_AVAIL = 9, TSS32_BUSY = 11, CALL_GATE32 = 12,
            INT_GATE32 = 14, TRAP_GATE32 = 15;

    public static int lo(long d) {
        return (int) d;
    }

    public static int hi(long d) {
        return (int) (d >>> 32);
    }

    /** Base address: bits 16..39 and 56..63. */
    public static int base(long d) {
        int lo = lo(d), hi = hi(d);
        return (lo >>> 16) | ((hi & 0xFF) << 16) | (hi & 0xFF000000);
    }

    /** Limit in bytes (the last valid offset), with the granularity bit (bit 55) applied. */
    public static int limit(long d) {
        int hi = hi(d);
        int raw = (lo(d) & 0xFFFF) | (hi & 0xF0000);
        return (hi & (1 << 23)) != 0 ? (raw << 12) | 0xFFF : raw;
    }

    /** The access byte (P, DPL, S, type). */
    public static int access(long d) {
        return (hi(d) >>> 8) & 0xFF;
    }

    /** D/B bit (bit 54). */
    public static boolean big(long d) {
        return (hi(d) & (1 << 22)) != 0;
    }

    public static int dpl(int access) {
        return (access >> 5) & 3;
    }

    public static boolean present(int access) {
        return (access & P) != 0;
    }

    /** The type field of a system descriptor (S = 0), or -1 for a code/data descriptor. */
    public static int systemType(int access) {
        return (access & S) != 0 ? -1 : access & 0xF;
    }

    public static boolean isCode(int access) {
        return (access & (S | CODE)) == (S | CODE);
    }

    public static boolean isData(int access) {
        return (access & (S | CODE)) == S;
    }

    public static boolean isConformingCode(int access) {
        return isCode(access) && (access & CONFORMING) != 0;
    }

    public static boolean isWritableData(int access) {
        return isData(access) && (access & WRITABLE) != 0;
    }

    /** Data, or readable code: what DS, ES, FS and GS may hold. */
    public static boolean isReadable(int access) {
        return isData(access) || (isCode(access) && (access & READABLE) != 0);
    }

    /** Gate selector (bits 16..31). */
    public static int gateSelector(long d) {
        return lo(d) >>> 16;
    }

    /** Gate offset: bits 0..15 and, for 32-bit gates, 48..63. */
    public static int gateOffset(long d, boolean gate32) {
        int low = lo(d) & 0xFFFF;
        return gate32 ? low | (hi(d) & 0xFFFF0000) : low;
    }

    /** Loads a segment register's hidden part from a code/data descriptor. */
    public static void loadInto(Segment s, int selector, long d) {
        s.load(selector, base(d), limit(d), access(d), big(d));
    }

    /**
     * Reconstructs the descriptor's high doubleword without the base (QEMU prints it as the segment
     * "flags"): access byte, limit bits 19:16, D/B and G (G inferred from a limit above 1 MiB).
     */
    public static int flagsWord(Segment s) {
        boolean g = (s.limit & 0xFFF00000) != 0;
        int raw = g ? s.limit >>> 12 : s.limit;
        int f = s.access << 8 | (raw & 0xF0000);
        if (s.big) {
            f |= 1 << 22;
        }
        if (g) {
            f |= 1 << 23;
        }
        return f;
    }
}
