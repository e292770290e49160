package j86.runtime.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.runtime.cpu.Cpu;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The interpreter's end-to-end test (the "done when"): a hand-written guest, assembled at
 * test time by GNU as, boots from real mode at 0:0x7c00 and goes through protected mode, paging,
 * IDT + TSS, ring 3 via IRET, a system call through a DPL-3 gate, and two page faults from ring 3
 * that the ring-0 handler resolves by mapping the page, so that the faulting instruction restarts.
 * It reports what the handlers saw through port 0x501 and halts with IF = 0.
 *
 * Every expected value comes from the architecture (Intel SDM Vol. 3: 6.12.1 stack frame on a
 * privilege change, 4.7 page-fault error code, 7.2.1 TSS SS0:ESP0) and from the assembler's symbol
 * table, never from running our code.
 */
class GuestBootTest {
    static final int TSS_STACK = 0x80000, USTACK_TOP = 0x21000, PAGE_A = 0x300000, PAGE_B = 0x301000;
    static final int PLANTED = 0x600DF00D;

    static final String SOURCE = String.join("\n",
        "# j86 interpreter guest test: real mode -> protected mode -> paging -> ring 3 -> syscall -> #PF",
        ".set PT, 0x11000",
        ".set PD, 0x10000",
        ".set IDT, 0x12000",
        ".set LOG, 0x13000",
        ".set KSTACK, 0x70000",
        ".set TSS_STACK, 0x80000",
        ".set USTACK_TOP, 0x21000",
        ".set PAGE_A, 0x300000",
        ".set PAGE_B, 0x301000",
        ".code16",
        ".globl _start",
        "_start:",
        "    cli",
        "    xorw %ax, %ax",
        "    movw %ax, %ds",
        "    movw %ax, %ss",
        "    movw $0x7000, %sp",
        "    movb $'R', %al",
        "    outb %al, $0xE9",
        "    lgdt gdtdesc",
        "    movl %cr0, %eax",
        "    orl $1, %eax",
        "    movl %eax, %cr0",
        "    ljmp $0x08, $pm32",
        ".code32",
        "pm32:",
        "    movw $0x10, %ax",
        "    movw %ax, %ds",
        "    movw %ax, %es",
        "    movw %ax, %fs",
        "    movw %ax, %gs",
        "    movw %ax, %ss",
        "    movl $KSTACK, %esp",
        "    movb $'P', %al",
        "    outb %al, $0xE9",
        "    movl $LOG, log_ptr",
        "# page table: identity map 0..4 MiB, supervisor read/write",
        "    movl $PT, %edi",
        "    xorl %eax, %eax",
        "1:  movl %eax, %edx",
        "    orl $3, %edx",
        "    movl %edx, (%edi)",
        "    addl $4, %edi",
        "    addl $0x1000, %eax",
        "    cmpl $0x400000, %eax",
        "    jb 1b",
        "# the user code page and the user stack page are user-accessible; pages A and B are absent",
        "    orl $4, PT + ((user_code - _start + 0x7c00) >> 12) * 4",
        "    orl $4, PT + ((USTACK_TOP - 0x1000) >> 12) * 4",
        "    movl $0, PT + (PAGE_A >> 12) * 4",
        "    movl $0, PT + (PAGE_B >> 12) * 4",
        "    movl $(PT + 7), PD",
        "    movl $PD, %eax",
        "    movl %eax, %cr3",
        "    movl %cr0, %eax",
        "    orl $0x80010000, %eax",
        "    movl %eax, %cr0",
        "    movb $'G', %al",
        "    outb %al, $0xE9",
        "# IDT: every vector -> unexpected; 14 -> pf_handler; 0x30 -> sys_handler with DPL 3",
        "    xorl %ecx, %ecx",
        "2:  movl $unexpected, %eax",
        "    movl $0x8E00, %edx",
        "    call set_gate",
        "    incl %ecx",
        "    cmpl $256, %ecx",
        "    jb 2b",
        "    movl $14, %ecx",
        "    movl $pf_handler, %eax",
        "    movl $0x8E00, %edx",
        "    call set_gate",
        "    movl $0x30, %ecx",
        "    movl $sys_handler, %eax",
        "    movl $0xEE00, %edx",
        "    call set_gate",
        "    lidt idtdesc",
        "# TSS: SS0:ESP0 for ring transitions; descriptor in GDT slot 5",
        "    movl $TSS_STACK, tss + 4",
        "    movl $0x10, tss + 8",
        "    movl $tss, %eax",
        "    movw $103, gdt + 0x28",
        "    movw %ax, gdt + 0x2A",
        "    shrl $16, %eax",
        "    movb %al, gdt + 0x2C",
        "    movb $0x89, gdt + 0x2D",
        "    movb $0, gdt + 0x2E",
        "    movb %ah, gdt + 0x2F",
        "    movw $0x28, %ax",
        "    ltr %ax",
        "# to ring 3: data segments first (DPL 3 data is loadable at CPL 0), then an IRET frame",
        "    movw $0x23, %ax",
        "    movw %ax, %ds",
        "    movw %ax, %es",
        "    movb $'3', %al",
        "    outb %al, $0xE9",
        "    pushl $0x23",
        "    pushl $USTACK_TOP",
        "    pushl $0x002",
        "    pushl $0x1B",
        "    pushl $user_code",
        "    iret",
        "",
        "# set_gate: vector %ecx, handler %eax, attributes %edx (0x8E00 = P, DPL 0, 32-bit interrupt gate)",
        "set_gate:",
        "    leal IDT(,%ecx,8), %edi",
        "    movw %ax, (%edi)",
        "    movw $0x08, 2(%edi)",
        "    movw %dx, 4(%edi)",
        "    shrl $16, %eax",
        "    movw %ax, 6(%edi)",
        "    ret",
        "",
        "# log_edx: appends %edx to the log",
        "log_edx:",
        "    pushl %edi",
        "    movl log_ptr, %edi",
        "    movl %edx, (%edi)",
        "    addl $4, log_ptr",
        "    popl %edi",
        "    ret",
        "",
        "# int 0x30 from ring 3. Frame after pushal: 32 EIP, 36 CS, 40 EFLAGS, 44 ESP, 48 SS",
        "sys_handler:",
        "    pushal",
        "    leal 32(%esp), %edx",
        "    call log_edx",
        "    movl 36(%esp), %edx",
        "    call log_edx",
        "    movl 44(%esp), %edx",
        "    call log_edx",
        "    movl 48(%esp), %edx",
        "    call log_edx",
        "    cmpl $0x22222222, %eax",
        "    je report",
        "    popal",
        "    incl %eax",
        "    iret",
        "report:",
        "    movl 16(%esp), %edx",
        "    call log_edx",
        "    movl 24(%esp), %edx",
        "    call log_edx",
        "    movl 20(%esp), %edx",
        "    call log_edx",
        "    movl 4(%esp), %edx",
        "    call log_edx",
        "    movl 0(%esp), %edx",
        "    call log_edx",
        "    movl $LOG, %esi",
        "    movw $0x501, %dx",
        "3:  cmpl log_ptr, %esi",
        "    jae 4f",
        "    lodsl",
        "    outl %eax, %dx",
        "    jmp 3b",
        "4:  movb $'O', %al",
        "    outb %al, $0xE9",
        "    movb $'K', %al",
        "    outb %al, $0xE9",
        "    cli",
        "    hlt",
        "    jmp 4b",
        "",
        "# page fault. Frame after two pushes: 8 error code, 12 EIP, 16 CS, 20 EFLAGS, 24 ESP, 28 SS",
        "pf_handler:",
        "    pushl %eax",
        "    pushl %edx",
        "    movl %cr2, %edx",
        "    call log_edx",
        "    movl 8(%esp), %edx",
        "    call log_edx",
        "    movl 12(%esp), %edx",
        "    call log_edx",
        "    movl 16(%esp), %edx",
        "    call log_edx",
        "    movl %cr2, %eax",
        "    movl %eax, %edx",
        "    shrl $12, %edx",
        "    andl $0x3FF, %edx",
        "    andl $0xFFFFF000, %eax",
        "    orl $7, %eax",
        "    movl %eax, PT(,%edx,4)",
        "    movl %cr2, %eax",
        "    invlpg (%eax)",
        "    popl %edx",
        "    popl %eax",
        "    addl $4, %esp",
        "    iret",
        "",
        "unexpected:",
        "    movw $0x501, %dx",
        "    movl $0xBAD, %eax",
        "    outl %eax, %dx",
        "    cli",
        "    hlt",
        "",
        ".p2align 3",
        "gdt:",
        "    .quad 0",
        "    .quad 0x00CF9A000000FFFF",
        "    .quad 0x00CF92000000FFFF",
        "    .quad 0x00CFFA000000FFFF",
        "    .quad 0x00CFF2000000FFFF",
        "    .quad 0",
        "gdt_end:",
        "gdtdesc:",
        "    .word gdt_end - gdt - 1",
        "    .long gdt",
        "idtdesc:",
        "    .word 256 * 8 - 1",
        "    .long IDT",
        "log_ptr:",
        "    .long 0",
        ".p2align 2",
        "tss:",
        "    .space 104",
        "",
        "# ring 3, on its own page (0x7c00 + 0x1400 = 0x9000)",
        ".org 0x1400",
        "user_code:",
        "    movl $0x11111111, %eax",
        "    int $0x30",
        "    movl %eax, %ebx",
        "fault1:",
        "    movl PAGE_A + 0x120, %ecx",
        "fault2:",
        "    movl $0xCAFEBABE, PAGE_B + 0x44",
        "    movl PAGE_B + 0x44, %edx",
        "    movl %cs, %esi",
        "    pushl $0x5555",
        "    popl %edi",
        "    movl $0x22222222, %eax",
        "    int $0x30",
        "    jmp .",
        "");

