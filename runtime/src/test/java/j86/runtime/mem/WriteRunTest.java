package j86.runtime.mem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * PhysicalMemory's whole-run writes for REP STOS/MOVS onto page-table pages (storeRun, copyRun)
 * against the element-by-element slow writes they replace: the same bytes, and the same
 * notification rule (a page table's generation moves, and its mark goes, only when a byte
 * changes).
 */
class WriteRunTest {
    static final int TABLE_PAGE = 5, PA = TABLE_PAGE << 12;

    private static PhysicalMemory memoryWithTable(byte fill) {
        PhysicalMemory m = new PhysicalMemory(1 << 20);
        Arrays.fill(m.ram, PA, PA + 4096, fill);
        assertTrue(m.markTable(TABLE_PAGE));
        return m;
    }

    @Test
    void zeroingAZeroTableChangesNothing() {
        PhysicalMemory m = memoryWithTable((byte) 0);
        int gen = m.tableGeneration(TABLE_PAGE);
        assertTrue(m.runWritable(PA, 4096));
        m.storeRun(PA, 1024, 4, 0);
        assertEquals(gen, m.tableGeneration(TABLE_PAGE), "generation");
        assertFalse(m.runWritable(PA + 4000, 200), "a run crossing pages is refused");
        assertFalse(m.directWritable(PA), "still marked");
    }

    @Test
    void storeRunMatchesElementWrites() {
        for (int elem : new int[] {1, 2, 4}) {
            PhysicalMemory run = memoryWithTable((byte) 0x5A), one = memoryWithTable((byte) 0x5A);
            int gen = run.tableGeneration(TABLE_PAGE);
            run.storeRun(PA + 8, 100, elem, 0x12345678);
            for (int k = 0; k < 100; k++) {
                one.write(PA + 8 + k * elem, elem, 0x12345678);
            }
            assertArrayEquals(one.ram, run.ram, "element size " + elem);
            assertEquals(gen + 1, run.tableGeneration(TABLE_PAGE), "one bump for the run");
            assertEquals(one.directWritable(PA), run.directWritable(PA), "unmarked like the element writes");
        }
    }

    @Test
    void copyRunNotifiesOnlyOnChange() {
        PhysicalMemory m = memoryWithTable((byte) 7);
        Arrays.fill(m.ram, 0x20000, 0x21000, (byte) 7);
        int gen = m.tableGeneration(TABLE_PAGE);
        m.copyRun(0x20000, PA, 4096);
        assertEquals(gen, m.tableGeneration(TABLE_PAGE), "same bytes: no change");
        m.ram[0x20010] = 9;
        m.copyRun(0x20000, PA, 4096);
        assertEquals(9, m.ram[PA + 0x10]);
        assertEquals(gen + 1, m.tableGeneration(TABLE_PAGE), "changed: one bump");
    }
}
