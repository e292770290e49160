package j86.hw.board;

import j86.runtime.cpu.Cpu;
import j86.runtime.mem.PhysicalMemory;

/**
 * What the PC BIOS leaves behind when it hands over to a boot sector: the real-mode interrupt
 * vector table, the BIOS data area (base memory size at 0x413, EBDA segment at 0x40E), the MP
 * tables in the EBDA, the boot sector at 0x7C00, and CPU 0 in real mode at 0000:7C00 with DL
 * holding the boot drive (0x80, the first hard disk). j86 runs no BIOS code: kernels of the JOS
 * and xv6 family use no BIOS services after the boot sector is loaded.
 */
public final class Firmware {
    public static final int BOOT_ADDR = 0x7C00;
    public static final int SECTOR = 512;
    /** Base memory reported to the guest: 639 KiB, the last KiB being the EBDA. */
    public static final int BASE_MEMORY_KB = 639;
    public static final int EBDA_ADDR = BASE_MEMORY_KB * 1024;
    /** BIOS data area words (IBM PC BIOS data area layout). */
    private static final int BDA_EBDA_SEGMENT = 0x40E, BDA_BASE_MEMORY_KB = 0x413;
    /** Where IVT vectors point: an IRET at F000:FF53, as the IBM BIOS kept one. */
    private static final int IRET_SEGMENT = 0xF000, IRET_OFFSET = 0xFF53;

    private Firmware() {}

    /** True when {@code sector} carries the 0x55AA boot signature at offsets 510-511. */
    public static boolean bootable(byte[] sector) {
        return sector.length >= SECTOR && (sector[510] & 0xFF) == 0x55 && (sector[511] & 0xFF) == 0xAA;
    }

    /** Fills the low-memory tables for {@code cpus} CPUs and loads {@code bootSector} at 0x7C00. */
    public static void install(PhysicalMemory phys, byte[] bootSector, int cpus) {
        for (int v = 0; v < 256; v++) {
            phys.write16(v * 4, IRET_OFFSET);
            phys.write16(v * 4 + 2, IRET_SEGMENT);
        }
        phys.write8(IRET_SEGMENT * 16 + IRET_OFFSET, 0xCF); // iret
        phys.write16(BDA_EBDA_SEGMENT, EBDA_ADDR >> 4);
        phys.write16(BDA_BASE_MEMORY_KB, BASE_MEMORY_KB);

        byte[] table = MpTable.configTable(cpus);
        int tableAddr = EBDA_ADDR + 16;
        byte[] pointer = MpTable.floatingPointer(tableAddr);
        phys.load(EBDA_ADDR, pointer, 0, pointer.length);
        phys.load(tableAddr, table, 0, table.length);
        phys.load(BOOT_ADDR, bootSector, 0, SECTOR);
    }

    /** The state the BIOS leaves CPU 0 in when it jumps to the boot sector. */
    public static void startBootstrapCpu(Cpu cpu) {
        cpu.reset();
        for (int s = 0; s < 6; s++) {
            cpu.seg[s].loadReal(0);
        }
        cpu.eip = BOOT_ADDR;
        cpu.r[Cpu.EDX] = 0x80;
        cpu.r[Cpu.ESP] = BOOT_ADDR;
    }

    /** A STARTUP IPI: the AP starts in real mode at vector * 0x1000 (CS = vector << 8, IP = 0). */
    public static void startApplicationCpu(Cpu cpu, int vector) {
        cpu.reset();
        for (int s = 0; s < 6; s++) {
            cpu.seg[s].loadReal(0);
        }
        cpu.seg[1].loadReal(vector << 8);
        cpu.eip = 0;
    }
}