    @Test
    void bootsToRing3TakesSyscallAndRestartsPageFaults() throws Exception {
        GnuAs.Image img = GnuAs.assemble("guest_boot", SOURCE, 0x7c00);
        Machine m = new Machine(4 << 20);
        m.load(0x7c00, img.bytes);
        m.phys.write32(PAGE_A + 0x120, PLANTED);
        m.realMode(0x7c00);
        int reason = m.run(1_000_000);
        String state = m.describe();
        assertEquals(Interpreter.HALTED, reason, "the guest should halt\n" + state);
        assertEquals("RPG3OK", m.text(), state);

        int userCs = 0x1B, userSs = 0x23;
        int frameEsp = TSS_STACK - 20; // SS, ESP, EFLAGS, CS, EIP pushed on the TSS ring-0 stack
        List<Integer> expected = List.of(
            // int 0x30 #1: ESP at handler entry, pushed CS (RPL 3), pushed user ESP, pushed SS
            frameEsp, userCs, USTACK_TOP, userSs,
            // #PF on a user read of absent page A: CR2, error code U=1 W=0 P=0, EIP of the faulting instruction, CS
            PAGE_A + 0x120, 0x4, img.sym("fault1"), userCs,
            // #PF on a user write to absent page B: error code U=1 W=1 P=0
            PAGE_B + 0x44, 0x6, img.sym("fault2"), userCs,
            // int 0x30 #2
            frameEsp, userCs, USTACK_TOP, userSs,
            // user registers at the second call: EBX = EAX+1 from call 1, ECX read after restart, EDX
            // written after restart, ESI = CS, EDI pushed/popped on the user stack
            0x11111112, PLANTED, 0xCAFEBABE, userCs, 0x5555);
        assertEquals(hex(expected), hex(m.values), state);

        Cpu c = m.cpu;
        assertTrue(c.halted, state);
        assertEquals(0, c.eflags & Cpu.IF, state);
        assertEquals(0, c.cpl, state);
        // The MMU marks the PTEs it used: accessed (bit 5) for both, dirty (bit 6) for the written page.
        int pteA = m.phys.read32(0x11000 + (PAGE_A >> 12) * 4), pteB = m.phys.read32(0x11000 + (PAGE_B >> 12) * 4);
        assertEquals(0x20, pteA & 0x60, "PTE A " + Integer.toHexString(pteA));
        assertEquals(0x60, pteB & 0x60, "PTE B " + Integer.toHexString(pteB));
        assertEquals(0xCAFEBABE, m.phys.read32(PAGE_B + 0x44));
    }

    static String hex(List<Integer> v) {
        StringBuilder sb = new StringBuilder();
        for (int x : v) {
            sb.append(Integer.toHexString(x)).append(' ');
        }
        return sb.toString();
    }
}
