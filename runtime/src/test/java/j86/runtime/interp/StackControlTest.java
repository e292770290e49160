package j86.runtime.interp;

import static j86.runtime.cpu.Cpu.EAX;
import static j86.runtime.cpu.Cpu.EBP;
import static j86.runtime.cpu.Cpu.EBX;
import static j86.runtime.cpu.Cpu.ECX;
import static j86.runtime.cpu.Cpu.EDI;
import static j86.runtime.cpu.Cpu.EDX;
import static j86.runtime.cpu.Cpu.ESI;
import static j86.runtime.cpu.Cpu.ESP;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Stack and control-transfer instructions against the SDM Vol. 2 pseudo-code: ENTER (with nesting)
 * and LEAVE, PUSH/POP operand sizes and their ESP special cases, PUSHA/POPA, PUSHF/POPF, CALL/RET
 * imm16, Jcc against the condition table (SDM Vol. 1, Table B-1), LOOP and JCXZ by address size.
 */
class StackControlTest {
    @Test
    void enterWithNestingLevelAndLeave() throws Exception {
        Snippet s = Snippet.run32("enter", String.join("\n",
            "    movl $0xAABBCCDD, 0x6FFC",
            "    movl $0x7000, %ebp",
            "    enter $16, $2",
            "    movl %esp, %esi",
            "    movl %ebp, %edi",
            "    leave"));
        // push EBP -> 0x7FFC; frame = 0x7FFC; copy [EBP-4] -> 0x7FF8; push frame -> 0x7FF4; ESP -= 16
        s.eq(0x7000, s.mem32(0x7FFC), "saved EBP");
        s.eq(0xAABBCCDD, s.mem32(0x7FF8), "copied outer frame pointer");
        s.eq(0x7FFC, s.mem32(0x7FF4), "frame pointer pushed");
        s.eq(0x7FF4 - 16, s.reg(ESI), "ESP after ENTER");
        s.eq(0x7FFC, s.reg(EDI), "EBP after ENTER");
        s.eq(0x8000, s.reg(ESP), "ESP after LEAVE");
        s.eq(0x7000, s.reg(EBP), "EBP after LEAVE");
    }

    @Test
    void pushPopSizesAndEspForms() throws Exception {
        Snippet s = Snippet.run32("pushpop", String.join("\n",
            "    pushw $0x1234",
            "    pushl $-2",
            "    push %esp",
            "    movl %esp, %ebx",
            "    pop %esp",
            "    pushw %fs",
            "    popw %ax",
            "    popl %ecx",
            "    popw %dx",
            "    movl %esp, %esi",
            "    pushl $7",
            "    popl 4(%esp)"));
        s.eq(0x7FFA, s.mem16(0x7FF6), "PUSH ESP pushes the value before the decrement (low word; PUSHW FS reused the high one)");
        s.eq(0x7FF6, s.reg(EBX), "ESP after three pushes of 2+4+4 bytes");
        s.eq(0x10, s.reg(EAX) & 0xFFFF, "PUSHW FS / POPW: the selector in 16 bits");
        s.eq(0xFFFFFFFE, s.reg(ECX), "PUSH imm8 sign-extended to 32 bits");
        s.eq(0x1234, s.reg(EDX) & 0xFFFF, "PUSHW imm16");
        s.eq(0x8000, s.reg(ESI), "balanced");
        s.eq(7, s.mem32(0x8004), "POP m with ESP base: address computed after the increment");
    }

    @Test
    void pushaPopaLayoutAndSkippedEsp() throws Exception {
        Snippet s = Snippet.run32("pusha", String.join("\n",
            "    movl $1, %eax", "    movl $2, %ecx", "    movl $3, %edx", "    movl $4, %ebx",
            "    movl $6, %ebp", "    movl $7, %esi", "    movl $8, %edi",
            "    pushal",
            "    movl $0x1111, 12(%esp)",
            "    movl $0x55, 28(%esp)",
            "    xorl %eax, %eax", "    xorl %ecx, %ecx", "    xorl %edx, %edx", "    xorl %ebx, %ebx",
            "    xorl %ebp, %ebp", "    xorl %esi, %esi", "    xorl %edi, %edi",
            "    popal"));
        int[] order = {1, 2, 3, 4, 0x8000, 6, 7, 8}; // EAX ECX EDX EBX ESP EBP ESI EDI, from 0x7FFC down
        for (int k = 0; k < 8; k++) {
            int expect = k == 0 ? 0x55 : k == 4 ? 0x1111 : order[k];
            s.eq(expect, s.mem32(0x7FFC - 4 * k), "PUSHA slot " + k);
        }
        s.eq(0x55, s.reg(EAX), "EAX from its slot");
        s.eq(2, s.reg(ECX), "ECX");
        s.eq(8, s.reg(EDI), "EDI");
        s.eq(6, s.reg(EBP), "EBP");
        s.eq(0x8000, s.reg(ESP), "POPA ignores the ESP slot and adds 32");
    }

