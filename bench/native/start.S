// Entry point of the native benchmark programs: Linux starts a static ELF
// at _start.  Call umain(0, 0) as JOS's libmain does, then exit(0): on
// i386 through int $0x80 (eax = 1), on x86-64 (hosts that run no i386
// programs) through syscall (rax = 60).

.text
.globl _start
_start:
#ifdef __x86_64__
	xorl %ebp, %ebp
	andq $-16, %rsp
	xorl %edi, %edi
	xorl %esi, %esi
	call umain
	movl $60, %eax
	xorl %edi, %edi
	syscall
#else
	xorl %ebp, %ebp
	andl $-16, %esp
	pushl $0
	pushl $0
	call umain
	movl $1, %eax
	xorl %ebx, %ebx
	int $0x80
#endif
	hlt

.section .note.GNU-stack,"",@progbits
