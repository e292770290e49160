package j86.runtime.interp;

import static j86.runtime.cpu.Cpu.ECX;
import static j86.runtime.cpu.Cpu.EDI;
import static j86.runtime.cpu.Cpu.ESI;

import j86.runtime.cpu.Cpu;
import org.junit.jupiter.api.Test;

/**
 * String instructions with REP prefixes and DF (Intel SDM Vol. 2, MOVS/CMPS/SCAS/STOS/LODS and
 * REP/REPE/REPNE): register updates, termination conditions, address-size selection of the
 * counter, segment override of the source only, and restart across batches.
 */
class StringOpsTest {
    @Test
    void repMovsbForwardCopiesAndAdvances() throws Exception {
        Snippet s = Snippet.run32("movsb", String.join("\n",
            "    movl $0x12345678, 0x4000",
            "    movl $0x9abcdef0, 0x4004",
            "    movl $0x4000, %esi",
            "    movl $0x5000, %edi",
            "    movl $7, %ecx",
            "    cld",
            "    rep movsb"));
        s.eq(0x12345678, s.mem32(0x5000), "first dword copied");
        s.eq(0x00bcdef0, s.mem32(0x5004), "7 bytes copied, the 8th untouched");
        s.eq(0, s.reg(ECX), "ECX counts down to 0");
        s.eq(0x4007, s.reg(ESI), "ESI += 7");
        s.eq(0x5007, s.reg(EDI), "EDI += 7");
    }

    @Test
    void stdMakesMovslGoBackwards() throws Exception {
        Snippet s = Snippet.run32("movsl_back", String.join("\n",
            "    movl $0x11111111, 0x4000",
            "    movl $0x22222222, 0x4004",
            "    movl $0x33333333, 0x4008",
            "    movl $0x4008, %esi",
            "    movl $0x5008, %edi",
            "    movl $3, %ecx",
            "    std",
            "    rep movsl",
            "    cld"));
        s.eq(0x11111111, s.mem32(0x5000), "dword 0");
        s.eq(0x33333333, s.mem32(0x5008), "dword 2");
        s.eq(0x4008 - 12, s.reg(ESI), "ESI -= 3*4");
        s.eq(0x5008 - 12, s.reg(EDI), "EDI -= 3*4");
    }

    @Test
    void repneScasbStopsAfterTheMatch() throws Exception {
        // strlen("hello"): the match is consumed, so ECX = -1 - (len + 1) and EDI points past the NUL.
        Snippet s = Snippet.run32("scasb", String.join("\n",
            "    movl $0x6c6c6568, 0x4000",
            "    movl $0x0000006f, 0x4004",
            "    movl $0x4000, %edi",
            "    xorl %eax, %eax",
            "    movl $-1, %ecx",
            "    cld",
            "    repne scasb",
            "    setz %bl"));
        s.eq(-1 - 6, s.reg(ECX), "ECX after 6 iterations");
        s.eq(0x4006, s.reg(EDI), "EDI past the NUL");
        s.eq(1, s.reg(Cpu.EBX) & 0xFF, "ZF = 1 on the match");
    }

    @Test
    void repeCmpsbStopsAtTheFirstDifference() throws Exception {
        Snippet s = Snippet.run32("cmpsb", String.join("\n",
            "    movl $0x44434241, 0x4000",
            "    movl $0x44584241, 0x5000",
            "    movl $0x4000, %esi",
            "    movl $0x5000, %edi",
            "    movl $4, %ecx",
            "    cld",
            "    repe cmpsb",
            "    setb %bl",
            "    setz %bh"));
        s.eq(1, s.reg(ECX), "3 iterations done ('C' vs 'X' differ at the third)");
        s.eq(0x4003, s.reg(ESI), "ESI");
        s.eq(0x5003, s.reg(EDI), "EDI");
        s.eq(0x0001, s.reg(Cpu.EBX) & 0xFFFF, "'C' < 'X': CF = 1, ZF = 0");
    }

