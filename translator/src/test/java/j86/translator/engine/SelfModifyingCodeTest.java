package j86.translator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.runtime.cpu.Cpu;
import org.junit.jupiter.api.Test;

/**
 * Self-modifying code and address-space switches (docs/ARCHITECTURE.md, "A write to code retires
 * that code"). Expected values follow from the bytes the guest writes (x86 executes the modified
 * instruction, SDM Vol. 3, 8.1.3), and every case is also run on the interpreter and compared.
 */
class SelfModifyingCodeTest {
    static final int CODE = 0x20000, STACK = 0x30000;

    private static byte[] bytes(int... b) {
        byte[] r = new byte[b.length];
        for (int k = 0; k < b.length; k++) {
            r[k] = (byte) b[k];
        }
        return r;
    }

    private static GuestMachine boot(boolean translate, byte[] code, int at) {
        GuestMachine m = new GuestMachine(translate, 0, true);
        m.phys.writeBytes(at, code, 0, code.length);
        m.reset(at, new int[] {0, 0, 0, 0, STACK, 0, 0, 0}, 0);
        return m;
    }

    /** movb $0x42, target+1 ; target: mov $0x11111111, %eax ; hlt -- the store patches the next instruction. */
    @Test
    void aBlockWritingALaterInstructionOfItsPageRunsTheNewCode() {
        int target = CODE + 7;
        byte[] code = bytes(0xC6, 0x05, target + 1 & 0xFF, target + 1 >>> 8 & 0xFF, target + 1 >>> 16, 0, 0x42,
                0xB8, 0x11, 0x11, 0x11, 0x11, 0xF4);
        for (boolean translate : new boolean[] {false, true}) {
            GuestMachine m = boot(translate, code, CODE);
            m.run(100);
            assertEquals(0x11111142, m.cpu.r[Cpu.EAX], translate ? "translated" : "interpreted");
            assertEquals(3, m.cpu.instructions);
        }
    }

    /** The same with a register-addressed 32-bit store through a fallback instruction (XCHG). */
    @Test
    void aFallbackStoreIntoTheBlockAlsoEndsIt() {
        int target = CODE + 12;
        // mov $target+1, %ebx ; mov $0x99, %ecx ; xchg %ecx, (%ebx) ; target: mov $0x11111111, %eax ; hlt
        byte[] code = bytes(0xBB, target + 1 & 0xFF, target + 1 >>> 8 & 0xFF, target + 1 >>> 16, 0,
                0xB9, 0x99, 0, 0, 0, 0x87, 0x0B, 0xB8, 0x11, 0x11, 0x11, 0x11, 0xF4);
        GuestMachine ref = boot(false, code, CODE), jit = boot(true, code, CODE);
        ref.run(100);
        jit.run(100);
        assertEquals(0x00000099, jit.cpu.r[Cpu.EAX]);
        assertEquals(null, ref.differs(jit));
    }

    @Test
    void codeRewrittenAfterItRanIsTranslatedAgain() {
        byte[] first = bytes(0xB8, 1, 0, 0, 0, 0xF4); // mov $1, %eax ; hlt
        byte[] second = bytes(0xB8, 2, 0, 0, 0, 0xF4);
        GuestMachine m = boot(true, first, CODE);
        m.run(100);
        assertEquals(1, m.cpu.r[Cpu.EAX]);
        long translated = m.jit.blocksTranslated();
        m.reset(CODE, new int[] {0, 0, 0, 0, STACK, 0, 0, 0}, 0);
        m.run(100);
        assertEquals(1, m.cpu.r[Cpu.EAX]);
        assertEquals(translated, m.jit.blocksTranslated(), "unchanged code is not translated again");
        m.phys.writeBytes(CODE, second, 0, second.length);
        m.reset(CODE, new int[] {0, 0, 0, 0, STACK, 0, 0, 0}, 0);
        m.run(100);
        assertEquals(2, m.cpu.r[Cpu.EAX]);
        assertTrue(m.jit.blocksTranslated() > translated, "the rewritten block was translated again");
    }