    @Test
    void pushfPopfAtCpl0() throws Exception {
        Snippet s = Snippet.run32("popf", String.join("\n",
            "    pushl $0x0cd5",
            "    popfl",
            "    pushfl",
            "    popl %eax",
            "    pushl $0x43002",
            "    popfl",
            "    pushw $0x0001",
            "    popfw",
            "    pushfl",
            "    popl %ebx",
            "    pushl $0x2",
            "    popfl"));
        s.eq(0x0cd7, s.reg(EAX), "OF DF SF ZF AF PF CF set, bit 1 always set");
        s.eq(0x40003, s.reg(EBX), "POPFW replaces the low word (CF set, IOPL 3 -> 0 at CPL 0) and keeps AC in the high word");
    }

    @Test
    void callAndRetImm16() throws Exception {
        Snippet s = Snippet.run32("callret", String.join("\n",
            "    pushl $1",
            "    pushl $2",
            "    call f",
            "back:",
            "    movl %esp, %ebx",
            "    hlt",
            "f:",
            "    movl (%esp), %edi",
            "    movl 4(%esp), %ecx",
            "    movl 8(%esp), %edx",
            "    ret $8"));
        s.eq(s.sym("back"), s.reg(EDI), "CALL pushes the next instruction's address");
        s.eq(2, s.reg(ECX), "first argument");
        s.eq(1, s.reg(EDX), "second argument");
        s.eq(0x8000, s.reg(EBX), "RET 8 pops the return address and the two arguments");
    }

    @Test
    void jccFollowsTheConditionTable() throws Exception {
        Random rnd = new Random(86);
        int[][] pairs = new int[24][];
        int[] edge = {0, 1, -1, 0x7FFFFFFF, 0x80000000, 0x80, 0xFF};
        for (int k = 0; k < pairs.length; k++) {
            pairs[k] = k < 12 ? new int[] {edge[k % edge.length], edge[(k * 3 + 1) % edge.length]}
                    : new int[] {rnd.nextInt(), rnd.nextBoolean() ? rnd.nextInt() : rnd.nextInt(4)};
        }
        String[] cc = {"o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g"};
        StringBuilder src = new StringBuilder();
        for (int k = 0; k < pairs.length; k++) {
            src.append("    movl $").append(pairs[k][0]).append(", %eax\n    movl $").append(pairs[k][1]).append(", %ebx\n");
            src.append("    xorl %edx, %edx\n    cmpl %ebx, %eax\n");
            for (int n = 0; n < 16; n++) {
                // LEA accumulates the bit without touching the flags under test.
                src.append("    j").append(cc[n]).append(" 1f\n    jmp 2f\n1:  leal ").append(1 << n).append("(%edx), %edx\n2:\n");
            }
            src.append("    movl %edx, ").append(0x4000 + 4 * k).append("\n");
        }
        Snippet s = Snippet.run32("jcc", src.toString());
        for (int k = 0; k < pairs.length; k++) {
            int a = pairs[k][0], b = pairs[k][1];
            s.eq(expectedMask(a, b), s.mem32(0x4000 + 4 * k), "conditions after cmp " + a + ", " + b);
        }
    }

    /** SDM Vol. 1, Table B-1, evaluated from the definitions of a - b. */
    static int expectedMask(int a, int b) {
        int r = a - b;
        boolean of = ((a ^ b) & (a ^ r)) < 0;
        boolean cf = Integer.compareUnsigned(a, b) < 0;
        boolean zf = r == 0;
        boolean sf = r < 0;
        boolean pf = Integer.bitCount(r & 0xFF) % 2 == 0;
        boolean[] c = {of, cf, zf, cf || zf, sf, pf, sf != of, zf || sf != of};
        int m = 0;
        for (int n = 0; n < 16; n++) {
            if (c[n >> 1] ^ (n & 1) == 1) {
                m |= 1 << n;
            }
        }
        return m;
    }

    @Test
    void loopAndJcxzUseCxOrEcxByAddressSize() throws Exception {
        Snippet s = Snippet.run32("loop", String.join("\n",
            "    movl $0x00010003, %ecx",
            "    xorl %eax, %eax",
            "1:  incl %eax",
            "    addr16 loop 1b",
            "    movl %ecx, %esi",
            "    movl $3, %ecx",
            "    xorl %ebx, %ebx",
            "2:  incl %ebx",
            "    loop 2b",
            "    xorl %edx, %edx",
            "    movl $0x10000, %ecx",
            "    jecxz 3f",
            "    orl $1, %edx",
            "3:  jcxz 4f",
            "    orl $2, %edx",
            "4:  movl $5, %ecx",
            "    xorl %edi, %edi",
            "5:  incl %edi",
            "    cmpl $2, %edi",
            "    loopne 5b"));
        s.eq(3, s.reg(EAX), "LOOP with CX iterates CX times");
        s.eq(0x00010000, s.reg(ESI), "upper half of ECX untouched");
        s.eq(3, s.reg(EBX), "LOOP with ECX");
        s.eq(1, s.reg(EDX), "JECXZ not taken (ECX != 0), JCXZ taken (CX = 0)");
        s.eq(2, s.reg(EDI), "LOOPNE stops when ZF = 1");
        s.eq(3, s.reg(ECX), "LOOPNE still decremented ECX twice");
    }
}
