package j86.runtime.mem;

import j86.runtime.cpu.Cpu;

/**
 * Test helper: writes 32-bit paging structures into guest RAM in the format of Intel SDM Vol. 3,
 * 4.3 (Figure 4-4): PDE/PTE bit 0 P, 1 R/W, 2 U/S, 5 A, 6 D, 7 PS, 8 G; frame in bits 31:12, or
 * 31:22 for a 4 MiB page. Page tables are taken from a bump allocator above the directory.
 */
final class PageTables {
    static final int P = 1, RW = 2, US = 4, A = 0x20, D = 0x40, PS = 0x80, G = 0x100;

    final PhysicalMemory pm;
    /** Physical address of the page directory (the value for CR3). */
    final int cr3;
    private int next;

    PageTables(PhysicalMemory pm, int dirPa) {
        this.pm = pm;
        this.cr3 = dirPa;
        this.next = dirPa + 0x1000;
        for (int i = 0; i < 1024; i++) {
            pm.write32(dirPa + 4 * i, 0);
        }
    }

    int pdeAddr(int la) {
        return cr3 + ((la >>> 22) << 2);
    }

    int pteAddr(int la) {
        return (pm.read32(pdeAddr(la)) & ~0xFFF) + (((la >>> 12) & 0x3FF) << 2);
    }

    int pde(int la) {
        return pm.read32(pdeAddr(la));
    }

    int pte(int la) {
        return pm.read32(pteAddr(la));
    }

    /** Maps the 4 KiB page of {@code la} to {@code pa}; the PDE gets {@code pdeFlags} (a new table if needed). */
    void map4k(int la, int pa, int pdeFlags, int pteFlags) {
        int pde = pde(la);
        int table = pde & ~0xFFF;
        if ((pde & P) == 0 || (pde & PS) != 0) {
            table = next;
            next += 0x1000;
            for (int i = 0; i < 1024; i++) {
                pm.write32(table + 4 * i, 0);
            }
        }
        pm.write32(pdeAddr(la), table | pdeFlags);
        pm.write32(pteAddr(la), (pa & ~0xFFF) | pteFlags);
    }

    /** Maps the 4 KiB page of {@code la} with a fully permissive PDE (P, R/W, U/S). */
    void map4k(int la, int pa, int pteFlags) {
        map4k(la, pa, P | RW | US, pteFlags);
    }

    /** Writes a PDE with PS=1 mapping the 4 MiB page of {@code la} to {@code pa}. */
    void map4m(int la, int pa, int flags) {
        pm.write32(pdeAddr(la), (pa & 0xFFC00000) | PS | flags);
    }

    void setPte(int la, int value) {
        pm.write32(pteAddr(la), value);
    }

    /** Page tables at {@code base} for {@code cpu}'s memory, loaded into CR3, with protected mode and paging on. */
    static PageTables pagingOn(Cpu cpu, int base) {
        PageTables pt = new PageTables(cpu.phys, base);
        cpu.cr3 = pt.cr3;
        cpu.cr0 |= Cpu.CR0_PE | Cpu.CR0_PG;
        cpu.mmu.flushAll();
        return pt;
    }
}