    @Test
    void addressSize16UsesCxSiDi() throws Exception {
        // 0x67 prefix: CX, SI, DI count and wrap; ECX's upper half stays.
        Snippet s = Snippet.run32("stos16", String.join("\n",
            "    movl $0x00050003, %ecx",
            "    movl $0xAAAA4000, %edi",
            "    movb $0x7e, %al",
            "    cld",
            "    addr16 rep stosb"));
        s.eq(0x00050000, s.reg(ECX), "CX reaches 0, upper ECX kept");
        s.eq(0xAAAA4003, s.reg(EDI), "DI += 3, upper EDI kept");
        s.eq(0x7e7e7e, s.mem32(0x4000), "DS base 0 + DI: 3 bytes stored at 0x4000");
    }

    @Test
    void sourceSegmentIsOverridableDestinationIsNot() throws Exception {
        // FS gets base 0x10000 below; the source comes from FS:ESI, the destination stays ES:EDI.
        String body = String.join("\n",
            "    movl $0x4000, %esi",
            "    movl $0x5000, %edi",
            "    movl $2, %ecx",
            "    cld",
            "    rep movsw %fs:(%esi), %es:(%edi)");
        GnuAs.Image img = GnuAs.assemble("fsmovs", ".code32\n_start:\n" + body + "\n    hlt\n", Snippet.ORG);
        Machine m = new Machine(1 << 20);
        m.load(Snippet.ORG, img.bytes);
        m.flat32(Snippet.ORG, Snippet.STACK);
        m.cpu.seg[4].load(0x10, 0x10000, -1, 0x93, true);
        m.phys.write32(0x14000, 0xfeedbeef);
        m.phys.write32(0x4000, 0x01020304);
        org.junit.jupiter.api.Assertions.assertEquals(Interpreter.HALTED, m.run(1000), m.describe());
        org.junit.jupiter.api.Assertions.assertEquals(0xfeedbeef, m.phys.read32(0x5000), m.describe());
    }

    @Test
    void longRepeatRunsInBatchesAndCountsEveryIteration() throws Exception {
        int n = 5000; // more than one batch: the instruction restarts from EIP with ECX/EDI consistent
        Snippet s = Snippet.run32("stosl_long", String.join("\n",
            "    movl $0x20000, %edi",
            "    movl $" + n + ", %ecx",
            "    movl $0xa5a5a5a5, %eax",
            "    cld",
            "    rep stosl"));
        s.eq(0xa5a5a5a5, s.mem32(0x20000), "first");
        s.eq(0xa5a5a5a5, s.mem32(0x20000 + 4 * (n - 1)), "last");
        s.eq(0, s.mem32(0x20000 + 4 * n), "one past the last");
        s.eq(0x20000 + 4 * n, s.reg(EDI), "EDI");
        // 4 setup instructions + n iterations + hlt.
        s.eq(4 + n + 1, (int) s.c.instructions, "retired instructions");
    }

    @Test
    void repWithZeroCountDoesNothing() throws Exception {
        Snippet s = Snippet.run32("rep0", String.join("\n",
            "    movl $0x4000, %esi",
            "    movl $0x5000, %edi",
            "    xorl %ecx, %ecx",
            "    movl $0x77, 0x5000",
            "    rep movsb"));
        s.eq(0x77, s.mem32(0x5000), "untouched");
        s.eq(0x4000, s.reg(ESI), "ESI");
        s.eq(0x5000, s.reg(EDI), "EDI");
    }

    @Test
    void lodsAndStosMoveThroughEax() throws Exception {
        Snippet s = Snippet.run32("lods", String.join("\n",
            "    movl $0x89abcdef, 0x4000",
            "    movl $0x4000, %esi",
            "    movl $0x5000, %edi",
            "    movl $0xffffffff, %eax",
            "    cld",
            "    lodsw",
            "    stosb"));
        s.eq(0xffffcdef, s.reg(Cpu.EAX), "LODSW replaces AX only");
        s.eq(0xef, s.mem8(0x5000), "STOSB stores AL");
        s.eq(0x4002, s.reg(ESI), "ESI += 2");
        s.eq(0x5001, s.reg(EDI), "EDI += 1");
    }
}
