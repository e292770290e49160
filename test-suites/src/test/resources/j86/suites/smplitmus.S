# smplitmus.S: an SMP guest for ParallelSmpTest, assembled at test time (as --32, linked at
# 0x7C00; the test loads the whole image there, more than one sector). It runs one memory-model
# litmus test, or the atomic-counter test, on T CPUs, many iterations, and counts the outcomes.
#
# Parameters, written by the test before the run:
#   0x6000  test: 0 SB, 1 MP, 2 LB, 3 IRIW, 4 2+2W, 5 atomic counters, 6 MP with the writer's
#           stores swapped (a control: its "forbidden" outcome is allowed and should be seen)
#   0x6004  T, the number of CPUs (all take part; the board has exactly T)
#   0x6008  N, iterations
#   0x600C  S, barrier spins before each PAUSE (long: CPUs leave a barrier close together, which
#           litmus tests need; short: a CPU waiting for a host core gives its core up sooner)
# Results, read by the test after the run:
#   0x22000 counts[16]: how many iterations ended in outcome i (litmus tests; see tally)
#   0x24000 C1 (lock xadd), 0x24040 C2 (lock cmpxchg loop), 0x24080 C3 (plain increment under an
#           xchg spin lock released by a plain store), 0x24106 C4 (lock incl crossing an 8-byte
#           boundary: a split lock), 0x24142 C5 (lock incw, 16 bits inside a dword)
# The BSP leaves through isa-debug-exit (0x501) with 0x10 when every CPU has finished.
#
# Each litmus iteration: barrier; a delay that differs by CPU and iteration (so that the CPUs'
# relative timing sweeps over the test's window); the CPU's part of the test; barrier; CPU 0
# tallies the outcome and resets the locations (the next barrier publishes the reset).

	.set LAPIC_SVR,   0xfee000f0
	.set LAPIC_ICRLO, 0xfee00300
	.set LAPIC_ICRHI, 0xfee00310
	.set AP_VECTOR,   0x08			# APs start at 0x8000, inside this image

	.set P_TEST, 0x6000
	.set P_T,    0x6004
	.set P_N,    0x6008
	.set P_SPIN, 0x600c
	.set X,      0x20000			# litmus locations, on separate 64-byte lines
	.set Y,      0x20040
	.set RES,    0x21000			# CPU r's results at RES + 0x40*r (+0 first, +4 second)
	.set COUNTS, 0x22000
	.set BAR_COUNT, 0x23000
	.set BAR_SENSE, 0x23040
	.set NEXT_ROLE, 0x23080
	.set C1, 0x24000
	.set C2, 0x24040
	.set C3, 0x24080
	.set LOCK, 0x240c0
	.set C4, 0x24106
	.set C5, 0x24142

	.code16
	.globl start
start:
	cli
	xorw	%ax, %ax
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %ss
	lgdtl	gdtdesc
	movl	%cr0, %eax
	orl	$1, %eax
	movl	%eax, %cr0
	ljmpl	$0x08, $bsp32

	.code32
bsp32:
	call	segments
	movl	$0x71000, %esp
	movl	$1, NEXT_ROLE
	movl	$0x1ff, LAPIC_SVR		# software-enable the local APIC
	movl	$1, %ebx			# wake APIC IDs 1 .. T-1: INIT, de-assert, STARTUP
1:	cmpl	P_T, %ebx
	jae	2f
	movl	%ebx, %eax
	shll	$24, %eax
	movl	%eax, LAPIC_ICRHI
	movl	$0x0000c500, LAPIC_ICRLO
	call	wait_icr
	movl	$0x00008500, LAPIC_ICRLO
	call	wait_icr
	movl	$(0x00000600 | AP_VECTOR), LAPIC_ICRLO
	call	wait_icr
	incl	%ebx
	jmp	1b
2:	xorl	%esi, %esi			# role 0
	jmp	worker

