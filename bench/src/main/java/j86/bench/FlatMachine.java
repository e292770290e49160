package j86.bench;

import j86.runtime.cpu.Cpu;
import j86.runtime.interp.Interpreter;
import j86.runtime.mem.PhysicalMemory;

/**
 * A bare machine for the microbenchmarks: RAM, one CPU in flat 32-bit protected mode at CPL 0
 * (hidden segment parts loaded directly, no descriptor tables), and optionally paging with an
 * identity map of the first 4 MiB built from 4 KiB pages (SDM Vol. 3, 4.3: PDE/PTE bit 0 P,
 * bit 1 R/W, bit 2 U/S; frame in bits 31:12).
 */
final class FlatMachine {
    static final int PAGE_DIR = 0x10000, PAGE_TABLE = 0x11000;

    final PhysicalMemory phys;
    final Cpu cpu;
    final Interpreter interp;

    FlatMachine(int ramBytes) {
        phys = new PhysicalMemory(ramBytes);
        cpu = new Cpu(0, phys);
        interp = new Interpreter(phys);
        cpu.reset();
        cpu.cr0 |= Cpu.CR0_PE;
        for (int s = 0; s < 6; s++) {
            // Selector 0x08 code (access 0x9B: present, execute/read), 0x10 data (0x93: read/write).
            cpu.seg[s].load(s == 1 ? 0x08 : 0x10, 0, -1, s == 1 ? 0x9B : 0x93, true);
        }
    }

    /** Turns paging on with the first 4 MiB identity-mapped (present, writable, user). */
    FlatMachine identityPaging() {
        for (int i = 0; i < 1024; i++) {
            phys.write32(PAGE_DIR + 4 * i, 0);
            phys.write32(PAGE_TABLE + 4 * i, (i << 12) | 7);
        }
        phys.write32(PAGE_DIR, PAGE_TABLE | 7);
        cpu.cr3 = PAGE_DIR;
        cpu.cr0 |= Cpu.CR0_PG;
        cpu.mmu.flushAll();
        return this;
    }
}
