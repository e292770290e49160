package j86.launcher.gdb;

import java.nio.charset.StandardCharsets;

/** Hex text as the GDB remote protocol uses it: two lower-case digits per byte, little-endian values. */
public final class Hex {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {}

    public static String bytes(byte[] b, int off, int len) {
        StringBuilder s = new StringBuilder(len * 2);
        for (int i = off; i < off + len; i++) {
            s.append(DIGITS[(b[i] >> 4) & 0xF]).append(DIGITS[b[i] & 0xF]);
        }
        return s.toString();
    }

    public static String text(String t) {
        byte[] b = t.getBytes(StandardCharsets.UTF_8);
        return bytes(b, 0, b.length);
    }

    /** Decodes hex pairs; throws IllegalArgumentException on an odd length or a bad digit. */
    public static byte[] decode(String h) {
        if ((h.length() & 1) != 0) {
            throw new IllegalArgumentException("odd hex length");
        }
        byte[] b = new byte[h.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (digit(h.charAt(2 * i)) << 4 | digit(h.charAt(2 * i + 1)));
        }
        return b;
    }

    public static String decodeText(String h) {
        return new String(decode(h), StandardCharsets.UTF_8);
    }

    private static int digit(char ch) {
        int d = Character.digit(ch, 16);
        if (d < 0) {
            throw new IllegalArgumentException("bad hex digit " + ch);
        }
        return d;
    }

    /** An unsigned hex number (GDB addresses and lengths); throws NumberFormatException. */
    public static long number(String h) {
        return Long.parseUnsignedLong(h, 16);
    }

    /** {@code size} bytes of {@code v}, little-endian, as hex. */
    public static String le(long v, int size) {
        StringBuilder s = new StringBuilder(size * 2);
        for (int k = 0; k < size; k++) {
            int b = (int) (v >>> (8 * k)) & 0xFF;
            s.append(DIGITS[b >> 4]).append(DIGITS[b & 0xF]);
        }
        return s.toString();
    }

    /** The little-endian value of hex bytes {@code h} (up to 8 bytes). */
    public static long leValue(byte[] b, int off, int size) {
        long v = 0;
        for (int k = size - 1; k >= 0; k--) {
            v = v << 8 | (b[off + k] & 0xFF);
        }
        return v;
    }
}
