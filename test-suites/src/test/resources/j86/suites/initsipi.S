# initsipi.S: a two-CPU guest for InitStartupTest, assembled at test time (as --32, linked at
# 0x7C00 as a raw boot sector). The BSP enters protected mode (the local APIC's page at
# 0xFEE00000 is out of real mode's reach), copies an AP trampoline to 0x9000 and wakes APIC ID 1
# with the MP specification's universal start-up algorithm (B.4): INIT assert, INIT de-assert,
# STARTUP, STARTUP, with vector 0x09. It then waits for the AP's marker, prints 'B' on COM1 and
# leaves through isa-debug-exit (0x501): 0x10 on success, 0x7F when the AP never came.
#
# Results, for the test to read from memory:
#   0x7000  BSP: local APIC ID register (0xFEE00020)
#   0x7004  BSP: the AP's marker as read after INIT, before STARTUP (the AP must not run yet)
#   0x7008  AP: how many times it entered the trampoline
#   0x7010  AP: IP of its first instruction (16 bits)
#   0x7012  AP: CS at its first instruction (16 bits)
#   0x7014  AP: CR0 at its first instruction
#   0x7018  AP: local APIC ID register
#   0x701C  AP: marker 0xA5A5A5A5, written last
# The AP prints 'A' on COM1 before writing its marker, so the console reads "AB".

	.set LAPIC_ID,    0xfee00020
	.set LAPIC_SVR,   0xfee000f0
	.set LAPIC_ICRLO, 0xfee00300
	.set LAPIC_ICRHI, 0xfee00310
	.set VECTOR,      0x09
	.set TRAMPOLINE,  0x9000

	.code16
	.globl start
start:
	cli
	xorw	%ax, %ax
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %ss
	movw	$0x7c00, %sp
	cld
	movw	$ap_tramp, %si
	movw	$TRAMPOLINE, %di
	movw	$(ap_tramp_end - ap_tramp), %cx
	rep movsb
	lgdtl	gdtdesc
	movl	%cr0, %eax
	orl	$1, %eax
	movl	%eax, %cr0
	ljmpl	$0x08, $bsp32

	.code32
bsp32:
	movw	$0x10, %ax
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %ss
	movl	LAPIC_ID, %eax
	movl	%eax, 0x7000
	movl	$0x1ff, LAPIC_SVR		# software-enable the local APIC, spurious vector 0xFF
	movl	$(1 << 24), LAPIC_ICRHI		# destination: APIC ID 1
	movl	$0x0000c500, LAPIC_ICRLO	# INIT, level-triggered, assert
	call	wait_icr
	movl	$0x00008500, LAPIC_ICRLO	# INIT, level-triggered, de-assert
	call	wait_icr
	movl	0x701c, %eax
	movl	%eax, 0x7004
	movl	$(0x00000600 | VECTOR), LAPIC_ICRLO	# STARTUP
	call	wait_icr
	movl	$(0x00000600 | VECTOR), LAPIC_ICRLO	# STARTUP again (ignored: the AP is running)
	call	wait_icr
	movl	$10000000, %ecx
1:	cmpl	$0xa5a5a5a5, 0x701c
	je	2f
	pause
	loop	1b
	movb	$0x7f, %al
	jmp	3f
2:	movw	$0x3f8, %dx
	movb	$'B', %al
	outb	%al, %dx
	movb	$0x10, %al
3:	movw	$0x501, %dx
	outb	%al, %dx
4:	cli
	hlt
	jmp	4b

# Waits until the ICR's delivery status (bit 12) shows the IPI was sent.
wait_icr:
	testl	$0x1000, LAPIC_ICRLO
	jnz	wait_icr
	ret

# Copied to TRAMPOLINE; the AP starts here in real mode at CS:IP = (VECTOR << 8):0000.
	.code16
ap_tramp:
	call	1f
1:	popw	%ax
	subw	$3, %ax				# the call above is 3 bytes: IP of the first instruction
	xorw	%bx, %bx
	movw	%bx, %ds
	movw	%ax, 0x7010
	movw	%cs, %ax
	movw	%ax, 0x7012
	movl	%cr0, %eax
	movl	%eax, 0x7014
	lock incl 0x7008
	ljmp	$0, $ap_rest			# the rest runs from the boot sector's copy
ap_tramp_end:

ap_rest:
	cli
	lgdtl	gdtdesc
	movl	%cr0, %eax
	orl	$1, %eax
	movl	%eax, %cr0
	ljmpl	$0x08, $ap32

	.code32
ap32:
	movw	$0x10, %ax
	movw	%ax, %ds
	movl	LAPIC_ID, %eax
	movl	%eax, 0x7018
	movw	$0x3f8, %dx
	movb	$'A', %al
	outb	%al, %dx
	movl	$0xa5a5a5a5, 0x701c
5:	cli
	hlt
	jmp	5b

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

	.org	510
	.word	0xaa55
