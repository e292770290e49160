package j86.translator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.runtime.cpu.Cpu;
import j86.runtime.interp.CodeCache;
import j86.translator.cache.BlockCache;
import org.junit.jupiter.api.Test;

/**
 * A guest that keeps writing new code, each function made hot and never written again, so the
 * translation cache only stays within its bound by evicting. Regression: a region translated in
 * place (the cold entry becoming the region's entry) was listed twice on its page, eviction
 * unlisted one copy, and the other kept the class alive: 150,000 functions held 700 MB of
 * metaspace under a 64 MiB bound (bin/j86 -m 128, 2026-12-02). The expected sum is computed here
 * from the functions' definition; the page directory must hold exactly the cached entries, and
 * the interpreter's decoded pages stay within their bound too.
 */
class CodeGeneratingGuestTest {
    static final int LOOP = 0x10000, FUNCTIONS = 0x40000, STACK = 0x30000, COUNT = 3000, CALLS = 3;
    /** Bytes of both caches: the functions' 12 pages take about 3 MB when all decoded. */
    static final long BOUND = 256 << 10;

    /**
     * The writer, assembled by GNU as from (EDI = FUNCTIONS, ESI = 0, EBP = COUNT, EBX = 0):
     * <pre>
     * write: movb $0xb8,(%edi) ; movl %esi,1(%edi)           # mov $i, %eax
     *        imull $0x9e3779b9,%esi,%edx
     *        movb $0x35,5(%edi) ; movl %edx,6(%edi)           # xor $(i * 0x9e3779b9), %eax
     *        movw $0xc301,10(%edi) ; movb $0xc3,12(%edi)      # add %eax, %ebx ; ret
     *        movl $3,%ecx
     * call:  call *%edi ; loop call
     *        addl $16,%edi ; incl %esi ; cmpl %ebp,%esi ; jb write
     *        hlt
     * </pre>
     */
    static final int[] WRITER = {
        0xc6, 0x07, 0xb8, 0x89, 0x77, 0x01, 0x69, 0xd6, 0xb9, 0x79, 0x37, 0x9e, 0xc6, 0x47, 0x05, 0x35,
        0x89, 0x57, 0x06, 0x66, 0xc7, 0x47, 0x0a, 0x01, 0xc3, 0xc6, 0x47, 0x0c, 0xc3, 0xb9, 0x03, 0x00,
        0x00, 0x00, 0xff, 0xd7, 0xe2, 0xfc, 0x83, 0xc7, 0x10, 0x46, 0x39, 0xee, 0x72, 0xd2, 0xf4,
    };

    @Test
    void translationCacheStaysBoundedAndConsistentWhileTheGuestWritesNewCode() {
        int expected = 0;
        for (int i = 0; i < COUNT; i++) {
            expected += CALLS * (i ^ i * 0x9e3779b9);
        }
        GuestMachine interp = run(false);
        GuestMachine jit = run(true);
        String state = "\ninterpreter: " + interp.dump() + "translator: " + jit.dump() + jit.jit.statistics();
        assertEquals(expected, interp.cpu.r[Cpu.EBX], "interpreter's sum" + state);
        assertEquals(expected, jit.cpu.r[Cpu.EBX], "translator's sum" + state);
        assertEquals(null, interp.differs(jit), state);
        for (GuestMachine m : new GuestMachine[] {interp, jit}) {
            CodeCache decoded = m.interp.cache();
            assertTrue(decoded.evictedPages() > 0 && decoded.bytes() <= BOUND, String.format(
                    "the interpreter's decoded pages stayed within %d bytes by dropping pages: %d bytes, %d dropped",
                    BOUND, decoded.bytes(), decoded.evictedPages()));
        }
        BlockCache cache = jit.jit.cache;
        assertTrue(cache.evicted > COUNT / 2, "the bound made the cache evict: " + cache.evicted + state);
        assertEquals(java.util.List.of(), cache.directoryProblems(), "page directory against the cache" + state);
    }

    private static GuestMachine run(boolean translate) {
        GuestMachine m = new GuestMachine(translate, 2, true, BOUND);
        for (int k = 0; k < WRITER.length; k++) {
            m.phys.write8(LOOP + k, WRITER[k]);
        }
        m.reset(LOOP, new int[] {0, 0, 0, 0, STACK, COUNT, 0, FUNCTIONS}, 0);
        m.run(100L * COUNT);
        assertTrue(m.cpu.halted, "the writer reached its hlt: " + m.dump());
        return m;
    }
}
