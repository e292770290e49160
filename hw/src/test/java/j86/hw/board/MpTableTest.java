package j86.hw.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.runtime.mem.PhysicalMemory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parses what the firmware placed in guest memory the way a kernel does (Intel MP Spec 1.4,
 * 4.1-4.3): find "_MP_" on a 16-byte boundary in the first KiB of the EBDA whose segment the BIOS
 * data area holds at 0x40E, check both checksums, then walk the entries.
 */
class MpTableTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 8})
    void kernelFindsEveryCpuTheIoApicAndTheIsaRouting(int cpus) {
        PhysicalMemory phys = new PhysicalMemory(16 << 20);
        byte[] boot = new byte[512];
        boot[510] = 0x55;
        boot[511] = (byte) 0xAA;
        Firmware.install(phys, boot, cpus);

        int ebda = phys.read16(0x40E) << 4;
        assertEquals(639, phys.read16(0x413), "base memory KiB in the BIOS data area");
        int fp = -1;
        for (int a = ebda; a < ebda + 1024; a += 16) {
            if (phys.read32(a) == 0x5F504D5F) { // "_MP_"
                fp = a;
                break;
            }
        }
        assertTrue(fp >= 0, "floating pointer in the first KiB of the EBDA");
        assertEquals(0, sum(phys, fp, 16), "floating pointer checksum");
        assertEquals(4, phys.read8(fp + 9), "spec revision 1.4");
        int table = phys.read32(fp + 4);
        assertEquals(0x504D4350, phys.read32(table), "PCMP signature");
        int length = phys.read16(table + 4);
        assertEquals(0, sum(phys, table, length), "configuration table checksum");
        assertEquals(0xFEE00000, phys.read32(table + 36), "local APIC address");

        List<Integer> apicIds = new ArrayList<>();
        int bsp = -1, ioapicAddr = 0, ioIntr = 0, ioapicId = -1;
        int p = table + 44;
        for (int n = phys.read16(table + 34); n > 0; n--) {
            int type = phys.read8(p);
            switch (type) {
                case 0 -> {
                    apicIds.add(phys.read8(p + 1));
                    if ((phys.read8(p + 3) & 2) != 0) {
                        bsp = phys.read8(p + 1);
                    }
                    p += 20;
                }
                case 2 -> {
                    ioapicId = phys.read8(p + 1);
                    ioapicAddr = phys.read32(p + 4);
                    p += 8;
                }
                case 3 -> {
                    assertEquals(phys.read8(p + 5), phys.read8(p + 7), "ISA IRQ n on I/O APIC pin n");
                    ioIntr++;
                    p += 8;
                }
                case 1, 4 -> p += 8;
                default -> throw new AssertionError("unknown entry type " + type);
            }
        }
        assertEquals(table + length, p, "entries fill the base table exactly");
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < cpus; i++) {
            expected.add(i);
        }
        assertEquals(expected, apicIds, "APIC IDs 0..N-1 in table order");
        assertEquals(0, bsp, "CPU 0 is the bootstrap processor");
        assertEquals(0xFEC00000, ioapicAddr);
        assertTrue(ioapicId >= cpus, "I/O APIC ID distinct from the local APIC IDs");
        assertEquals(16, ioIntr);
        assertEquals(0x55, phys.read8(0x7C00 + 510), "boot sector loaded at 0x7C00");
    }

    private static int sum(PhysicalMemory phys, int at, int len) {
        int s = 0;
        for (int i = 0; i < len; i++) {
            s += phys.read8(at + i);
        }
        return s & 0xFF;
    }
}
