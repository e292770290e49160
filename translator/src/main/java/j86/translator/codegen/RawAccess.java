package j86.translator.codegen;

import java.lang.reflect.Field;
import java.nio.ByteOrder;

/**
 * The unchecked array accesses generated code uses on the soft TLB's hit path (see
 * {@link EmitMemory}): sun.misc.Unsafe's get/put of int, short and byte at an array's base plus a
 * byte offset. An array load of the JVM checks its index against the array's length, and C2 can
 * remove that check only for arrays whose length it knows; the tag, delta and RAM arrays of a
 * region are read from fields, so every guest access paid three compares, three length loads and
 * the registers to keep them (sieve's store loop, 2026-12-02: 36 host instructions for 4 guest
 * ones, 9 of them bounds checks and their spills).
 *
 * <p>Why the indices are in range without a check: the tag and delta indices are masked to the
 * TLB's size, and a RAM index is computed only after the tag compare succeeded, that is for a
 * linear page the TLB maps to a RAM page ({@code Mmu.fill} installs RAM pages only), with the
 * access's last byte on that page. Unsafe's multi-byte accesses are in the host's byte order, so
 * they are used only on a little-endian host (x86 and AArch64 both allow unaligned loads and
 * stores); elsewhere, or where sun.misc.Unsafe is missing, or with {@code -Dj86.jit.unsafe=false},
 * the checked array and VarHandle accesses are generated instead.
 */
public final class RawAccess {
    private RawAccess() {}

    /** The accessor generated code calls (a constant C2 folds), or null when not {@link #enabled}. */
    public static final sun.misc.Unsafe U = find();
    /** Byte offset of element 0 of a byte[] and of an int[]. */
    static final long BYTE_BASE = U == null ? 0 : U.arrayBaseOffset(byte[].class);
    static final long INT_BASE = U == null ? 0 : U.arrayBaseOffset(int[].class);

    static final String OWNER = "j86/translator/codegen/RawAccess";
    static final String UNSAFE = "sun/misc/Unsafe";

    /** Whether EmitMemory generates unchecked accesses. */
    static boolean enabled() {
        return U != null;
    }

    private static sun.misc.Unsafe find() {
        if (!Boolean.parseBoolean(System.getProperty("j86.jit.unsafe", "true"))
                || ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN) {
            return null;
        }
        try {
            Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (sun.misc.Unsafe) f.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
