package j86.decoder;

/**
 * Which prefix bytes objdump prints as words before the mnemonic: every LOCK and REP/REPNE, and any
 * segment, operand-size or address-size prefix that the instruction does not use (or that a later prefix
 * of the same kind overrides). Mirrors objdump's behaviour, observed on binutils 2.40.
 */
final class AttPrefixes {
    private AttPrefixes() {}

    static String unused(Insn in) {
        int count = Math.min(in.prefixCount, 8);
        if (count == 0) {
            return "";
        }
        int[] bytes = new int[count];
        for (int i = 0; i < count; i++) {
            bytes[i] = (int) (in.prefixBytes >>> (8 * (count - 1 - i))) & 0xFF;
        }
        int lastSeg = -1, lastOp = -1, lastAd = -1, lastRep = -1;
        for (int i = 0; i < count; i++) {
            int b = bytes[i];
            if (isSeg(b)) {
                lastSeg = i;
            } else if (b == 0x66) {
                lastOp = i;
            } else if (b == 0x67) {
                lastAd = i;
            } else if (b == 0xF3) {
                lastRep = i;
            }
        }
        boolean segUsed = segUsed(in), opUsed = AttMnemonic.opSizeUsed(in), adUsed = adSizeUsed(in);
        boolean repFixed = isRepString(in.op);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int b = bytes[i];
            String name;
            if (b == 0xF0) {
                name = "lock";
            } else if (b == 0xF2) {
                name = "repnz";
            } else if (b == 0xF3) {
                boolean consumed = in.op == Op.PAUSE || AttMnemonic.hintHasNoOperands(in);
                name = consumed && i == lastRep ? null : repFixed && i == lastRep ? "rep" : "repz";
            } else if (b == 0x66) {
                name = i == lastOp && opUsed ? null : code32(in) ? "data16" : "data32";
            } else if (b == 0x67) {
                name = i == lastAd && adUsed ? null : code32(in) ? "addr16" : "addr32";
            } else {
                boolean consumed = i == lastSeg && (segUsed || hint(in) != null || notrack(in));
                name = consumed ? null : Seg.NAMES[segOf(b)];
            }
            if (name != null) {
                sb.append(sb.length() > 0 ? " " : "").append(name);
            }
        }
        if (notrack(in)) {
            sb.append(sb.length() > 0 ? " " : "").append("notrack");
        }
        return sb.toString();
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
