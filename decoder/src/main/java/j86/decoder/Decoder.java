package j86.decoder;

/**
 * Decodes one x86 instruction (16- or 32-bit code) into an {@link Insn}. Never throws on any byte string
 * (exceptions thrown by the {@link ByteSource}, i.e. guest page faults, propagate). Allocation-free.
 * Layout followed: Intel SDM Vol. 2, chapter 2 (prefixes, opcode, ModRM, SIB, displacement, immediate);
 * the opcode rows come from {@link OneByteMap}, {@link TwoByteMap} and {@link Groups}.
 */
public final class Decoder {
    private Decoder() {}

    /** Longest legal instruction (SDM Vol. 2, 2.1): longer ones raise #UD (we report length 15). */
    static final int MAX_LENGTH = 15;

    /**
     * Decodes the instruction at {@code eip} into {@code out} and returns it.
     * @param code32 true when the code segment's D bit is set (32-bit default operand and address size)
     */
    public static Insn decode(ByteSource src, int eip, boolean code32, Insn out) {
        out.clear();
        int b = prefixes(src, eip, out);
        int pfx = out.prefixes;
        int v = code32 == ((pfx & Insn.PFX_OPSIZE) == 0) ? 32 : 16;
        out.addrSize = code32 == ((pfx & Insn.PFX_ADSIZE) == 0) ? 32 : 16;
        Row r = opcodeRow(src, eip, b, out);
        if (r == null) {
            return ud(out);
        }
        boolean regForm = false;
        if (r.hasModrm) {
            r = modrm(src, eip, r, out);
            regForm = out.modrm >>> 6 == 3;
            if (r == null) {
                return ud(out);
            }
        }
        out.row = r;
        out.op = r.op;
        out.cond = r.cond;
        out.opSize = r.width != 0 ? r.width : v;
        if (r.op == Op.NOP && (pfx & Insn.PFX_REP) != 0) {
            out.op = Op.PAUSE;
        }
        if (!operands(src, eip, r, v, out)) {
            return ud(out);
        }
        if ((pfx & Insn.PFX_LOCK) != 0 && ((r.flags & Row.LOCK) == 0 || regForm)) {
            return ud(out); // LOCK is #UD unless the instruction is lockable with a memory destination
        }
        if (out.length > MAX_LENGTH) {
            return ud(out);
        }
        return out;
    }

    /**
     * Reads the legacy prefixes (SDM Vol. 2, 2.1.1) into {@code out} and returns the first byte after them.
     * Of F2 and F3 the last one wins; of several segment overrides, the last one.
     */
    private static int prefixes(ByteSource src, int eip, Insn out) {
        int pfx = 0;
        for (;;) {
            int b = next(src, eip, out);
            switch (b) {
                case 0xF0: pfx |= Insn.PFX_LOCK; break;
                case 0xF2: pfx = (pfx & ~Insn.PFX_REP) | Insn.PFX_REPNE; break;
                case 0xF3: pfx = (pfx & ~Insn.PFX_REPNE) | Insn.PFX_REP; break;
                case 0x26: out.segOverride = Seg.ES; break;
                case 0x2E: out.segOverride = Seg.CS; break;
                case 0x36: out.segOverride = Seg.SS; break;
                case 0x3E: out.segOverride = Seg.DS; break;
                case 0x64: out.segOverride = Seg.FS; break;
                case 0x65: out.segOverride = Seg.GS; break;
                case 0x66: pfx |= Insn.PFX_OPSIZE; break;
                case 0x67: pfx |= Insn.PFX_ADSIZE; break;
                default:
                    out.prefixes = pfx;
                    return b;
            }
            out.prefixBytes = out.prefixBytes << 8 | b;
            out.prefixCount++;
        }
    }

    /** The opcode map row of the opcode that starts with byte {@code b}, reading its further opcode bytes; null if none. */
    private static Row opcodeRow(ByteSource src, int eip, int b, Insn out) {
        if (b != 0x0F) {
            out.opcode = b;
            return OneByteMap.MAP[b];
        }
        b = next(src, eip, out);
        out.opcode = 0x0F00 | b;
        if (b == 0x38 || b == 0x3A) {
            next(src, eip, out); // the third opcode byte: every cell of these maps has ModRM
            return b == 0x38 ? TwoByteMap.ESC_0F38 : TwoByteMap.ESC_0F3A;
        }
        return TwoByteMap.MAP[b];
    }

