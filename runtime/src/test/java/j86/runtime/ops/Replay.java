package j86.runtime.ops;

import static j86.runtime.cpu.Cpu.EAX;
import static j86.runtime.cpu.Cpu.EDX;

import j86.runtime.cpu.Cpu;

/**
 * Runs one host vector's instruction through j86.runtime.ops and returns {r1, r2} in the host
 * program's layout:
 * <ul>
 * <li>ALU, INC/DEC/NEG/NOT, BSWAP, BT*, BSF/BSR, IMUL r,r: a = dst, b = src; r1 = new dst
 *     (CMP/TEST: dst unchanged).</li>
 * <li>shifts and rotates: a = value, c = count; SHLD/SHRD: a = dst, b = src, c = count.</li>
 * <li>MUL/IMUL/DIV/IDIV r/m: a = EAX, b = EDX, c = source; r1 = EAX, r2 = EDX after.</li>
 * <li>implicit-operand instructions (BCD, CBW.., SALC, LAHF, SAHF, CLC..): a = EAX, b = EDX in;
 *     r1 = EAX, r2 = EDX out. AAM/AAD carry their immediate in the name ("aam_10").</li>
 * <li>XADD: a = dst, b = src; r1 = dst after (the sum), r2 = src after (the old dst).</li>
 * <li>CMPXCHG: a = accumulator, b = dst, c = src; r1 = accumulator, r2 = dst after.</li>
 * <li>chains "op1>op2": see {@link HostVector#first()} and {@link HostVector#second(int)}; op2
 *     runs on the lazy flag state op1 left, without materialising it.</li>
 * </ul>
 */
final class Replay {
    private Replay() {}

    static int[] run(Cpu c, HostVector v) {
        if (v.isChain()) {
            int x = run(c, v.first())[0];
            return run(c, v.second(x));
        }
        int a = v.a(), b = v.b(), n = v.c();
        switch (v.name()) {
            case "add8": return one(Alu.add8(c, a, b));
            case "add16": return one(Alu.add16(c, a, b));
            case "add32": return one(Alu.add32(c, a, b));
            case "or8": return one(Alu.or8(c, a, b));
            case "or16": return one(Alu.or16(c, a, b));
            case "or32": return one(Alu.or32(c, a, b));
            case "adc8": return one(Alu.adc8(c, a, b));
            case "adc16": return one(Alu.adc16(c, a, b));
            case "adc32": return one(Alu.adc32(c, a, b));
            case "sbb8": return one(Alu.sbb8(c, a, b));
            case "sbb16": return one(Alu.sbb16(c, a, b));
            case "sbb32": return one(Alu.sbb32(c, a, b));
            case "and8": return one(Alu.and8(c, a, b));
            case "and16": return one(Alu.and16(c, a, b));
            case "and32": return one(Alu.and32(c, a, b));
            case "sub8": return one(Alu.sub8(c, a, b));
            case "sub16": return one(Alu.sub16(c, a, b));
            case "sub32": return one(Alu.sub32(c, a, b));
            case "xor8": return one(Alu.xor8(c, a, b));
            case "xor16": return one(Alu.xor16(c, a, b));
            case "xor32": return one(Alu.xor32(c, a, b));
            case "cmp8": Alu.cmp8(c, a, b); return one(a);
            case "cmp16": Alu.cmp16(c, a, b); return one(a);
            case "cmp32": Alu.cmp32(c, a, b); return one(a);
            case "test8": Alu.test8(c, a, b); return one(a);
            case "test16": Alu.test16(c, a, b); return one(a);
            case "test32": Alu.test32(c, a, b); return one(a);
            case "inc8": return one(Alu.inc8(c, a));
            case "inc16": return one(Alu.inc16(c, a));
            case "inc32": return one(Alu.inc32(c, a));
            case "dec8": return one(Alu.dec8(c, a));
            case "dec16": return one(Alu.dec16(c, a));
            case "dec32": return one(Alu.dec32(c, a));
            case "neg8": return one(Alu.neg8(c, a));
            case "neg16": return one(Alu.neg16(c, a));
            case "neg32": return one(Alu.neg32(c, a));
            case "not8": return one(Alu.not8(c, a));
            case "not16": return one(Alu.not16(c, a));
            case "not32": return one(Alu.not32(c, a));
            case "bswap32": return one(Bits.bswap32(c, a));
            default: return runShift(c, v, a, b, n);
        }
    }