    /**
     * A loop that writes a variable on its own code page every iteration (which must not disturb
     * its code) and, halfway, patches the immediate of one of its own instructions (which must be
     * seen from the next iteration on):
     * <pre>
     *   mov $100, %ecx
     * top: add %ecx, var ; add $1, %ebx ; cmp $50, %ecx ; jne skip ; movb $5, top+8
     * skip: dec %ecx ; jnz top ; hlt ; var: .long 0
     * </pre>
     */
    @Test
    void aLoopWritingDataBesideItsCodeStillSeesItsOwnPatch() {
        int var = CODE + 30, imm = CODE + 13;
        byte[] code = bytes(0xB9, 100, 0, 0, 0,
                0x01, 0x0D, var & 0xFF, var >>> 8 & 0xFF, var >>> 16, 0,
                0x83, 0xC3, 0x01,
                0x83, 0xF9, 0x32,
                0x75, 0x07,
                0xC6, 0x05, imm & 0xFF, imm >>> 8 & 0xFF, imm >>> 16, 0, 0x05,
                0x49, 0x75, 0xE8, 0xF4, 0, 0, 0, 0);
        GuestMachine ref = boot(false, code, CODE), jit = boot(true, code, CODE);
        ref.run(10_000);
        jit.run(10_000);
        assertEquals(51 + 49 * 5, ref.cpu.r[Cpu.EBX], "the patched immediate from the 52nd iteration on");
        assertEquals(5050, ref.phys.read32(var));
        assertEquals(null, ref.differs(jit));
        assertEquals(1, ref.interp.cache().droppedPages(), "only the patch dropped the decoded page");
        assertEquals(1, jit.interp.cache().droppedPages());
    }

    /**
     * Paging on: linear 0x400000 maps to physical page P1 under one page directory and P2 under
     * another, each holding different code; a MOV CR3 + JMP block switches between them.
     */
    @Test
    void theSameVirtualAddressUnderTwoCr3ValuesRunsEachSpacesCode() {
        int pd1 = 0x50000, pd2 = 0x52000, ptLow = 0x54000, pt1 = 0x55000, pt2 = 0x56000, p1 = 0x60000, p2 = 0x61000;
        GuestMachine m = new GuestMachine(true, 0, true);
        GuestMachine ref = new GuestMachine(false, 0, true);
        for (GuestMachine g : new GuestMachine[] {m, ref}) {
            byte[] ram = g.phys.ram;
            for (int i = 0; i < 1024; i++) {
                GuestMachine.put32(ram, ptLow + 4 * i, i << 12 | 7); // identity for the first 4 MiB
            }
            GuestMachine.put32(ram, pd1, ptLow | 7);
            GuestMachine.put32(ram, pd2, ptLow | 7);
            GuestMachine.put32(ram, pd1 + 4, pt1 | 7);
            GuestMachine.put32(ram, pd2 + 4, pt2 | 7);
            GuestMachine.put32(ram, pt1, p1 | 7);
            GuestMachine.put32(ram, pt2, p2 | 7);
            g.phys.writeBytes(p1, bytes(0xB8, 1, 0, 0, 0, 0xF4), 0, 6);
            g.phys.writeBytes(p2, bytes(0xB8, 2, 0, 0, 0, 0xF4), 0, 6);
            // mov %ebx, %cr3 ; jmp 0x400000
            int rel = 0x400000 - (CODE + 3 + 5);
            g.phys.writeBytes(CODE, bytes(0x0F, 0x22, 0xDB, 0xE9, rel & 0xFF, rel >>> 8 & 0xFF, rel >>> 16 & 0xFF,
                    rel >>> 24), 0, 8);
        }
        int[] expect = {1, 2, 1, 2};
        int[] dirs = {pd1, pd2, pd1, pd2};
        long translatedAfterTwo = 0;
        for (int run = 0; run < 4; run++) {
            for (GuestMachine g : new GuestMachine[] {m, ref}) {
                g.reset(CODE, new int[] {0, 0, 0, dirs[run], STACK, 0, 0, 0}, 0);
                g.cpu.cr3 = pd1;
                g.cpu.cr0 |= Cpu.CR0_PG;
                g.cpu.mmu.flushAll();
                g.run(100);
            }
            assertEquals(expect[run], m.cpu.r[Cpu.EAX], "run " + run);
            assertEquals(null, ref.differs(m), "run " + run);
            if (run == 1) {
                translatedAfterTwo = m.jit.blocksTranslated();
            }
        }
        assertEquals(translatedAfterTwo, m.jit.blocksTranslated(), "both spaces' translations were kept");
    }
}
