package j86.decoder;

/** Segment register numbers in encoding order (ModRM reg field of 8C/8E, Intel SDM Vol. 2, Table 3-6). */
public final class Seg {
    public static final int ES = 0, CS = 1, SS = 2, DS = 3, FS = 4, GS = 5;
    public static final String[] NAMES = {"es", "cs", "ss", "ds", "fs", "gs"};
    private Seg() {}
}
