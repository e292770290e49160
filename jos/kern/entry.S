/* Kernel entry point, reached from boot/main.c with paging off. */

#include <inc/mmu.h>
#include <inc/memlayout.h>

# The kernel is linked at KERNBASE+1MB but loaded at 1MB.  Until paging is
# on, symbols must be translated to physical addresses by hand.
#define	RELOC(x) ((x) - KERNBASE)

.text

# The ELF entry point is the *physical* address of 'entry', because the
# boot loader jumps there before paging is enabled.
.globl		_start
_start = RELOC(entry)

.globl entry
entry:
	movw	$0x1234,0x472			# warm boot

	# Turn on paging with entry_pgdir (kern/entrypgdir.c), which maps
	# physical [0, 4MB) both at virtual 0 and at KERNBASE: the identity
	# part keeps the next few instructions valid once CR0_PG is set.
	movl	$(RELOC(entry_pgdir)), %eax
	movl	%eax, %cr3
	movl	%cr0, %eax
	orl	$(CR0_PE|CR0_PG|CR0_WP), %eax
	movl	%eax, %cr0

	# Now jump to the high (KERNBASE) address; an indirect jump is needed
	# because a relative jump would stay low.
	mov	$relocated, %eax
	jmp	*%eax
relocated:

	# A zero frame pointer ends mon_backtrace's walk.
	movl	$0x0,%ebp

	movl	$(bootstacktop),%esp

	call	i386_init

	# i386_init never returns.
spin:	jmp	spin


.data
###################################################################
# boot stack (becomes CPU 0's kernel stack)
###################################################################
	.p2align	PGSHIFT		# force page alignment
	.globl		bootstack
bootstack:
	.space		KSTKSIZE
	.globl		bootstacktop
bootstacktop:
