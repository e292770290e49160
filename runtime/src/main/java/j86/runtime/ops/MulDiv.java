package j86.runtime.ops;

import static j86.runtime.cpu.Cpu.EAX;
import static j86.runtime.cpu.Cpu.EDX;

import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.Vector;
import j86.runtime.cpu.CpuFault;

/**
 * MUL, IMUL, DIV, IDIV (SDM Vol. 2). One-operand forms use AL/AX/EAX and write AX, DX:AX or
 * EDX:EAX. MUL/IMUL set CF = OF = "the upper half is significant"; SF, ZF, AF, PF are undefined
 * (we derive SF/ZF/PF from the low half and clear AF). DIV/IDIV leave every flag undefined: we leave
 * them unchanged. A zero divisor or a quotient that does not fit raises #DE before any register
 * is written.
 */
public final class MulDiv {
    private MulDiv() {}

    private static void mulFlags(Cpu c, int sizeLog2, int low, boolean wide) {
        Flags.recordRes(c, sizeLog2, low & Flags.mask(sizeLog2), wide ? Cpu.CF | Cpu.OF : 0);
    }

    public static void mul8(Cpu c, int src) {
        int p = (c.r[EAX] & 0xFF) * (src & 0xFF);
        Regs.set16(c, EAX, p);
        mulFlags(c, Flags.S8, p, p >>> 8 != 0);
    }

    public static void mul16(Cpu c, int src) {
        int p = (c.r[EAX] & 0xFFFF) * (src & 0xFFFF);
        Regs.set16(c, EAX, p);
        Regs.set16(c, EDX, p >>> 16);
        mulFlags(c, Flags.S16, p, p >>> 16 != 0);
    }

    public static void mul32(Cpu c, int src) {
        long p = (c.r[EAX] & 0xFFFFFFFFL) * (src & 0xFFFFFFFFL);
        c.r[EAX] = (int) p;
        c.r[EDX] = (int) (p >>> 32);
        mulFlags(c, Flags.S32, (int) p, p >>> 32 != 0);
    }

    public static void imul8(Cpu c, int src) {
        int p = (byte) c.r[EAX] * (byte) src;
        Regs.set16(c, EAX, p);
        mulFlags(c, Flags.S8, p, p != (byte) p);
    }

    public static void imul16(Cpu c, int src) {
        int p = (short) c.r[EAX] * (short) src;
        Regs.set16(c, EAX, p);
        Regs.set16(c, EDX, p >>> 16);
        mulFlags(c, Flags.S16, p, p != (short) p);
    }

    public static void imul32(Cpu c, int src) {
        long p = (long) c.r[EAX] * src;
        c.r[EAX] = (int) p;
        c.r[EDX] = (int) (p >>> 32);
        mulFlags(c, Flags.S32, (int) p, p != (int) p);
    }

    /** Two- and three-operand IMUL r16, r/m16(, imm): the truncated product. */
    public static int imul16(Cpu c, int a, int b) {
        int p = (short) a * (short) b;
        mulFlags(c, Flags.S16, p, p != (short) p);
        return p & 0xFFFF;
    }

    /** Two- and three-operand IMUL r32, r/m32(, imm): the truncated product. */
    public static int imul32(Cpu c, int a, int b) {
        long p = (long) a * b;
        mulFlags(c, Flags.S32, (int) p, p != (int) p);
        return (int) p;
    }

    public static void div8(Cpu c, int divisor) {
        int d = divisor & 0xFF;
        int n = c.r[EAX] & 0xFFFF;
        if (d == 0 || n / d > 0xFF) {
            throw CpuFault.of(Vector.DE);
        }
        Regs.set16(c, EAX, (n % d) << 8 | n / d);
    }

    public static void div16(Cpu c, int divisor) {
        int d = divisor & 0xFFFF;
        long n = (c.r[EDX] & 0xFFFFL) << 16 | c.r[EAX] & 0xFFFFL;
        if (d == 0 || n / d > 0xFFFF) {
            throw CpuFault.of(Vector.DE);
        }
        Regs.set16(c, EAX, (int) (n / d));
        Regs.set16(c, EDX, (int) (n % d));
    }

    public static void div32(Cpu c, int divisor) {
        long d = divisor & 0xFFFFFFFFL;
        long n = (long) c.r[EDX] << 32 | c.r[EAX] & 0xFFFFFFFFL;
        // The quotient fits in 32 bits exactly when the high half of the dividend is below d.
        if (d == 0 || Long.compareUnsigned(c.r[EDX] & 0xFFFFFFFFL, d) >= 0) {
            throw CpuFault.of(Vector.DE);
        }
        c.r[EAX] = (int) Long.divideUnsigned(n, d);
        c.r[EDX] = (int) Long.remainderUnsigned(n, d);
    }

    public static void idiv8(Cpu c, int divisor) {
        int d = (byte) divisor;
        int n = (short) c.r[EAX];
        if (d == 0 || n / d != (byte) (n / d)) {
            throw CpuFault.of(Vector.DE);
        }
        Regs.set16(c, EAX, (n % d) << 8 | n / d & 0xFF);
    }

    public static void idiv16(Cpu c, int divisor) {
        int d = (short) divisor;
        int n = c.r[EDX] << 16 | c.r[EAX] & 0xFFFF;
        if (d == 0 || n == Integer.MIN_VALUE && d == -1 || n / d != (short) (n / d)) {
            throw CpuFault.of(Vector.DE);
        }
        Regs.set16(c, EAX, n / d);
        Regs.set16(c, EDX, n % d);
    }

    public static void idiv32(Cpu c, int divisor) {
        long d = divisor;
        long n = (long) c.r[EDX] << 32 | c.r[EAX] & 0xFFFFFFFFL;
        // Long.MIN_VALUE / -1 wraps to Long.MIN_VALUE in Java, which the range check rejects.
        if (d == 0 || n / d != (int) (n / d)) {
            throw CpuFault.of(Vector.DE);
        }
        c.r[EAX] = (int) (n / d);
        c.r[EDX] = (int) (n % d);
    }
}
