package j86.runtime.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import j86.runtime.cpu.Cpu;
import j86.runtime.mem.PhysicalMemory;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * EFLAGS as a register (SDM Vol. 1, 3.4.3): whatever the lazy state, {@link Flags#get} must read
 * back what {@link Flags#set} wrote under its mask (POPF, SAHF, IRET write through it), with bit 1
 * always set, and flag-setting instructions must never touch the system bits (IF, DF, IOPL...).
 * The reference is a plain 32-bit register updated as the SDM describes a masked write.
 */
class FlagsRegisterTest {
    private final Cpu cpu = new Cpu(0, new PhysicalMemory(1 << 20));

    @Test
    void maskedWritesReadBackThroughAnyLazyState() {
        Random rnd = new Random(386);
        int ref = Flags.get(cpu);
        assertEquals(2, ref, "power-on EFLAGS (SDM Vol. 3, 9.1.1)");
        for (int i = 0; i < 20_000; i++) {
            int value = rnd.nextInt(), mask = rnd.nextInt() & 0x3F7FD5;
            Flags.set(cpu, value, mask);
            ref = (ref & ~mask | value & mask) | 2;
            assertEquals(ref, Flags.get(cpu), "after set " + Integer.toHexString(value) + "/" + Integer.toHexString(mask));
            // A flag-setting instruction replaces the arithmetic bits only.
            int r = Alu.sub32(cpu, rnd.nextInt(), rnd.nextInt());
            assertEquals(ref & ~Cpu.ARITH, Flags.get(cpu) & ~Cpu.ARITH, "system bits after SUB");
            assertEquals(r == 0, (Flags.get(cpu) & Cpu.ZF) != 0, "ZF of a SUB result " + r);
            ref = Flags.get(cpu);
        }
    }

    @Test
    void byteRegistersFollowTheModrmEncoding() {
        // SDM Vol. 2, Table 2-1: reg 0..7 = AL CL DL BL AH CH DH BH.
        cpu.r[Cpu.EAX] = 0x11223344;
        cpu.r[Cpu.ECX] = 0x55667788;
        cpu.r[Cpu.EDX] = 0x99AABBCC;
        cpu.r[Cpu.EBX] = 0xDDEEFF00;
        int[] expected = {0x44, 0x88, 0xCC, 0x00, 0x33, 0x77, 0xBB, 0xFF};
        for (int reg = 0; reg < 8; reg++) {
            assertEquals(expected[reg], Regs.get8(cpu, reg), "get8 " + reg);
        }
        Regs.set8(cpu, 4, 0x1AB); // AH
        Regs.set8(cpu, 3, 0x5A); // BL
        assertEquals(0x1122AB44, cpu.r[Cpu.EAX]);
        assertEquals(0xDDEEFF5A, cpu.r[Cpu.EBX]);
        Regs.set16(cpu, Cpu.ECX, 0x12345);
        assertEquals(0x55662345, cpu.r[Cpu.ECX]);
        assertEquals(0x2345, Regs.get16(cpu, Cpu.ECX));
    }
}
