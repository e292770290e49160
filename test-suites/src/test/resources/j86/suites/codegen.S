# codegen.S: a guest that keeps writing new code, for CodeGeneratingGuestTest (assembled at test
# time: as --32, linked at 0x7C00 as a raw boot sector). In flat protected mode it writes COUNT
# small functions, 16 bytes apart from 1 MiB up, each
#     mov $i, %eax ; xor $(i * 0x9E3779B9), %eax ; add %eax, %ebx ; ret
# and calls each CALLS times as soon as it is written, so that every one becomes hot and is
# translated, and none is ever written again: the translation caches only grow unless their
# bound evicts. It then stores EBX (the sum of CALLS * (i ^ i * 0x9E3779B9), mod 2^32) at 0x7000
# and leaves through isa-debug-exit with 0x10. COUNT is the little-endian word at offset 504 of
# the sector, which the test (or a user, with dd) sets.

	.set CALLS,   80		# above bin/j86's default translation threshold (64)
	.set CODE,    0x100000
	.set STRIDE,  16
	.set RESULT,  0x7000

	.code16
	.globl start
start:
	cli
	xorw	%ax, %ax
	movw	%ax, %ds
	movw	%ax, %ss
	movw	$0x7c00, %sp
	lgdtl	gdtdesc
	movl	%cr0, %eax
	orl	$1, %eax
	movl	%eax, %cr0
	ljmpl	$0x08, $flat

	.code32
flat:
	movw	$0x10, %ax
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %ss
	xorl	%ebx, %ebx
	xorl	%esi, %esi
	movl	$CODE, %edi
	movl	count, %ebp
write:
	movb	$0xb8, (%edi)			# mov $i, %eax
	movl	%esi, 1(%edi)
	imull	$0x9e3779b9, %esi, %edx
	movb	$0x35, 5(%edi)			# xor $imm32, %eax
	movl	%edx, 6(%edi)
	movw	$0xc301, 10(%edi)		# add %eax, %ebx
	movb	$0xc3, 12(%edi)			# ret
	movl	$CALLS, %ecx
call:
	call	*%edi
	loop	call
	addl	$STRIDE, %edi
	incl	%esi
	cmpl	%ebp, %esi
	jb	write
	movl	%ebx, RESULT
	movw	$0x501, %dx
	movb	$0x10, %al
	outb	%al, %dx
	hlt

	.p2align 3
gdt:
	.quad	0
	.word	0xffff, 0x0000			# 0x08: code, base 0, limit 4 GiB, 32-bit
	.byte	0x00, 0x9a, 0xcf, 0x00
	.word	0xffff, 0x0000			# 0x10: data, base 0, limit 4 GiB
	.byte	0x00, 0x92, 0xcf, 0x00
gdtdesc:
	.word	gdtdesc - gdt - 1
	.long	gdt

	.org	504
count:
	.long	1000
	.org	510
	.word	0xaa55
