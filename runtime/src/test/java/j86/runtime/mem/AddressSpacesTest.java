package j86.runtime.mem;

import j86.runtime.cpu.Cpu;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static j86.runtime.mem.PageTables.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Seeded differential test of the address spaces whose TLB entries survive CR3 loads
 * (AddressSpaces): the Mmu against RandomPagingTest's reference, which walks the tables from
 * scratch for every access, over four page directories that share a pool of page tables (as a
 * kernel's mappings are shared by every process). Table writes follow what the architecture
 * allows (Intel SDM Vol. 3, 4.10.4): a write to a table the current space uses is followed by a
 * CR3 reload (not INVLPG, not a full flush), a write to another space's tables by nothing at all;
 * the CR3 load that enters that space must make it effective. Some PTEs map table pages, so that
 * guest writes through the MMU change tables too. The inherited test runs as well, with its table
 * writes through the MMU followed by a CR3 reload where global pages are off.
 */
class AddressSpacesTest extends RandomPagingTest {
    static final int SPACES = 4, POOL = 0x10000, POOL_TABLES = 8;
    /** Frames that serve as data pages and, now and then, as page tables too. */
    static final int SHARED = 0x401000, SHARED_FRAMES = 4;

    @Override
    boolean tableArea(int pa) {
        return pa < SHARED + SHARED_FRAMES * 0x1000;
    }

    int dir(int k) {
        return 0x1000 + k * 0x1000;
    }

    /** Linear addresses of which a third fall on the first PTEs of a page (the ones in use when it is a table). */
    @Override
    int randomLinear() {
        int la = super.randomLinear();
        return rnd.nextInt(3) == 0 ? (la & ~0xFFF) | rnd.nextInt(NPAGE * 4) : la;
    }

    @Override
    void tablesWritten() {
        if ((cpu.cr4 & Cpu.CR4_PGE) != 0) {
            mmu.flushAll(); // global entries survive CR3 loads
        } else {
            reloadCr3();
        }
    }

    void reloadCr3() {
        mmu.flush(); // what MOV CR3 does after setting CR3 (SystemRegs.writeCr3)
    }

    /** A PTE whose frame is, now and then, a directory or a pool table (so data writes change tables). */
    int spacePte() {
        int pte = randomPte() & ~G;
        int pick = rnd.nextInt(12);
        if (pick < 2) {
            int frame = pick == 0 ? dir(rnd.nextInt(SPACES)) : POOL + rnd.nextInt(POOL_TABLES) * 0x1000;
            pte = frame | (pte & 0xFFF);
        } else if (pick < 4) {
            int frame = SHARED + rnd.nextInt(SHARED_FRAMES) * 0x1000;
            pte = frame | (pte & 0xFFF);
        }
        return pte;
    }

    int spacePde() {
        int flags = (rnd.nextInt(10) != 0 ? P : 0) | (rnd.nextInt(4) != 0 ? RW : 0) | (rnd.nextInt(4) != 0 ? US : 0)
                | rnd.nextInt(2) * A;
        if (rnd.nextInt(6) == 0) {
            return 0x400000 | PS | flags | rnd.nextInt(2) * D; // 4 MiB (or the table at 4 MiB if PSE=0)
        }
        if (rnd.nextInt(8) == 0) {
            return SHARED + rnd.nextInt(SHARED_FRAMES) * 0x1000 | flags; // a data frame as a table
        }
        return POOL + rnd.nextInt(POOL_TABLES) * 0x1000 | flags;
    }

    /** True when the current directory's PDEs use the page at {@code table} as a page table. */
    boolean currentUses(int table) {
        for (int i = 1; i <= NPDE; i++) {
            int pde = rd32((cpu.cr3 & ~0xFFF) + 4 * i);
            if ((pde & P) != 0 && (pde & ~0xFFF) == table) {
                return true;
            }
        }
        return false;
    }

    @Test
    void spacesMatchReferenceWalk() {
        rnd.setSeed(0x3486);
        rnd.nextBytes(ref);
        Arrays.fill(ref, 0, 0x400000, (byte) 0);
        for (int j = 0; j < 1024; j++) {
            wrRef32(0x400000 + 4 * j, randomPte() & ~G);
        }
        for (int t = 0; t < POOL_TABLES; t++) {
            for (int j = 0; j < NPAGE; j++) {
                wrRef32(POOL + t * 0x1000 + 4 * j, spacePte());
            }
        }
        for (int k = 0; k < SPACES; k++) {
            for (int i = 1; i <= NPDE; i++) {
                wrRef32(dir(k) + 4 * i, spacePde());
            }
        }
        pm.load(0, ref, 0, RAM);
        cpu.cr3 = dir(0);
        cpu.cr0 |= Cpu.CR0_PE | Cpu.CR0_PG;
        mmu.flushAll();
        for (int n = 0; n < 60000; n++) {
            spaceStep(n);
            if (n % 5000 == 0) {
                assertArrayEquals(ref, pm.ram, "RAM after op " + n);
            }
        }
        assertArrayEquals(ref, pm.ram);
        long[] st = mmu.spaceStatistics();
        assertTrue(st[0] > 300 && st[1] > 100, "CR3 loads kept/restored/emptied: " + Arrays.toString(st));
    }

    // Directed cases: a page that the TLB may write straight to becomes a page table.
    static final int F = 0x401000, G1 = 0x402000, G2 = 0x403000;

    /**
     * Directory at {@code dir}: la 4 MiB -> F as data (writable, dirty); la 8 MiB + 20 KiB -> G1
     * through F as a table (its PTE 5; a TLB slot other than la 4 MiB's).
     */
    void dataAndTable(int dir, int table) {
        pm.write32(dir + 4, table | P | RW);
        pm.write32(table, F | P | RW | A | D);
        pm.write32(dir + 8, F | P | RW);
        pm.write32(F + 20, G1 | P | RW | A | D);
        pm.write32(G1, 0x11111111);
        pm.write32(G2, 0x22222222);
    }

    @Test
    void dataPageBecomingATableLosesItsWriteEntries() {
        dataAndTable(0x1000, 0x10000);
        cpu.cr3 = 0x1000;
        cpu.cr0 |= Cpu.CR0_PE | Cpu.CR0_PG;
        mmu.flushAll();
        mmu.write32(0x400100, 0x5A5A5A5A); // a write entry for F
        assertEquals(0x11111111, mmu.read32(0x805000)); // F read as a table
        mmu.write32(0x400014, G2 | P | RW | A | D); // F's PTE 5, through the data mapping
        reloadCr3();
        assertEquals(0x22222222, mmu.read32(0x805000), "after the CR3 load the new PTE holds");
    }

    @Test
    void parkedSpaceLosesWriteEntriesToANewTable() {
        dataAndTable(0x1000, 0x10000);
        pm.write32(0x2000 + 8, F | P | RW); // space B: la 8 MiB through F only
        cpu.cr3 = 0x1000;
        cpu.cr0 |= Cpu.CR0_PE | Cpu.CR0_PG;
        mmu.flushAll();
        pm.write32(0x1000 + 8, 0); // A does not use F as a table yet
        mmu.write32(0x400100, 0x5A5A5A5A); // A: a write entry for F
        cpu.cr3 = 0x2000;
        reloadCr3(); // A parked with it
        assertEquals(0x11111111, mmu.read32(0x805000)); // B reads F as a table
        cpu.cr3 = 0x1000;
        reloadCr3(); // A back
        mmu.write32(0x400014, G2 | P | RW | A | D); // F's PTE 5, through A's data mapping
        cpu.cr3 = 0x2000;
        reloadCr3();
        assertEquals(0x22222222, mmu.read32(0x805000), "B sees the PTE written from A");
    }

    /**
     * A CR3 load keeps the entries of regions whose directory entry is the same in both spaces
     * (SharedRegions); the space entered must then depend on that region's table: A and B share
     * table T for la 4 MiB, C maps it elsewhere. A walks la 4 MiB -> G1; B keeps the entry and is
     * parked with it when C enters; T's PTE is rewritten to G2 while C runs (nothing to flush);
     * entering B again must give G2, not the parked G1.
     */
    @Test
    void keptEntriesMakeTheSpaceEnteredDependOnTheirTable() {
        int t = 0x10000, other = 0x11000;
        for (int dir : new int[] {0x1000, 0x2000}) {
            pm.write32(dir + 4, t | P | RW | A);
        }
        pm.write32(0x3000 + 4, other | P | RW | A);
        pm.write32(t, G1 | P | RW | A | D);
        pm.write32(other, G1 | P | RW | A | D);
        pm.write32(G1, 0x11111111);
        pm.write32(G2, 0x22222222);
        cpu.cr3 = 0x1000;
        cpu.cr0 |= Cpu.CR0_PE | Cpu.CR0_PG;
        mmu.flushAll();
        assertEquals(0x11111111, mmu.read32(0x400000), "A walks T");
        cpu.cr3 = 0x2000;
        reloadCr3(); // B: the entry is kept (same PDE)
        assertEquals(0x11111111, mmu.read32(0x400000), "B through T");
        cpu.cr3 = 0x3000;
        reloadCr3(); // C: B parked with the entry
        pm.write32(t, G2 | P | RW | A | D); // T changed while C runs
        cpu.cr3 = 0x2000;
        reloadCr3();
        assertEquals(0x22222222, mmu.read32(0x400000), "B after its table changed");
    }

    void spaceStep(int n) {
        int r = rnd.nextInt(100);
        if (r < 6) { // a PTE of a pool table; reload CR3 if the current space uses it
            int t = POOL + rnd.nextInt(POOL_TABLES) * 0x1000;
            wr32both(t + 4 * rnd.nextInt(NPAGE), spacePte());
            if (currentUses(t)) {
                reloadCr3();
            }
        } else if (r < 8) { // a PDE of some directory
            int k = rnd.nextInt(SPACES);
            wr32both(dir(k) + 4 * (1 + rnd.nextInt(NPDE)), spacePde());
            if (dir(k) == (cpu.cr3 & ~0xFFF)) {
                reloadCr3();
            }
        } else if (r < 14) { // switch address space (MOV CR3)
            cpu.cr3 = dir(rnd.nextInt(SPACES)) | (rnd.nextInt(4) == 0 ? 0x18 : 0);
            reloadCr3();
        } else if (r < 15) { // a CR0.WP or CR4.PSE write, or paging off and on again
            switch (rnd.nextInt(3)) {
                case 0 -> cpu.cr0 ^= Cpu.CR0_WP;
                case 1 -> cpu.cr4 ^= Cpu.CR4_PSE;
                default -> cpu.cr0 ^= Cpu.CR0_PG;
            }
            mmu.flush();
        } else {
            access(n);
        }
    }
}
