package j86.runtime.cpu;

/**
 * The exception vectors of the i386 (Intel SDM Vol. 3, Table 6-1), by their SDM mnemonics
 * without the '#': {@code CpuFault.of(Vector.GP, 0)} is the SDM's #GP(0). Vectors 9 (coprocessor
 * segment overrun) and 15 (reserved) are never raised; 18 and up (#MC, #XM, ...) belong to later
 * CPUs. Vector 2 is NMI, an interrupt rather than an exception, listed for completeness.
 */
public final class Vector {
    private Vector() {}

    /** Divide error (DIV, IDIV, AAM 0). */
    public static final int DE = 0;
    /** Debug: single-step, debug registers, INT1. */
    public static final int DB = 1;
    /** Non-maskable interrupt. */
    public static final int NMI = 2;
    /** Breakpoint (INT3). */
    public static final int BP = 3;
    /** Overflow (INTO with OF set). */
    public static final int OF = 4;
    /** BOUND range exceeded. */
    public static final int BR = 5;
    /** Invalid opcode. */
    public static final int UD = 6;
    /** Device not available (FPU escape with CR0.EM or CR0.TS). */
    public static final int NM = 7;
    /** Double fault. */
    public static final int DF = 8;
    /** Invalid TSS. */
    public static final int TS = 10;
    /** Segment not present. */
    public static final int NP = 11;
    /** Stack-segment fault. */
    public static final int SS = 12;
    /** General protection. */
    public static final int GP = 13;
    /** Page fault (CR2 holds the linear address). */
    public static final int PF = 14;
    /** x87 floating-point error. */
    public static final int MF = 16;
    /** Alignment check. */
    public static final int AC = 17;
}
