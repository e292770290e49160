#include <inc/mmu.h>

# The BIOS loads this sector at 0x7c00 and jumps to it in real mode with
# %cs=0 %ip=7c00.  We switch to 32-bit protected mode with a flat GDT and
# call bootmain (boot/main.c), which loads the kernel.

.set PROT_MODE_CSEG, 0x8         # kernel code segment selector
.set PROT_MODE_DSEG, 0x10        # kernel data segment selector
.set CR0_PE_ON,      0x1         # protected mode enable flag

.globl start
start:
  .code16
  cli                         # no interrupts until the kernel sets up an IDT
  cld                         # string operations increment

  # The BIOS leaves the segment registers in an unknown state.
  xorw    %ax,%ax
  movw    %ax,%ds
  movw    %ax,%es
  movw    %ax,%ss

  # Enable A20 through the 8042 so that addresses above 1MB do not wrap.
  # Wait for its input buffer to drain before each write.
seta20.1:
  inb     $0x64,%al
  testb   $0x2,%al
  jnz     seta20.1
  movb    $0xd1,%al               # command: write output port
  outb    %al,$0x64
seta20.2:
  inb     $0x64,%al
  testb   $0x2,%al
  jnz     seta20.2
  movb    $0xdf,%al               # output port value with A20 on
  outb    %al,$0x60

  # Load the GDT and enter protected mode.  The GDT maps virtual
  # addresses to identical linear addresses, so nothing moves.
  lgdt    gdtdesc
  movl    %cr0, %eax
  orl     $CR0_PE_ON, %eax
  movl    %eax, %cr0

  # A far jump reloads %cs with the 32-bit code segment.
  ljmp    $PROT_MODE_CSEG, $protcseg

  .code32
protcseg:
  movw    $PROT_MODE_DSEG, %ax
  movw    %ax, %ds
  movw    %ax, %es
  movw    %ax, %fs
  movw    %ax, %gs
  movw    %ax, %ss

  # The stack grows down from just below this sector.
  movl    $start, %esp
  call bootmain

  # bootmain only returns on failure.
spin:
  jmp spin

  .p2align 2
gdt:
  SEG_NULL
  SEG(STA_X|STA_R, 0x0, 0xffffffff)	# code seg
  SEG(STA_W, 0x0, 0xffffffff)	        # data seg

gdtdesc:
  .word   0x17                            # sizeof(gdt) - 1
  .long   gdt
