# A 64 KiB BIOS ROM for j86's -bios path (ResetRomTest). It checks the processor state at the
# reset vector against the Intel SDM's Table 9-1 ("IA-32 Processor States Following Power-up,
# Reset, or INIT"), that CS's base is FFFF0000H (without a far jump: through QEMU's i440FX PAM,
# where the alias at 0xF0000 can be switched to DRAM while CS-relative reads still see the ROM),
# and that nothing interrupts the CPU after STI until the 8259s are initialized, while an
# initialized 8259 does deliver the PIT's IRQ 0. Each phase writes a POST code to port 0x80; the
# ROM ends with a write to isa-debug-exit (0x501): 0x10 on success, else the failed check's
# number (the test names it from FAILURES in ResetRomTest).

        .code16
        .set SAVE, 0x600            # register images, in RAM (DS = 0 at reset)
        .set TICKS, 0x700           # IRQ 0 count
        .set DEBUG_EXIT, 0x501
        .set POST, 0x80

        .macro POSTCODE code
        movb $\code, %al
        outb %al, $POST
        .endm

        .macro CHECK addr, value, code
        cmpl $\value, \addr
        je 1f
        movb $\code, %al
        jmp fail
1:
        .endm

        .macro CHECKW addr, value, code
        cmpw $\value, \addr
        je 1f
        movb $\code, %al
        jmp fail
1:
        .endm

        .text
        .globl start
start:
        .org 0xc000
main:
        movl %ebx, SAVE+0x08
        movl %ecx, SAVE+0x0c
        movl %esi, SAVE+0x10
        movl %edi, SAVE+0x14
        movl %ebp, SAVE+0x18
        movl %esp, SAVE+0x1c
        pushfl                      # SS:SP = 0000:0000 wraps to 0000:FFFC (RAM)
        popl %eax
        movl %eax, SAVE+0x20
        movl %cr0, %eax
        movl %eax, SAVE+0x24
        movl %cr2, %eax
        movl %eax, SAVE+0x28
        movl %cr3, %eax
        movl %eax, SAVE+0x2c
        movl %cr4, %eax
        movl %eax, SAVE+0x30
        movl %dr6, %eax
        movl %eax, SAVE+0x34
        movl %dr7, %eax
        movl %eax, SAVE+0x38
        movw %cs, SAVE+0x40
        movw %ds, SAVE+0x42
        movw %es, SAVE+0x44
        movw %ss, SAVE+0x46
        movw %fs, SAVE+0x48
        movw %gs, SAVE+0x4a
        sgdtl SAVE+0x50
        sidtl SAVE+0x58
        xorw %ax, %ax
        movw %ax, %ss
        movw $0x7000, %sp

        POSTCODE 0x01               # general registers (Table 9-1: 0; EDX 000n06xxH)
        CHECK SAVE+0x00, 0, 1       # EAX: no BIST requested
        CHECK SAVE+0x08, 0, 2
        CHECK SAVE+0x0c, 0, 3
        CHECK SAVE+0x10, 0, 4
        CHECK SAVE+0x14, 0, 5
        CHECK SAVE+0x18, 0, 6
        CHECK SAVE+0x1c, 0, 7
        movl SAVE+0x04, %eax
        andl $0xfff00f00, %eax      # 000n06xxH: family 6, nothing above the extended model
        cmpl $0x600, %eax
        movb $8, %al
        jne fail
        movl $1, %eax               # ... and the signature CPUID leaf 1 reports
        cpuid
        cmpl SAVE+0x04, %eax
        movb $9, %al
        jne fail

        POSTCODE 0x02               # flags and control/debug registers
        CHECK SAVE+0x20, 0x00000002, 10
        CHECK SAVE+0x24, 0x60000010, 11
        CHECK SAVE+0x28, 0, 12
        CHECK SAVE+0x2c, 0, 13
        CHECK SAVE+0x30, 0, 14
        CHECK SAVE+0x34, 0xffff0ff0, 15
        CHECK SAVE+0x38, 0x00000400, 16

        POSTCODE 0x03               # selectors, GDTR and IDTR (base 0, limit FFFFH)
        CHECKW SAVE+0x40, 0xf000, 17
        CHECKW SAVE+0x42, 0, 18
        CHECKW SAVE+0x44, 0, 19
        CHECKW SAVE+0x46, 0, 20
        CHECKW SAVE+0x48, 0, 21
        CHECKW SAVE+0x4a, 0, 22
        CHECKW SAVE+0x50, 0xffff, 23
        CHECK SAVE+0x52, 0, 24
        CHECKW SAVE+0x58, 0xffff, 25
        CHECK SAVE+0x5a, 0, 26

        POSTCODE 0x04               # the host bridge is an i440FX (8086:1237) at 00:00.0
        movl $0x80000000, %eax
        movw $0xcf8, %dx
        outl %eax, %dx
        movw $0xcfc, %dx
        inl %dx, %eax
        cmpl $0x12378086, %eax
        movb $27, %al
        jne fail

        POSTCODE 0x05               # CS base FFFF0000H: PAM0 = 30h puts DRAM at 0xF0000
        movl $0x80000058, %eax
        movw $0xcf8, %dx
        outl %eax, %dx
        movw $0xcfd, %dx            # byte 1 of dword 58h: PAM0 (59h)
        movb $0x30, %al
        outb %al, %dx
        movw $0xf000, %ax
        movw %ax, %es
        movb $0x5a, %es:marker
        cmpb $0x5a, %es:marker      # the alias at 0xF0000 is now writable DRAM ...
        movb $28, %al
        jne fail
        cmpb $0xa5, %cs:marker      # ... but CS still reads the ROM: its base is not 0xF0000
        movb $29, %al
        jne fail
        movw $0xcfd, %dx            # PAM0 = 0: the alias shows the ROM again (for the IVT below)
        xorb %al, %al
        outb %al, %dx
        cmpb $0xa5, %es:marker
        movb $30, %al
        jne fail

        POSTCODE 0x06               # no interrupt after STI while the 8259s are uninitialized
        xorw %ax, %ax
        movw %ax, %es
        xorw %di, %di
        movl $(0xf000 << 16), %eax
        movw $stray, %ax
        movw $256, %cx
        cld
        rep stosl                   # every IVT vector -> F000:stray
        movl $0, TICKS
        movb $0x34, %al             # PIT counter 0: LSB/MSB, mode 2, binary
        outb %al, $0x43
        movb $0xa9, %al             # 1193 = 0x04a9: about 1 ms
        outb %al, $0x40
        movb $0x04, %al
        outb %al, $0x40
        sti
        movl $2000000, %ecx         # 4 M instructions: several PIT periods
