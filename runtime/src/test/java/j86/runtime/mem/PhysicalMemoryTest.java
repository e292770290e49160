package j86.runtime.mem;

import j86.runtime.bus.MmioDevice;
import j86.runtime.cpu.Cpu;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static j86.runtime.mem.PageTables.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The physical address space: RAM little-endian, unmapped addresses all ones with writes dropped
 * (a PC bus with nothing driving it, docs/ARCHITECTURE.md "The board"), MMIO routing, per-CPU
 * local MMIO.
 */
class PhysicalMemoryTest {
    /** A register file device that logs every access as "r|w offset size". */
    static final class Regs implements MmioDevice {
        final byte[] b;
        final List<String> log = new ArrayList<>();

        Regs(int size) {
            b = new byte[size];
        }

        @Override
        public int read(int offset, int sizeBytes) {
            log.add("r " + Integer.toHexString(offset) + " " + sizeBytes);
            int v = 0;
            for (int k = 0; k < sizeBytes; k++) {
                v |= (b[offset + k] & 0xFF) << (8 * k);
            }
            return v;
        }

        @Override
        public void write(int offset, int sizeBytes, int value) {
            log.add("w " + Integer.toHexString(offset) + " " + sizeBytes);
            for (int k = 0; k < sizeBytes; k++) {
                b[offset + k] = (byte) (value >>> (8 * k));
            }
        }
    }

    @Test
    void ramIsLittleEndian() {
        // SDM Vol. 1, 1.3.1: x86 is little-endian (lowest byte at lowest address).
        PhysicalMemory pm = new PhysicalMemory(1 << 20);
        pm.write32(0x1000, 0x04030201);
        for (int k = 0; k < 4; k++) {
            assertEquals(k + 1, pm.read8(0x1000 + k));
        }
        assertEquals(0x0302, pm.read16(0x1001));
        assertEquals(0x04030201, pm.read(0x1000, 4));
    }

    @Test
    void unmappedReadsAllOnesAndDropsWrites() {
        PhysicalMemory pm = new PhysicalMemory(1 << 20);
        assertEquals(0xFF, pm.read8(0x100000));
        assertEquals(0xFFFF, pm.read16(0x80000000));
        assertEquals(0xFFFFFFFF, pm.read32(0xFFFFFFFC));
        pm.write32(0x200000, 0);
        assertEquals(0xFFFFFFFF, pm.read32(0x200000));
        // Straddling the end of RAM: the RAM bytes, then ones.
        pm.write16(0xFFFFE, 0xBBAA);
        pm.write32(0xFFFFE, 0x44332211);
        assertEquals(0xFFFF2211, pm.read32(0xFFFFE));
    }

    @Test
    void mmioRoutingAndStraddling() {
        PhysicalMemory pm = new PhysicalMemory(1 << 20);
        Regs io = new Regs(0x20);
        pm.mapMmio(0xFEC00000, 0x20, io);
        pm.write32(0xFEC00010, 0x12345678);
        assertEquals(0x12345678, pm.read32(0xFEC00010));
        assertEquals(List.of("w 10 4", "r 10 4"), io.log);
        // A read straddling the region start: two unmapped bytes (ones) and two device bytes.
        io.b[0] = 0x5A;
        io.b[1] = (byte) 0xA5;
        assertEquals(0xA55AFFFF, pm.read32(0xFEBFFFFE));
        // MMIO inside the RAM range takes precedence over RAM (the CGA window).
        Regs cga = new Regs(0x1000);
        pm.mapMmio(0xB8000, 0x1000, cga);
        pm.write16(0xB8000, 0x0741);
        assertEquals(0, pm.ram[0xB8000]);
        assertEquals(0x41, cga.b[0]);
        assertThrows(IllegalArgumentException.class, () -> pm.mapMmio(0xFEC0001F, 4, new Regs(4)));
    }

    @Test
    void mmuNeverCachesMmioAsRam() {
        PhysicalMemory pm = new PhysicalMemory(1 << 20);
        Cpu cpu = new Cpu(0, pm);
        Regs io = new Regs(0x20);
        pm.mapMmio(0xFEC00000, 0x20, io);
        for (int i = 0; i < 3; i++) {
            cpu.mmu.write32(0xFEC00000, i);
            assertEquals(i, cpu.mmu.read32(0xFEC00000));
        }
        assertEquals(6, io.log.size(), "every access reached the device");
        // The same through paging (a page mapped to the device).
        PageTables pt = PageTables.pagingOn(cpu, 0x10000);
        pt.map4k(0x7000, 0xFEC00000, P | RW);
        cpu.mmu.read32(0x7004);
        cpu.mmu.read32(0x7004);
        assertEquals(List.of("r 4 4", "r 4 4"), io.log.subList(6, 8));
    }

    @Test
    void localMmioIsPerCpu() {
        PhysicalMemory pm = new PhysicalMemory(1 << 20);
        Cpu c0 = new Cpu(0, pm), c1 = new Cpu(1, pm);
        Regs a0 = new Regs(0x1000), a1 = new Regs(0x1000);
        c0.mmu.mapLocal(0xFEE00000, 0x1000, a0);
        c1.mmu.mapLocal(0xFEE00000, 0x1000, a1);
        c0.mmu.write32(0xFEE00020, 0);
        c1.mmu.write32(0xFEE00020, 1 << 24);
        assertEquals(0, c0.mmu.read32(0xFEE00020));
        assertEquals(1 << 24, c1.mmu.read32(0xFEE00020));
        assertEquals(0xFFFFFFFF, pm.read32(0xFEE00020), "not visible on the shared bus");
    }

    @Test
    void bulkCopiesMatchScalarAccess() {
        // Seeded: DMA in and out across page boundaries and the end of RAM.
        Random rnd = new Random(86);
        PhysicalMemory pm = new PhysicalMemory(64 << 10);
        byte[] data = new byte[10000];
        rnd.nextBytes(data);
        pm.writeBytes(0x0F00, data, 0, data.length);
        for (int k = 0; k < data.length; k++) {
            assertEquals(data[k] & 0xFF, pm.read8(0x0F00 + k), "byte " + k);
        }
        byte[] out = new byte[200];
        pm.writeBytes(0xFFA0, data, 0, 200);      // 0x60 bytes land, the rest is dropped
        pm.readBytes(0xFFA0, out, 0, 200);
        for (int k = 0; k < 200; k++) {
            assertEquals(k < 0x60 ? data[k] : (byte) 0xFF, out[k], "byte " + k);
        }
    }
}
