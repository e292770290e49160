package j86.translator.scan;

import j86.decoder.Insn;
import j86.decoder.Kind;
import j86.decoder.Operand;

/**
 * Per-block flag liveness: which instructions' flag records nobody can observe. An instruction's
 * record is dead when a later instruction of the block overwrites all six arithmetic flags and
 * everything from it up to and including that overwriter can neither read flags, nor fault, nor
 * leave the block (a fault or an exit hands the flags to the interpreter, which needs them exact).
 *
 * <p>Only register/immediate forms qualify, since only they never fault: the droppable writers
 * are ADD SUB AND OR XOR CMP TEST NEG (they overwrite all six flags and read none, Flags' javadoc);
 * MOV, LEA and NOT touch no flags and may sit in between. Anything else (INC/DEC read CF, ADC/SBB
 * read CF, Jcc reads, memory may fault, a fallback may do anything) keeps earlier records live.
 */
public final class Liveness {
    private Liveness() {}

    /** dead[k]: instruction k's flag record may be skipped. */
    public static boolean[] deadFlagWrites(Insn[] insns) {
        boolean[] dead = new boolean[insns.length];
        for (int k = 0; k < insns.length; k++) {
            if (!overwritesAll(insns[k])) {
                continue;
            }
            for (int j = k + 1; j < insns.length; j++) {
                if (overwritesAll(insns[j])) {
                    dead[k] = true;
                    break;
                }
                if (!transparent(insns[j])) {
                    break;
                }
            }
        }
        return dead;
    }

    private static boolean registerOnly(Insn i) {
        if (i.has(Insn.PFX_LOCK)) {
            return false;
        }
        for (int n = 0; n < i.operandCount; n++) {
            Kind k = i.operands[n].kind;
            if (k != Kind.REG && k != Kind.IMM) {
                return false;
            }
        }
        return true;
    }

    /** Overwrites CF PF AF ZF SF OF without reading any, and cannot fault. */
    static boolean overwritesAll(Insn i) {
        switch (i.op) {
            case ADD: case SUB: case AND: case OR: case XOR: case CMP: case TEST: case NEG:
                return registerOnly(i) && i.operandCount > 0 && i.operands[0].kind == Kind.REG;
            default:
                return false;
        }
    }

    /** Touches no flag and cannot fault or leave the block. */
    static boolean transparent(Insn i) {
        Operand d = i.operands[0];
        switch (i.op) {
            case MOV: case NOT: return registerOnly(i) && d.kind == Kind.REG;
            case LEA: return !i.has(Insn.PFX_LOCK) && d.kind == Kind.REG && i.opSize != 8;
            case NOP: return true;
            default: return false;
        }
    }
}
