package j86.decoder;

/**
 * The AT&T mnemonic objdump prints for a decoded instruction: the {@link Op}'s base name, the condition
 * name of Jcc/SETcc/CMOVcc, and the b/w/l size suffix where objdump shows one (the operand size cannot be
 * seen from a register operand, or it differs from the code segment's default for stack and branch ops).
 */
final class AttMnemonic {
    private AttMnemonic() {}

    static final String[] CC = {"o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g"};

    static char suffix(int size) {
        return size == 8 ? 'b' : size == 16 ? 'w' : 'l';
    }

    static String of(Insn in) {
        Op op = in.op;
        boolean code32 = AttPrefixes.code32(in);
        switch (op) {
            case JCC: {
                String hint = AttPrefixes.hint(in);
                return "j" + CC[in.cond] + (hint == null ? "" : hint);
            }
            case SETCC: return "set" + CC[in.cond];
            case CMOVCC: return "cmov" + CC[in.cond];
            case CBW: return in.opSize == 16 ? "cbtw" : "cwtl";
            case CWD: return in.opSize == 16 ? "cwtd" : "cltd";
            case JCXZ: return in.addrSize == 16 ? "jcxz" : "jecxz";
            case LOOP: case LOOPE: case LOOPNE:
                return op.mnemonic + (in.has(Insn.PFX_ADSIZE) ? code32 ? "w" : "l" : "");
            case NOP: return in.has(Insn.PFX_OPSIZE) ? "xchg" : "nop";
            case MOVS: case CMPS: case INS: case OUTS:
                return op.mnemonic + suffix(in.opSize);
            case MOVZX: case MOVSX:
                return op.mnemonic + suffix(in.operands[1].size) + suffix(in.opSize);
            case SGDT: case SIDT: case LGDT: case LIDT:
                return op.mnemonic + suffix(in.opSize);
            case HINT_NOP: return hint(in);
            case X87: return in.opcode == 0x9B ? "fwait" : "fpu";
            default:
                break;
        }
        boolean sizeReg = hasSizeRegister(in), mem = hasMemory(in);
        if (stackOrBranch(op)) {
            return !sizeReg && in.opSize != (code32 ? 32 : 16) ? op.mnemonic + suffix(in.opSize) : op.mnemonic;
        }
        if (mem && !sizeReg && !noSuffix(op)) {
            return op.mnemonic + suffix(in.opSize);
        }
        return op.mnemonic;
    }

    /** Operations whose suffix shows only a non-default operand size (pushw in 32-bit code, pushl in 16-bit). */
    private static boolean stackOrBranch(Op op) {
        switch (op) {
            case PUSH: case POP: case PUSH_SEG: case POP_SEG: case CALL: case JMP: case CALLF: case JMPF:
            case RET: case RETF: case IRET: case LEAVE: case ENTER: case PUSHA: case POPA: case PUSHF: case POPF:
                return true;
            default:
                return false;
        }
    }

    /** Memory-operand instructions objdump never suffixes (their width is implied). */
    private static boolean noSuffix(Op op) {
        switch (op) {
            case SETCC: case SLDT: case STR: case SMSW: case LLDT: case LTR: case VERR: case VERW: case LMSW:
            case INVLPG: case CMPXCHG8B: case MOV_TO_SEG: case MOV_FROM_SEG: case X87: case SIMD:
                return true;
            default:
                return false;
        }
    }

    /** A register operand that shows the operation width (not a shift count CL, not the port DX). */
    static boolean hasSizeRegister(Insn in) {
        Row r = in.row;
        for (int i = 0, k = 0; i < r.count; i++) {
            int a = i == 0 ? r.a0 : i == 1 ? r.a1 : r.a2;
            if (Am.implicitString(a)) {
                if (a == Am.Xb || a == Am.Yb || a == Am.Xv || a == Am.Yv) {
                    continue;
                }
            }
            Operand o = in.operands[k++];
            if (o.kind == Kind.REG && a != Am.DX && !(a == Am.CL && i > 0)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasMemory(Insn in) {
        for (int i = 0; i < in.operandCount; i++) {
            if (in.operands[i].kind == Kind.MEM) {
                return true;
            }
        }
        return false;
    }

    /** Whether objdump counts the 66 prefix as used by this instruction. */
    static boolean opSizeUsed(Insn in) {
        Op op = in.op;
        Row r = in.row;
        switch (op) {
            case PUSHA: case POPA: case PUSHF: case POPF: case IRET: case RET: case RETF: case LEAVE: case ENTER:
            case CBW: case CWD: case NOP: case PUSH_SEG: case POP_SEG: case SGDT: case SIDT: case LGDT: case LIDT:
            case HINT_NOP: case X87: case SIMD:
                return true;
            case MOV_TO_SEG: case MOV_FROM_SEG: case SLDT: case STR: case SMSW:
                return in.modrm >>> 6 == 3;
            case JCC: case JMP: case CALL:
                return r.a0 != Am.Jb;
            case LOOP: case LOOPE: case LOOPNE: case JCXZ: case CMPXCHG8B:
                return false;
            default:
                break;
        }
        if (r.width != 0) {
            return false;
        }
        for (int i = 0; i < r.count; i++) {
            int a = i == 0 ? r.a0 : i == 1 ? r.a1 : r.a2;
            if (a == Am.Ev || a == Am.Gv || a == Am.Iz || a == Am.Iv || a == Am.Ibs || a == Am.Jz || a == Am.Ap
                || a == Am.Ov || a >= Am.eAX && a <= Am.eDI || a == Am.M || a == Am.Mp || a == Am.Ma || a == Am.Ep
                || a == Am.Xv || a == Am.Yv) {
                return true;
            }
        }
        return false;
    }

    /** Hint NOPs (0F 0D, 0F 18-1F): objdump names the prefetch and CET forms. */
    static String hint(Insn in) {
        int reg = (in.modrm >>> 3) & 7;
        boolean mem = in.modrm >>> 6 != 3;
        if (in.opcode == 0x0F1E && in.has(Insn.PFX_REP) && in.modrm == 0xFB) {
            return "endbr32";
        }
        if (in.opcode == 0x0F1E && in.has(Insn.PFX_REP) && in.modrm == 0xFA) {
            return "endbr64";
        }
        if (in.opcode == 0x0F18 && mem && reg < 4) {
            return new String[] {"prefetchnta", "prefetcht0", "prefetcht1", "prefetcht2"}[reg];
        }
        if (in.opcode == 0x0F0D && mem) {
            return reg == 1 ? "prefetchw" : "prefetch";
        }
        return mem ? "nop" + suffix(in.opSize) : "nop";
    }

    static boolean hintHasNoOperands(Insn in) {
        return in.op == Op.HINT_NOP && in.opcode == 0x0F1E && in.has(Insn.PFX_REP)
            && (in.modrm == 0xFB || in.modrm == 0xFA);
    }
}
