package j86.runtime.interp;

import j86.decoder.Insn;
import j86.decoder.Kind;
import j86.decoder.Op;
import j86.decoder.Operand;

/**
 * Sorts a decoded instruction into one of the common shapes {@link FastPath} executes without the
 * generic operand plumbing (a 32-bit MOV between registers, an ALU op with an immediate, a Jcc...),
 * once, when the instruction enters the {@link CodeCache}. The form word packs the shape (low 8
 * bits), the first and second register operands (bits 8-10, 11-13) and the ALU operation (bits
 * 16-19). {@link #GENERIC} (0) means "go through {@link Dispatch}".
 *
 * Apart from XCHG, MOVZX/MOVSX and the shifts (whose helpers are called directly), only 32-bit
 * operand (and, for memory, 32-bit address) forms without LOCK qualify: those are what JOS's kernel
 * and user code spend their time in, and their semantics need no size switch.
 */
final class Forms {
    private Forms() {}

    static final int GENERIC = 0, MOV_RR = 1, MOV_RI = 2, MOV_RM = 3, MOV_MR = 4, MOV_MI = 5,
            ALU_RR = 6, ALU_RI = 7, ALU_RM = 8, ALU_MR = 9, ALU_MI = 10, INC_R = 11, DEC_R = 12,
            JCC = 13, JMP_REL = 14, CALL_REL = 15, RET = 16, PUSH_R = 17, POP_R = 18, PUSH_I = 19,
            LEA = 20, NOP = 21, XCHG = 22, MOVX = 23, SHIFT = 24, PAUSE = 25,
            MOV8_RR = 26, MOV8_RI = 27, MOV8_RM = 28, MOV8_MR = 29, MOV8_MI = 30,
            ALU8_RR = 31, ALU8_RI = 32, ALU8_RM = 33, ALU8_MR = 34, ALU8_MI = 35,
            IMUL = 36, PUSH_M = 37, JMP_M = 38, MOVZX8_RM = 39, MOVZX16_RM = 40, MOVSX8_RM = 41,
            MOVSX16_RM = 42;

    /** ALU operation numbers (bits 16-19 of an ALU form). */
    static final int ADD = 0, OR = 1, ADC = 2, SBB = 3, AND = 4, SUB = 5, XOR = 6, CMP = 7, TEST = 8;

    static int kind(int form) {
        return form & 0xFF;
    }

    static int r1(int form) {
        return (form >>> 8) & 7;
    }

    static int r2(int form) {
        return (form >>> 11) & 7;
    }

    static int alu(int form) {
        return (form >>> 16) & 0xF;
    }

    private static int pack(int kind, int r1, int r2) {
        return kind | (r1 & 7) << 8 | (r2 & 7) << 11;
    }