1:      decl %ecx
        jnz 1b
        cli

        POSTCODE 0x07               # ICW1-4: IRQ 0 at vector 20h now interrupts
        movw $tick, 0x20*4
        movb $0x11, %al
        outb %al, $0x20
        movb $0x20, %al
        outb %al, $0x21
        movb $0x04, %al
        outb %al, $0x21
        movb $0x01, %al
        outb %al, $0x21
        movb $0xfe, %al             # only IRQ 0
        outb %al, $0x21
        sti
        movl $20000000, %ecx
1:      cmpw $3, TICKS
        jae 2f
        decl %ecx
        jnz 1b
        cli
        movb $31, %al
        jmp fail
2:      cli

        POSTCODE 0x7e
        movw $DEBUG_EXIT, %dx
        movb $0x10, %al
        outb %al, %dx
3:      hlt
        jmp 3b

fail:   outb %al, $POST
        movw $DEBUG_EXIT, %dx
        outb %al, %dx
4:      hlt
        jmp 4b

stray:  movb $32, %al               # an interrupt before the 8259s were initialized
        jmp fail

tick:   incw %ss:TICKS
        pushw %ax
        movb $0x20, %al             # non-specific EOI
        outb %al, $0x20
        popw %ax
        iret

marker: .byte 0xa5

        .org 0xfff0                 # the reset vector: F000:FFF0 = physical FFFFFFF0H
reset:
        movl %eax, SAVE+0x00        # save EAX and EDX before anything changes them
        movl %edx, SAVE+0x04
        jmp main                    # near: CS (base FFFF0000H) unchanged
        .org 0x10000
