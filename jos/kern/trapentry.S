/* Entry points for every interrupt vector the kernel handles. */

#include <inc/mmu.h>
#include <inc/memlayout.h>
#include <inc/trap.h>

# Each vector gets a small stub that makes the stack look the same for
# all of them -- the processor pushes an error code for some exceptions
# only, so the others push a 0 in its place -- then pushes the trap
# number and jumps to the common code.
#
# Each stub also adds a (vector, address) pair to trap_handlers, the
# table trap_init() reads to fill in the IDT.

	.section .rodata
	.p2align 2
	.globl trap_handlers
trap_handlers:

.macro VECTOR num, has_error_code
	.text
	.p2align 2
vector\num:
	.if \has_error_code == 0
	pushl	$0
	.endif
	pushl	$\num
	jmp	_alltraps
	.section .rodata
	.long	\num, vector\num
.endm

# Processor exceptions.  8, 10-14 and 17 push an error code.
VECTOR 0, 0	/* T_DIVIDE */
VECTOR 1, 0	/* T_DEBUG */
VECTOR 2, 0	/* T_NMI */
VECTOR 3, 0	/* T_BRKPT */
VECTOR 4, 0	/* T_OFLOW */
VECTOR 5, 0	/* T_BOUND */
VECTOR 6, 0	/* T_ILLOP */
VECTOR 7, 0	/* T_DEVICE */
VECTOR 8, 1	/* T_DBLFLT */
VECTOR 9, 0	/* reserved (coprocessor segment overrun) */
VECTOR 10, 1	/* T_TSS */
VECTOR 11, 1	/* T_SEGNP */
VECTOR 12, 1	/* T_STACK */
VECTOR 13, 1	/* T_GPFLT */
VECTOR 14, 1	/* T_PGFLT */
VECTOR 15, 0	/* reserved */
VECTOR 16, 0	/* T_FPERR */
VECTOR 17, 1	/* T_ALIGN */
VECTOR 18, 0	/* T_MCHK */
VECTOR 19, 0	/* T_SIMDERR */

# Hardware interrupts IRQ 0-15 at IRQ_OFFSET (32).
VECTOR 32, 0
VECTOR 33, 0
VECTOR 34, 0
VECTOR 35, 0
VECTOR 36, 0
VECTOR 37, 0
VECTOR 38, 0
VECTOR 39, 0
VECTOR 40, 0
VECTOR 41, 0
VECTOR 42, 0
VECTOR 43, 0
VECTOR 44, 0
VECTOR 45, 0
VECTOR 46, 0
VECTOR 47, 0

# System calls.
VECTOR 48, 0	/* T_SYSCALL */

# The LAPIC error interrupt (IRQ_OFFSET + IRQ_ERROR).
VECTOR 51, 0

	.section .rodata
	.long	0xffffffff, 0		# end of trap_handlers

# Common part: finish the struct Trapframe (see inc/trap.h), switch to
# the kernel's data segments and call trap(tf), which never returns.
	.text
	.globl _alltraps
_alltraps:
	pushl	%ds
	pushl	%es
	pushal
	movw	$GD_KD, %ax
	movw	%ax, %ds
	movw	%ax, %es
	pushl	%esp		# the struct Trapframe * argument
	call	trap
1:	jmp	1b		# not reached
