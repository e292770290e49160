// Entry point of the native benchmark programs: Linux starts a static
// i386 ELF at _start with argc on the stack.  Call umain(0, 0) as JOS's
// libmain does, then exit(0) through the int $0x80 system call (eax = 1).

.text
.globl _start
_start:
	xorl %ebp, %ebp
	andl $-16, %esp
	pushl $0
	pushl $0
	call umain
	movl $1, %eax
	xorl %ebx, %ebx
	int $0x80
	hlt

.section .note.GNU-stack,"",@progbits
