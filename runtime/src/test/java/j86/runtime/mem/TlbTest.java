package j86.runtime.mem;

import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.CpuFault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static j86.runtime.mem.PageTables.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Soft TLB behaviour against Intel SDM Vol. 3, 4.10: translations may be cached until INVLPG or a
 * CR3 write (4.10.4), global translations survive CR3 writes (4.10.2.4), and the cache never makes
 * a code-page write skip its notification or an MMIO access skip its device.
 */
class TlbTest {
    PhysicalMemory pm;
    Cpu cpu;
    Mmu mmu;
    PageTables pt;

    @BeforeEach
    void setUp() {
        pm = new PhysicalMemory(16 << 20);
        cpu = new Cpu(0, pm);
        mmu = cpu.mmu;
        pt = PageTables.pagingOn(cpu, 0x10000);
        pm.write32(0x200000, 0x11111111);
        pm.write32(0x300000, 0x22222222);
    }

    @Test
    void staleEntryUntilInvlpgOrFlush() {
        // SDM 4.10.2.3/4.10.4: the processor may use a cached translation after the PTE changes;
        // INVLPG and MOV to CR3 make the new mapping visible. Our TLB does cache (proves the hit path).
        pt.map4k(0x5000, 0x200000, P | RW);
        assertEquals(0x11111111, mmu.read32(0x5000));
        pt.setPte(0x5000, 0x300000 | P | RW);
        assertEquals(0x11111111, mmu.read32(0x5000), "cached translation");
        mmu.invalidate(0x5abc);
        assertEquals(0x22222222, mmu.read32(0x5000));
        pt.setPte(0x5000, 0x200000 | P | RW);
        mmu.flush();
        assertEquals(0x11111111, mmu.read32(0x5000));
    }

    @Test
    void globalEntriesSurviveFlushButNotFlushAll() {
        // SDM 4.10.2.4 / 4.10.4.1: with CR4.PGE=1, translations of pages with G=1 are not
        // invalidated by MOV to CR3; a full flush (CR4.PGE toggle) and INVLPG remove them.
        cpu.cr4 |= Cpu.CR4_PGE;
        mmu.flushAll();
        pt.map4k(0x6000, 0x200000, P | RW | G);
        pt.map4k(0x7000, 0x200000, P | RW);
        assertEquals(0x11111111, mmu.read32(0x6000));
        assertEquals(0x11111111, mmu.read32(0x7000));
        pt.setPte(0x6000, 0x300000 | P | RW | G);
        pt.setPte(0x7000, 0x300000 | P | RW);
        mmu.flush();
        assertEquals(0x11111111, mmu.read32(0x6000), "global entry survives flush()");
        assertEquals(0x22222222, mmu.read32(0x7000), "non-global entry is flushed");
        mmu.flushAll();
        assertEquals(0x22222222, mmu.read32(0x6000));
        pt.setPte(0x6000, 0x200000 | P | RW | G);
        mmu.invalidate(0x6000);
        assertEquals(0x11111111, mmu.read32(0x6000), "INVLPG drops global entries too");
    }

    @Test
    void gIgnoredWithoutPge() {
        // SDM 4.10.2.4: G is ignored when CR4.PGE=0, so a CR3 write flushes such translations.
        pt.map4k(0x6000, 0x200000, P | RW | G);
        assertEquals(0x11111111, mmu.read32(0x6000));
        pt.setPte(0x6000, 0x300000 | P | RW | G);
        mmu.flush();
        assertEquals(0x22222222, mmu.read32(0x6000));
    }

    @Test
    void invlpgDropsWholeLargePage() {
        // SDM 4.10.4.1: INVLPG invalidates the translation of the page holding the address, which
        // for a 4 MiB page covers all of it.
        cpu.cr4 |= Cpu.CR4_PSE;
        mmu.flushAll();
        pt.map4m(0x80000000, 0x00000000, P | RW);
        assertEquals(0x11111111, mmu.read32(0x80200000));
        assertEquals(0x22222222, mmu.read32(0x80300000));
        pt.map4m(0x80000000, 0x00400000, P | RW);
        pm.write32(0x00600000, 0x33333333);
        mmu.invalidate(0x80000123);
        assertEquals(0x33333333, mmu.read32(0x80200000));
    }

    @Test
    void permissionsAreRecheckedAfterWpChange() {
        // SDM 4.6.1: once CR0.WP=1 a supervisor write to a read-only page faults, even if a write
        // to it succeeded (and was cached) while WP=0. flush() is what a MOV to CR0 calls.
        pt.map4k(0x8000, 0x200000, P);
        mmu.write32(0x8000, 5);
        mmu.write32(0x8000, 6);
        cpu.cr0 |= Cpu.CR0_WP;
        mmu.flush();
        assertThrows(CpuFault.class, () -> mmu.write32(0x8000, 7));
        assertEquals(6, pm.read32(0x200000));
    }

