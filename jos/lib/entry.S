// User-space entry point.  The kernel's load_icode() jumps here (the ELF
// entry) with %esp at USTACKTOP; spawned programs would instead find argc
// and argv already on the stack.

#include <inc/mmu.h>
#include <inc/memlayout.h>

// The kernel maps these read-only structures into every address space;
// giving them C names here lets user code index them like ordinary arrays.
.data
	.globl envs
	.set envs, UENVS
	.globl pages
	.set pages, UPAGES
	.globl uvpt
	.set uvpt, UVPT
	// The page directory appears inside UVPT at the slot that maps UVPT
	// itself (the self-referencing PDE installed by env_setup_vm).
	.globl uvpd
	.set uvpd, (UVPT+(UVPT>>12)*4)

.text
.globl _start
_start:
	// A fresh environment starts with nothing on its stack: supply
	// argc = 0 and argv = 0 so libmain sees a well-formed call.
	cmpl $USTACKTOP, %esp
	jne 1f
	pushl $0
	pushl $0
1:
	call libmain
	// libmain never returns (it calls exit); spin if it somehow does.
2:	jmp 2b

// No executable stack needed (silences the linker).
.section .note.GNU-stack,"",@progbits
