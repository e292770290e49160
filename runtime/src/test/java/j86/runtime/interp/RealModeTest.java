package j86.runtime.interp;

import static j86.runtime.cpu.Cpu.EAX;
import static j86.runtime.cpu.Cpu.EBX;
import static j86.runtime.cpu.Cpu.ECX;
import static j86.runtime.cpu.Cpu.EDX;
import static j86.runtime.cpu.Cpu.ESI;

import org.junit.jupiter.api.Test;

/**
 * 16-bit real-address mode (Intel SDM Vol. 3, 20.1): linear = selector * 16 + offset, a far jump
 * that reloads CS, and INT n through the interrupt vector table at 0 pushing FLAGS, CS, IP and
 * clearing IF and TF.
 */
class RealModeTest {
    @Test
    void segmentsFarJumpAndIvtInterrupt() throws Exception {
        Snippet s = Snippet.run16("real", String.join("\n",
            "    movw $0x1234, %ax",
            "    movw %ax, %es",
            "    movw $0xBEEF, %es:0x0010",
            "    ljmp $0x0100, $(seg100 - _start)",
            "seg100:",
            "    xorw %ax, %ax",
            "    movw %ax, %ds",
            "    movw $(handler - _start), 0x100",
            "    movw $0x0100, 0x102",
            "    pushw $0x0202",
            "    popfw",
            "    int $0x40",
            "after_int:",
            "    movw %cs, %si",
            "    hlt",
            "handler:",
            "    movw %sp, %bp",
            "    movw (%bp), %ax",
            "    movw 2(%bp), %bx",
            "    movw 4(%bp), %cx",
            "    pushfw",
            "    popw %dx",
            "    iret"));
        s.eq(0xBEEF, s.mem16(0x12340 + 0x10), "ES:0x10 with ES = 0x1234 is linear 0x12350");
        s.eq(s.sym("after_int") - Snippet.ORG, s.reg(EAX) & 0xFFFF, "pushed IP: the instruction after INT, as an offset in CS");
        s.eq(0x0100, s.reg(EBX) & 0xFFFF, "pushed CS: the segment the far jump loaded");
        s.eq(0x0202, s.reg(ECX) & 0xFFFF, "pushed FLAGS");
        s.eq(0x0002, s.reg(EDX) & 0xFFFF, "IF and TF cleared in the handler");
        s.eq(0x0100, s.reg(ESI) & 0xFFFF, "CS after IRET");
        s.eq(0x0100 * 16, s.c.seg[1].base, "CS base = selector * 16");
        s.eq(s.sym("after_int") - Snippet.ORG + 3, s.c.eip, "EIP after the HLT (mov %cs,%si is 2 bytes, hlt 1)");
    }
}
