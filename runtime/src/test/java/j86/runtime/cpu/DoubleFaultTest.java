package j86.runtime.cpu;

import static j86.runtime.cpu.SysMachine.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Double and triple faults (Intel SDM Vol. 3, 6.15 "Interrupt 8", Tables 6-4 and 6-5) and #PF. */
class DoubleFaultTest {
    @Test
    void contributoryDuringContributoryIsDf() {
        // Table 6-5: #GP, then #NP while delivering it -> #DF with error code 0.
        SysMachine m = new SysMachine().ring0();
        m.gate(Vector.GP, KCODE, handler(Vector.GP), INTGATE0 & 0x7F);
        m.c.eip = 0x900;
        Interrupts.raise(m.c, CpuFault.of(Vector.GP, 0));
        assertEquals(handler(Vector.DF), m.c.eip, m.dump());
        assertEquals(KSTACK - 16, m.c.r[Cpu.ESP]);
        assertEquals(0, m.read32(KSTACK - 16), "#DF error code is 0");
        assertEquals(0x900, m.read32(KSTACK - 12));
        assertFalse(m.c.shutdown);
    }

    @Test
    void benignThenContributoryIsSerial() {
        // Table 6-5: a benign first exception (#UD) followed by #NP -> the #NP is handled serially,
        // with error code vector*8 + 2 + EXT.
        SysMachine m = new SysMachine().ring0();
        m.gate(Vector.UD, KCODE, handler(Vector.UD), INTGATE0 & 0x7F);
        Interrupts.raise(m.c, CpuFault.of(Vector.UD));
        assertEquals(handler(Vector.NP), m.c.eip, m.dump());
        assertEquals(Vector.UD * 8 + 3, m.read32(KSTACK - 16));
    }

    @Test
    void tripleFaultShutsDownWithDump() {
        // SDM 6.15: a fault while delivering #DF -> shutdown; no Java exception escapes.
        SysMachine m = new SysMachine().ring0();
        m.c.idtLimit = 7; // only vector 0 is inside the IDT
        assertDoesNotThrow(() -> Interrupts.raise(m.c, CpuFault.of(Vector.GP, 0)));
        assertTrue(m.c.shutdown);
        assertTrue(m.c.shutdownReason.startsWith("Triple fault"), m.c.shutdownReason);
        assertTrue(m.c.shutdownReason.contains("EAX=") && m.c.shutdownReason.contains("CR0="), m.c.shutdownReason);
    }

    @Test
    void pageFaultPushesErrorCodeAndKeepsCr2() {
        // SDM Vol. 3, 4.7 / 6.15 "Interrupt 14": CR2 = faulting linear address; error code bit 0 = P
        // (0: not present), bit 1 = W/R, bit 2 = U/S. A ring-3 write to a not-present page: 0b110.
        SysMachine m = new SysMachine().ring3();
        Paging.identity(m, 0x300000);
        CpuFault f = m.expectFault(Vector.PF, 6, () -> m.c.mmu.write32(0x300010, 1));
        assertEquals(0x300010, m.c.cr2);
        m.c.eip = 0x5000;
        Interrupts.raise(m.c, f);
        assertEquals(handler(Vector.PF), m.c.eip, m.dump());
        assertEquals(ESP0 - 24, m.c.r[Cpu.ESP]);
        assertEquals(6, m.read32(ESP0 - 24), "error code");
        assertEquals(0x5000, m.read32(ESP0 - 20), "EIP");
        assertEquals(0x300010, m.c.cr2);
    }

    @Test
    void pageFaultDuringPageFaultDeliveryIsDf() {
        // Table 6-5: #PF, then #PF while pushing its frame (kernel stack unmapped) -> #DF; the #DF
        // frame cannot be pushed either -> triple fault.
        SysMachine m = new SysMachine().ring3();
        Paging.identity(m, ESP0 - 0x1000);
        m.c.eip = 0x5000;
        Interrupts.raise(m.c, CpuFault.of(Vector.PF, 4));
        assertTrue(m.c.shutdown, m.dump());
        assertEquals(3, m.c.cpl, "state unchanged by the failed deliveries");
        assertEquals(USTACK, m.c.r[Cpu.ESP]);
    }

    @Test
    void pageFaultDuringGpDeliveryIsSerial() {
        // Table 6-5: contributory first (#GP), #PF second -> the #PF is handled serially. The #GP
        // handler runs at ring 3 (DPL 3 code, no stack switch) and its frame hits an unmapped user
        // stack page: a user write to a not-present page, error code 0b110, CR2 = the slot address.
        SysMachine m = new SysMachine().ring3();
        Paging.identity(m, USTACK - 0x1000);
        m.gate(Vector.GP, UCODE, 0x6000, INTGATE0);
        m.c.eip = 0x5000;
        Interrupts.raise(m.c, CpuFault.of(Vector.GP, 0));
        assertFalse(m.c.shutdown, m.c.shutdownReason);
        assertEquals(handler(Vector.PF), m.c.eip, m.dump());
        assertEquals(USTACK - 4, m.c.cr2);
        assertEquals(ESP0 - 24, m.c.r[Cpu.ESP]);
        assertEquals(6, m.read32(ESP0 - 24), "error code");
        assertEquals(0x5000, m.read32(ESP0 - 20), "EIP of the instruction that raised #GP");
        assertEquals(UCODE, m.read32(ESP0 - 16) & 0xFFFF);
        assertEquals(USTACK, m.read32(ESP0 - 8), "old ESP");
    }

    /** Paging with an identity map of the first 4 MiB, except one not-present page. */
    static final class Paging {
        static void identity(SysMachine m, int hole) {
            int dir = 0x10000, table = 0x11000;
            for (int i = 0; i < 1024; i++) {
                m.pm.write32(dir + 4 * i, 0);
                int pte = (i << 12) | 7; // P, R/W, U/S
                m.pm.write32(table + 4 * i, (i << 12) == (hole & ~0xFFF) ? 0 : pte);
            }
            m.pm.write32(dir, table | 7);
            int cpl = m.c.cpl;
            m.c.cpl = 0; // MOV CRn is a ring-0 instruction; the fixture switches paging on behind the test's back
            SystemRegs.writeCr3(m.c, dir);
            SystemRegs.writeCr0(m.c, m.c.cr0 | Cpu.CR0_PG);
            m.c.cpl = cpl;
        }
    }
}