    /**
     * Reads ModRM (with the SIB byte and displacement of a memory form) and, for a group opcode, picks the
     * row by ModRM.reg. Returns the row, or null when the encoding is #UD (empty group cell, or a register
     * form of a memory-only instruction).
     */
    private static Row modrm(ByteSource src, int eip, Row r, Insn out) {
        int m = next(src, eip, out);
        out.modrm = m;
        boolean regForm = m >>> 6 == 3;
        // MOV to/from CR/DR (0F 20-23) ignore mod: the r/m is always a register.
        if (!regForm && r.a0 != Am.Rd && r.a1 != Am.Rd) {
            memory(src, eip, m, out);
        }
        if (r.group != null) {
            r = r.group[(m >>> 3) & 7];
            if (r == null) {
                return null;
            }
        }
        return r.memOnly && regForm ? null : r;
    }

    /** The next instruction byte; past the 15-byte limit it reads nothing (the caller then reports #UD). */
    private static int next(ByteSource src, int eip, Insn out) {
        int i = out.length++;
        return i < MAX_LENGTH ? src.fetch(eip + i) & 0xFF : 0;
    }

    /** A little-endian immediate or displacement of {@code bytes} bytes, zero-extended. */
    private static int imm(ByteSource src, int eip, Insn out, int bytes) {
        int x = next(src, eip, out);
        if (bytes == 1) {
            return x;
        }
        x |= next(src, eip, out) << 8;
        if (bytes == 2) {
            return x;
        }
        x |= next(src, eip, out) << 16;
        return x | next(src, eip, out) << 24;
    }

    private static Insn ud(Insn out) {
        out.op = Op.UD;
        out.operandCount = 0;
        if (out.length > MAX_LENGTH) {
            out.length = MAX_LENGTH;
        }
        return out;
    }

    // 16-bit r/m forms (SDM Vol. 2, Table 2-1): BX+SI, BX+DI, BP+SI, BP+DI, SI, DI, BP (disp16 when mod=0), BX.
    private static final int[] BASE16 = {3, 3, 5, 5, 6, 7, 5, 3};
    private static final int[] INDEX16 = {6, 7, 6, 7, -1, -1, -1, -1};

    /** Decodes the memory form of ModRM (+SIB, displacement) into the mem* fields (SDM Tables 2-1 to 2-3). */
    private static void memory(ByteSource src, int eip, int modrm, Insn out) {
        int base = out.addrSize == 16 ? memory16(src, eip, modrm, out) : memory32(src, eip, modrm, out);
        out.memBase = base;
        int seg = out.segOverride;
        out.memSeg = seg >= 0 ? seg : base == 5 || base == 4 && out.addrSize == 32 ? Seg.SS : Seg.DS;
    }

    /** 16-bit addressing (SDM Table 2-1): sets index and displacement, returns the base register or -1. */
    private static int memory16(ByteSource src, int eip, int modrm, Insn out) {
        int mod = modrm >>> 6, rm = modrm & 7;
        if (mod == 0 && rm == 6) {
            out.memDisp = (short) imm(src, eip, out, 2);
            return -1;
        }
        out.memIndex = INDEX16[rm];
        out.memDisp = mod == 1 ? (byte) next(src, eip, out) : mod == 2 ? (short) imm(src, eip, out, 2) : 0;
        return BASE16[rm];
    }

    /** 32-bit addressing (SDM Tables 2-2, 2-3): sets SIB, index and displacement, returns the base register or -1. */
    private static int memory32(ByteSource src, int eip, int modrm, Insn out) {
        int mod = modrm >>> 6, rm = modrm & 7;
        int base = rm;
        if (rm == 4) {
            int sib = next(src, eip, out);
            out.sib = sib;
            base = sib & 7;
            int index = (sib >>> 3) & 7;
            if (index != 4) {
                out.memIndex = index;
                out.memScale = sib >>> 6;
            }
            if (base == 5 && mod == 0) {
                base = -1;
                out.memDisp = imm(src, eip, out, 4);
            }
        } else if (rm == 5 && mod == 0) {
            base = -1;
            out.memDisp = imm(src, eip, out, 4);
        }
        if (mod == 1) {
            out.memDisp = (byte) next(src, eip, out);
        } else if (mod == 2) {
            out.memDisp = imm(src, eip, out, 4);
        }
        return base;
    }

    /** Fills the explicit operands; false when the encoding is invalid (bad segment register). */
    private static boolean operands(ByteSource src, int eip, Row r, int v, Insn out) {
        int n = 0;
        for (int i = 0; i < r.count; i++) {
            int a = i == 0 ? r.a0 : i == 1 ? r.a1 : r.a2;
            if (Am.implicitString(a)) {
                continue;
            }
            Operand o = out.operands[n++];
            if (!operand(src, eip, a, r, v, out, o)) {
                return false;
            }
        }
        out.operandCount = n;
        return true;
    }

