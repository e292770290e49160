package j86.runtime.mem;

import static j86.runtime.mem.PageTables.P;
import static j86.runtime.mem.PageTables.RW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.runtime.cpu.Cpu;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Sub-page code tracking: a write to a code page notifies the code caches (before the bytes
 * change) exactly when it changes a byte marked as code, whichever way it arrives (scalar, MMU,
 * page-crossing, DMA), and the page stays off the TLB's write hit path either way.
 */
class CodeBytesTest {
    final PhysicalMemory pm = new PhysicalMemory(16 << 20);
    final List<String> seen = new ArrayList<>();

    CodeBytesTest() {
        pm.addCodeWriteListener((pa, len) -> seen.add(Integer.toHexString(pa) + "/" + len));
    }

    @Test
    void writesBesideMarkedBytesDoNotNotifyAndTheFirstIntoThemDoes() {
        pm.markCode(0x200100, 7);                 // an instruction at [0x100, 0x107) of the page
        pm.write32(0x2000FC, 0x12345678);         // ends right before it
        pm.write8(0x200107, 1);                   // right after it
        pm.write16(0x200800, 2);
        assertEquals(List.of(), seen);
        assertTrue(pm.isCode(0x200000), "still a code page");
        assertEquals(3, pm.codeWritesSpared());
        pm.write32(0x2000FE, -1);                 // its first two bytes
        assertEquals(List.of("2000fe/4"), seen);
        assertFalse(pm.isCode(0x200000), "the whole page is unmarked");
        assertFalse(pm.isCode(0x200100, 7));
        pm.write8(0x200103, 9);
        assertEquals(1, seen.size(), "nothing left to notify");
        assertEquals(1, pm.codeWritesHit());
    }

    @Test
    void anInstructionAcrossA64ByteLineIsCaughtOnEitherSide() {
        pm.markCode(0x20013E, 4);                 // bytes 0x13E..0x141: two lines
        pm.write8(0x20013D, 1);
        pm.write8(0x200142, 1);
        assertEquals(List.of(), seen);
        pm.write8(0x200141, 1);
        assertEquals(List.of("200141/1"), seen);
        pm.markCode(0x20013E, 4);
        pm.write8(0x20013E, 2);
        assertEquals(List.of("200141/1", "20013e/1"), seen);
    }

    @Test
    void unchangedBytesNotifyNothing() {
        pm.markCode(0x200100, 4);
        pm.write32(0x200100, pm.read32(0x200100));
        assertEquals(List.of(), seen);
        assertTrue(pm.isCode(0x200100, 4));
    }

    @Test
    void dmaAndPageCrossingWritesNotifyOnlyThePagesWhoseCodeTheyTouch() {
        pm.markCode(0x200FF0, 4);                 // code at the end of one page
        pm.markCode(0x201010, 4);                 // and beyond the DMA's reach on the next
        pm.load(0x200FF8, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}, 0, 16);
        assertEquals(List.of(), seen);
        pm.load(0x200FF2, new byte[20], 0, 20);   // from inside the first code to before the second
        assertEquals(List.of("200ff2/14"), seen);
        assertTrue(pm.isCode(0x201010, 4), "the other page keeps its marks");
        pm.write32(0x20100E, -1);                 // a scalar write reaching into the second code
        assertEquals(List.of("200ff2/14", "20100e/4"), seen);
    }

    @Test
    void theGrainWidensMarksAndPageGrainIsTheOldRule() {
        pm.setCodeGrain(64);
        pm.markCode(0x200104, 2);
        pm.write8(0x20013F, 1);                   // same 64-byte line
        assertEquals(1, seen.size());
        pm.setCodeGrain(PhysicalMemory.PAGE_SIZE);
        pm.markCode(0x200104, 2);
        pm.write8(0x200FFF, 1);                   // anywhere on the page
        assertEquals(2, seen.size());
        assertThrows(IllegalArgumentException.class, () -> pm.setCodeGrain(48));
    }

    /** Random marks and writes against a plain set of marked bytes: notified iff a marked byte changes. */
    @Test
    void randomMarksAndWritesAgreeWithAByteSet() {
        Random rnd = new Random(86);
        boolean[] marked = new boolean[2 * PhysicalMemory.PAGE_SIZE];
        int base = 0x300000;
        for (int round = 0; round < 20_000; round++) {
            int off = rnd.nextInt(marked.length - 16);
            if (rnd.nextInt(4) == 0) {
                int len = Math.min(1 + rnd.nextInt(15), PhysicalMemory.PAGE_SIZE - (off & PhysicalMemory.PAGE_MASK));
                pm.markCode(base + off, len);
                for (int k = 0; k < len; k++) {
                    marked[off + k] = true;
                }
                continue;
            }
            int size = 1 << rnd.nextInt(3);
            int value = rnd.nextInt();
            // A write that changes nothing may go unreported; one that changes any byte reports
            // each page on which it covers a marked byte.
            boolean changes = false;
            for (int k = 0; k < size; k++) {
                changes |= pm.read8(base + off + k) != (value >>> 8 * k & 0xFF);
            }
            List<Integer> hit = new ArrayList<>();
            for (int k = 0; k < size && changes; k++) {
                int page = (off + k) >>> PhysicalMemory.PAGE_SHIFT;
                if (marked[off + k] && !hit.contains(page)) {
                    hit.add(page);
                }
            }
            seen.clear();
            pm.write(base + off, size, value);
            assertEquals(hit.size(), seen.size(), "round " + round + " write at +" + Integer.toHexString(off));
            for (int page : hit) {
                java.util.Arrays.fill(marked, page << PhysicalMemory.PAGE_SHIFT, (page + 1) << PhysicalMemory.PAGE_SHIFT, false);
            }
        }
    }

    /**
     * Through the MMU with paging on: a write beside code still misses the TLB's write hit path
     * (the bytes map decides), but is served by the MMU's translation memo rather than a page
     * walk; once code there is overwritten the page is plain RAM and writes hit the TLB again.
     */
    @Test
    void mmuWritesBesideCodeStaySlowAndTheTlbGetsThePageBackAfterACodeHit() {
        Cpu cpu = new Cpu(0, pm);
        PageTables pt = PageTables.pagingOn(cpu, 0x10000);
        pt.map4k(0xA000, 0x200000, P | RW);
        pm.markCode(0x200100, 4);
        cpu.mmu.write32(0xA800, 1);
        assertFalse(cpu.mmu.hits(0xA800, true, false), "a code page gets no write entry");
        pt.setPte(0xA000, 0);                     // not seen until INVLPG: the memo holds the translation
        cpu.mmu.write32(0xA804, 2);
        assertEquals(2, pm.read32(0x200804));
        pt.setPte(0xA000, 0x200000 | P | RW);
        cpu.mmu.write8(0xA101, 0xCC);             // into the code
        assertEquals(List.of("200101/1"), seen);
        cpu.mmu.write32(0xA808, 3);
        assertTrue(cpu.mmu.hits(0xA808, true, false), "plain RAM again: back on the hit path");
    }
}
