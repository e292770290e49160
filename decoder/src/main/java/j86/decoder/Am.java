package j86.decoder;

/**
 * Operand specifications in the Intel SDM's opcode-map notation (Vol. 2, Appendix A.2): an addressing
 * method letter (E, G, I, J, M, ...) followed by an operand type (b, w, d, v, z, p, s, ...), or a fixed
 * register name. Table rows are written with these names; {@link #parse} turns one into a small code.
 */
final class Am {
    private Am() {}

    // ModRM r/m operand (register or memory), by width: b=8, w=16, d=32, v=operand size.
    static final int Eb = 1, Ew = 2, Ed = 3, Ev = 4;
    /** r/m that writes 32/16 bits to a register but only 16 to memory (SLDT, STR, SMSW, MOV Ev,Sw). */
    static final int RvMw = 5;
    // Memory-only r/m (mod = 3 is #UD): any, far pointer m16:16/32, bound pair, pseudo-descriptor, m64, byte.
    static final int M = 6, Mp = 7, Ma = 8, Ms = 9, Mq = 10, Mb = 11, Ep = 12;
    // ModRM reg field: general register, segment register, control and debug register; Rd = r/m as register whatever mod says.
    static final int Gb = 13, Gw = 14, Gd = 15, Gv = 16, Sw = 17, Cd = 18, Dd = 19, Rd = 20;
    // Immediates: Ib (zero-extended), Ibs (sign-extended to operand size), Iw, Iz (16/32), Iv (same on i386).
    static final int Ib = 21, Ibs = 22, Iw = 23, Iz = 24, Iv = 25;
    // Relative branch displacements; direct far pointer; memory offsets (moffs).
    static final int Jb = 26, Jz = 27, Ap = 28, Ob = 29, Ov = 30;
    // Fixed registers. The eXX forms are 16 or 32 bits by operand size.
    static final int AL = 31, CL = 32, DL = 33, BL = 34, AH = 35, CH = 36, DH = 37, BH = 38;
    static final int eAX = 39, eCX = 40, eDX = 41, eBX = 42, eSP = 43, eBP = 44, eSI = 45, eDI = 46;
    /** The port register DX of IN/OUT (always 16 bits). */
    static final int DX = 47;
    /** The constant 1 of the shift-by-one forms. */
    static final int ONE = 48;
    static final int ES = 49, CS = 50, SS = 51, DS = 52, FS = 53, GS = 54;
    // Implicit string operands DS:eSI (X) and ES:eDI (Y): printed by the disassembler, not decoded as operands.
    static final int Xb = 55, Xv = 56, Yb = 57, Yv = 58;
    static final int COUNT = 59;

    static final String[] NAMES = {null, "Eb", "Ew", "Ed", "Ev", "RvMw", "M", "Mp", "Ma", "Ms", "Mq", "Mb", "Ep",
        "Gb", "Gw", "Gd", "Gv", "Sw", "Cd", "Dd", "Rd", "Ib", "Ibs", "Iw", "Iz", "Iv", "Jb", "Jz", "Ap", "Ob", "Ov",
        "AL", "CL", "DL", "BL", "AH", "CH", "DH", "BH", "eAX", "eCX", "eDX", "eBX", "eSP", "eBP", "eSI", "eDI",
        "DX", "1", "ES", "CS", "SS", "DS", "FS", "GS", "Xb", "Xv", "Yb", "Yv"};

    static int parse(String name) {
        for (int i = 1; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown operand specification " + name);
    }

    /** Uses the ModRM byte. */
    static boolean modrm(int a) {
        return a >= Eb && a <= Rd;
    }

    /** Takes the r/m field of ModRM (register or memory). */
    static boolean rm(int a) {
        return a >= Eb && a <= Ep || a == Rd;
    }

    /** Memory-only r/m. */
    static boolean memOnly(int a) {
        return a >= M && a <= Ep;
    }

    static boolean implicitString(int a) {
        return a >= Xb;
    }

    /** Fixed width of a specification in bits, or 0 when it follows the operand size or does not count. */
    static int fixedWidth(int a) {
        switch (a) {
            case Eb: case Gb: case Ob: case Xb: case Yb: case Mb:
                return 8;
            case Ew: case Gw:
                return 16;
            case Ed: case Gd: case Cd: case Dd: case Rd:
                return 32;
            default:
                return a >= AL && a <= BH ? 8 : 0;
        }
    }

    /** Immediates, branch targets and the port DX do not decide the operation width. */
    static boolean decidesWidth(int a) {
        return !(a >= Ib && a <= Ap) && a != DX && a != ONE;
    }
}