wait_icr:
	testl	$0x1000, LAPIC_ICRLO
	jnz	wait_icr
	ret

segments:
	movw	$0x10, %ax
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %ss
	ret

ap32:
	call	segments
	movl	$1, %esi
	lock xaddl %esi, NEXT_ROLE		# role 1, 2, ... in arrival order
	movl	%esi, %esp
	shll	$12, %esp
	addl	$0x71000, %esp
	jmp	worker

# ---- the per-CPU loop (role in %esi, iteration in %edi, barrier sense in %ebp) ----------------
worker:
	xorl	%ebp, %ebp
	xorl	%edi, %edi
	call	barrier				# everyone is up
	cmpl	$5, P_TEST
	je	atomic
iter:
	cmpl	P_N, %edi
	jae	finish
	call	barrier
	leal	1(%esi,%esi,1), %ecx		# delay (n * (2 role + 1)) mod 64
	imull	%edi, %ecx
	andl	$63, %ecx
3:	decl	%ecx
	jns	3b
	movl	P_TEST, %eax
	call	*bodies(,%eax,4)
	call	barrier
	testl	%esi, %esi
	jnz	4f
	movl	P_TEST, %eax
	call	*tallies(,%eax,4)
	incl	COUNTS(,%eax,4)
	movl	$0, X
	movl	$0, Y
4:	incl	%edi
	jmp	iter

finish:
	call	barrier
	testl	%esi, %esi
	jnz	5f
	movb	$0x10, %al
	movw	$0x501, %dx
	outb	%al, %dx
5:	cli
	hlt
	jmp	5b

# Sense-reversing barrier for T CPUs; %ebp is this CPU's sense.
barrier:
	xorl	$1, %ebp
	movl	$1, %eax
	lock xaddl %eax, BAR_COUNT
	incl	%eax
	cmpl	P_T, %eax
	jne	6f
	movl	$0, BAR_COUNT			# ordered before the release below (TSO store order)
	movl	%ebp, BAR_SENSE
	ret
6:	movl	P_SPIN, %ecx			# spin hot for a while (both CPUs leave close together),
7:	cmpl	BAR_SENSE, %ebp			# then PAUSE (gives the host core up when vCPUs wait for one)
	je	8f
	decl	%ecx
	jnz	7b
	pause
	jmp	6b
8:	ret

# ---- litmus bodies: the part of CPU %esi; results go to RES + 0x40 * role ---------------------
# %ebx = this CPU's result slot.
slot:
	movl	%esi, %ebx
	shll	$6, %ebx
	addl	$RES, %ebx
	ret

sb:	call	slot				# SB: r0: X = 1; a = Y     r1: Y = 1; a = X
	testl	%esi, %esi
	jnz	1f
	movl	$1, X
	movl	Y, %eax
	movl	%eax, (%ebx)
	ret
1:	movl	$1, Y
	movl	X, %eax
	movl	%eax, (%ebx)
	ret

mp:	call	slot				# MP: r0: X = 1; Y = 1     r1: a = Y; b = X
	testl	%esi, %esi
	jnz	1f
	movl	$1, X
	movl	$1, Y
	ret
1:	movl	Y, %eax
	movl	X, %ecx
	movl	%eax, (%ebx)
	movl	%ecx, 4(%ebx)
	ret

lb:	call	slot				# LB: r0: a = X; Y = 1     r1: a = Y; X = 1
	testl	%esi, %esi
	jnz	1f
	movl	X, %eax
	movl	$1, Y
	movl	%eax, (%ebx)
	ret
1:	movl	Y, %eax
	movl	$1, X
	movl	%eax, (%ebx)
	ret

iriw:	call	slot				# IRIW: r0: X = 1  r1: Y = 1  r2: a = X; b = Y  r3: a = Y; b = X
	cmpl	$1, %esi
	jb	1f
	je	2f
	cmpl	$2, %esi
	je	3f
	movl	Y, %eax
	movl	X, %ecx
	jmp	4f