    private static boolean operand(ByteSource src, int eip, int a, Row r, int v, Insn out, Operand o) {
        int modrm = out.modrm;
        int rm = modrm & 7, reg = (modrm >>> 3) & 7;
        boolean regForm = modrm >>> 6 == 3;
        switch (a) {
            case Am.Eb: return rmOperand(o, regForm, rm, 8, 8);
            case Am.Ew: return rmOperand(o, regForm, rm, 16, 16);
            case Am.Ed: return rmOperand(o, regForm, rm, 32, 32);
            case Am.Ev: return rmOperand(o, regForm, rm, v, v);
            case Am.RvMw: return rmOperand(o, regForm, rm, v, 16);
            case Am.M: return rmOperand(o, false, rm, v, v);
            case Am.Mp: case Am.Ep: return rmOperand(o, false, rm, 16 + v, 16 + v);
            case Am.Ma: return rmOperand(o, false, rm, 2 * v, 2 * v);
            case Am.Ms: return rmOperand(o, false, rm, 48, 48);
            case Am.Mq: return rmOperand(o, false, rm, 64, 64);
            case Am.Mb: return rmOperand(o, false, rm, 8, 8);
            case Am.Rd: o.set(Kind.REG, 32, rm, 0, 0); return true;
            case Am.Gb: o.set(Kind.REG, 8, reg, 0, 0); return true;
            case Am.Gw: o.set(Kind.REG, 16, reg, 0, 0); return true;
            case Am.Gd: o.set(Kind.REG, 32, reg, 0, 0); return true;
            case Am.Gv: o.set(Kind.REG, v, reg, 0, 0); return true;
            case Am.Sw:
                o.set(Kind.SREG, 16, reg, 0, 0);
                return reg <= Seg.GS && !(reg == Seg.CS && r.op == Op.MOV_TO_SEG);
            case Am.Cd: o.set(Kind.CREG, 32, reg, 0, 0); return true;
            case Am.Dd: o.set(Kind.DREG, 32, reg, 0, 0); return true;
            case Am.Ib: o.set(Kind.IMM, 8, 0, imm(src, eip, out, 1), 0); return true;
            case Am.Ibs: o.set(Kind.IMM, v, 0, (byte) imm(src, eip, out, 1), 0); return true;
            case Am.Iw: o.set(Kind.IMM, 16, 0, imm(src, eip, out, 2), 0); return true;
            case Am.Iz: case Am.Iv: o.set(Kind.IMM, v, 0, imm(src, eip, out, v >>> 3), 0); return true;
            case Am.Jb: o.set(Kind.REL, v, 0, (byte) imm(src, eip, out, 1), 0); return true;
            case Am.Jz:
                o.set(Kind.REL, v, 0, v == 16 ? (short) imm(src, eip, out, 2) : imm(src, eip, out, 4), 0);
                return true;
            case Am.Ap: {
                int off = imm(src, eip, out, v >>> 3);
                o.set(Kind.FAR, 16 + v, 0, off, imm(src, eip, out, 2));
                return true;
            }
            case Am.Ob: case Am.Ov:
                out.memDisp = imm(src, eip, out, out.addrSize >>> 3);
                out.memSeg = out.segOverride >= 0 ? out.segOverride : Seg.DS;
                o.set(Kind.MEM, a == Am.Ob ? 8 : v, 0, 0, 0);
                return true;
            case Am.DX: o.set(Kind.REG, 16, 2, 0, 0); return true;
            case Am.ONE: o.set(Kind.ONE, 8, 0, 1, 0); return true;
            default:
                if (a >= Am.AL && a <= Am.BH) {
                    o.set(Kind.REG, 8, a - Am.AL, 0, 0);
                } else if (a >= Am.eAX && a <= Am.eDI) {
                    o.set(Kind.REG, v, a - Am.eAX, 0, 0);
                } else {
                    o.set(Kind.SREG, 16, a - Am.ES, 0, 0); // ES..GS of PUSH/POP sreg
                }
                return true;
        }
    }

    private static boolean rmOperand(Operand o, boolean regForm, int rm, int regSize, int memSize) {
        if (regForm) {
            o.set(Kind.REG, regSize, rm, 0, 0);
        } else {
            o.set(Kind.MEM, memSize, 0, 0, 0);
        }
        return true;
    }
}
