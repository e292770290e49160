package j86.runtime.ops;

import j86.runtime.cpu.Cpu;

/**
 * Partial register access in ModRM encoding order. 8-bit registers 0..7 are AL CL DL BL AH CH DH BH
 * (the low and second bytes of EAX..EBX); 16-bit registers 0..7 are the low halves of EAX..EDI.
 * Writes keep the untouched bits.
 */
public final class Regs {
    private Regs() {}

    public static int get8(Cpu c, int reg) {
        return c.r[reg & 3] >>> ((reg & 4) << 1) & 0xFF;
    }

    public static void set8(Cpu c, int reg, int value) {
        int shift = (reg & 4) << 1; // 0 for AL..BL, 8 for AH..BH
        int i = reg & 3;
        c.r[i] = c.r[i] & ~(0xFF << shift) | (value & 0xFF) << shift;
    }

    public static int get16(Cpu c, int reg) {
        return c.r[reg] & 0xFFFF;
    }

    public static void set16(Cpu c, int reg, int value) {
        c.r[reg] = c.r[reg] & 0xFFFF0000 | value & 0xFFFF;
    }
}