3:	movl	X, %eax
	movl	Y, %ecx
4:	movl	%eax, (%ebx)
	movl	%ecx, 4(%ebx)
	ret
1:	movl	$1, X
	ret
2:	movl	$1, Y
	ret

mpr:	call	slot				# MP control: r0: Y = 1; X = 1   r1: a = Y; b = X
	testl	%esi, %esi
	jnz	1f
	movl	$1, Y
	movl	$1, X
	ret
1:	movl	Y, %eax
	movl	X, %ecx
	movl	%eax, (%ebx)
	movl	%ecx, 4(%ebx)
	ret

w22:	testl	%esi, %esi			# 2+2W: r0: X = 1; Y = 2   r1: Y = 1; X = 2
	jnz	1f
	movl	$1, X
	movl	$2, Y
	ret
1:	movl	$1, Y
	movl	$2, X
	ret

# ---- tallies (CPU 0, after the second barrier): outcome index in %eax ------------------------
t_sb:	movl	RES, %eax			# a0 | a1 << 1; (0,0) is the store-buffering outcome
	movl	RES+0x40, %ecx
	shll	$1, %ecx
	orl	%ecx, %eax
	ret
t_mp:	movl	RES+0x40, %eax			# a | b << 1; a = 1, b = 0 (index 1) is forbidden
	movl	RES+0x44, %ecx
	shll	$1, %ecx
	orl	%ecx, %eax
	ret
t_lb = t_sb					# a0 | a1 << 1; both 1 (index 3) is forbidden
t_iriw:	movl	RES+0x80, %eax			# a2 | b2 << 1 | a3 << 2 | b3 << 3; index 5 is forbidden
	movl	RES+0x84, %ecx
	shll	$1, %ecx
	orl	%ecx, %eax
	movl	RES+0xc0, %ecx
	shll	$2, %ecx
	orl	%ecx, %eax
	movl	RES+0xc4, %ecx
	shll	$3, %ecx
	orl	%ecx, %eax
	ret
t_w22:	movl	X, %eax				# (X - 1) | (Y - 1) << 1; X = Y = 1 (index 0) is forbidden
	decl	%eax
	movl	Y, %ecx
	decl	%ecx
	shll	$1, %ecx
	orl	%ecx, %eax
	ret

	.p2align 2
bodies:	.long	sb, mp, lb, iriw, w22, 0, mpr
tallies: .long	t_sb, t_mp, t_lb, t_iriw, t_w22, 0, t_mp

# ---- atomic counters: N rounds on every CPU, then a barrier ---------------------------------
atomic:
	cmpl	P_N, %edi
	jae	finish
	movl	$1, %eax
	lock xaddl %eax, C1
1:	movl	C2, %eax			# increment by compare-and-exchange, retried
	leal	1(%eax), %edx
	lock cmpxchgl %edx, C2
	jne	1b
2:	movl	$1, %eax			# xchg spin lock; the critical section is a plain increment
	xchgl	%eax, LOCK
	testl	%eax, %eax
	jz	4f
3:	pause
	cmpl	$0, LOCK
	jne	3b
	jmp	2b
4:	movl	C3, %eax
	incl	%eax
	movl	%eax, C3
	movl	$0, LOCK			# release: a plain store, as Linux does
	lock incl C4				# split across 0x24108
	lock incw C5
	incl	%edi
	jmp	atomic

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

# ---- AP entry: STARTUP vector 0x08 starts it in real mode at 0800:0000 = 0x8000 --------------
	.org	0x8000 - 0x7c00
	.code16
ap_entry:
	cli
	xorw	%ax, %ax
	movw	%ax, %ds
	lgdtl	gdtdesc
	movl	%cr0, %eax
	orl	$1, %eax
	movl	%eax, %cr0
	ljmpl	$0x08, $ap32
	.org	0x8100 - 0x7c00
