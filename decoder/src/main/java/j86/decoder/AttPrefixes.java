package j86.decoder;

/**
 * Which prefix bytes objdump prints as words before the mnemonic: every LOCK and REP/REPNE, and any
 * segment, operand-size or address-size prefix that the instruction does not use (or that a later prefix
 * of the same kind overrides). Mirrors objdump's behaviour, observed on binutils 2.40.
 */
final class AttPrefixes {
    private AttPrefixes() {}

    static String unused(Insn in) {
        int[] bytes = prefixBytes(in);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < bytes.length; i++) {
            String name = word(in, bytes[i], lastOfKind(bytes, i));
            if (name != null) {
                sb.append(sb.length() > 0 ? " " : "").append(name);
            }
        }
        if (notrack(in)) {
            sb.append(sb.length() > 0 ? " " : "").append("notrack");
        }
        return sb.toString();
    }

    /** The instruction's prefix bytes in order (the decoder keeps the last eight). */
    private static int[] prefixBytes(Insn in) {
        int count = Math.min(in.prefixCount, 8);
        int[] bytes = new int[count];
        for (int i = 0; i < count; i++) {
            bytes[i] = (int) (in.prefixBytes >>> (8 * (count - 1 - i))) & 0xFF;
        }
        return bytes;
    }

    /** Whether no later prefix is of the same kind as {@code bytes[i]}: only the last one of a kind takes effect. */
    private static boolean lastOfKind(int[] bytes, int i) {
        for (int j = i + 1; j < bytes.length; j++) {
            if (bytes[j] == bytes[i] || isSeg(bytes[j]) && isSeg(bytes[i])) {
                return false;
            }
        }
        return true;
    }

    /** The word objdump prints for prefix byte {@code b}, or null when the instruction consumes it. */
    private static String word(Insn in, int b, boolean last) {
        switch (b) {
            case 0xF0:
                return "lock";
            case 0xF2:
                return "repnz";
            case 0xF3:
                if (!last) {
                    return "repz";
                }
                if (in.op == Op.PAUSE || AttMnemonic.hintHasNoOperands(in)) {
                    return null;
                }
                return isRepString(in.op) ? "rep" : "repz";
            case 0x66:
                return last && AttMnemonic.opSizeUsed(in) ? null : code32(in) ? "data16" : "data32";
            case 0x67:
                return last && adSizeUsed(in) ? null : code32(in) ? "addr16" : "addr32";
            default:
                return last && (segUsed(in) || hint(in) != null || notrack(in)) ? null : Seg.NAMES[segOf(b)];
        }
    }

    /** The code segment's default size, recovered from the address size and the 67 prefix. */
    static boolean code32(Insn in) {
        return in.addrSize == 32 != in.has(Insn.PFX_ADSIZE);
    }

    static boolean isSeg(int b) {
        return b == 0x26 || b == 0x2E || b == 0x36 || b == 0x3E || b == 0x64 || b == 0x65;
    }

    static int segOf(int b) {
        switch (b) {
            case 0x26: return Seg.ES;
            case 0x2E: return Seg.CS;
            case 0x36: return Seg.SS;
            case 0x3E: return Seg.DS;
            case 0x64: return Seg.FS;
            default: return Seg.GS;
        }
    }

    static boolean isRepString(Op op) {
        return op == Op.MOVS || op == Op.STOS || op == Op.LODS || op == Op.INS || op == Op.OUTS;
    }

    /** Branch hint of a Jcc: 2E = not taken (",pn"), 3E = taken (",pt"). */
    static String hint(Insn in) {
        if (in.op != Op.JCC) {
            return null;
        }
        return in.segOverride == Seg.CS ? ",pn" : in.segOverride == Seg.DS ? ",pt" : null;
    }

    /** 3E before an indirect near CALL/JMP is the CET "notrack" prefix. */
    static boolean notrack(Insn in) {
        return in.segOverride == Seg.DS && (in.op == Op.CALL || in.op == Op.JMP) && in.operands[0].kind != Kind.REL;
    }

    private static boolean segUsed(Insn in) {
        Row r = in.row;
        for (int i = 0; i < in.operandCount; i++) {
            if (in.operands[i].kind == Kind.MEM) {
                return true;
            }
        }
        return in.op == Op.XLAT || r.a0 == Am.Xb || r.a0 == Am.Xv || r.a1 == Am.Xb || r.a1 == Am.Xv;
    }

    private static boolean adSizeUsed(Insn in) {
        Op op = in.op;
        if (op == Op.JCXZ || op == Op.LOOP || op == Op.LOOPE || op == Op.LOOPNE || op == Op.XLAT) {
            return true;
        }
        Row r = in.row;
        for (int i = 0; i < r.count; i++) {
            int a = i == 0 ? r.a0 : i == 1 ? r.a1 : r.a2;
            if (Am.implicitString(a) || a == Am.Ob || a == Am.Ov) {
                return true;
            }
        }
        // objdump does not count a plain 32-bit absolute displacement (no base, index or SIB) as using 67.
        return in.modrm >= 0 && in.modrm >>> 6 != 3
            && (in.addrSize == 16 || in.memBase >= 0 || in.memIndex >= 0 || in.sib >= 0 && !AttOperands.plainSib(in));
    }
}
