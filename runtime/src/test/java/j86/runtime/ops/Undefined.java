package j86.runtime.ops;

import j86.runtime.cpu.Cpu;

/**
 * The flags the Intel SDM (Vol. 2, each instruction's "Flags Affected" section; Vol. 1 Appendix A,
 * Table A-2) calls undefined after an instruction with given operands. The silicon comparison
 * ignores exactly these bits: real CPUs do define them, but differently from one model to the next,
 * and guest code must not depend on them.
 *
 * <pre>
 * instruction              undefined flags                     SDM "Flags Affected"
 * ADD ADC SUB SBB CMP NEG  none
 * INC DEC                  none (CF is preserved)
 * AND OR XOR TEST          AF                                  "The state of the AF flag is undefined"
 * NOT BSWAP CBW.. SALC     none (no flag changes)
 * SHL SHR SAR count 0      none (nothing changes)
 * SHL SHR SAR count > 0    AF; OF if count != 1;               SAL/SAR/SHL/SHR
 *                          CF for SHL/SHR if count >= width
 * ROL ROR RCL RCR          OF if masked count > 1              RCL/RCR/ROL/ROR
 * SHLD SHRD count 1..w     AF; OF if count != 1                SHLD, SHRD
 * MUL IMUL                 SF ZF AF PF                         MUL, IMUL
 * DIV IDIV                 CF OF SF ZF AF PF                   DIV, IDIV
 * BT BTS BTR BTC           OF SF AF PF                         BT
 * BSF BSR                  CF OF SF AF PF                      BSF, BSR
 * DAA DAS                  OF                                  DAA, DAS
 * AAA AAS                  OF SF ZF PF                         AAA, AAS
 * AAM AAD                  OF AF CF                            AAM, AAD
 * LAHF SAHF CLC STC CMC    none
 * CMPXCHG                  none
 * </pre>
 * Counts are the 5-bit masked counts. The result of SHLD/SHRD 16 with count > 16 is undefined: the
 * host program does not generate those.
 */
final class Undefined {
    private Undefined() {}

    static final int CF = Cpu.CF, PF = Cpu.PF, AF = Cpu.AF, ZF = Cpu.ZF, SF = Cpu.SF, OF = Cpu.OF;

    static int mask(HostVector v) {
        if (v.isChain()) {
            HostVector second = v.second(0);
            return mask(second) | mask(v.first()) & passesThrough(second.base());
        }
        int count = v.c() & 31;
        switch (v.base()) {
            case "and": case "or": case "xor": case "test":
                return AF;
            case "shl": case "shr": case "sar":
                if (count == 0) {
                    return 0;
                }
                return AF | (count != 1 ? OF : 0) | (!v.base().equals("sar") && count >= v.width() ? CF : 0);
            case "rol": case "ror": case "rcl": case "rcr":
                return count > 1 ? OF : 0;
            case "shld": case "shrd":
                return count == 0 ? 0 : AF | (count != 1 ? OF : 0);
            case "mul": case "imul": case "imul2":
                return SF | ZF | AF | PF;
            case "div": case "idiv":
                return Cpu.ARITH;
            case "bt": case "bts": case "btr": case "btc":
                return OF | SF | AF | PF;
            case "bsf": case "bsr":
                return CF | OF | SF | AF | PF;
            case "daa": case "das":
                return OF;
            case "aaa": case "aas":
                return OF | SF | ZF | PF;
            case "aam": case "aad":
                return OF | AF | CF;
            default:
                return 0;
        }
    }

    /**
     * In a chain, the flags op2 leaves as op1 set them: those stay undefined if op1 left them
     * undefined. (The host program never lets op2 read a flag op1 left undefined.)
     */
    static int passesThrough(String op2) {
        switch (op2) {
            case "rcl": case "rcr": case "rol": case "ror": return SF | ZF | AF | PF;
            case "inc": case "dec": return CF;
            case "cmc": return Cpu.ARITH & ~CF;
            case "salc": case "lahf": return Cpu.ARITH;
            default: return 0;
        }
    }

    /** The flags condition code pair cc >>> 1 reads (SDM Vol. 1, Table B-1). */
    static int condInputs(int cc) {
        switch (cc >>> 1) {
            case 0: return OF;
            case 1: return CF;
            case 2: return ZF;
            case 3: return CF | ZF;
            case 4: return SF;
            case 5: return PF;
            case 6: return SF | OF;
            default: return ZF | SF | OF;
        }
    }
}