    private static int[] runShift(Cpu c, HostVector v, int a, int b, int n) {
        switch (v.name()) {
            case "rol8": return one(Shift.rol8(c, a, n));
            case "rol16": return one(Shift.rol16(c, a, n));
            case "rol32": return one(Shift.rol32(c, a, n));
            case "ror8": return one(Shift.ror8(c, a, n));
            case "ror16": return one(Shift.ror16(c, a, n));
            case "ror32": return one(Shift.ror32(c, a, n));
            case "rcl8": return one(Shift.rcl8(c, a, n));
            case "rcl16": return one(Shift.rcl16(c, a, n));
            case "rcl32": return one(Shift.rcl32(c, a, n));
            case "rcr8": return one(Shift.rcr8(c, a, n));
            case "rcr16": return one(Shift.rcr16(c, a, n));
            case "rcr32": return one(Shift.rcr32(c, a, n));
            case "shl8": return one(Shift.shl8(c, a, n));
            case "shl16": return one(Shift.shl16(c, a, n));
            case "shl32": return one(Shift.shl32(c, a, n));
            case "shr8": return one(Shift.shr8(c, a, n));
            case "shr16": return one(Shift.shr16(c, a, n));
            case "shr32": return one(Shift.shr32(c, a, n));
            case "sar8": return one(Shift.sar8(c, a, n));
            case "sar16": return one(Shift.sar16(c, a, n));
            case "sar32": return one(Shift.sar32(c, a, n));
            case "shld16": return one(Shift.shld16(c, a, b, n));
            case "shld32": return one(Shift.shld32(c, a, b, n));
            case "shrd16": return one(Shift.shrd16(c, a, b, n));
            case "shrd32": return one(Shift.shrd32(c, a, b, n));
            default: return runMulBits(c, v, a, b, n);
        }
    }

    private static int[] runMulBits(Cpu c, HostVector v, int a, int b, int n) {
        c.r[EAX] = a;
        c.r[EDX] = b;
        switch (v.name()) {
            case "mul8": MulDiv.mul8(c, n); break;
            case "mul16": MulDiv.mul16(c, n); break;
            case "mul32": MulDiv.mul32(c, n); break;
            case "imul8": MulDiv.imul8(c, n); break;
            case "imul16": MulDiv.imul16(c, n); break;
            case "imul32": MulDiv.imul32(c, n); break;
            case "div8": MulDiv.div8(c, n); break;
            case "div16": MulDiv.div16(c, n); break;
            case "div32": MulDiv.div32(c, n); break;
            case "idiv8": MulDiv.idiv8(c, n); break;
            case "idiv16": MulDiv.idiv16(c, n); break;
            case "idiv32": MulDiv.idiv32(c, n); break;
            case "imul2_16": return one(MulDiv.imul16(c, a, b));
            case "imul2_32": return one(MulDiv.imul32(c, a, b));
            case "bt16": return one(Bits.bt16(c, a, b));
            case "bt32": return one(Bits.bt32(c, a, b));
            case "bts16": return one(Bits.bts16(c, a, b));
            case "bts32": return one(Bits.bts32(c, a, b));
            case "btr16": return one(Bits.btr16(c, a, b));
            case "btr32": return one(Bits.btr32(c, a, b));
            case "btc16": return one(Bits.btc16(c, a, b));
            case "btc32": return one(Bits.btc32(c, a, b));
            case "bsf16": return one(Bits.bsf16(c, a, b));
            case "bsf32": return one(Bits.bsf32(c, a, b));
            case "bsr16": return one(Bits.bsr16(c, a, b));
            case "bsr32": return one(Bits.bsr32(c, a, b));
            default: return runImplicit(c, v, a, b, n);
        }
        return new int[] {c.r[EAX], c.r[EDX]};
    }

    private static int[] runImplicit(Cpu c, HostVector v, int a, int b, int n) {
        String name = v.name();
        if (name.startsWith("aam_") || name.startsWith("aad_")) {
            int imm = Integer.decode(name.substring(4));
            if (name.startsWith("aam")) {
                Bcd.aam(c, imm);
            } else {
                Bcd.aad(c, imm);
            }
            return new int[] {c.r[EAX], c.r[EDX]};
        }
        switch (name) {
            case "daa": Bcd.daa(c); break;
            case "das": Bcd.das(c); break;
            case "aaa": Bcd.aaa(c); break;
            case "aas": Bcd.aas(c); break;
            case "cbw": Misc.cbw(c); break;
            case "cwde": Misc.cwde(c); break;
            case "cwd": Misc.cwd(c); break;
            case "cdq": Misc.cdq(c); break;
            case "salc": Misc.salc(c); break;
            case "lahf": Misc.lahf(c); break;
            case "sahf": Misc.sahf(c); break;
            case "clc": Misc.clc(c); break;
            case "stc": Misc.stc(c); break;
            case "cmc": Misc.cmc(c); break;
            case "xadd8": return new int[] {Misc.xadd8(c, a, b), a & 0xFF};
            case "xadd16": return new int[] {Misc.xadd16(c, a, b), a & 0xFFFF};
            case "xadd32": return new int[] {Misc.xadd32(c, a, b), a};
            case "cmpxchg8": return cmpxchg(Misc.cmpxchg8(c, a, b), a, b, n, 0xFF);
            case "cmpxchg16": return cmpxchg(Misc.cmpxchg16(c, a, b), a, b, n, 0xFFFF);
            case "cmpxchg32": return cmpxchg(Misc.cmpxchg32(c, a, b), a, b, n, -1);
            default: throw new IllegalArgumentException("no replay for " + name);
        }
        return new int[] {c.r[EAX], c.r[EDX]};
    }

    /** The caller's half of CMPXCHG as documented in {@link Misc}. */
    private static int[] cmpxchg(boolean equal, int acc, int dst, int src, int m) {
        return equal ? new int[] {acc & m, src & m} : new int[] {dst & m, dst & m};
    }

    private static int[] one(int r) {
        return new int[] {r, 0};
    }
}
