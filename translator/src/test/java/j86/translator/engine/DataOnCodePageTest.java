package j86.translator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.runtime.cpu.Cpu;
import j86.runtime.mem.PhysicalMemory;
import j86.translator.block.BlockEntry;
import j86.translator.block.ModeKey;
import j86.translator.cache.BlockCache;
import org.junit.jupiter.api.Test;

/**
 * Sub-page code tracking seen from the translator: a write to a code page that changes no byte of
 * a decoded instruction retires nothing (the block cache keeps its blocks, the interpreter its
 * decoded page), a write into one retires the page; a guest loop that keeps a variable on its own
 * code page costs a small fraction of the invalidations of the page-granular rule (the memory's
 * code grain set to 4 KiB), with the same results on both engines.
 */
class DataOnCodePageTest {
    static final int CODE = 0x20000, STACK = 0x30000;
    static final int N = 1000;
    /** mov $N, %ecx ; top: add %ecx, var ; dec %ecx ; jnz top ; mov var, %eax ; hlt ; var: .long 0 */
    static final int VAR = CODE + 20;

    static byte[] loop() {
        return new byte[] {(byte) 0xB9, (byte) N, (byte) (N >>> 8), 0, 0,
                0x01, 0x0D, (byte) VAR, (byte) (VAR >>> 8), (byte) (VAR >>> 16), 0,
                0x49, 0x75, (byte) 0xF7,
                (byte) 0xA1, (byte) VAR, (byte) (VAR >>> 8), (byte) (VAR >>> 16), 0,
                (byte) 0xF4, 0, 0, 0, 0};
    }

    private static GuestMachine boot(boolean translate, int threshold, int grain, byte[] code) {
        GuestMachine m = new GuestMachine(translate, threshold, true);
        m.phys.setCodeGrain(grain);
        m.phys.writeBytes(CODE, code, 0, code.length);
        m.reset(CODE, new int[] {0, 0, 0, 0, STACK, 0, 0, 0}, 0);
        return m;
    }

    /** Page drops by the interpreter's cache, or blocks retired by the translator's, for one run. */
    private static long invalidations(GuestMachine m) {
        return m.jit == null ? m.interp.cache().droppedPages() : m.jit.blockCache().invalidated;
    }

    @Test
    void aLoopWritingAVariableOnItsCodePageKeepsItsCodeOnBothEngines() {
        GuestMachine ref = null;
        for (boolean translate : new boolean[] {false, true}) {
            long[] count = new long[2];
            int[] grains = {1, PhysicalMemory.PAGE_SIZE};
            for (int g = 0; g < 2; g++) {
                GuestMachine m = boot(translate, 8, grains[g], loop());
                m.run(100_000);
                assertTrue(m.cpu.halted);
                assertEquals(N * (N + 1) / 2, m.cpu.r[Cpu.EAX]);
                if (ref == null) {
                    ref = m;
                }
                assertEquals(null, ref.differs(m), (translate ? "translated" : "interpreted") + ", grain " + grains[g]);
                count[g] = invalidations(m);
                if (grains[g] == 1) {
                    assertEquals(0, m.phys.codeWritesHit(), "no write reached a decoded byte");
                    assertEquals(N, m.phys.codeWritesSpared());
                }
            }
            String what = (translate ? "translator: blocks retired " : "interpreter: pages dropped ")
                    + count[0] + " (bytes) vs " + count[1] + " (pages)";
            System.out.println("DataOnCodePageTest " + what);
            assertTrue(count[1] >= N, what);
            assertTrue(count[0] * 10 <= count[1], what);
        }
    }

    /** mov $1, %eax ; hlt -- translated; then data written beside it, then its immediate. */
    @Test
    void aWriteBesideATranslatedBlockKeepsItAndAWriteIntoItRetiresIt() {
        byte[] code = {(byte) 0xB8, 1, 0, 0, 0, (byte) 0xF4};
        GuestMachine m = boot(true, 0, 1, code);
        m.run(100);
        assertEquals(1, m.cpu.r[Cpu.EAX]);
        BlockCache cache = m.jit.blockCache();
        long key = ModeKey.key(CODE, ModeKey.of(m.cpu));
        BlockEntry e = cache.get(key);
        assertNotNull(e);
        assertNotNull(e.block, "translated");
        long translated = m.jit.blocksTranslated(), invalidated = cache.invalidated;
        long dropped = m.interp.cache().droppedPages();

        // (Not right after the HLT: the engine decoded the instruction there when the CPU halted.)
        m.phys.write32(CODE + 0x20, 0x12345678);
        m.phys.writeBytes(CODE + 0x800, new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, 0, 8);
        m.phys.write8(CODE + 0x21, 0x55);
        assertFalse(e.dead);
        assertEquals(invalidated, cache.invalidated);
        assertEquals(dropped, m.interp.cache().droppedPages());
        m.reset(CODE, new int[] {0, 0, 0, 0, STACK, 0, 0, 0}, 0);
        m.run(100);
        assertEquals(1, m.cpu.r[Cpu.EAX]);
        assertSame(e, cache.get(key), "the same block");
        assertEquals(translated, m.jit.blocksTranslated(), "nothing translated again");

        m.phys.write8(CODE + 1, 2);               // the MOV's immediate
        assertTrue(e.dead);
        assertTrue(cache.invalidated > invalidated);
        assertEquals(dropped + 1, m.interp.cache().droppedPages());
        m.reset(CODE, new int[] {0, 0, 0, 0, STACK, 0, 0, 0}, 0);
        m.run(100);
        assertEquals(2, m.cpu.r[Cpu.EAX], "the new code runs");
        assertNotSame(e, cache.get(key));
        assertTrue(m.jit.blocksTranslated() > translated, "translated again");
    }
}
