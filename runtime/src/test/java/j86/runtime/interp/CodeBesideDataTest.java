package j86.runtime.interp;

import static j86.runtime.cpu.Cpu.EAX;
import static j86.runtime.cpu.Cpu.EBX;
import static j86.runtime.cpu.Cpu.ESI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import j86.decoder.Insn;
import org.junit.jupiter.api.Test;

/**
 * The decoded-instruction cache with data on code pages (sub-page code tracking): a write beside
 * the decoded bytes keeps the page's instructions, a write into any byte of one (also across a
 * 64-byte line) drops them and the new bytes are executed.
 */
class CodeBesideDataTest {
    /** A loop adding to a variable that sits between two of its instructions on the same page. */
    @Test
    void aLoopWritingAVariableBetweenItsInstructionsKeepsItsDecodedCode() throws Exception {
        Snippet s = Snippet.run32("beside", String.join("\n",
            "    movl $1000, %ecx",
            "top:",
            "    addl %ecx, var",
            "    decl %ecx",
            "    jnz top",
            "    movl var, %eax",
            "    jmp done",
            "var: .long 0",
            "done:"));
        CodeCache cache = s.m.interp.cache();
        // Its 7 instructions, and the bytes after the HLT that Snippet's failure message decodes;
        // page-granular dropping would decode the loop's 3 instructions on every iteration.
        assertEquals(8, cache.decodedCount(), "each instruction decoded once");
        assertEquals(0, cache.droppedPages(), "no write touched a decoded byte");
        assertEquals(1000, s.m.phys.codeWritesSpared(), "every add wrote beside the code");
        assertEquals(0, s.m.phys.codeWritesHit());
        s.eq(500500, s.reg(EAX), "sum");
        s.eq(s.sym("done") - 4, s.sym("var"), "the variable ends where the next instruction starts");

        Insn add = s.m.interp.fetch(s.c, s.sym("top"));
        s.m.phys.write32(s.sym("var"), 7);
        assertSame(add, s.m.interp.fetch(s.c, s.sym("top")), "still the cached instruction");
        s.m.phys.write8(s.sym("done"), 0x90);     // the HLT's byte: code
        assertEquals(1, cache.droppedPages());
        assertNotSame(add, s.m.interp.fetch(s.c, s.sym("top")), "the page was decoded again");
    }

    /** An immediate whose last byte lies in the next 64-byte line is patched there. */
    @Test
    void aPatchToTheByteOfAnInstructionInTheNextLineIsSeen() throws Exception {
        Snippet s = Snippet.run32("line", String.join("\n",
            "    call patch",
            "    movl %ebx, %esi",
            "    movb $0x22, patch + 4",
            "    call patch",
            "    hlt",
            ".org 0x3C",
            "patch:",
            "    movl $0x11111111, %ebx",
            "    ret"));
        s.eq(0x103C, s.sym("patch"), "the MOV spans 0x103C..0x1040, two lines");
        s.eq(0x11111111, s.reg(ESI), "first call");
        s.eq(0x22111111, s.reg(EBX), "the patched byte is executed");
        assertEquals(1, s.m.interp.cache().droppedPages());
    }
}
