package j86.hw.pci;

import static org.junit.jupiter.api.Assertions.assertEquals;

import j86.hw.board.BiosFirmware;
import j86.hw.board.ShadowRam;
import j86.runtime.mem.PhysicalMemory;
import org.junit.jupiter.api.Test;

/**
 * Configuration mechanism #1 as the PCI Local Bus Specification 2.1 (3.7.4.1) defines it, with
 * the IDs the 440FX/PIIX3 datasheets give and the PAM registers acting on shadow RAM.
 */
class PciConfigPortsTest {
    private final PhysicalMemory phys = new PhysicalMemory(2 << 20);
    private final ShadowRam shadow = BiosFirmware.install(phys, new byte[0x10000]);
    private final PciConfigPorts pci = new PciConfigPorts();

    PciConfigPortsTest() {
        pci.attach(0, 0, new I440fxHost(shadow));
        pci.attach(1, 0, Piix3.isaBridge());
        pci.attach(1, 1, Piix3.ide());
    }

    private int read(int dev, int fn, int reg, int size) {
        pci.out(0xCF8, 4, 0x80000000 | dev << 11 | fn << 8 | (reg & 0xFC));
        return pci.in(0xCFC + (reg & 3), size);
    }

    private void write(int dev, int fn, int reg, int size, int v) {
        pci.out(0xCF8, 4, 0x80000000 | dev << 11 | fn << 8 | (reg & 0xFC));
        pci.out(0xCFC + (reg & 3), size, v);
    }

    @Test
    void identifiesTheChipset() {
        assertEquals(0x12378086, read(0, 0, 0, 4));
        assertEquals(0x06000002, read(0, 0, 8, 4));             // class 060000h, revision 02h
        assertEquals(0x11001AF4, read(0, 0, 0x2C, 4));          // QEMU's subsystem IDs
        assertEquals(0x70008086, read(1, 0, 0, 4));
        assertEquals(0x80, read(1, 0, 0x0E, 1));                // multi-function
        assertEquals(0x0601, read(1, 0, 0x0A, 2));
        assertEquals(0x70108086, read(1, 1, 0, 4));
        assertEquals(0x010180, read(1, 1, 8, 4) >>> 8);
        assertEquals(0x80808080, read(1, 0, 0x60, 4));          // PIRQ routing disabled at reset
    }

    @Test
    void absentFunctionsAndDisabledCyclesReadAllOnes() {
        assertEquals(-1, read(2, 0, 0, 4));
        assertEquals(0xFFFF, read(0, 3, 0, 2));
        pci.out(0xCF8, 4, 0x00000000);                          // enable bit clear
        assertEquals(-1, pci.in(0xCFC, 4));
        pci.out(0xCF8, 4, 0x80010000);                          // bus 1
        assertEquals(-1, pci.in(0xCFC, 4));
    }

    @Test
    void onlyDwordAccessesReachConfigAddress() {
        pci.out(0xCF8, 4, 0x80000000);
        pci.out(0xCF8, 1, 0x12);
        assertEquals(0x80000000, pci.in(0xCF8, 4));
        pci.out(0xCF8, 4, 0xFFFFFFFF);
        assertEquals(0x80FFFFFC, pci.in(0xCF8, 4));             // reserved bits read 0
    }

    @Test
    void byteLanesAndReadOnlyIds() {
        write(0, 0, 0, 4, 0);
        assertEquals(0x12378086, read(0, 0, 0, 4));
        write(1, 1, 0x3C, 1, 14);
        assertEquals(14, read(1, 1, 0x3C, 1));
        assertEquals(0x37, read(0, 0, 2, 1));                   // port 0xCFE: byte 2 of dword 0
    }

    @Test
    void pamRegistersSwitchShadowRam() {
        phys.write8(0xF0000, 0x11);
        assertEquals(0, phys.read8(0xF0000), "PAM0 = 0: ROM");
        write(0, 0, 0x59, 1, 0x30);
        assertEquals(0x30, read(0, 0, 0x59, 1));
        phys.write8(0xF0000, 0x11);
        assertEquals(0x11, phys.read8(0xF0000), "PAM0 = 30h: DRAM read/write");
        write(0, 0, 0x58, 4, 0xFFFFFFFF);                       // 58h-5Bh at once
        assertEquals(0x33, read(0, 0, 0x5A, 1));                // reserved PAM bits stay 0
        assertEquals(0x33, shadow.readPam(0x5A));
    }
}
