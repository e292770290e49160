package j86.runtime.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.Vector;
import j86.runtime.cpu.CpuFault;
import j86.runtime.mem.PhysicalMemory;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * DIV/IDIV/AAM faults (SDM Vol. 2 "DIV", "IDIV": #DE when the divisor is 0 or the quotient does not
 * fit the destination; "AAM": #DE when imm8 = 0). The host silicon program cannot survive a #DE,
 * so the oracle here is exact BigInteger arithmetic (truncating division, as the SDM specifies).
 * On a fault the registers and flags must be unchanged.
 */
class DivideFaultTest {
    private static final int[] EDGES = {0, 1, -1, 2, 0x7F, 0x80, 0xFF, 0x7FFF, 0x8000, 0xFFFF, 0x7FFFFFFF, 0x80000000};

    private final Cpu cpu = new Cpu(0, new PhysicalMemory(1 << 20));
    private final Random rnd = new Random(86);

    private int value() {
        return rnd.nextBoolean() ? rnd.nextInt() : EDGES[rnd.nextInt(EDGES.length)] + rnd.nextInt(3) - 1;
    }

    @Test
    void divisionsFaultExactlyWhenTheSdmSays() {
        int faults = 0;
        for (int i = 0; i < 30_000; i++) {
            int width = 8 << rnd.nextInt(3);
            boolean signed = rnd.nextBoolean();
            int eax = value(), edx = value(), divisor = rnd.nextInt(8) == 0 ? 0 : value();
            if (rnd.nextBoolean()) { // small dividends so that most divisions succeed
                edx = signed && eax < 0 ? -1 : 0;
            }
            faults += check(width, signed, eax, edx, divisor) ? 1 : 0;
        }
        assertTrue(faults > 1000 && faults < 29_000, "unbalanced sample: " + faults + " faults");
    }

    /** Runs one division and compares with BigInteger; answers whether it faulted. */
    private boolean check(int width, boolean signed, int eax, int edx, int divisor) {
        BigInteger n = dividend(width, signed, eax, edx);
        BigInteger d = operand(divisor, width, signed);
        BigInteger[] qr = d.signum() == 0 ? null : n.divideAndRemainder(d);
        boolean expectFault = qr == null || !fits(qr[0], width, signed);
        cpu.r[Cpu.EAX] = eax;
        cpu.r[Cpu.EDX] = edx;
        Flags.set(cpu, 0x8D5 & value(), Cpu.ARITH);
        int flagsBefore = Flags.get(cpu);
        String what = String.format("%s%d eax=%08x edx=%08x divisor=%08x", signed ? "idiv" : "div", width, eax, edx, divisor);
        try {
            divide(width, signed, divisor);
        } catch (CpuFault f) {
            assertTrue(expectFault, what + ": unexpected #DE");
            assertEquals(Vector.DE, f.vector, what);
            assertEquals(eax, cpu.r[Cpu.EAX], what + ": EAX changed by a fault");
            assertEquals(edx, cpu.r[Cpu.EDX], what + ": EDX changed by a fault");
            assertEquals(flagsBefore, Flags.get(cpu), what + ": flags changed by a fault");
            return true;
        }
        assertTrue(!expectFault, what + ": expected #DE");
        long mask = width == 32 ? 0xFFFFFFFFL : (1L << width) - 1;
        long q = qr[0].longValue() & mask, r = qr[1].longValue() & mask;
        if (width == 8) {
            assertEquals((eax & ~0xFFFF) | (int) (r << 8 | q), cpu.r[Cpu.EAX], what);
            assertEquals(edx, cpu.r[Cpu.EDX], what);
        } else if (width == 16) {
            assertEquals((eax & ~0xFFFF) | (int) q, cpu.r[Cpu.EAX], what);
            assertEquals((edx & ~0xFFFF) | (int) r, cpu.r[Cpu.EDX], what);
        } else {
            assertEquals((int) q, cpu.r[Cpu.EAX], what);
            assertEquals((int) r, cpu.r[Cpu.EDX], what);
        }
        return false;
    }

    private static BigInteger dividend(int width, boolean signed, int eax, int edx) {
        long raw = width == 8 ? eax & 0xFFFFL
                : width == 16 ? (edx & 0xFFFFL) << 16 | eax & 0xFFFFL
                : (edx & 0xFFFFFFFFL) << 32 | eax & 0xFFFFFFFFL;
        BigInteger n = new BigInteger(Long.toUnsignedString(raw));
        return signed && n.testBit(2 * width - 1) ? n.subtract(BigInteger.ONE.shiftLeft(2 * width)) : n;
    }

    private static BigInteger operand(int v, int width, boolean signed) {
        long raw = v & (width == 32 ? 0xFFFFFFFFL : (1L << width) - 1);
        BigInteger x = BigInteger.valueOf(raw);
        return signed && x.testBit(width - 1) ? x.subtract(BigInteger.ONE.shiftLeft(width)) : x;
    }

    private static boolean fits(BigInteger q, int width, boolean signed) {
        BigInteger lo = signed ? BigInteger.ONE.shiftLeft(width - 1).negate() : BigInteger.ZERO;
        BigInteger hi = signed ? BigInteger.ONE.shiftLeft(width - 1).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
        return q.compareTo(lo) >= 0 && q.compareTo(hi) <= 0;
    }

    private void divide(int width, boolean signed, int divisor) {
        switch ((signed ? 100 : 0) + width) {
            case 8: MulDiv.div8(cpu, divisor); break;
            case 16: MulDiv.div16(cpu, divisor); break;
            case 32: MulDiv.div32(cpu, divisor); break;
            case 108: MulDiv.idiv8(cpu, divisor); break;
            case 116: MulDiv.idiv16(cpu, divisor); break;
            default: MulDiv.idiv32(cpu, divisor); break;
        }
    }

    @Test
    void aamByZeroFaultsAndChangesNothing() {
        cpu.r[Cpu.EAX] = 0x12345678;
        Flags.set(cpu, Cpu.CF | Cpu.ZF, Cpu.ARITH);
        int flags = Flags.get(cpu);
        CpuFault f = org.junit.jupiter.api.Assertions.assertThrows(CpuFault.class, () -> Bcd.aam(cpu, 0));
        assertEquals(Vector.DE, f.vector);
        assertEquals(0x12345678, cpu.r[Cpu.EAX]);
        assertEquals(flags, Flags.get(cpu));
    }
}