    /** The form of {@code i} (which must not change afterwards). */
    static int classify(Insn i) {
        Op op = i.op;
        if (op == Op.NOP || op == Op.HINT_NOP) {
            return NOP;
        }
        if (op == Op.PAUSE) {
            return PAUSE;
        }
        // Shapes whose Exec* helper handles every size and prefix itself: skip only the dispatch.
        switch (op) {
            case XCHG: return XCHG;
            case MOVZX: case MOVSX: return movx(i);
            case ROL: case ROR: case RCL: case RCR: case SHL: case SHR: case SAR:
                // Memory shifts set the flags before their write may fault: the generic path restores them.
                return i.operands[0].kind == Kind.REG ? SHIFT : GENERIC;
            default: break;
        }
        if ((i.prefixes & Insn.PFX_LOCK) != 0) {
            return GENERIC;
        }
        boolean mem32 = i.addrSize == 32;
        Operand a = i.operands[0], b = i.operands[1];
        Kind ka = i.operandCount > 0 ? a.kind : null, kb = i.operandCount > 1 ? b.kind : null;
        int alu = aluNumber(op);
        if (i.opSize == 8) {
            return classify8(op, alu, ka, kb, mem32, i);
        }
        if (i.opSize != 32) {
            return GENERIC;
        }
        if (alu >= 0 && i.operandCount == 2) {
            int base = ka == Kind.REG ? (kb == Kind.REG ? ALU_RR : kb == Kind.IMM ? ALU_RI : kb == Kind.MEM && mem32 ? ALU_RM : -1)
                    : ka == Kind.MEM && mem32 ? (kb == Kind.REG ? ALU_MR : kb == Kind.IMM ? ALU_MI : -1) : -1;
            return base < 0 ? GENERIC : pack(base, a.reg, b.reg) | alu << 16;
        }
        switch (op) {
            case MOV:
                if (ka == Kind.REG) {
                    if (kb == Kind.REG) return pack(MOV_RR, a.reg, b.reg);
                    if (kb == Kind.IMM) return pack(MOV_RI, a.reg, 0);
                    if (kb == Kind.MEM && mem32) return pack(MOV_RM, a.reg, 0);
                } else if (ka == Kind.MEM && mem32) {
                    if (kb == Kind.REG) return pack(MOV_MR, 0, b.reg);
                    if (kb == Kind.IMM) return pack(MOV_MI, 0, 0);
                }
                return GENERIC;
            case INC: return ka == Kind.REG ? pack(INC_R, a.reg, 0) : GENERIC;
            case DEC: return ka == Kind.REG ? pack(DEC_R, a.reg, 0) : GENERIC;
            case JCC: return ka == Kind.REL ? JCC : GENERIC;
            case JMP: return ka == Kind.REL ? JMP_REL : ka == Kind.MEM || ka == Kind.REG ? JMP_M : GENERIC;
            case CALL: return ka == Kind.REL ? CALL_REL : GENERIC;
            case RET: return i.operandCount == 0 ? RET : GENERIC;
            case PUSH:
                if (ka == Kind.REG) return pack(PUSH_R, a.reg, 0);
                return ka == Kind.IMM ? PUSH_I : ka == Kind.MEM ? PUSH_M : GENERIC;
            case POP: return ka == Kind.REG ? pack(POP_R, a.reg, 0) : GENERIC;
            case IMUL: return IMUL;
            case LEA: return ka == Kind.REG && kb == Kind.MEM && mem32 ? pack(LEA, a.reg, 0) : GENERIC;
            default: return GENERIC;
        }
    }

    /** MOVZX/MOVSX r32, m8/m16 with 32-bit addressing get their own forms; the rest calls ExecMove.movx. */
    private static int movx(Insn i) {
        Operand s = i.operands[1];
        if (i.opSize != 32 || i.addrSize != 32 || s.kind != Kind.MEM || (s.size != 8 && s.size != 16)) {
            return MOVX;
        }
        int kind = i.op == Op.MOVZX ? (s.size == 8 ? MOVZX8_RM : MOVZX16_RM) : (s.size == 8 ? MOVSX8_RM : MOVSX16_RM);
        return pack(kind, i.operands[0].reg, 0);
    }

    /** Byte forms: MOV and the ALU group between registers, immediates and memory (32-bit addressing). */
    private static int classify8(Op op, int alu, Kind ka, Kind kb, boolean mem32, Insn i) {
        int r1 = i.operands[0].reg, r2 = i.operands[1].reg;
        if (op != Op.MOV && (alu < 0 || i.operandCount != 2)) {
            return GENERIC;
        }
        int shape;
        if (ka == Kind.REG) {
            shape = kb == Kind.REG ? 0 : kb == Kind.IMM ? 1 : kb == Kind.MEM && mem32 ? 2 : -1;
        } else if (ka == Kind.MEM && mem32) {
            shape = kb == Kind.REG ? 3 : kb == Kind.IMM ? 4 : -1;
        } else {
            shape = -1;
        }
        if (shape < 0) {
            return GENERIC;
        }
        return op == Op.MOV ? pack(MOV8_RR + shape, r1, r2) : pack(ALU8_RR + shape, r1, r2) | alu << 16;
    }

    private static int aluNumber(Op op) {
        switch (op) {
            case ADD: return ADD;
            case OR: return OR;
            case ADC: return ADC;
            case SBB: return SBB;
            case AND: return AND;
            case SUB: return SUB;
            case XOR: return XOR;
            case CMP: return CMP;
            case TEST: return TEST;
            default: return -1;
        }
    }
}