    @Test
    void userAndSupervisorEntriesAreSeparate() {
        // SDM 4.6.1: a supervisor access caching a supervisor-only page must not let CPL 3 in.
        pt.map4k(0x9000, 0x200000, P | RW);
        assertEquals(0x11111111, mmu.read32(0x9000));
        mmu.write32(0x9000, 0x44);
        cpu.cpl = 3;
        assertThrows(CpuFault.class, () -> mmu.read32(0x9000));
        assertThrows(CpuFault.class, () -> mmu.write8(0x9000, 1));
        assertEquals(0x44, mmu.readSys32(0x9000));
    }

    @Test
    void markingCodeRevokesWriteEntriesOfEveryCpu() {
        // Invariant 2 with SMP: CPU 1 decoding a page must make CPU 0's cached write entry for it
        // fall back to the notifying path.
        Cpu other = new Cpu(1, pm);
        other.cr3 = pt.cr3;
        other.cr0 = cpu.cr0;
        other.mmu.flushAll();
        pt.map4k(0xE000, 0x200000, P | RW);
        mmu.write32(0xE010, 1);                   // CPU 0 caches a write entry
        List<Integer> seen = new ArrayList<>();
        pm.addCodeWriteListener((pa, len) -> seen.add(pa));
        other.mmu.translate(0xE000, Mmu.EXEC, false);
        pm.markCode(0x200000);                    // CPU 1 decoded code there
        mmu.write32(0xE010, 2);
        assertEquals(List.of(0x200010), seen);
        assertEquals(2, other.mmu.read32(0xE010));
    }

    @Test
    void directRamOnlyForPlainRamPages() {
        // Bulk access may bypass the per-access path only where a plain access would hit RAM
        // without side effects: not MMIO, not a code page when writing; rights checked as usual.
        pt.map4k(0xC000, 0x200000, P | RW);
        assertEquals(0x200123, mmu.directRam(0xC123, Mmu.WRITE, false));
        pm.markCode(0x200000);
        assertEquals(-1, mmu.directRam(0xC123, Mmu.WRITE, false), "code page: writes must notify");
        assertEquals(0x200123, mmu.directRam(0xC123, Mmu.READ, false));
        pm.mapMmio(0x300000, 0x1000, new PhysicalMemoryTest.Regs(0x1000));
        pt.map4k(0xD000, 0x300000, P | RW);
        assertEquals(-1, mmu.directRam(0xD000, Mmu.READ, false));
        CpuFault f = assertThrows(CpuFault.class, () -> mmu.directRam(0xC000, Mmu.READ, true));
        assertEquals(0x5, f.errorCode, "user read of a supervisor page (SDM 4.7)");
    }

    @Test
    void codeWriteNotifiedBeforeTheWrite() {
        // docs/ARCHITECTURE.md, "A write to code retires that code": a write to a page marked as
        // code notifies before the bytes change, even when a write entry for that page was cached
        // before it was marked.
        pt.map4k(0xA000, 0x200000, P | RW);
        mmu.write8(0xA100, 0x90);                 // caches a write entry
        List<String> seen = new ArrayList<>();
        pm.addCodeWriteListener((pa, len) -> seen.add(Integer.toHexString(pa) + "/" + len + "/"
                + Integer.toHexString(pm.read8(pa))));
        pm.markCode(0x200123);
        mmu.write8(0xA100, 0xCC);
        assertEquals(List.of("200100/1/90"), seen, "listener saw the old byte");
        assertEquals(0xCC, pm.read8(0x200100));
        assertFalse(pm.isCode(0x200000), "page unmarked after the notification");
        mmu.write8(0xA100, 0xCD);
        assertEquals(1, seen.size(), "no notification once unmarked");

        pm.markCode(0x200000);
        mmu.write8(0xA100, 0xCD);                 // same byte: may skip
        assertTrue(pm.isCode(0x200000));
        mmu.writeSys16(0xA200, 0xBEEF);
        assertEquals("200200/2/0", seen.get(1));
        assertEquals(0xBEEF, pm.read16(0x200200));

        pt.map4k(0xB000, 0x201000, P | RW);       // an unmarked page: never notified
        mmu.write32(0xB000, 1);
        mmu.write32(0xB000, 2);
        assertEquals(2, seen.size());

        pm.markCode(0x201000);                    // DMA / firmware loads notify too
        pm.load(0x201ffe, new byte[] {1, 2, 3, 4}, 0, 4);
        assertEquals("201ffe/2/0", seen.get(2));
        assertEquals(3, seen.size(), "the next page was not marked");
    }
}
