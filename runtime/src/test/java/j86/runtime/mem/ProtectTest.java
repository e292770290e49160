package j86.runtime.mem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.runtime.cpu.Cpu;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Write-protected RAM pages: reads unchanged, writes (scalar, split, DMA) to the sink, load through. */
class ProtectTest {
    @Test
    void writesGoToTheSinkAndLoadWritesThrough() {
        PhysicalMemory phys = new PhysicalMemory(1 << 20);
        List<String> seen = new ArrayList<>();
        phys.setProtectedWriteSink((pa, size, v) -> seen.add(Integer.toHexString(pa) + "/" + size + "=" + Integer.toHexString(v)));
        phys.write32(0x2000, 0x11223344);
        phys.protect(0x2000, 0x1000, true);
        assertTrue(phys.isProtected(0x2FFF));
        assertFalse(phys.isProtected(0x3000));
        phys.write32(0x2000, 0xAABBCCDD);
        phys.write16(0x2FFF, 0x5566);           // crosses into an unprotected page
        phys.writeBytes(0x2004, new byte[] {1}, 0, 1);
        assertEquals(0x11223344, phys.read32(0x2000));
        assertEquals(0x55, phys.read8(0x3000));
        assertEquals(List.of("2000/4=aabbccdd", "2fff/1=66", "2004/1=1"), seen);
        phys.load(0x2000, new byte[] {9}, 0, 1);
        assertEquals(9, phys.read8(0x2000));
        phys.protect(0x2000, 0x1000, false);
        phys.write8(0x2000, 7);
        assertEquals(7, phys.read8(0x2000));
    }

    /** A CPU's TLB write entry for the page is revoked by protect: the next write goes to the sink. */
    @Test
    void protectRevokesTlbWriteEntries() {
        PhysicalMemory phys = new PhysicalMemory(1 << 20);
        Cpu cpu = new Cpu(0, phys);
        int[] sunk = {0};
        phys.setProtectedWriteSink((pa, size, v) -> sunk[0]++);
        cpu.mmu.write32(0x5000, 1);            // fills a TLB write entry for the page
        cpu.mmu.write32(0x5004, 2);
        phys.protect(0x5000, 0x1000, true);
        cpu.mmu.write32(0x5000, 3);
        assertEquals(1, cpu.mmu.read32(0x5000));
        assertEquals(1, sunk[0]);
        phys.protect(0x5000, 0x1000, false);
        cpu.mmu.write32(0x5000, 4);
        assertEquals(4, cpu.mmu.read32(0x5000));
    }
}
