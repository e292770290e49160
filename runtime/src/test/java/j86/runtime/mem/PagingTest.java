package j86.runtime.mem;

import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.Vector;
import j86.runtime.cpu.CpuFault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static j86.runtime.mem.PageTables.*;
import static org.junit.jupiter.api.Assertions.*;

/** Page walks, access rights and page-fault reporting against Intel SDM Vol. 3, chapter 4. */
class PagingTest {
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
    }

    /** Runs {@code r}, which must raise #PF with {@code err} and leave CR2 = {@code cr2} (SDM 4.7). */
    void expectPf(Runnable r, int err, int cr2) {
        cpu.cr2 = 0xDEAD;
        CpuFault f = assertThrows(CpuFault.class, r::run);
        assertEquals(Vector.PF, f.vector, "vector");
        assertTrue(f.hasErrorCode);
        assertEquals(err, f.errorCode, "#PF error code");
        assertEquals(cr2, cpu.cr2, "CR2");
    }

    @Test
    void walks4KiBPage() {
        // SDM 4.3: PDE from CR3[31:12] + la[31:22]*4, PTE from PDE[31:12] + la[21:12]*4, pa = PTE[31:12] | la[11:0]
        pt.map4k(0x40001000, 0x00200000, P | RW);
        pm.write32(0x00200010, 0xCAFEBABE);
        assertEquals(0xCAFEBABE, mmu.read32(0x40001010));
        assertEquals(0x00200010, mmu.translate(0x40001010, Mmu.READ, false));
        mmu.write16(0x40001020, 0x1234);
        assertEquals(0x1234, pm.read16(0x00200020));
    }

    @Test
    void walks4MiBPageWithPse() {
        // SDM 4.3: with CR4.PSE=1 and PDE.PS=1 the PDE maps 4 MiB: pa = PDE[31:22] | la[21:0]
        cpu.cr4 |= Cpu.CR4_PSE;
        mmu.flushAll();
        pt.map4m(0x80000000, 0x00400000, P | RW);
        pm.write32(0x00523456, 0x55667788);
        assertEquals(0x55667788, mmu.read32(0x80123456));
        assertEquals(0x00523456, mmu.translate(0x80123456, Mmu.WRITE, false));
    }

    @Test
    void psIgnoredWithoutPse() {
        // SDM 4.3 / Table 4-5: with CR4.PSE=0 the PS bit is ignored and the PDE references a page table.
        int table = 0x00301000;
        pm.write32(pt.pdeAddr(0xC0000000), table | PS | P | RW);
        pm.write32(table + 5 * 4, 0x00700000 | P | RW);
        pm.write32(0x00700008, 0x11111111);
        pm.write32(0x00005008, 0x22222222);
        assertEquals(0x11111111, mmu.read32(0xC0005008));
        cpu.cr4 |= Cpu.CR4_PSE; // now the same PDE maps the 4 MiB page at physical 0
        mmu.flushAll();
        assertEquals(0x22222222, mmu.read32(0xC0005008));
    }

    @Test
    void supervisorWriteToReadOnlyPagesDependsOnWp() {
        // SDM 4.6.1: supervisor writes to read-only pages (user or supervisor) are allowed when
        // CR0.WP=0 and are protection faults (err P|W = 3) when CR0.WP=1.
        pt.map4k(0x1000, 0x100000, P);          // supervisor, read-only
        pt.map4k(0x2000, 0x101000, P | US);     // user, read-only
        mmu.write32(0x1000, 1);
        mmu.writeSys32(0x2000, 2);
        assertEquals(1, pm.read32(0x100000));
        assertEquals(2, pm.read32(0x101000));
        cpu.cr0 |= Cpu.CR0_WP;
        mmu.flush();
        expectPf(() -> mmu.write32(0x1004, 3), 0x3, 0x1004);
        expectPf(() -> mmu.writeSys8(0x2008, 4), 0x3, 0x2008);
        assertEquals(0, pm.read32(0x100004));
        assertEquals(0, pm.read8(0x101008));
    }

    @Test
    void userAccessRights() {
        // SDM 4.6.1: user accesses need U/S=1, user writes need R/W=1; err bits P=1, W/R, U/S=1.
        pt.map4k(0x3000, 0x102000, P | RW);     // supervisor page
        pt.map4k(0x4000, 0x103000, P | US);     // user read-only
        pt.map4k(0x5000, 0x104000, P | RW | US);
        cpu.cpl = 3;
        expectPf(() -> mmu.read8(0x3010), 0x5, 0x3010);
        expectPf(() -> mmu.write32(0x4020, 7), 0x7, 0x4020);
        assertEquals(0, mmu.read32(0x4020));
        mmu.write32(0x5000, 9);
        assertEquals(9, mmu.read32(0x5000));
        expectPf(() -> mmu.fetch8(0x3000), 0x5, 0x3000); // execute = read on i386
        // Sys accesses are supervisor accesses whatever the CPL.
        mmu.writeSys32(0x3010, 0x42);
        assertEquals(0x42, mmu.readSys32(0x3010));
    }

    @Test
    void notPresentErrorCodes() {
        // SDM 4.7: P=0 when the fault comes from a not-present entry (PDE or PTE).
        pt.map4k(0x6000, 0x105000, 0);          // PTE not present
        expectPf(() -> mmu.read32(0x6ff0), 0x0, 0x6ff0);
        expectPf(() -> mmu.write8(0x6001, 1), 0x2, 0x6001);
        expectPf(() -> mmu.read8(0x7fc00000), 0x0, 0x7fc00000); // PDE not present
        cpu.cpl = 3;
        expectPf(() -> mmu.read16(0x6002), 0x4, 0x6002);
        expectPf(() -> mmu.write16(0x7fc00002, 1), 0x6, 0x7fc00002);
    }

    @Test
    void effectiveRightsAreTheAndOfBothLevels() {
        // SDM 4.6.1: the U/S and R/W flags of the PDE and of the PTE both apply (effective = AND).
        pt.map4k(0x00800000, 0x106000, P | RW, P | RW | US);   // PDE supervisor
        pt.map4k(0x00C00000, 0x107000, P | US, P | RW | US);   // PDE read-only
        cpu.cpl = 3;
        expectPf(() -> mmu.read8(0x00800000), 0x5, 0x00800000);
        expectPf(() -> mmu.write8(0x00C00000, 1), 0x7, 0x00C00000);
        assertEquals(0, mmu.read8(0x00C00000));
        cpu.cpl = 0;
        mmu.write8(0x00C00001, 5);              // WP=0: allowed
        cpu.cr0 |= Cpu.CR0_WP;
        mmu.flush();
        expectPf(() -> mmu.write8(0x00C00002, 1), 0x3, 0x00C00002);
    }

    @Test
    void accessedAndDirtyFlags() {
        // SDM 4.8: A is set in every entry used; D is set in the entry mapping the page on a write.
        pt.map4k(0x9000, 0x108000, P | RW);
        assertEquals(0, pt.pde(0x9000) & (A | D));
        mmu.read32(0x9000);
        assertEquals(A, pt.pde(0x9000) & A);
        assertEquals(A, pt.pte(0x9000) & (A | D));
        mmu.write32(0x9004, 1);                 // a read entry is cached; the write must still set D
        assertEquals(A | D, pt.pte(0x9000) & (A | D));
        assertEquals(0, pt.pde(0x9000) & D, "D is not set in a PDE that references a page table");

        cpu.cr4 |= Cpu.CR4_PSE;
        mmu.flushAll();
        pt.map4m(0x80000000, 0x00400000, P | RW);
        mmu.read8(0x80000000);
        assertEquals(A, pt.pde(0x80000000) & (A | D));
        mmu.write8(0x80001000, 1);
        assertEquals(A | D, pt.pde(0x80000000) & (A | D));
    }

    @Test
    void pagingOffIsIdentity() {
        // SDM 4.1.1: with CR0.PG=0 linear addresses are physical addresses.
        cpu.cr0 &= ~Cpu.CR0_PG;
        mmu.flushAll();
        pm.write32(0x123450, 0x0BADF00D);
        assertEquals(0x0BADF00D, mmu.read32(0x123450));
        cpu.cpl = 3;
        mmu.write8(0x123450, 0x77);
        assertEquals(0x0BADF077, pm.read32(0x123450));
    }

    @Test
    void pageCrossingAccesses() {
        // Each byte is translated through its own page; a write faulting on the second page is
        // reported with CR2 in that page and leaves the first page unchanged (precise exceptions).
        pt.map4k(0xA000, 0x10A000, P | RW);
        pt.map4k(0xB000, 0x10C000, P | RW);     // not contiguous with 0x10A000
        mmu.write32(0xAFFE, 0x44332211);
        assertEquals(0x2211, pm.read16(0x10AFFE));
        assertEquals(0x4433, pm.read16(0x10C000));
        assertEquals(0x44332211, mmu.read32(0xAFFE));
        assertEquals(0x3322, mmu.read16(0xAFFF));

        pt.map4k(0xD000, 0x10D000, P | RW);     // 0xE000 not mapped
        pm.write32(0x10DFFC, 0xA5A5A5A5);
        expectPf(() -> mmu.write32(0xDFFE, 0x01020304), 0x2, 0xE000);
        assertEquals(0xA5A5A5A5, pm.read32(0x10DFFC));
        cpu.cr0 |= Cpu.CR0_WP;
        mmu.flush();
        pt.map4k(0xE000, 0x10E000, P);          // read-only second page
        expectPf(() -> mmu.write16(0xDFFF, 0xFFFF), 0x3, 0xE000);
        assertEquals(0xA5A5A5A5, pm.read32(0x10DFFC));
    }
}
