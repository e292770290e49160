package j86.decoder;

/**
 * AT&T operand text as GNU objdump prints it: registers {@code %eax}, immediates {@code $0x..} masked to
 * their width, memory {@code %seg:disp(base,index,scale)}, branch targets as absolute addresses.
 */
final class AttOperands {
    private AttOperands() {}

    static final String[] REG8 = {"al", "cl", "dl", "bl", "ah", "ch", "dh", "bh"};
    static final String[] REG16 = {"ax", "cx", "dx", "bx", "sp", "bp", "si", "di"};
    static final String[] REG32 = {"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"};

    static String reg(int size, int r) {
        return "%" + (size == 8 ? REG8[r] : size == 16 ? REG16[r] : REG32[r]);
    }

    static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }

    static String signedHex(int v) {
        return v < 0 ? "-0x" + Long.toHexString(-(long) v) : "0x" + Integer.toHexString(v);
    }

    static long mask(int value, int size) {
        return size == 8 ? value & 0xFFL : size == 16 ? value & 0xFFFFL : value & 0xFFFFFFFFL;
    }

    /** The segment prefix text of a memory operand: an explicit override only (objdump omits the default). */
    static String segPrefix(Insn in, boolean notrack) {
        return in.segOverride >= 0 && !notrack ? "%" + Seg.NAMES[in.segOverride] + ":" : "";
    }

    /** The ModRM memory operand. */
    static String modrmMemory(Insn in, boolean notrack) {
        StringBuilder sb = new StringBuilder(segPrefix(in, notrack));
        int mod = in.modrm >>> 6;
        if (in.addrSize == 16) {
            if (in.memBase < 0) {
                return sb.append(signedHex(in.memDisp)).toString();
            }
            if (mod != 0) {
                sb.append(signedHex(in.memDisp));
            }
            sb.append("(%").append(REG16[in.memBase]);
            if (in.memIndex >= 0) {
                sb.append(",%").append(REG16[in.memIndex]);
            }
            return sb.append(')').toString();
        }
        if (in.sib < 0 && in.memBase < 0 || plainSib(in)) {
            return sb.append(hex(in.memDisp & 0xFFFFFFFFL)).toString();
        }
        if (mod != 0 || in.memBase < 0) {
            sb.append(signedHex(in.memDisp));
        }
        sb.append('(');
        if (in.memBase >= 0) {
            sb.append('%').append(REG32[in.memBase]);
        }
        if (in.sib >= 0) {
            int index = (in.sib >>> 3) & 7, scale = in.sib >>> 6;
            if (index != 4) {
                sb.append(",%").append(REG32[index]).append(',').append(1 << scale);
            } else if (!(in.memBase == 4 && scale == 0)) {
                sb.append(",%eiz,").append(1 << scale); // objdump shows the "no index" SIB form as %eiz
            }
        }
        return sb.append(')').toString();
    }

    /** A direct memory offset (moffs of A0-A3). */
    static String moffs(Insn in) {
        return segPrefix(in, false) + hex(mask(in.memDisp, in.addrSize));
    }

    /** The implicit string operand DS:eSI (or its override) / ES:eDI. */
    static String stringOperand(Insn in, boolean source) {
        String seg = source ? Seg.NAMES[in.segOverride >= 0 ? in.segOverride : Seg.DS] : "es";
        String r = source ? (in.addrSize == 16 ? "si" : "esi") : (in.addrSize == 16 ? "di" : "edi");
        return "%" + seg + ":(%" + r + ")";
    }

    /**
     * Branch target as objdump prints it: a data16 branch in 32-bit code wraps to 16 bits; in 16-bit code
     * objdump wraps a rel16 target within the listing's 64 KiB block but adds a rel8 without wrapping
     * (the same for any real CS offset below 64 KiB, except a rel8 branching below 0).
     */
    static String branchTarget(Insn in, int eip, Operand o) {
        int t = eip + in.length + o.value;
        if (in.opSize != 16) {
            return hex(t & 0xFFFFFFFFL);
        }
        if (AttPrefixes.code32(in)) {
            return hex(t & 0xFFFFL);
        }
        boolean rel8 = in.row.a0 == Am.Jb;
        return hex(rel8 ? t & 0xFFFFFFFFL : (eip & 0xFFFF0000L) | (t & 0xFFFFL));
    }

    /** objdump shows a SIB with neither base nor index, scale 1, as a plain address in 16-bit code. */
    static boolean plainSib(Insn in) {
        return in.sib >= 0 && in.memBase < 0 && in.memIndex < 0 && in.sib >>> 6 == 0 && !AttPrefixes.code32(in);
    }
}
