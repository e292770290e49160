package j86.runtime.ops;

import j86.runtime.cpu.Cpu;

/**
 * Lazy arithmetic flags (STUB: API agreed; the semantics engineer writes the bodies).
 * Flag-setting operations record (lfOp, lfA, lfB, lfRes) in the Cpu; these methods derive CF, PF,
 * AF, ZF, SF and OF from that record only when someone reads them.
 */
public final class Flags {
    private Flags() {}

    /** The full EFLAGS value (arithmetic flags materialised). */
    public static int get(Cpu c) { throw new UnsupportedOperationException("TODO"); }

    /** Sets the EFLAGS bits selected by {@code mask} to those of {@code value} (arithmetic ones included). */
    public static void set(Cpu c, int value, int mask) { throw new UnsupportedOperationException("TODO"); }

    /** Evaluates condition code {@code cc} 0..15 (O,NO,B,AE,E,NE,BE,A,S,NS,P,NP,L,GE,LE,G). */
    public static boolean cond(Cpu c, int cc) { throw new UnsupportedOperationException("TODO"); }

    public static boolean cf(Cpu c) { throw new UnsupportedOperationException("TODO"); }
    public static boolean zf(Cpu c) { throw new UnsupportedOperationException("TODO"); }
}
