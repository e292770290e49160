package j86.runtime.cpu;

import static j86.runtime.cpu.SysMachine.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Stack accesses (Intel SDM Vol. 1, 6.2: SS.B selects ESP or SP; Vol. 3, 5.3: #SS on limit). */
class StackTest {
    @Test
    void thirtyTwoBitStack() {
        SysMachine m = new SysMachine().ring0();
        Cpu c = m.c;
        Stack.push32(c, 0xCAFEBABE);
        Stack.push16(c, 0x1234);
        assertEquals(KSTACK - 6, c.r[Cpu.ESP]);
        assertEquals(0x1234, m.read16(KSTACK - 6));
        assertEquals(0xCAFEBABE, m.read32(KSTACK - 4));
        assertEquals(0xCAFEBABE, Stack.peek32(c, 2));
        assertEquals(0x1234, Stack.pop(c, 16));
        assertEquals(0xCAFEBABE, Stack.pop(c, 32));
        assertEquals(KSTACK, c.r[Cpu.ESP]);
    }

    @Test
    void sixteenBitStackWrapsSpAndKeepsUpperEsp() {
        // SS.B = 0: SP is the pointer; pushing at SP = 0 writes at offset 0xFFFE.
        SysMachine m = new SysMachine().ring0();
        Cpu c = m.c;
        Segmentation.load(c, Segmentation.SS, KSTACK16);
        c.r[Cpu.ESP] = 0x55550000;
        Stack.push16(c, 0xBEEF);
        assertEquals(0x5555FFFE, c.r[Cpu.ESP]);
        assertEquals(0xBEEF, m.read16(0xFFFE));
        assertEquals(0xBEEF, Stack.pop16(c));
        assertEquals(0x55550000, c.r[Cpu.ESP]);
    }

    @Test
    void faultingPopKeepsEsp() {
        // A pop whose read exceeds the SS limit -> #SS(0), ESP unchanged (precise exceptions).
        SysMachine m = new SysMachine().ring0();
        Cpu c = m.c;
        Segmentation.load(c, Segmentation.SS, KSTACK16);
        c.r[Cpu.ESP] = 0xFFFE;
        m.expectFault(Vector.SS, 0, () -> Stack.pop32(c));
        assertEquals(0xFFFE, c.r[Cpu.ESP]);
    }

    @Test
    void userPushToSupervisorPageFaults() {
        // SDM Vol. 3, 4.6: a CPL 3 write to a supervisor page -> #PF with U/S, W/R and P set (7).
        SysMachine m = new SysMachine().ring3();
        DoubleFaultTest.Paging.identity(m, -1);
        int pte = 0x11000 + ((USTACK - 4) >>> 12) * 4;
        m.pm.write32(pte, m.pm.read32(pte) & ~4);
        m.c.mmu.flushAll();
        m.expectFault(Vector.PF, 7, () -> Stack.push32(m.c, 1));
        assertEquals(USTACK, m.c.r[Cpu.ESP]);
    }
}
