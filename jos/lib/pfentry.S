// User-level page fault entry: the assembly half.
//
// On a user page fault the kernel pushes a struct UTrapframe on the
// exception stack (below UXSTACKTOP) and starts running here with %esp
// pointing at it:
//
//	 0(%esp)  utf_fault_va
//	 4(%esp)  utf_err
//	 8(%esp)  utf_regs (struct PushRegs, 32 bytes: edi esi ebp oesp
//	          ebx edx ecx eax, in popal order)
//	40(%esp)  utf_eip      trap-time eip
//	44(%esp)  utf_eflags   trap-time eflags
//	48(%esp)  utf_esp      trap-time esp
//
// After the C handler returns we must resume the faulting code with every
// register as it was, without going back through the kernel.  The trick:
// push the trap-time eip onto the trap-time stack, so that after restoring
// the registers and switching to that stack a plain "ret" both pops it and
// jumps there.  A "jmp" would need a free register, and we have none left.
//
// For a fault taken while already on the exception stack, the kernel leaves
// one empty word below the interrupted frame; the pushed eip lands there
// instead of on top of live data.

#include <inc/mmu.h>
#include <inc/memlayout.h>

.text
.globl _pgfault_upcall
_pgfault_upcall:
	// Call the C handler with a pointer to the UTrapframe.
	pushl %esp
	movl _pgfault_handler, %eax
	call *%eax
	addl $4, %esp

	// Push the trap-time eip onto the trap-time stack: store it one
	// word below utf_esp and make utf_esp point at it.
	movl 40(%esp), %eax
	movl 48(%esp), %edx
	subl $4, %edx
	movl %eax, (%edx)
	movl %edx, 48(%esp)

	// Restore the general registers.
	addl $8, %esp		// skip utf_fault_va and utf_err
	popal

	// Restore eflags.  Skip utf_eip first: from popfl on, no arithmetic
	// instruction may run, or it would change the restored flags.
	addl $4, %esp
	popfl

	// Switch back to the trap-time stack (now holding the eip) ...
	popl %esp

	// ... and return to the faulting instruction.
	ret

// No executable stack needed (silences the linker).
.section .note.GNU-stack,"",@progbits
