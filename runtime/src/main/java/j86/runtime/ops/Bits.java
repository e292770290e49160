package j86.runtime.ops;

import j86.runtime.cpu.Cpu;

/**
 * Bit test and scan (SDM Vol. 2, "BT", "BTS", "BTR", "BTC", "BSF", "BSR", "BSWAP").
 *
 * <p>BT*: {@code value} is the operand word and {@code bit} is masked here to the operand width (4
 * or 5 bits), which is the whole story for a register operand. For a memory operand with a
 * register bit offset the caller must first move the address by the signed offset: for 16 bits
 * {@code ea + 2 * (bit >> 4)}, for 32 bits {@code ea + 4 * (bit >> 5)}, then pass the word there.
 * For an immediate offset the SDM masks the immediate to the width, which is what we do anyway.
 * CF = the selected bit; ZF is unaffected; OF, SF, AF, PF are undefined (we keep them).
 *
 * <p>BSF/BSR: a zero source sets ZF and returns {@code dst} unchanged (Intel leaves the destination
 * undefined, AMD documents "unchanged"); other flags are undefined.
 */
public final class Bits {
    private Bits() {}

    private static int testBit(Cpu c, int value, int bit) {
        int b = value >>> bit & 1;
        Flags.setArith(c, b, Cpu.CF);
        return 1 << bit;
    }

    public static int bt16(Cpu c, int value, int bit) { testBit(c, value, bit & 15); return value & 0xFFFF; }
    public static int bt32(Cpu c, int value, int bit) { testBit(c, value, bit & 31); return value; }

    public static int bts16(Cpu c, int value, int bit) { return (value | testBit(c, value, bit & 15)) & 0xFFFF; }
    public static int bts32(Cpu c, int value, int bit) { return value | testBit(c, value, bit & 31); }

    public static int btr16(Cpu c, int value, int bit) { return value & ~testBit(c, value, bit & 15) & 0xFFFF; }
    public static int btr32(Cpu c, int value, int bit) { return value & ~testBit(c, value, bit & 31); }

    public static int btc16(Cpu c, int value, int bit) { return (value ^ testBit(c, value, bit & 15)) & 0xFFFF; }
    public static int btc32(Cpu c, int value, int bit) { return value ^ testBit(c, value, bit & 31); }

    /** ZF = (src == 0); the other flags follow the source (undefined by the SDM). */
    private static void scanFlags(Cpu c, int sizeLog2, int src) {
        Flags.recordRes(c, sizeLog2, src, 0);
    }

    public static int bsf16(Cpu c, int dst, int src) {
        src &= 0xFFFF;
        scanFlags(c, Flags.S16, src);
        return src == 0 ? dst & 0xFFFF : Integer.numberOfTrailingZeros(src);
    }

    public static int bsf32(Cpu c, int dst, int src) {
        scanFlags(c, Flags.S32, src);
        return src == 0 ? dst : Integer.numberOfTrailingZeros(src);
    }

    public static int bsr16(Cpu c, int dst, int src) {
        src &= 0xFFFF;
        scanFlags(c, Flags.S16, src);
        return src == 0 ? dst & 0xFFFF : 31 - Integer.numberOfLeadingZeros(src);
    }

    public static int bsr32(Cpu c, int dst, int src) {
        scanFlags(c, Flags.S32, src);
        return src == 0 ? dst : 31 - Integer.numberOfLeadingZeros(src);
    }

    /** BSWAP r32; changes no flags. (BSWAP r16 is undefined by the SDM.) */
    public static int bswap32(Cpu c, int value) {
        return Integer.reverseBytes(value);
    }

    /** The same without the (unused) Cpu argument, for callers that have none at hand. */
    public static int bswap32(int value) {
        return Integer.reverseBytes(value);
    }
}
