
obj-walkfork/kern/kernel:     file format elf32-i386


Disassembly of section .text:

f0100000 <entry>:
.globl		_start
_start = RELOC(entry)

.globl entry
entry:
	movw	$0x1234,0x472			# warm boot
f0100000:	66 c7 05 72 04 00 00 	movw   $0x1234,0x472
f0100007:	34 12 

	# Turn on paging with entry_pgdir (kern/entrypgdir.c), which maps
	# physical [0, 4MB) both at virtual 0 and at KERNBASE: the identity
	# part keeps the next few instructions valid once CR0_PG is set.
	movl	$(RELOC(entry_pgdir)), %eax
f0100009:	b8 00 a0 11 00       	mov    $0x11a000,%eax
	movl	%eax, %cr3
f010000e:	0f 22 d8             	mov    %eax,%cr3
	movl	%cr0, %eax
f0100011:	0f 20 c0             	mov    %cr0,%eax
	orl	$(CR0_PE|CR0_PG|CR0_WP), %eax
f0100014:	0d 01 00 01 80       	or     $0x80010001,%eax
	movl	%eax, %cr0
f0100019:	0f 22 c0             	mov    %eax,%cr0

	# Now jump to the high (KERNBASE) address; an indirect jump is needed
	# because a relative jump would stay low.
	mov	$relocated, %eax
f010001c:	b8 23 00 10 f0       	mov    $0xf0100023,%eax
	jmp	*%eax
f0100021:	ff e0                	jmp    *%eax

f0100023 <relocated>:
relocated:

	# A zero frame pointer ends mon_backtrace's walk.
	movl	$0x0,%ebp
f0100023:	bd 00 00 00 00       	mov    $0x0,%ebp

	movl	$(bootstacktop),%esp
f0100028:	bc 00 a0 11 f0       	mov    $0xf011a000,%esp

	call	i386_init
f010002d:	e8 85 5b 00 00       	call   f0105bb7 <i386_init>

f0100032 <spin>:

	# i386_init never returns.
spin:	jmp	spin
f0100032:	eb fe                	jmp    f0100032 <spin>

f0100034 <mpentry_start>:
.set PROT_MODE_DSEG, 0x10	# kernel data segment selector

.code16
.globl mpentry_start
mpentry_start:
	cli
f0100034:	fa                   	cli

	xorw    %ax, %ax
f0100035:	31 c0                	xor    %eax,%eax
	movw    %ax, %ds
f0100037:	8e d8                	mov    %eax,%ds
	movw    %ax, %es
f0100039:	8e c0                	mov    %eax,%es
	movw    %ax, %ss
f010003b:	8e d0                	mov    %eax,%ss

	lgdt    MPBOOTPHYS(gdtdesc)
f010003d:	0f 01 16             	lgdtl  (%esi)
f0100040:	74 70                	je     f01000b2 <serial_proc_data+0x3>
	movl    %cr0, %eax
f0100042:	0f 20 c0             	mov    %cr0,%eax
	orl     $CR0_PE, %eax
f0100045:	66 83 c8 01          	or     $0x1,%ax
	movl    %eax, %cr0
f0100049:	0f 22 c0             	mov    %eax,%cr0

	ljmpl   $(PROT_MODE_CSEG), $(MPBOOTPHYS(start32))
f010004c:	66 ea 20 70 00 00    	ljmpw  $0x0,$0x7020
f0100052:	08 00                	or     %al,(%eax)

f0100054 <start32>:

.code32
start32:
	movw    $(PROT_MODE_DSEG), %ax
f0100054:	66 b8 10 00          	mov    $0x10,%ax
	movw    %ax, %ds
f0100058:	8e d8                	mov    %eax,%ds
	movw    %ax, %es
f010005a:	8e c0                	mov    %eax,%es
	movw    %ax, %ss
f010005c:	8e d0                	mov    %eax,%ss
	movw    $0, %ax
f010005e:	66 b8 00 00          	mov    $0x0,%ax
	movw    %ax, %fs
f0100062:	8e e0                	mov    %eax,%fs
	movw    %ax, %gs
f0100064:	8e e8                	mov    %eax,%gs

	# Set up initial page table. We cannot use kern_pgdir yet because
	# we are still running at a low EIP.
	movl    $(RELOC(entry_pgdir)), %eax
f0100066:	b8 00 a0 11 00       	mov    $0x11a000,%eax
	movl    %eax, %cr3
f010006b:	0f 22 d8             	mov    %eax,%cr3
	# Turn on paging.
	movl    %cr0, %eax
f010006e:	0f 20 c0             	mov    %cr0,%eax
	orl     $(CR0_PE|CR0_PG|CR0_WP), %eax
f0100071:	0d 01 00 01 80       	or     $0x80010001,%eax
	movl    %eax, %cr0
f0100076:	0f 22 c0             	mov    %eax,%cr0

	# Switch to the per-cpu stack allocated in boot_aps()
	movl    mpentry_kstack, %esp
f0100079:	8b 25 c4 c7 16 f0    	mov    0xf016c7c4,%esp
	movl    $0x0, %ebp       # nuke frame pointer
f010007f:	bd 00 00 00 00       	mov    $0x0,%ebp

	# Call mp_main() at its linked (high) address: a direct call is
	# PC-relative and would land at the low copy's offset instead.
	movl    $mp_main, %eax
f0100084:	b8 e6 5c 10 f0       	mov    $0xf0105ce6,%eax
	call    *%eax
f0100089:	ff d0                	call   *%eax

f010008b <spin>:

	# If mp_main returns (it shouldn't), loop.
spin:
	jmp     spin
f010008b:	eb fe                	jmp    f010008b <spin>
f010008d:	8d 76 00             	lea    0x0(%esi),%esi

f0100090 <gdt>:
	...
f0100098:	ff                   	(bad)
f0100099:	ff 00                	incl   (%eax)
f010009b:	00 00                	add    %al,(%eax)
f010009d:	9a cf 00 ff ff 00 00 	lcall  $0x0,$0xffff00cf
f01000a4:	00                   	.byte 0x0
f01000a5:	92                   	xchg   %eax,%edx
f01000a6:	cf                   	iret
	...

f01000a8 <gdtdesc>:
f01000a8:	17                   	pop    %ss
f01000a9:	00 5c 70 00          	add    %bl,0x0(%eax,%esi,2)
	...

f01000ae <mpentry_end>:
	.word   0x17				# sizeof(gdt) - 1
	.long   MPBOOTPHYS(gdt)			# address gdt

.globl mpentry_end
mpentry_end:
	nop
f01000ae:	90                   	nop

f01000af <serial_proc_data>:

static inline uint8_t
inb(int port)
{
	uint8_t data;
	asm volatile("inb %w1,%0" : "=a" (data) : "d" (port));
f01000af:	ba fd 03 00 00       	mov    $0x3fd,%edx
f01000b4:	ec                   	in     (%dx),%al
static bool serial_exists;

static int
serial_proc_data(void)
{
	if (!(inb(COM1+COM_LSR) & COM_LSR_DATA))
f01000b5:	a8 01                	test   $0x1,%al
f01000b7:	74 0a                	je     f01000c3 <serial_proc_data+0x14>
f01000b9:	ba f8 03 00 00       	mov    $0x3f8,%edx
f01000be:	ec                   	in     (%dx),%al
		return -1;
	return inb(COM1+COM_RX);
f01000bf:	0f b6 c0             	movzbl %al,%eax
f01000c2:	c3                   	ret
		return -1;
f01000c3:	b8 ff ff ff ff       	mov    $0xffffffff,%eax
}
f01000c8:	c3                   	ret

f01000c9 <cons_intr>:
} cons;

// Drain a device into the circular input buffer.
static void
cons_intr(int (*proc)(void))
{
f01000c9:	55                   	push   %ebp
f01000ca:	89 e5                	mov    %esp,%ebp
f01000cc:	53                   	push   %ebx
f01000cd:	83 ec 04             	sub    $0x4,%esp
f01000d0:	89 c3                	mov    %eax,%ebx
	int c;

	while ((c = (*proc)()) != -1) {
f01000d2:	eb 23                	jmp    f01000f7 <cons_intr+0x2e>
		if (c == 0)
			continue;
		cons.buf[cons.wpos++] = c;
f01000d4:	8b 0d 24 b2 12 f0    	mov    0xf012b224,%ecx
f01000da:	8d 51 01             	lea    0x1(%ecx),%edx
f01000dd:	88 81 20 b0 12 f0    	mov    %al,-0xfed4fe0(%ecx)
		if (cons.wpos == CONSBUFSIZE)
f01000e3:	81 fa 00 02 00 00    	cmp    $0x200,%edx
			cons.wpos = 0;
f01000e9:	b8 00 00 00 00       	mov    $0x0,%eax
f01000ee:	0f 44 d0             	cmove  %eax,%edx
f01000f1:	89 15 24 b2 12 f0    	mov    %edx,0xf012b224
	while ((c = (*proc)()) != -1) {
f01000f7:	ff d3                	call   *%ebx
f01000f9:	83 f8 ff             	cmp    $0xffffffff,%eax
f01000fc:	74 06                	je     f0100104 <cons_intr+0x3b>
		if (c == 0)
f01000fe:	85 c0                	test   %eax,%eax
f0100100:	75 d2                	jne    f01000d4 <cons_intr+0xb>
f0100102:	eb f3                	jmp    f01000f7 <cons_intr+0x2e>
	}
}
f0100104:	8b 5d fc             	mov    -0x4(%ebp),%ebx
f0100107:	c9                   	leave
f0100108:	c3                   	ret

f0100109 <kbd_proc_data>:
{
f0100109:	55                   	push   %ebp
f010010a:	89 e5                	mov    %esp,%ebp
f010010c:	53                   	push   %ebx
f010010d:	83 ec 04             	sub    $0x4,%esp
f0100110:	ba 64 00 00 00       	mov    $0x64,%edx
f0100115:	ec                   	in     (%dx),%al
	if ((stat & KBS_DIB) == 0)
f0100116:	a8 01                	test   $0x1,%al
f0100118:	0f 84 ee 00 00 00    	je     f010020c <kbd_proc_data+0x103>
	if (stat & KBS_TERR)
f010011e:	a8 20                	test   $0x20,%al
f0100120:	0f 85 ed 00 00 00    	jne    f0100213 <kbd_proc_data+0x10a>
f0100126:	ba 60 00 00 00       	mov    $0x60,%edx
f010012b:	ec                   	in     (%dx),%al
f010012c:	89 c2                	mov    %eax,%edx
	if (data == 0xE0) {
f010012e:	3c e0                	cmp    $0xe0,%al
f0100130:	74 61                	je     f0100193 <kbd_proc_data+0x8a>
	} else if (data & 0x80) {
f0100132:	84 c0                	test   %al,%al
f0100134:	78 70                	js     f01001a6 <kbd_proc_data+0x9d>
	} else if (shift & E0ESC) {
f0100136:	8b 0d 00 b0 12 f0    	mov    0xf012b000,%ecx
f010013c:	f6 c1 40             	test   $0x40,%cl
f010013f:	74 0e                	je     f010014f <kbd_proc_data+0x46>
		data |= 0x80;
f0100141:	83 c8 80             	or     $0xffffff80,%eax
f0100144:	89 c2                	mov    %eax,%edx
		shift &= ~E0ESC;
f0100146:	83 e1 bf             	and    $0xffffffbf,%ecx
f0100149:	89 0d 00 b0 12 f0    	mov    %ecx,0xf012b000
	shift |= shiftcode[data];
f010014f:	0f b6 d2             	movzbl %dl,%edx
f0100152:	0f b6 82 00 5f 10 f0 	movzbl -0xfefa100(%edx),%eax
f0100159:	0b 05 00 b0 12 f0    	or     0xf012b000,%eax
	shift ^= togglecode[data];
f010015f:	0f b6 8a 00 5e 10 f0 	movzbl -0xfefa200(%edx),%ecx
f0100166:	31 c8                	xor    %ecx,%eax
f0100168:	a3 00 b0 12 f0       	mov    %eax,0xf012b000
	c = charcode[shift & (CTL | SHIFT)][data];
f010016d:	89 c1                	mov    %eax,%ecx
f010016f:	83 e1 03             	and    $0x3,%ecx
f0100172:	8b 0c 8d e0 5d 10 f0 	mov    -0xfefa220(,%ecx,4),%ecx
f0100179:	0f b6 14 11          	movzbl (%ecx,%edx,1),%edx
f010017d:	0f b6 da             	movzbl %dl,%ebx
	if (shift & CAPSLOCK) {
f0100180:	a8 08                	test   $0x8,%al
f0100182:	74 5d                	je     f01001e1 <kbd_proc_data+0xd8>
		if ('a' <= c && c <= 'z')
f0100184:	89 da                	mov    %ebx,%edx
f0100186:	8d 4b 9f             	lea    -0x61(%ebx),%ecx
f0100189:	83 f9 19             	cmp    $0x19,%ecx
f010018c:	77 47                	ja     f01001d5 <kbd_proc_data+0xcc>
			c += 'A' - 'a';
f010018e:	83 eb 20             	sub    $0x20,%ebx
	if (!(~shift & (CTL | ALT)) && c == KEY_DEL) {
f0100191:	eb 0c                	jmp    f010019f <kbd_proc_data+0x96>
		shift |= E0ESC;
f0100193:	83 0d 00 b0 12 f0 40 	orl    $0x40,0xf012b000
		return 0;
f010019a:	bb 00 00 00 00       	mov    $0x0,%ebx
}
f010019f:	89 d8                	mov    %ebx,%eax
f01001a1:	8b 5d fc             	mov    -0x4(%ebp),%ebx
f01001a4:	c9                   	leave
f01001a5:	c3                   	ret
		data = (shift & E0ESC ? data : data & 0x7F);
f01001a6:	8b 0d 00 b0 12 f0    	mov    0xf012b000,%ecx
f01001ac:	83 e0 7f             	and    $0x7f,%eax
f01001af:	f6 c1 40             	test   $0x40,%cl
f01001b2:	0f 44 d0             	cmove  %eax,%edx
		shift &= ~(shiftcode[data] | E0ESC);
f01001b5:	0f b6 d2             	movzbl %dl,%edx
f01001b8:	0f b6 82 00 5f 10 f0 	movzbl -0xfefa100(%edx),%eax
f01001bf:	83 c8 40             	or     $0x40,%eax
f01001c2:	0f b6 c0             	movzbl %al,%eax
f01001c5:	f7 d0                	not    %eax
f01001c7:	21 c8                	and    %ecx,%eax
f01001c9:	a3 00 b0 12 f0       	mov    %eax,0xf012b000
		return 0;
f01001ce:	bb 00 00 00 00       	mov    $0x0,%ebx
f01001d3:	eb ca                	jmp    f010019f <kbd_proc_data+0x96>
		else if ('A' <= c && c <= 'Z')
f01001d5:	83 ea 41             	sub    $0x41,%edx
			c += 'a' - 'A';
f01001d8:	8d 4b 20             	lea    0x20(%ebx),%ecx
f01001db:	83 fa 1a             	cmp    $0x1a,%edx
f01001de:	0f 42 d9             	cmovb  %ecx,%ebx
	if (!(~shift & (CTL | ALT)) && c == KEY_DEL) {
f01001e1:	f7 d0                	not    %eax
f01001e3:	a8 06                	test   $0x6,%al
f01001e5:	75 b8                	jne    f010019f <kbd_proc_data+0x96>
f01001e7:	81 fb e9 00 00 00    	cmp    $0xe9,%ebx
f01001ed:	75 b0                	jne    f010019f <kbd_proc_data+0x96>
		cprintf("Rebooting!\n");
f01001ef:	83 ec 0c             	sub    $0xc,%esp
f01001f2:	68 a0 5d 10 f0       	push   $0xf0105da0
f01001f7:	e8 51 52 00 00       	call   f010544d <cprintf>
}

static inline void
outb(int port, uint8_t data)
{
	asm volatile("outb %0,%w1" : : "a" (data), "d" (port));
f01001fc:	b8 03 00 00 00       	mov    $0x3,%eax
f0100201:	ba 92 00 00 00       	mov    $0x92,%edx
f0100206:	ee                   	out    %al,(%dx)
}
f0100207:	83 c4 10             	add    $0x10,%esp
f010020a:	eb 93                	jmp    f010019f <kbd_proc_data+0x96>
		return -1;
f010020c:	bb ff ff ff ff       	mov    $0xffffffff,%ebx
f0100211:	eb 8c                	jmp    f010019f <kbd_proc_data+0x96>
		return -1;
f0100213:	bb ff ff ff ff       	mov    $0xffffffff,%ebx
f0100218:	eb 85                	jmp    f010019f <kbd_proc_data+0x96>

f010021a <cga_putc>:
{
f010021a:	55                   	push   %ebp
f010021b:	89 e5                	mov    %esp,%ebp
f010021d:	56                   	push   %esi
f010021e:	53                   	push   %ebx
		c |= 0x0700;
f010021f:	89 c2                	mov    %eax,%edx
f0100221:	80 ce 07             	or     $0x7,%dh
f0100224:	3d 00 01 00 00       	cmp    $0x100,%eax
f0100229:	0f 42 c2             	cmovb  %edx,%eax
	switch (c & 0xff) {
f010022c:	3c 0a                	cmp    $0xa,%al
f010022e:	0f 84 d7 00 00 00    	je     f010030b <cga_putc+0xf1>
f0100234:	0f b6 d0             	movzbl %al,%edx
f0100237:	83 fa 0a             	cmp    $0xa,%edx
f010023a:	7f 3c                	jg     f0100278 <cga_putc+0x5e>
f010023c:	83 fa 08             	cmp    $0x8,%edx
f010023f:	0f 84 9c 00 00 00    	je     f01002e1 <cga_putc+0xc7>
f0100245:	83 fa 09             	cmp    $0x9,%edx
f0100248:	0f 85 ca 00 00 00    	jne    f0100318 <cga_putc+0xfe>
			cga_putc(' ');
f010024e:	b8 20 00 00 00       	mov    $0x20,%eax
f0100253:	e8 c2 ff ff ff       	call   f010021a <cga_putc>
f0100258:	b8 20 00 00 00       	mov    $0x20,%eax
f010025d:	e8 b8 ff ff ff       	call   f010021a <cga_putc>
f0100262:	b8 20 00 00 00       	mov    $0x20,%eax
f0100267:	e8 ae ff ff ff       	call   f010021a <cga_putc>
f010026c:	b8 20 00 00 00       	mov    $0x20,%eax
f0100271:	e8 a4 ff ff ff       	call   f010021a <cga_putc>
		for (i = 0; i < 4; i++)
f0100276:	eb 25                	jmp    f010029d <cga_putc+0x83>
	switch (c & 0xff) {
f0100278:	83 fa 0d             	cmp    $0xd,%edx
f010027b:	0f 85 97 00 00 00    	jne    f0100318 <cga_putc+0xfe>
		crt_pos -= (crt_pos % CRT_COLS);
f0100281:	0f b7 05 28 b2 12 f0 	movzwl 0xf012b228,%eax
f0100288:	69 c0 cd cc 00 00    	imul   $0xcccd,%eax,%eax
f010028e:	c1 e8 16             	shr    $0x16,%eax
f0100291:	8d 04 80             	lea    (%eax,%eax,4),%eax
f0100294:	c1 e0 04             	shl    $0x4,%eax
f0100297:	66 a3 28 b2 12 f0    	mov    %ax,0xf012b228
	if (crt_pos >= CRT_SIZE) {
f010029d:	66 81 3d 28 b2 12 f0 	cmpw   $0x7cf,0xf012b228
f01002a4:	cf 07 
f01002a6:	0f 87 8f 00 00 00    	ja     f010033b <cga_putc+0x121>
	outb(addr_6845, 14);
f01002ac:	8b 0d 30 b2 12 f0    	mov    0xf012b230,%ecx
	asm volatile("outb %0,%w1" : : "a" (data), "d" (port));
f01002b2:	b8 0e 00 00 00       	mov    $0xe,%eax
f01002b7:	89 ca                	mov    %ecx,%edx
f01002b9:	ee                   	out    %al,(%dx)
	outb(addr_6845 + 1, crt_pos >> 8);
f01002ba:	0f b7 1d 28 b2 12 f0 	movzwl 0xf012b228,%ebx
f01002c1:	8d 71 01             	lea    0x1(%ecx),%esi
f01002c4:	89 d8                	mov    %ebx,%eax
f01002c6:	66 c1 e8 08          	shr    $0x8,%ax
f01002ca:	89 f2                	mov    %esi,%edx
f01002cc:	ee                   	out    %al,(%dx)
f01002cd:	b8 0f 00 00 00       	mov    $0xf,%eax
f01002d2:	89 ca                	mov    %ecx,%edx
f01002d4:	ee                   	out    %al,(%dx)
f01002d5:	89 d8                	mov    %ebx,%eax
f01002d7:	89 f2                	mov    %esi,%edx
f01002d9:	ee                   	out    %al,(%dx)
}
f01002da:	8d 65 f8             	lea    -0x8(%ebp),%esp
f01002dd:	5b                   	pop    %ebx
f01002de:	5e                   	pop    %esi
f01002df:	5d                   	pop    %ebp
f01002e0:	c3                   	ret
		if (crt_pos > 0) {
f01002e1:	0f b7 15 28 b2 12 f0 	movzwl 0xf012b228,%edx
f01002e8:	66 85 d2             	test   %dx,%dx
f01002eb:	74 bf                	je     f01002ac <cga_putc+0x92>
			crt_pos--;
f01002ed:	83 ea 01             	sub    $0x1,%edx
f01002f0:	66 89 15 28 b2 12 f0 	mov    %dx,0xf012b228
			crt_buf[crt_pos] = (c & ~0xff) | ' ';
f01002f7:	0f b7 d2             	movzwl %dx,%edx
f01002fa:	b0 00                	mov    $0x0,%al
f01002fc:	83 c8 20             	or     $0x20,%eax
f01002ff:	8b 0d 2c b2 12 f0    	mov    0xf012b22c,%ecx
f0100305:	66 89 04 51          	mov    %ax,(%ecx,%edx,2)
f0100309:	eb 92                	jmp    f010029d <cga_putc+0x83>
		crt_pos += CRT_COLS;
f010030b:	66 83 05 28 b2 12 f0 	addw   $0x50,0xf012b228
f0100312:	50 
f0100313:	e9 69 ff ff ff       	jmp    f0100281 <cga_putc+0x67>
		crt_buf[crt_pos++] = c;
f0100318:	0f b7 15 28 b2 12 f0 	movzwl 0xf012b228,%edx
f010031f:	8d 4a 01             	lea    0x1(%edx),%ecx
f0100322:	66 89 0d 28 b2 12 f0 	mov    %cx,0xf012b228
f0100329:	0f b7 d2             	movzwl %dx,%edx
f010032c:	8b 0d 2c b2 12 f0    	mov    0xf012b22c,%ecx
f0100332:	66 89 04 51          	mov    %ax,(%ecx,%edx,2)
		break;
f0100336:	e9 62 ff ff ff       	jmp    f010029d <cga_putc+0x83>
		memmove(crt_buf, crt_buf + CRT_COLS,
f010033b:	a1 2c b2 12 f0       	mov    0xf012b22c,%eax
f0100340:	83 ec 04             	sub    $0x4,%esp
f0100343:	68 00 0f 00 00       	push   $0xf00
f0100348:	8d 90 a0 00 00 00    	lea    0xa0(%eax),%edx
f010034e:	52                   	push   %edx
f010034f:	50                   	push   %eax
f0100350:	e8 01 54 00 00       	call   f0105756 <memmove>
			crt_buf[i] = 0x0700 | ' ';
f0100355:	8b 15 2c b2 12 f0    	mov    0xf012b22c,%edx
f010035b:	8d 82 00 0f 00 00    	lea    0xf00(%edx),%eax
f0100361:	81 c2 a0 0f 00 00    	add    $0xfa0,%edx
f0100367:	83 c4 10             	add    $0x10,%esp
f010036a:	66 c7 00 20 07       	movw   $0x720,(%eax)
		for (i = CRT_SIZE - CRT_COLS; i < CRT_SIZE; i++)
f010036f:	83 c0 02             	add    $0x2,%eax
f0100372:	39 d0                	cmp    %edx,%eax
f0100374:	75 f4                	jne    f010036a <cga_putc+0x150>
		crt_pos -= CRT_COLS;
f0100376:	66 83 2d 28 b2 12 f0 	subw   $0x50,0xf012b228
f010037d:	50 
f010037e:	e9 29 ff ff ff       	jmp    f01002ac <cga_putc+0x92>

f0100383 <serial_intr>:
	if (serial_exists)
f0100383:	80 3d 34 b2 12 f0 00 	cmpb   $0x0,0xf012b234
f010038a:	75 01                	jne    f010038d <serial_intr+0xa>
f010038c:	c3                   	ret
{
f010038d:	55                   	push   %ebp
f010038e:	89 e5                	mov    %esp,%ebp
f0100390:	83 ec 08             	sub    $0x8,%esp
		cons_intr(serial_proc_data);
f0100393:	b8 af 00 10 f0       	mov    $0xf01000af,%eax
f0100398:	e8 2c fd ff ff       	call   f01000c9 <cons_intr>
}
f010039d:	c9                   	leave
f010039e:	c3                   	ret

f010039f <kbd_intr>:
{
f010039f:	55                   	push   %ebp
f01003a0:	89 e5                	mov    %esp,%ebp
f01003a2:	83 ec 08             	sub    $0x8,%esp
	cons_intr(kbd_proc_data);
f01003a5:	b8 09 01 10 f0       	mov    $0xf0100109,%eax
f01003aa:	e8 1a fd ff ff       	call   f01000c9 <cons_intr>
}
f01003af:	c9                   	leave
f01003b0:	c3                   	ret

f01003b1 <cons_getc>:

// Return the next input character from the console, or 0 if none waiting.
int
cons_getc(void)
{
f01003b1:	55                   	push   %ebp
f01003b2:	89 e5                	mov    %esp,%ebp
f01003b4:	83 ec 08             	sub    $0x8,%esp
	int c;

	// Poll the devices ourselves: the monitor runs with
	// interrupts disabled.
	serial_intr();
f01003b7:	e8 c7 ff ff ff       	call   f0100383 <serial_intr>
	kbd_intr();
f01003bc:	e8 de ff ff ff       	call   f010039f <kbd_intr>

	if (cons.rpos != cons.wpos) {
f01003c1:	a1 20 b2 12 f0       	mov    0xf012b220,%eax
		c = cons.buf[cons.rpos++];
		if (cons.rpos == CONSBUFSIZE)
			cons.rpos = 0;
		return c;
	}
	return 0;
f01003c6:	ba 00 00 00 00       	mov    $0x0,%edx
	if (cons.rpos != cons.wpos) {
f01003cb:	3b 05 24 b2 12 f0    	cmp    0xf012b224,%eax
f01003d1:	74 1c                	je     f01003ef <cons_getc+0x3e>
		c = cons.buf[cons.rpos++];
f01003d3:	8d 48 01             	lea    0x1(%eax),%ecx
f01003d6:	0f b6 90 20 b0 12 f0 	movzbl -0xfed4fe0(%eax),%edx
			cons.rpos = 0;
f01003dd:	3d ff 01 00 00       	cmp    $0x1ff,%eax
f01003e2:	b8 00 00 00 00       	mov    $0x0,%eax
f01003e7:	0f 45 c1             	cmovne %ecx,%eax
f01003ea:	a3 20 b2 12 f0       	mov    %eax,0xf012b220
}
f01003ef:	89 d0                	mov    %edx,%eax
f01003f1:	c9                   	leave
f01003f2:	c3                   	ret

f01003f3 <cons_init>:
	cga_putc(c);
}

void
cons_init(void)
{
f01003f3:	55                   	push   %ebp
f01003f4:	89 e5                	mov    %esp,%ebp
f01003f6:	57                   	push   %edi
f01003f7:	56                   	push   %esi
f01003f8:	53                   	push   %ebx
f01003f9:	83 ec 0c             	sub    $0xc,%esp
	was = *cp;
f01003fc:	0f b7 15 00 80 0b f0 	movzwl 0xf00b8000,%edx
	*cp = (uint16_t) 0xA55A;
f0100403:	66 c7 05 00 80 0b f0 	movw   $0xa55a,0xf00b8000
f010040a:	5a a5 
	if (*cp != 0xA55A) {
f010040c:	0f b7 05 00 80 0b f0 	movzwl 0xf00b8000,%eax
f0100413:	be b4 03 00 00       	mov    $0x3b4,%esi
		cp = (uint16_t*) (KERNBASE + MONO_BUF);
f0100418:	b9 00 00 0b f0       	mov    $0xf00b0000,%ecx
	if (*cp != 0xA55A) {
f010041d:	66 3d 5a a5          	cmp    $0xa55a,%ax
f0100421:	0f 84 b3 00 00 00    	je     f01004da <cons_init+0xe7>
		addr_6845 = MONO_BASE;
f0100427:	89 35 30 b2 12 f0    	mov    %esi,0xf012b230
f010042d:	b8 0e 00 00 00       	mov    $0xe,%eax
f0100432:	89 f2                	mov    %esi,%edx
f0100434:	ee                   	out    %al,(%dx)
	pos = inb(addr_6845 + 1) << 8;
f0100435:	8d 7e 01             	lea    0x1(%esi),%edi
	asm volatile("inb %w1,%0" : "=a" (data) : "d" (port));
f0100438:	89 fa                	mov    %edi,%edx
f010043a:	ec                   	in     (%dx),%al
f010043b:	0f b6 d8             	movzbl %al,%ebx
f010043e:	c1 e3 08             	shl    $0x8,%ebx
	asm volatile("outb %0,%w1" : : "a" (data), "d" (port));
f0100441:	b8 0f 00 00 00       	mov    $0xf,%eax
f0100446:	89 f2                	mov    %esi,%edx
f0100448:	ee                   	out    %al,(%dx)
	asm volatile("inb %w1,%0" : "=a" (data) : "d" (port));
f0100449:	89 fa                	mov    %edi,%edx
f010044b:	ec                   	in     (%dx),%al
	pos |= inb(addr_6845 + 1);
f010044c:	0f b6 c0             	movzbl %al,%eax
f010044f:	09 d8                	or     %ebx,%eax
		pos = 0;
f0100451:	3d d0 07 00 00       	cmp    $0x7d0,%eax
f0100456:	ba 00 00 00 00       	mov    $0x0,%edx
f010045b:	0f 43 c2             	cmovae %edx,%eax
	crt_buf = (uint16_t*) cp;
f010045e:	89 0d 2c b2 12 f0    	mov    %ecx,0xf012b22c
	crt_pos = pos;
f0100464:	66 a3 28 b2 12 f0    	mov    %ax,0xf012b228
	asm volatile("outb %0,%w1" : : "a" (data), "d" (port));
f010046a:	b9 00 00 00 00       	mov    $0x0,%ecx
f010046f:	bb fa 03 00 00       	mov    $0x3fa,%ebx
f0100474:	89 c8                	mov    %ecx,%eax
f0100476:	89 da                	mov    %ebx,%edx
f0100478:	ee                   	out    %al,(%dx)
f0100479:	bf fb 03 00 00       	mov    $0x3fb,%edi
f010047e:	b8 80 ff ff ff       	mov    $0xffffff80,%eax
f0100483:	89 fa                	mov    %edi,%edx
f0100485:	ee                   	out    %al,(%dx)
f0100486:	b8 0c 00 00 00       	mov    $0xc,%eax
f010048b:	ba f8 03 00 00       	mov    $0x3f8,%edx
f0100490:	ee                   	out    %al,(%dx)
f0100491:	be f9 03 00 00       	mov    $0x3f9,%esi
f0100496:	89 c8                	mov    %ecx,%eax
f0100498:	89 f2                	mov    %esi,%edx
f010049a:	ee                   	out    %al,(%dx)
f010049b:	b8 03 00 00 00       	mov    $0x3,%eax
f01004a0:	89 fa                	mov    %edi,%edx
f01004a2:	ee                   	out    %al,(%dx)
f01004a3:	ba fc 03 00 00       	mov    $0x3fc,%edx
f01004a8:	89 c8                	mov    %ecx,%eax
f01004aa:	ee                   	out    %al,(%dx)
f01004ab:	b8 01 00 00 00       	mov    $0x1,%eax
f01004b0:	89 f2                	mov    %esi,%edx
f01004b2:	ee                   	out    %al,(%dx)
	asm volatile("inb %w1,%0" : "=a" (data) : "d" (port));
f01004b3:	ba fd 03 00 00       	mov    $0x3fd,%edx
f01004b8:	ec                   	in     (%dx),%al
f01004b9:	89 c1                	mov    %eax,%ecx
	serial_exists = (inb(COM1+COM_LSR) != 0xFF);
f01004bb:	3c ff                	cmp    $0xff,%al
f01004bd:	0f 95 05 34 b2 12 f0 	setne  0xf012b234
f01004c4:	89 da                	mov    %ebx,%edx
f01004c6:	ec                   	in     (%dx),%al
f01004c7:	ba f8 03 00 00       	mov    $0x3f8,%edx
f01004cc:	ec                   	in     (%dx),%al
	cga_init();
	kbd_init();
	serial_init();

	if (!serial_exists)
f01004cd:	80 f9 ff             	cmp    $0xff,%cl
f01004d0:	74 1e                	je     f01004f0 <cons_init+0xfd>
		cprintf("Serial port does not exist!\n");
}
f01004d2:	8d 65 f4             	lea    -0xc(%ebp),%esp
f01004d5:	5b                   	pop    %ebx
f01004d6:	5e                   	pop    %esi
f01004d7:	5f                   	pop    %edi
f01004d8:	5d                   	pop    %ebp
f01004d9:	c3                   	ret
		*cp = was;
f01004da:	66 89 15 00 80 0b f0 	mov    %dx,0xf00b8000
f01004e1:	be d4 03 00 00       	mov    $0x3d4,%esi
	cp = (uint16_t*) (KERNBASE + CGA_BUF);
f01004e6:	b9 00 80 0b f0       	mov    $0xf00b8000,%ecx
f01004eb:	e9 37 ff ff ff       	jmp    f0100427 <cons_init+0x34>
		cprintf("Serial port does not exist!\n");
f01004f0:	83 ec 0c             	sub    $0xc,%esp
f01004f3:	68 ac 5d 10 f0       	push   $0xf0105dac
f01004f8:	e8 50 4f 00 00       	call   f010544d <cprintf>
f01004fd:	83 c4 10             	add    $0x10,%esp
}
f0100500:	eb d0                	jmp    f01004d2 <cons_init+0xdf>

f0100502 <cputchar>:

// `High'-level console I/O.  Used by readline and cprintf.

void
cputchar(int c)
{
f0100502:	55                   	push   %ebp
f0100503:	89 e5                	mov    %esp,%ebp
f0100505:	57                   	push   %edi
f0100506:	56                   	push   %esi
f0100507:	53                   	push   %ebx
f0100508:	83 ec 0c             	sub    $0xc,%esp
f010050b:	ba fd 03 00 00       	mov    $0x3fd,%edx
f0100510:	ec                   	in     (%dx),%al
	     !(inb(COM1 + COM_LSR) & COM_LSR_TXRDY) && i < 12800;
f0100511:	a8 20                	test   $0x20,%al
f0100513:	75 27                	jne    f010053c <cputchar+0x3a>
	for (i = 0;
f0100515:	bb 00 00 00 00       	mov    $0x0,%ebx
f010051a:	b9 84 00 00 00       	mov    $0x84,%ecx
f010051f:	be fd 03 00 00       	mov    $0x3fd,%esi
f0100524:	89 ca                	mov    %ecx,%edx
f0100526:	ec                   	in     (%dx),%al
f0100527:	ec                   	in     (%dx),%al
f0100528:	ec                   	in     (%dx),%al
f0100529:	ec                   	in     (%dx),%al
	     i++)
f010052a:	83 c3 01             	add    $0x1,%ebx
f010052d:	89 f2                	mov    %esi,%edx
f010052f:	ec                   	in     (%dx),%al
	     !(inb(COM1 + COM_LSR) & COM_LSR_TXRDY) && i < 12800;
f0100530:	a8 20                	test   $0x20,%al
f0100532:	75 08                	jne    f010053c <cputchar+0x3a>
f0100534:	81 fb ff 31 00 00    	cmp    $0x31ff,%ebx
f010053a:	7e e8                	jle    f0100524 <cputchar+0x22>
	outb(COM1 + COM_TX, c);
f010053c:	0f b6 7d 08          	movzbl 0x8(%ebp),%edi
	asm volatile("outb %0,%w1" : : "a" (data), "d" (port));
f0100540:	ba f8 03 00 00       	mov    $0x3f8,%edx
f0100545:	89 f8                	mov    %edi,%eax
f0100547:	ee                   	out    %al,(%dx)
	asm volatile("inb %w1,%0" : "=a" (data) : "d" (port));
f0100548:	ba 79 03 00 00       	mov    $0x379,%edx
f010054d:	ec                   	in     (%dx),%al
	for (i = 0; !(inb(0x378+1) & 0x80) && i < 12800; i++)
f010054e:	84 c0                	test   %al,%al
f0100550:	78 27                	js     f0100579 <cputchar+0x77>
f0100552:	bb 00 00 00 00       	mov    $0x0,%ebx
f0100557:	b9 84 00 00 00       	mov    $0x84,%ecx
f010055c:	be 79 03 00 00       	mov    $0x379,%esi
f0100561:	89 ca                	mov    %ecx,%edx
f0100563:	ec                   	in     (%dx),%al
f0100564:	ec                   	in     (%dx),%al
f0100565:	ec                   	in     (%dx),%al
f0100566:	ec                   	in     (%dx),%al
f0100567:	83 c3 01             	add    $0x1,%ebx
f010056a:	89 f2                	mov    %esi,%edx
f010056c:	ec                   	in     (%dx),%al
f010056d:	81 fb ff 31 00 00    	cmp    $0x31ff,%ebx
f0100573:	7f 04                	jg     f0100579 <cputchar+0x77>
f0100575:	84 c0                	test   %al,%al
f0100577:	79 e8                	jns    f0100561 <cputchar+0x5f>
	asm volatile("outb %0,%w1" : : "a" (data), "d" (port));
f0100579:	ba 78 03 00 00       	mov    $0x378,%edx
f010057e:	89 f8                	mov    %edi,%eax
f0100580:	ee                   	out    %al,(%dx)
f0100581:	ba 7a 03 00 00       	mov    $0x37a,%edx
f0100586:	b8 0d 00 00 00       	mov    $0xd,%eax
f010058b:	ee                   	out    %al,(%dx)
f010058c:	b8 08 00 00 00       	mov    $0x8,%eax
f0100591:	ee                   	out    %al,(%dx)
	cga_putc(c);
f0100592:	8b 45 08             	mov    0x8(%ebp),%eax
f0100595:	e8 80 fc ff ff       	call   f010021a <cga_putc>
	cons_putc(c);
}
f010059a:	83 c4 0c             	add    $0xc,%esp
f010059d:	5b                   	pop    %ebx
f010059e:	5e                   	pop    %esi
f010059f:	5f                   	pop    %edi
f01005a0:	5d                   	pop    %ebp
f01005a1:	c3                   	ret

f01005a2 <getchar>:

int
getchar(void)
{
f01005a2:	55                   	push   %ebp
f01005a3:	89 e5                	mov    %esp,%ebp
f01005a5:	83 ec 08             	sub    $0x8,%esp
	int c;

	while ((c = cons_getc()) == 0)
f01005a8:	e8 04 fe ff ff       	call   f01003b1 <cons_getc>
f01005ad:	85 c0                	test   %eax,%eax
f01005af:	74 f7                	je     f01005a8 <getchar+0x6>
		/* do nothing */;
	return c;
}
f01005b1:	c9                   	leave
f01005b2:	c3                   	ret

f01005b3 <iscons>:
int
iscons(int fdnum)
{
	// used by readline
	return 1;
}
f01005b3:	b8 01 00 00 00       	mov    $0x1,%eax
f01005b8:	c3                   	ret

f01005b9 <putch>:
#include <inc/stdarg.h>


static void
putch(int ch, int *cnt)
{
f01005b9:	55                   	push   %ebp
f01005ba:	89 e5                	mov    %esp,%ebp
f01005bc:	53                   	push   %ebx
f01005bd:	83 ec 10             	sub    $0x10,%esp
f01005c0:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	cputchar(ch);
f01005c3:	ff 75 08             	push   0x8(%ebp)
f01005c6:	e8 37 ff ff ff       	call   f0100502 <cputchar>
	(*cnt)++;
f01005cb:	83 03 01             	addl   $0x1,(%ebx)
}
f01005ce:	83 c4 10             	add    $0x10,%esp
f01005d1:	8b 5d fc             	mov    -0x4(%ebp),%ebx
f01005d4:	c9                   	leave
f01005d5:	c3                   	ret

f01005d6 <vcprintf>:

int
vcprintf(const char *fmt, va_list ap)
{
f01005d6:	55                   	push   %ebp
f01005d7:	89 e5                	mov    %esp,%ebp
f01005d9:	83 ec 18             	sub    $0x18,%esp
	int cnt = 0;
f01005dc:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	vprintfmt((void*)putch, &cnt, fmt, ap);
f01005e3:	ff 75 0c             	push   0xc(%ebp)
f01005e6:	ff 75 08             	push   0x8(%ebp)
f01005e9:	8d 45 f4             	lea    -0xc(%ebp),%eax
f01005ec:	50                   	push   %eax
f01005ed:	68 b9 05 10 f0       	push   $0xf01005b9
f01005f2:	e8 03 48 00 00       	call   f0104dfa <vprintfmt>
	return cnt;
}
f01005f7:	8b 45 f4             	mov    -0xc(%ebp),%eax
f01005fa:	c9                   	leave
f01005fb:	c3                   	ret

f01005fc <mon_help>:

/***** Implementations of basic kernel monitor commands *****/

int
mon_help(int argc, char **argv, struct Trapframe *tf)
{
f01005fc:	55                   	push   %ebp
f01005fd:	89 e5                	mov    %esp,%ebp
f01005ff:	83 ec 0c             	sub    $0xc,%esp
	int i;

	for (i = 0; i < ARRAY_SIZE(commands); i++)
		cprintf("%s - %s\n", commands[i].name, commands[i].desc);
f0100602:	68 00 60 10 f0       	push   $0xf0106000
f0100607:	68 1e 60 10 f0       	push   $0xf010601e
f010060c:	68 23 60 10 f0       	push   $0xf0106023
f0100611:	e8 37 4e 00 00       	call   f010544d <cprintf>
f0100616:	83 c4 0c             	add    $0xc,%esp
f0100619:	68 e0 60 10 f0       	push   $0xf01060e0
f010061e:	68 2c 60 10 f0       	push   $0xf010602c
f0100623:	68 23 60 10 f0       	push   $0xf0106023
f0100628:	e8 20 4e 00 00       	call   f010544d <cprintf>
f010062d:	83 c4 0c             	add    $0xc,%esp
f0100630:	68 08 61 10 f0       	push   $0xf0106108
f0100635:	68 35 60 10 f0       	push   $0xf0106035
f010063a:	68 23 60 10 f0       	push   $0xf0106023
f010063f:	e8 09 4e 00 00       	call   f010544d <cprintf>
	return 0;
}
f0100644:	b8 00 00 00 00       	mov    $0x0,%eax
f0100649:	c9                   	leave
f010064a:	c3                   	ret

f010064b <mon_kerninfo>:

int
mon_kerninfo(int argc, char **argv, struct Trapframe *tf)
{
f010064b:	55                   	push   %ebp
f010064c:	89 e5                	mov    %esp,%ebp
f010064e:	83 ec 14             	sub    $0x14,%esp
	extern char _start[], entry[], etext[], edata[], end[];

	cprintf("Special kernel symbols:\n");
f0100651:	68 3f 60 10 f0       	push   $0xf010603f
f0100656:	e8 f2 4d 00 00       	call   f010544d <cprintf>
	cprintf("  _start                  %08x (phys)\n", _start);
f010065b:	83 c4 08             	add    $0x8,%esp
f010065e:	68 00 00 10 00       	push   $0x100000
f0100663:	68 30 61 10 f0       	push   $0xf0106130
f0100668:	e8 e0 4d 00 00       	call   f010544d <cprintf>
	cprintf("  entry  %08x (virt)  %08x (phys)\n", entry, entry - KERNBASE);
f010066d:	83 c4 0c             	add    $0xc,%esp
f0100670:	68 00 00 10 00       	push   $0x100000
f0100675:	68 00 00 10 f0       	push   $0xf0100000
f010067a:	68 58 61 10 f0       	push   $0xf0106158
f010067f:	e8 c9 4d 00 00       	call   f010544d <cprintf>
	cprintf("  etext  %08x (virt)  %08x (phys)\n", etext, etext - KERNBASE);
f0100684:	83 c4 0c             	add    $0xc,%esp
f0100687:	68 96 5d 10 00       	push   $0x105d96
f010068c:	68 96 5d 10 f0       	push   $0xf0105d96
f0100691:	68 7c 61 10 f0       	push   $0xf010617c
f0100696:	e8 b2 4d 00 00       	call   f010544d <cprintf>
	cprintf("  edata  %08x (virt)  %08x (phys)\n", edata, edata - KERNBASE);
f010069b:	83 c4 0c             	add    $0xc,%esp
f010069e:	68 f8 a6 12 00       	push   $0x12a6f8
f01006a3:	68 f8 a6 12 f0       	push   $0xf012a6f8
f01006a8:	68 a0 61 10 f0       	push   $0xf01061a0
f01006ad:	e8 9b 4d 00 00       	call   f010544d <cprintf>
	cprintf("  end    %08x (virt)  %08x (phys)\n", end, end - KERNBASE);
f01006b2:	83 c4 0c             	add    $0xc,%esp
f01006b5:	68 c8 c7 16 00       	push   $0x16c7c8
f01006ba:	68 c8 c7 16 f0       	push   $0xf016c7c8
f01006bf:	68 c4 61 10 f0       	push   $0xf01061c4
f01006c4:	e8 84 4d 00 00       	call   f010544d <cprintf>
	cprintf("Kernel executable memory footprint: %dKB\n",
f01006c9:	83 c4 08             	add    $0x8,%esp
		ROUNDUP(end - entry, 1024) / 1024);
f01006cc:	b8 c8 c7 16 f0       	mov    $0xf016c7c8,%eax
f01006d1:	2d 01 fc 0f f0       	sub    $0xf00ffc01,%eax
	cprintf("Kernel executable memory footprint: %dKB\n",
f01006d6:	c1 f8 0a             	sar    $0xa,%eax
f01006d9:	50                   	push   %eax
f01006da:	68 e8 61 10 f0       	push   $0xf01061e8
f01006df:	e8 69 4d 00 00       	call   f010544d <cprintf>
	return 0;
}
f01006e4:	b8 00 00 00 00       	mov    $0x0,%eax
f01006e9:	c9                   	leave
f01006ea:	c3                   	ret

f01006eb <mon_backtrace>:
// kern/entry.S zeroes %ebp before the first C call, which ends the
// chain.  A frame pointer below ULIM belongs to user code that trapped
// into the kernel (its stack may not even be mapped now): stop there too.
int
mon_backtrace(int argc, char **argv, struct Trapframe *tf)
{
f01006eb:	55                   	push   %ebp
f01006ec:	89 e5                	mov    %esp,%ebp
f01006ee:	57                   	push   %edi
f01006ef:	56                   	push   %esi
f01006f0:	53                   	push   %ebx
f01006f1:	83 ec 48             	sub    $0x48,%esp
// Always inlined so that %ebp is the caller's frame, not a helper's.
static inline uint32_t __attribute__((always_inline))
read_ebp(void)
{
	uint32_t ebp;
	asm volatile("movl %%ebp,%0" : "=r" (ebp));
f01006f4:	89 eb                	mov    %ebp,%ebx
	uint32_t *ebp = (uint32_t *) read_ebp();
f01006f6:	89 de                	mov    %ebx,%esi
	struct Eipdebuginfo info;
	uintptr_t eip;
	int i;

	cprintf("Stack backtrace:\n");
f01006f8:	68 58 60 10 f0       	push   $0xf0106058
f01006fd:	e8 4b 4d 00 00       	call   f010544d <cprintf>
	while (ebp && (uintptr_t) ebp >= ULIM) {
f0100702:	83 c4 10             	add    $0x10,%esp
f0100705:	81 fb ff ff 7f ef    	cmp    $0xef7fffff,%ebx
f010070b:	77 59                	ja     f0100766 <mon_backtrace+0x7b>
			info.eip_line, info.eip_fn_namelen, info.eip_fn_name,
			eip - info.eip_fn_addr);
		ebp = (uint32_t *) ebp[0];
	}
	return 0;
}
f010070d:	b8 00 00 00 00       	mov    $0x0,%eax
f0100712:	8d 65 f4             	lea    -0xc(%ebp),%esp
f0100715:	5b                   	pop    %ebx
f0100716:	5e                   	pop    %esi
f0100717:	5f                   	pop    %edi
f0100718:	5d                   	pop    %ebp
f0100719:	c3                   	ret
		cprintf("\n");
f010071a:	83 ec 0c             	sub    $0xc,%esp
f010071d:	68 b9 66 10 f0       	push   $0xf01066b9
f0100722:	e8 26 4d 00 00       	call   f010544d <cprintf>
		debuginfo_eip(eip - 1, &info);
f0100727:	83 c4 08             	add    $0x8,%esp
f010072a:	8d 45 d0             	lea    -0x30(%ebp),%eax
f010072d:	50                   	push   %eax
f010072e:	8b 7d c4             	mov    -0x3c(%ebp),%edi
f0100731:	8d 47 ff             	lea    -0x1(%edi),%eax
f0100734:	50                   	push   %eax
f0100735:	e8 b7 01 00 00       	call   f01008f1 <debuginfo_eip>
		cprintf("         %s:%d: %.*s+%d\n", info.eip_file,
f010073a:	83 c4 08             	add    $0x8,%esp
f010073d:	89 f8                	mov    %edi,%eax
f010073f:	2b 45 e0             	sub    -0x20(%ebp),%eax
f0100742:	50                   	push   %eax
f0100743:	ff 75 d8             	push   -0x28(%ebp)
f0100746:	ff 75 dc             	push   -0x24(%ebp)
f0100749:	ff 75 d4             	push   -0x2c(%ebp)
f010074c:	ff 75 d0             	push   -0x30(%ebp)
f010074f:	68 8b 60 10 f0       	push   $0xf010608b
f0100754:	e8 f4 4c 00 00       	call   f010544d <cprintf>
		ebp = (uint32_t *) ebp[0];
f0100759:	8b 36                	mov    (%esi),%esi
	while (ebp && (uintptr_t) ebp >= ULIM) {
f010075b:	83 c4 20             	add    $0x20,%esp
f010075e:	81 fe ff ff 7f ef    	cmp    $0xef7fffff,%esi
f0100764:	76 a7                	jbe    f010070d <mon_backtrace+0x22>
		eip = ebp[1];
f0100766:	8b 46 04             	mov    0x4(%esi),%eax
f0100769:	89 45 c4             	mov    %eax,-0x3c(%ebp)
		cprintf("  ebp %08x  eip %08x  args", ebp, eip);
f010076c:	83 ec 04             	sub    $0x4,%esp
f010076f:	50                   	push   %eax
f0100770:	56                   	push   %esi
f0100771:	68 6a 60 10 f0       	push   $0xf010606a
f0100776:	e8 d2 4c 00 00       	call   f010544d <cprintf>
		for (i = 0; i < 5; i++)
f010077b:	8d 5e 08             	lea    0x8(%esi),%ebx
f010077e:	8d 7e 1c             	lea    0x1c(%esi),%edi
f0100781:	83 c4 10             	add    $0x10,%esp
			cprintf(" %08x", ebp[2 + i]);
f0100784:	83 ec 08             	sub    $0x8,%esp
f0100787:	ff 33                	push   (%ebx)
f0100789:	68 85 60 10 f0       	push   $0xf0106085
f010078e:	e8 ba 4c 00 00       	call   f010544d <cprintf>
		for (i = 0; i < 5; i++)
f0100793:	83 c3 04             	add    $0x4,%ebx
f0100796:	83 c4 10             	add    $0x10,%esp
f0100799:	39 fb                	cmp    %edi,%ebx
f010079b:	75 e7                	jne    f0100784 <mon_backtrace+0x99>
f010079d:	e9 78 ff ff ff       	jmp    f010071a <mon_backtrace+0x2f>

f01007a2 <monitor>:
	return 0;
}

void
monitor(struct Trapframe *tf)
{
f01007a2:	55                   	push   %ebp
f01007a3:	89 e5                	mov    %esp,%ebp
f01007a5:	57                   	push   %edi
f01007a6:	56                   	push   %esi
f01007a7:	53                   	push   %ebx
f01007a8:	83 ec 58             	sub    $0x58,%esp
	char *buf;

	cprintf("Welcome to the JOS kernel monitor!\n");
f01007ab:	68 14 62 10 f0       	push   $0xf0106214
f01007b0:	e8 98 4c 00 00       	call   f010544d <cprintf>
	cprintf("Type 'help' for a list of commands.\n");
f01007b5:	c7 04 24 38 62 10 f0 	movl   $0xf0106238,(%esp)
f01007bc:	e8 8c 4c 00 00       	call   f010544d <cprintf>

	if (tf != NULL)
f01007c1:	83 c4 10             	add    $0x10,%esp
f01007c4:	83 7d 08 00          	cmpl   $0x0,0x8(%ebp)
f01007c8:	0f 84 d8 00 00 00    	je     f01008a6 <monitor+0x104>
		print_trapframe(tf);
f01007ce:	83 ec 0c             	sub    $0xc,%esp
f01007d1:	ff 75 08             	push   0x8(%ebp)
f01007d4:	e8 0b 2f 00 00       	call   f01036e4 <print_trapframe>
f01007d9:	83 c4 10             	add    $0x10,%esp
f01007dc:	e9 c5 00 00 00       	jmp    f01008a6 <monitor+0x104>
		while (*buf && strchr(WHITESPACE, *buf))
f01007e1:	83 ec 08             	sub    $0x8,%esp
f01007e4:	0f be c0             	movsbl %al,%eax
f01007e7:	50                   	push   %eax
f01007e8:	68 a8 60 10 f0       	push   $0xf01060a8
f01007ed:	e8 e7 4e 00 00       	call   f01056d9 <strchr>
f01007f2:	83 c4 10             	add    $0x10,%esp
f01007f5:	85 c0                	test   %eax,%eax
f01007f7:	74 0a                	je     f0100803 <monitor+0x61>
			*buf++ = 0;
f01007f9:	c6 03 00             	movb   $0x0,(%ebx)
f01007fc:	89 f7                	mov    %esi,%edi
f01007fe:	8d 5b 01             	lea    0x1(%ebx),%ebx
f0100801:	eb 3e                	jmp    f0100841 <monitor+0x9f>
		if (*buf == 0)
f0100803:	80 3b 00             	cmpb   $0x0,(%ebx)
f0100806:	74 42                	je     f010084a <monitor+0xa8>
		if (argc == MAXARGS-1) {
f0100808:	83 fe 0f             	cmp    $0xf,%esi
f010080b:	0f 84 83 00 00 00    	je     f0100894 <monitor+0xf2>
		argv[argc++] = buf;
f0100811:	8d 7e 01             	lea    0x1(%esi),%edi
f0100814:	89 5c b5 a8          	mov    %ebx,-0x58(%ebp,%esi,4)
		while (*buf && !strchr(WHITESPACE, *buf))
f0100818:	0f b6 03             	movzbl (%ebx),%eax
f010081b:	84 c0                	test   %al,%al
f010081d:	74 22                	je     f0100841 <monitor+0x9f>
f010081f:	83 ec 08             	sub    $0x8,%esp
f0100822:	0f be c0             	movsbl %al,%eax
f0100825:	50                   	push   %eax
f0100826:	68 a8 60 10 f0       	push   $0xf01060a8
f010082b:	e8 a9 4e 00 00       	call   f01056d9 <strchr>
f0100830:	83 c4 10             	add    $0x10,%esp
f0100833:	85 c0                	test   %eax,%eax
f0100835:	75 0a                	jne    f0100841 <monitor+0x9f>
			buf++;
f0100837:	83 c3 01             	add    $0x1,%ebx
		while (*buf && !strchr(WHITESPACE, *buf))
f010083a:	0f b6 03             	movzbl (%ebx),%eax
f010083d:	84 c0                	test   %al,%al
f010083f:	75 de                	jne    f010081f <monitor+0x7d>
			*buf++ = 0;
f0100841:	89 fe                	mov    %edi,%esi
		while (*buf && strchr(WHITESPACE, *buf))
f0100843:	0f b6 03             	movzbl (%ebx),%eax
f0100846:	84 c0                	test   %al,%al
f0100848:	75 97                	jne    f01007e1 <monitor+0x3f>
	argv[argc] = 0;
f010084a:	c7 44 b5 a8 00 00 00 	movl   $0x0,-0x58(%ebp,%esi,4)
f0100851:	00 
	if (argc == 0)
f0100852:	85 f6                	test   %esi,%esi
f0100854:	74 50                	je     f01008a6 <monitor+0x104>
	for (i = 0; i < ARRAY_SIZE(commands); i++) {
f0100856:	bb 00 00 00 00       	mov    $0x0,%ebx
		if (strcmp(argv[0], commands[i].name) == 0)
f010085b:	83 ec 08             	sub    $0x8,%esp
f010085e:	8d 04 5b             	lea    (%ebx,%ebx,2),%eax
f0100861:	ff 34 85 60 62 10 f0 	push   -0xfef9da0(,%eax,4)
f0100868:	ff 75 a8             	push   -0x58(%ebp)
f010086b:	e8 f5 4d 00 00       	call   f0105665 <strcmp>
f0100870:	83 c4 10             	add    $0x10,%esp
f0100873:	85 c0                	test   %eax,%eax
f0100875:	74 56                	je     f01008cd <monitor+0x12b>
	for (i = 0; i < ARRAY_SIZE(commands); i++) {
f0100877:	83 c3 01             	add    $0x1,%ebx
f010087a:	83 fb 03             	cmp    $0x3,%ebx
f010087d:	75 dc                	jne    f010085b <monitor+0xb9>
	cprintf("Unknown command '%s'\n", argv[0]);
f010087f:	83 ec 08             	sub    $0x8,%esp
f0100882:	ff 75 a8             	push   -0x58(%ebp)
f0100885:	68 ca 60 10 f0       	push   $0xf01060ca
f010088a:	e8 be 4b 00 00       	call   f010544d <cprintf>
	return 0;
f010088f:	83 c4 10             	add    $0x10,%esp
f0100892:	eb 12                	jmp    f01008a6 <monitor+0x104>
			cprintf("Too many arguments (max %d)\n", MAXARGS);
f0100894:	83 ec 08             	sub    $0x8,%esp
f0100897:	6a 10                	push   $0x10
f0100899:	68 ad 60 10 f0       	push   $0xf01060ad
f010089e:	e8 aa 4b 00 00       	call   f010544d <cprintf>
			return 0;
f01008a3:	83 c4 10             	add    $0x10,%esp

	while (1) {
		buf = readline("K> ");
f01008a6:	83 ec 0c             	sub    $0xc,%esp
f01008a9:	68 a4 60 10 f0       	push   $0xf01060a4
f01008ae:	e8 c8 4b 00 00       	call   f010547b <readline>
f01008b3:	89 c3                	mov    %eax,%ebx
		if (buf != NULL)
f01008b5:	83 c4 10             	add    $0x10,%esp
f01008b8:	85 c0                	test   %eax,%eax
f01008ba:	74 ea                	je     f01008a6 <monitor+0x104>
	argv[argc] = 0;
f01008bc:	c7 45 a8 00 00 00 00 	movl   $0x0,-0x58(%ebp)
	argc = 0;
f01008c3:	be 00 00 00 00       	mov    $0x0,%esi
f01008c8:	e9 76 ff ff ff       	jmp    f0100843 <monitor+0xa1>
			return commands[i].func(argc, argv, tf);
f01008cd:	83 ec 04             	sub    $0x4,%esp
f01008d0:	8d 04 5b             	lea    (%ebx,%ebx,2),%eax
f01008d3:	ff 75 08             	push   0x8(%ebp)
f01008d6:	8d 55 a8             	lea    -0x58(%ebp),%edx
f01008d9:	52                   	push   %edx
f01008da:	56                   	push   %esi
f01008db:	ff 14 85 68 62 10 f0 	call   *-0xfef9d98(,%eax,4)
			if (runcmd(buf, tf) < 0)
f01008e2:	83 c4 10             	add    $0x10,%esp
f01008e5:	85 c0                	test   %eax,%eax
f01008e7:	79 bd                	jns    f01008a6 <monitor+0x104>
				break;
	}
}
f01008e9:	8d 65 f4             	lea    -0xc(%ebp),%esp
f01008ec:	5b                   	pop    %ebx
f01008ed:	5e                   	pop    %esi
f01008ee:	5f                   	pop    %edi
f01008ef:	5d                   	pop    %ebp
f01008f0:	c3                   	ret

f01008f1 <debuginfo_eip>:

// Fill in 'info' for 'addr'.  Returns 0 if a function was found,
// negative if not; 'info' always holds printable values.
int
debuginfo_eip(uintptr_t addr, struct Eipdebuginfo *info)
{
f01008f1:	55                   	push   %ebp
f01008f2:	89 e5                	mov    %esp,%ebp
f01008f4:	57                   	push   %edi
f01008f5:	56                   	push   %esi
f01008f6:	53                   	push   %ebx
f01008f7:	83 ec 0c             	sub    $0xc,%esp
f01008fa:	8b 7d 08             	mov    0x8(%ebp),%edi
	int i;

	info->eip_file = "<unknown>";
f01008fd:	8b 45 0c             	mov    0xc(%ebp),%eax
f0100900:	c7 00 84 62 10 f0    	movl   $0xf0106284,(%eax)
	info->eip_line = 0;
f0100906:	c7 40 04 00 00 00 00 	movl   $0x0,0x4(%eax)
	info->eip_fn_name = "<unknown>";
f010090d:	c7 40 08 84 62 10 f0 	movl   $0xf0106284,0x8(%eax)
	info->eip_fn_namelen = 9;
f0100914:	c7 40 0c 09 00 00 00 	movl   $0x9,0xc(%eax)
	info->eip_fn_addr = addr;
f010091b:	89 78 10             	mov    %edi,0x10(%eax)
	info->eip_fn_narg = 0;
f010091e:	c7 40 14 00 00 00 00 	movl   $0x0,0x14(%eax)

	// Only the kernel has tables.
	if (addr < ULIM || !kdebug_funcs || !kdebug_lines)
f0100925:	b8 70 7c 10 f0       	mov    $0xf0107c70,%eax
f010092a:	85 c0                	test   %eax,%eax
f010092c:	0f 94 c0             	sete   %al
f010092f:	ba 54 81 10 f0       	mov    $0xf0108154,%edx
f0100934:	85 d2                	test   %edx,%edx
f0100936:	0f 94 c2             	sete   %dl
f0100939:	08 d0                	or     %dl,%al
f010093b:	0f 85 e3 00 00 00    	jne    f0100a24 <debuginfo_eip+0x133>
f0100941:	81 ff ff ff 7f ef    	cmp    $0xef7fffff,%edi
f0100947:	0f 86 d7 00 00 00    	jbe    f0100a24 <debuginfo_eip+0x133>
	while (lo <= hi) {
f010094d:	8b 15 5c 0c 11 f0    	mov    0xf0110c5c,%edx
f0100953:	83 ea 01             	sub    $0x1,%edx
f0100956:	78 58                	js     f01009b0 <debuginfo_eip+0xbf>
	int lo = 0, hi = (int) n - 1, found = -1;
f0100958:	be ff ff ff ff       	mov    $0xffffffff,%esi
f010095d:	b9 00 00 00 00       	mov    $0x0,%ecx
f0100962:	eb 07                	jmp    f010096b <debuginfo_eip+0x7a>
			hi = mid - 1;
f0100964:	8d 53 ff             	lea    -0x1(%ebx),%edx
	while (lo <= hi) {
f0100967:	39 d1                	cmp    %edx,%ecx
f0100969:	7f 23                	jg     f010098e <debuginfo_eip+0x9d>
		int mid = (lo + hi) / 2;
f010096b:	8d 1c 11             	lea    (%ecx,%edx,1),%ebx
f010096e:	89 d8                	mov    %ebx,%eax
f0100970:	c1 e8 1f             	shr    $0x1f,%eax
f0100973:	01 d8                	add    %ebx,%eax
f0100975:	89 c3                	mov    %eax,%ebx
f0100977:	d1 fb                	sar    %ebx
		uintptr_t a = *(const uintptr_t *)
f0100979:	83 e0 fe             	and    $0xfffffffe,%eax
f010097c:	01 d8                	add    %ebx,%eax
		if (a <= addr) {
f010097e:	3b 3c 85 54 81 10 f0 	cmp    -0xfef7eac(,%eax,4),%edi
f0100985:	72 dd                	jb     f0100964 <debuginfo_eip+0x73>
			lo = mid + 1;
f0100987:	8d 4b 01             	lea    0x1(%ebx),%ecx
			found = mid;
f010098a:	89 de                	mov    %ebx,%esi
f010098c:	eb d9                	jmp    f0100967 <debuginfo_eip+0x76>
		return -1;

	i = table_search(kdebug_lines, kdebug_nlines,
			 sizeof(kdebug_lines[0]), addr);
	if (i >= 0) {
f010098e:	85 f6                	test   %esi,%esi
f0100990:	78 1e                	js     f01009b0 <debuginfo_eip+0xbf>
		info->eip_file = kdebug_lines[i].file;
f0100992:	8d 04 36             	lea    (%esi,%esi,1),%eax
f0100995:	8d 14 30             	lea    (%eax,%esi,1),%edx
f0100998:	8b 14 95 5c 81 10 f0 	mov    -0xfef7ea4(,%edx,4),%edx
f010099f:	8b 4d 0c             	mov    0xc(%ebp),%ecx
f01009a2:	89 11                	mov    %edx,(%ecx)
		info->eip_line = kdebug_lines[i].line;
f01009a4:	01 f0                	add    %esi,%eax
f01009a6:	8b 04 85 58 81 10 f0 	mov    -0xfef7ea8(,%eax,4),%eax
f01009ad:	89 41 04             	mov    %eax,0x4(%ecx)
	while (lo <= hi) {
f01009b0:	8b 0d 50 81 10 f0    	mov    0xf0108150,%ecx
f01009b6:	83 e9 01             	sub    $0x1,%ecx
f01009b9:	78 70                	js     f0100a2b <debuginfo_eip+0x13a>
	int lo = 0, hi = (int) n - 1, found = -1;
f01009bb:	bb ff ff ff ff       	mov    $0xffffffff,%ebx
f01009c0:	be 00 00 00 00       	mov    $0x0,%esi
f01009c5:	eb 07                	jmp    f01009ce <debuginfo_eip+0xdd>
			hi = mid - 1;
f01009c7:	8d 48 ff             	lea    -0x1(%eax),%ecx
	while (lo <= hi) {
f01009ca:	39 ce                	cmp    %ecx,%esi
f01009cc:	7f 1c                	jg     f01009ea <debuginfo_eip+0xf9>
		int mid = (lo + hi) / 2;
f01009ce:	8d 14 0e             	lea    (%esi,%ecx,1),%edx
f01009d1:	89 d0                	mov    %edx,%eax
f01009d3:	c1 e8 1f             	shr    $0x1f,%eax
f01009d6:	01 d0                	add    %edx,%eax
f01009d8:	d1 f8                	sar    %eax
		if (a <= addr) {
f01009da:	3b 3c c5 70 7c 10 f0 	cmp    -0xfef8390(,%eax,8),%edi
f01009e1:	72 e4                	jb     f01009c7 <debuginfo_eip+0xd6>
			lo = mid + 1;
f01009e3:	8d 70 01             	lea    0x1(%eax),%esi
			found = mid;
f01009e6:	89 c3                	mov    %eax,%ebx
f01009e8:	eb e0                	jmp    f01009ca <debuginfo_eip+0xd9>
	}

	i = table_search(kdebug_funcs, kdebug_nfuncs,
			 sizeof(kdebug_funcs[0]), addr);
	if (i < 0)
f01009ea:	85 db                	test   %ebx,%ebx
f01009ec:	78 44                	js     f0100a32 <debuginfo_eip+0x141>
		return -1;
	info->eip_fn_name = kdebug_funcs[i].name;
f01009ee:	8b 04 dd 74 7c 10 f0 	mov    -0xfef838c(,%ebx,8),%eax
f01009f5:	8b 7d 0c             	mov    0xc(%ebp),%edi
f01009f8:	89 47 08             	mov    %eax,0x8(%edi)
	info->eip_fn_namelen = strlen(kdebug_funcs[i].name);
f01009fb:	83 ec 0c             	sub    $0xc,%esp
f01009fe:	50                   	push   %eax
f01009ff:	e8 65 4b 00 00       	call   f0105569 <strlen>
f0100a04:	8b 7d 0c             	mov    0xc(%ebp),%edi
f0100a07:	89 47 0c             	mov    %eax,0xc(%edi)
	info->eip_fn_addr = kdebug_funcs[i].addr;
f0100a0a:	8b 04 dd 70 7c 10 f0 	mov    -0xfef8390(,%ebx,8),%eax
f0100a11:	89 47 10             	mov    %eax,0x10(%edi)
	return 0;
f0100a14:	83 c4 10             	add    $0x10,%esp
f0100a17:	b8 00 00 00 00       	mov    $0x0,%eax
}
f0100a1c:	8d 65 f4             	lea    -0xc(%ebp),%esp
f0100a1f:	5b                   	pop    %ebx
f0100a20:	5e                   	pop    %esi
f0100a21:	5f                   	pop    %edi
f0100a22:	5d                   	pop    %ebp
f0100a23:	c3                   	ret
		return -1;
f0100a24:	b8 ff ff ff ff       	mov    $0xffffffff,%eax
f0100a29:	eb f1                	jmp    f0100a1c <debuginfo_eip+0x12b>
		return -1;
f0100a2b:	b8 ff ff ff ff       	mov    $0xffffffff,%eax
f0100a30:	eb ea                	jmp    f0100a1c <debuginfo_eip+0x12b>
f0100a32:	b8 ff ff ff ff       	mov    $0xffffffff,%eax
f0100a37:	eb e3                	jmp    f0100a1c <debuginfo_eip+0x12b>

f0100a39 <nvram_read>:
// Detect machine's physical memory setup.
// --------------------------------------------------------------

static int
nvram_read(int r)
{
f0100a39:	55                   	push   %ebp
f0100a3a:	89 e5                	mov    %esp,%ebp
f0100a3c:	56                   	push   %esi
f0100a3d:	53                   	push   %ebx
f0100a3e:	89 c3                	mov    %eax,%ebx
	return mc146818_read(r) | (mc146818_read(r + 1) << 8);
f0100a40:	83 ec 0c             	sub    $0xc,%esp
f0100a43:	50                   	push   %eax
f0100a44:	e8 0a 23 00 00       	call   f0102d53 <mc146818_read>
f0100a49:	89 c6                	mov    %eax,%esi
f0100a4b:	83 c3 01             	add    $0x1,%ebx
f0100a4e:	89 1c 24             	mov    %ebx,(%esp)
f0100a51:	e8 fd 22 00 00       	call   f0102d53 <mc146818_read>
f0100a56:	c1 e0 08             	shl    $0x8,%eax
f0100a59:	09 f0                	or     %esi,%eax
}
f0100a5b:	8d 65 f8             	lea    -0x8(%ebp),%esp
f0100a5e:	5b                   	pop    %ebx
f0100a5f:	5e                   	pop    %esi
f0100a60:	5d                   	pop    %ebp
f0100a61:	c3                   	ret

f0100a62 <boot_alloc>:
// Returns the kernel virtual address of n bytes (rounded up to whole
// pages) just past the kernel's bss; boot_alloc(0) returns the next
// free address without allocating.  The memory is not zeroed.
void *
boot_alloc(uint32_t n)
{
f0100a62:	55                   	push   %ebp
f0100a63:	89 e5                	mov    %esp,%ebp
f0100a65:	53                   	push   %ebx
f0100a66:	83 ec 04             	sub    $0x4,%esp
f0100a69:	8b 5d 08             	mov    0x8(%ebp),%ebx
	static char *nextfree;	// virtual address of next byte of free memory
	char *result;

	// 'end' is a symbol the linker puts at the end of the kernel's
	// bss segment: the first virtual address it did not use.
	if (!nextfree) {
f0100a6c:	83 3d 48 b2 12 f0 00 	cmpl   $0x0,0xf012b248
f0100a73:	74 3e                	je     f0100ab3 <boot_alloc+0x51>
		extern char end[];
		nextfree = ROUNDUP((char *) end, PGSIZE);
	}

	result = nextfree;
f0100a75:	8b 0d 48 b2 12 f0    	mov    0xf012b248,%ecx
	nextfree = ROUNDUP(nextfree + n, PGSIZE);
f0100a7b:	8d 84 19 ff 0f 00 00 	lea    0xfff(%ecx,%ebx,1),%eax
f0100a82:	25 00 f0 ff ff       	and    $0xfffff000,%eax
f0100a87:	a3 48 b2 12 f0       	mov    %eax,0xf012b248

	// Until kern_pgdir is loaded, only the first 4MB are mapped.
	if ((uintptr_t) nextfree > KERNBASE + PTSIZE ||
f0100a8c:	3d 00 00 40 f0       	cmp    $0xf0400000,%eax
f0100a91:	77 43                	ja     f0100ad6 <boot_alloc+0x74>
#define PADDR(kva) _paddr(__FILE__, __LINE__, kva)

static inline physaddr_t
_paddr(const char *file, int line, void *kva)
{
	if ((uint32_t)kva < KERNBASE)
f0100a93:	3d ff ff ff ef       	cmp    $0xefffffff,%eax
f0100a98:	76 2a                	jbe    f0100ac4 <boot_alloc+0x62>
	    PADDR(nextfree) > npages * PGSIZE)
f0100a9a:	8b 15 44 b2 12 f0    	mov    0xf012b244,%edx
f0100aa0:	c1 e2 0c             	shl    $0xc,%edx
		_panic(file, line, "PADDR called with invalid kva %08lx", kva);
	return (physaddr_t)kva - KERNBASE;
f0100aa3:	05 00 00 00 10       	add    $0x10000000,%eax
	if ((uintptr_t) nextfree > KERNBASE + PTSIZE ||
f0100aa8:	39 c2                	cmp    %eax,%edx
f0100aaa:	72 2a                	jb     f0100ad6 <boot_alloc+0x74>
		panic("boot_alloc: out of memory (%u bytes requested)", n);
	return result;
}
f0100aac:	89 c8                	mov    %ecx,%eax
f0100aae:	8b 5d fc             	mov    -0x4(%ebp),%ebx
f0100ab1:	c9                   	leave
f0100ab2:	c3                   	ret
		nextfree = ROUNDUP((char *) end, PGSIZE);
f0100ab3:	b8 c7 d7 16 f0       	mov    $0xf016d7c7,%eax
f0100ab8:	25 00 f0 ff ff       	and    $0xfffff000,%eax
f0100abd:	a3 48 b2 12 f0       	mov    %eax,0xf012b248
f0100ac2:	eb b1                	jmp    f0100a75 <boot_alloc+0x13>
		_panic(file, line, "PADDR called with invalid kva %08lx", kva);
f0100ac4:	50                   	push   %eax
f0100ac5:	68 90 62 10 f0       	push   $0xf0106290
f0100aca:	6a 61                	push   $0x61
f0100acc:	68 41 64 10 f0       	push   $0xf0106441
f0100ad1:	e8 82 50 00 00       	call   f0105b58 <_panic>
		panic("boot_alloc: out of memory (%u bytes requested)", n);
f0100ad6:	53                   	push   %ebx
f0100ad7:	68 b4 62 10 f0       	push   $0xf01062b4
f0100adc:	6a 62                	push   $0x62
f0100ade:	68 41 64 10 f0       	push   $0xf0106441
f0100ae3:	e8 70 50 00 00       	call   f0105b58 <_panic>

f0100ae8 <page_init>:
// Initialize pages[] and the free list.  After this, boot_alloc must not
// be used.  Pages are pushed in increasing order, so the free list starts
// with the highest page.
void
page_init(void)
{
f0100ae8:	55                   	push   %ebp
f0100ae9:	89 e5                	mov    %esp,%ebp
f0100aeb:	57                   	push   %edi
f0100aec:	56                   	push   %esi
f0100aed:	53                   	push   %ebx
f0100aee:	83 ec 18             	sub    $0x18,%esp
	size_t i, kernel_end_pn;

	kernel_end_pn = PADDR(boot_alloc(0)) / PGSIZE;
f0100af1:	6a 00                	push   $0x0
f0100af3:	e8 6a ff ff ff       	call   f0100a62 <boot_alloc>
	if ((uint32_t)kva < KERNBASE)
f0100af8:	83 c4 10             	add    $0x10,%esp
f0100afb:	3d ff ff ff ef       	cmp    $0xefffffff,%eax
f0100b00:	76 2c                	jbe    f0100b2e <page_init+0x46>
	return (physaddr_t)kva - KERNBASE;
f0100b02:	8d b0 00 00 00 10    	lea    0x10000000(%eax),%esi
f0100b08:	c1 ee 0c             	shr    $0xc,%esi
	page_free_list = NULL;
f0100b0b:	c7 05 38 b2 12 f0 00 	movl   $0x0,0xf012b238
f0100b12:	00 00 00 
	for (i = 0; i < npages; i++) {
f0100b15:	83 3d 44 b2 12 f0 00 	cmpl   $0x0,0xf012b244
f0100b1c:	0f 84 9d 00 00 00    	je     f0100bbf <page_init+0xd7>
f0100b22:	b9 00 00 00 00       	mov    $0x0,%ecx
f0100b27:	b8 00 00 00 00       	mov    $0x0,%eax
f0100b2c:	eb 41                	jmp    f0100b6f <page_init+0x87>
		_panic(file, line, "PADDR called with invalid kva %08lx", kva);
f0100b2e:	50                   	push   %eax
f0100b2f:	68 90 62 10 f0       	push   $0xf0106290
f0100b34:	68 d4 00 00 00       	push   $0xd4
f0100b39:	68 41 64 10 f0       	push   $0xf0106441
f0100b3e:	e8 15 50 00 00       	call   f0105b58 <_panic>
		if (page_is_reserved(i, kernel_end_pn)) {
			// Never freed, so the count only has to be nonzero.
			pages[i].pp_ref = 1;
			continue;
		}
		pages[i].pp_link = page_free_list;
f0100b43:	8b 1d 3c b2 12 f0    	mov    0xf012b23c,%ebx
f0100b49:	8b 3d 38 b2 12 f0    	mov    0xf012b238,%edi
f0100b4f:	89 3c 13             	mov    %edi,(%ebx,%edx,1)
		page_free_list = &pages[i];
f0100b52:	03 15 3c b2 12 f0    	add    0xf012b23c,%edx
f0100b58:	89 15 38 b2 12 f0    	mov    %edx,0xf012b238
	for (i = 0; i < npages; i++) {
f0100b5e:	83 c0 01             	add    $0x1,%eax
f0100b61:	81 c1 00 10 00 00    	add    $0x1000,%ecx
f0100b67:	3b 05 44 b2 12 f0    	cmp    0xf012b244,%eax
f0100b6d:	73 50                	jae    f0100bbf <page_init+0xd7>
		pages[i].pp_ref = 0;
f0100b6f:	8d 14 c5 00 00 00 00 	lea    0x0(,%eax,8),%edx
f0100b76:	89 d3                	mov    %edx,%ebx
f0100b78:	03 1d 3c b2 12 f0    	add    0xf012b23c,%ebx
f0100b7e:	66 c7 43 04 00 00    	movw   $0x0,0x4(%ebx)
		pages[i].pp_link = NULL;
f0100b84:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
	if (pa == MPENTRY_PADDR)	// AP bootstrap code (boot_aps)
f0100b8a:	85 c0                	test   %eax,%eax
f0100b8c:	74 22                	je     f0100bb0 <page_init+0xc8>
f0100b8e:	81 f9 00 70 00 00    	cmp    $0x7000,%ecx
f0100b94:	74 1a                	je     f0100bb0 <page_init+0xc8>
	if (pa >= IOPHYSMEM && pa < EXTPHYSMEM)	// I/O hole
f0100b96:	8d 99 00 00 f6 ff    	lea    -0xa0000(%ecx),%ebx
f0100b9c:	81 fb ff ff 05 00    	cmp    $0x5ffff,%ebx
f0100ba2:	76 0c                	jbe    f0100bb0 <page_init+0xc8>
		if (page_is_reserved(i, kernel_end_pn)) {
f0100ba4:	81 f9 ff ff 0f 00    	cmp    $0xfffff,%ecx
f0100baa:	76 97                	jbe    f0100b43 <page_init+0x5b>
f0100bac:	39 f0                	cmp    %esi,%eax
f0100bae:	73 93                	jae    f0100b43 <page_init+0x5b>
			pages[i].pp_ref = 1;
f0100bb0:	8b 1d 3c b2 12 f0    	mov    0xf012b23c,%ebx
f0100bb6:	66 c7 44 13 04 01 00 	movw   $0x1,0x4(%ebx,%edx,1)
			continue;
f0100bbd:	eb 9f                	jmp    f0100b5e <page_init+0x76>
	}
}
f0100bbf:	8d 65 f4             	lea    -0xc(%ebp),%esp
f0100bc2:	5b                   	pop    %ebx
f0100bc3:	5e                   	pop    %esi
f0100bc4:	5f                   	pop    %edi
f0100bc5:	5d                   	pop    %ebp
f0100bc6:	c3                   	ret

f0100bc7 <page_alloc>:
// Allocate a physical page; with ALLOC_ZERO, fill it with zeroes.
// The page's reference count is NOT incremented: the caller does that
// (page_insert, for example).  Returns NULL when out of memory.
struct PageInfo *
page_alloc(int alloc_flags)
{
f0100bc7:	55                   	push   %ebp
f0100bc8:	89 e5                	mov    %esp,%ebp
f0100bca:	53                   	push   %ebx
f0100bcb:	83 ec 04             	sub    $0x4,%esp
	struct PageInfo *pp = page_free_list;
f0100bce:	8b 1d 38 b2 12 f0    	mov    0xf012b238,%ebx

	if (!pp)
f0100bd4:	85 db                	test   %ebx,%ebx
f0100bd6:	74 13                	je     f0100beb <page_alloc+0x24>
		return NULL;
	page_free_list = pp->pp_link;
f0100bd8:	8b 03                	mov    (%ebx),%eax
f0100bda:	a3 38 b2 12 f0       	mov    %eax,0xf012b238
	// A NULL link lets page_free catch double frees.
	pp->pp_link = NULL;
f0100bdf:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
	if (alloc_flags & ALLOC_ZERO)
f0100be5:	f6 45 08 01          	testb  $0x1,0x8(%ebp)
f0100be9:	75 07                	jne    f0100bf2 <page_alloc+0x2b>
		memset(page2kva(pp), 0, PGSIZE);
	return pp;
}
f0100beb:	89 d8                	mov    %ebx,%eax
f0100bed:	8b 5d fc             	mov    -0x4(%ebp),%ebx
f0100bf0:	c9                   	leave
f0100bf1:	c3                   	ret
void	user_mem_assert(struct Env *env, const void *va, size_t len, int perm);

static inline physaddr_t
page2pa(struct PageInfo *pp)
{
	return (pp - pages) << PGSHIFT;
f0100bf2:	89 d8                	mov    %ebx,%eax
f0100bf4:	2b 05 3c b2 12 f0    	sub    0xf012b23c,%eax
f0100bfa:	c1 f8 03             	sar    $0x3,%eax
f0100bfd:	89 c2                	mov    %eax,%edx
f0100bff:	c1 e2 0c             	shl    $0xc,%edx
	if (PGNUM(pa) >= npages)
f0100c02:	25 ff ff 0f 00       	and    $0xfffff,%eax
f0100c07:	3b 05 44 b2 12 f0    	cmp    0xf012b244,%eax
f0100c0d:	73 1b                	jae    f0100c2a <page_alloc+0x63>
		memset(page2kva(pp), 0, PGSIZE);
f0100c0f:	83 ec 04             	sub    $0x4,%esp
f0100c12:	68 00 10 00 00       	push   $0x1000
f0100c17:	6a 00                	push   $0x0
	return (void *)(pa + KERNBASE);
f0100c19:	81 ea 00 00 00 10    	sub    $0x10000000,%edx
f0100c1f:	52                   	push   %edx
f0100c20:	e8 0b 4b 00 00       	call   f0105730 <memset>
f0100c25:	83 c4 10             	add    $0x10,%esp
f0100c28:	eb c1                	jmp    f0100beb <page_alloc+0x24>
		_panic(file, line, "KADDR called with invalid pa %08lx", pa);
f0100c2a:	52                   	push   %edx
f0100c2b:	68 e4 62 10 f0       	push   $0xf01062e4
f0100c30:	6a 55                	push   $0x55
f0100c32:	68 4d 64 10 f0       	push   $0xf010644d
f0100c37:	e8 1c 4f 00 00       	call   f0105b58 <_panic>

f0100c3c <page_free>:

// Return a page to the free list (only when pp_ref reaches 0).
void
page_free(struct PageInfo *pp)
{
f0100c3c:	55                   	push   %ebp
f0100c3d:	89 e5                	mov    %esp,%ebp
f0100c3f:	83 ec 08             	sub    $0x8,%esp
f0100c42:	8b 45 08             	mov    0x8(%ebp),%eax
	if (pp->pp_ref != 0)
f0100c45:	0f b7 50 04          	movzwl 0x4(%eax),%edx
f0100c49:	66 85 d2             	test   %dx,%dx
f0100c4c:	75 14                	jne    f0100c62 <page_free+0x26>
		panic("page_free: page %08x still has %d references",
		      page2pa(pp), pp->pp_ref);
	if (pp->pp_link != NULL)
f0100c4e:	83 38 00             	cmpl   $0x0,(%eax)
f0100c51:	75 37                	jne    f0100c8a <page_free+0x4e>
		panic("page_free: page %08x is already free", page2pa(pp));
	pp->pp_link = page_free_list;
f0100c53:	8b 15 38 b2 12 f0    	mov    0xf012b238,%edx
f0100c59:	89 10                	mov    %edx,(%eax)
	page_free_list = pp;
f0100c5b:	a3 38 b2 12 f0       	mov    %eax,0xf012b238
}
f0100c60:	c9                   	leave
f0100c61:	c3                   	ret
		panic("page_free: page %08x still has %d references",
f0100c62:	83 ec 0c             	sub    $0xc,%esp
f0100c65:	0f b7 d2             	movzwl %dx,%edx
f0100c68:	52                   	push   %edx
	return (pp - pages) << PGSHIFT;
f0100c69:	2b 05 3c b2 12 f0    	sub    0xf012b23c,%eax
f0100c6f:	c1 f8 03             	sar    $0x3,%eax
f0100c72:	c1 e0 0c             	shl    $0xc,%eax
f0100c75:	50                   	push   %eax
f0100c76:	68 08 63 10 f0       	push   $0xf0106308
f0100c7b:	68 fa 00 00 00       	push   $0xfa
f0100c80:	68 41 64 10 f0       	push   $0xf0106441
f0100c85:	e8 ce 4e 00 00       	call   f0105b58 <_panic>
f0100c8a:	2b 05 3c b2 12 f0    	sub    0xf012b23c,%eax
f0100c90:	c1 f8 03             	sar    $0x3,%eax
f0100c93:	c1 e0 0c             	shl    $0xc,%eax
		panic("page_free: page %08x is already free", page2pa(pp));
f0100c96:	50                   	push   %eax
f0100c97:	68 38 63 10 f0       	push   $0xf0106338
f0100c9c:	68 fd 00 00 00       	push   $0xfd
f0100ca1:	68 41 64 10 f0       	push   $0xf0106441
f0100ca6:	e8 ad 4e 00 00       	call   f0105b58 <_panic>

f0100cab <page_decref>:

// Drop a reference to a page, freeing it if there are no more refs.
void
page_decref(struct PageInfo* pp)
{
f0100cab:	55                   	push   %ebp
f0100cac:	89 e5                	mov    %esp,%ebp
f0100cae:	83 ec 08             	sub    $0x8,%esp
f0100cb1:	8b 55 08             	mov    0x8(%ebp),%edx
	if (--pp->pp_ref == 0)
f0100cb4:	0f b7 42 04          	movzwl 0x4(%edx),%eax
f0100cb8:	83 e8 01             	sub    $0x1,%eax
f0100cbb:	66 89 42 04          	mov    %ax,0x4(%edx)
f0100cbf:	66 85 c0             	test   %ax,%ax
f0100cc2:	74 02                	je     f0100cc6 <page_decref+0x1b>
		page_free(pp);
}
f0100cc4:	c9                   	leave
f0100cc5:	c3                   	ret
		page_free(pp);
f0100cc6:	83 ec 0c             	sub    $0xc,%esp
f0100cc9:	52                   	push   %edx
f0100cca:	e8 6d ff ff ff       	call   f0100c3c <page_free>
f0100ccf:	83 c4 10             	add    $0x10,%esp
}
f0100cd2:	eb f0                	jmp    f0100cc4 <page_decref+0x19>

f0100cd4 <pgdir_walk>:
// If the page table is missing and 'create' is set, allocate a zeroed
// one; otherwise return NULL.  The directory entry gets the most
// permissive flags (P, W, U): the page table entries restrict access.
pte_t *
pgdir_walk(pde_t *pgdir, const void *va, int create)
{
f0100cd4:	55                   	push   %ebp
f0100cd5:	89 e5                	mov    %esp,%ebp
f0100cd7:	56                   	push   %esi
f0100cd8:	53                   	push   %ebx
f0100cd9:	8b 75 0c             	mov    0xc(%ebp),%esi
	pde_t *pde = &pgdir[PDX(va)];
f0100cdc:	89 f3                	mov    %esi,%ebx
f0100cde:	c1 eb 16             	shr    $0x16,%ebx
f0100ce1:	c1 e3 02             	shl    $0x2,%ebx
f0100ce4:	03 5d 08             	add    0x8(%ebp),%ebx
	struct PageInfo *pp;

	if (!(*pde & PTE_P)) {
f0100ce7:	f6 03 01             	testb  $0x1,(%ebx)
f0100cea:	75 2d                	jne    f0100d19 <pgdir_walk+0x45>
		if (!create || !(pp = page_alloc(ALLOC_ZERO)))
f0100cec:	83 7d 10 00          	cmpl   $0x0,0x10(%ebp)
f0100cf0:	74 68                	je     f0100d5a <pgdir_walk+0x86>
f0100cf2:	83 ec 0c             	sub    $0xc,%esp
f0100cf5:	6a 01                	push   $0x1
f0100cf7:	e8 cb fe ff ff       	call   f0100bc7 <page_alloc>
f0100cfc:	83 c4 10             	add    $0x10,%esp
f0100cff:	85 c0                	test   %eax,%eax
f0100d01:	74 3b                	je     f0100d3e <pgdir_walk+0x6a>
			return NULL;
		pp->pp_ref++;
f0100d03:	66 83 40 04 01       	addw   $0x1,0x4(%eax)
f0100d08:	2b 05 3c b2 12 f0    	sub    0xf012b23c,%eax
f0100d0e:	c1 f8 03             	sar    $0x3,%eax
f0100d11:	c1 e0 0c             	shl    $0xc,%eax
		*pde = page2pa(pp) | PTE_P | PTE_W | PTE_U;
f0100d14:	83 c8 07             	or     $0x7,%eax
f0100d17:	89 03                	mov    %eax,(%ebx)
	}
	return (pte_t *) KADDR(PTE_ADDR(*pde)) + PTX(va);
f0100d19:	8b 03                	mov    (%ebx),%eax
f0100d1b:	89 c2                	mov    %eax,%edx
f0100d1d:	81 e2 00 f0 ff ff    	and    $0xfffff000,%edx
	if (PGNUM(pa) >= npages)
f0100d23:	c1 e8 0c             	shr    $0xc,%eax
f0100d26:	3b 05 44 b2 12 f0    	cmp    0xf012b244,%eax
f0100d2c:	73 17                	jae    f0100d45 <pgdir_walk+0x71>
f0100d2e:	c1 ee 0a             	shr    $0xa,%esi
f0100d31:	81 e6 fc 0f 00 00    	and    $0xffc,%esi
f0100d37:	8d 84 32 00 00 00 f0 	lea    -0x10000000(%edx,%esi,1),%eax
}
f0100d3e:	8d 65 f8             	lea    -0x8(%ebp),%esp
f0100d41:	5b                   	pop    %ebx
f0100d42:	5e                   	pop    %esi
f0100d43:	5d                   	pop    %ebp
f0100d44:	c3                   	ret
		_panic(file, line, "KADDR called with invalid pa %08lx", pa);
f0100d45:	52                   	push   %edx
f0100d46:	68 e4 62 10 f0       	push   $0xf01062e4
f0100d4b:	68 1a 01 00 00       	push   $0x11a
f0100d50:	68 41 64 10 f0       	push   $0xf0106441
f0100d55:	e8 fe 4d 00 00       	call   f0105b58 <_panic>
			return NULL;
f0100d5a:	b8 00 00 00 00       	mov    $0x0,%eax
f0100d5f:	eb dd                	jmp    f0100d3e <pgdir_walk+0x6a>

f0100d61 <boot_map_region>:
// Map [va, va+size) to [pa, pa+size) with permissions perm|PTE_P.
// size is a multiple of PGSIZE and va, pa are page-aligned.  This only
// sets up static mappings above UTOP: reference counts are untouched.
static void
boot_map_region(pde_t *pgdir, uintptr_t va, size_t size, physaddr_t pa, int perm)
{
f0100d61:	55                   	push   %ebp
f0100d62:	89 e5                	mov    %esp,%ebp
f0100d64:	57                   	push   %edi
f0100d65:	56                   	push   %esi
f0100d66:	53                   	push   %ebx
f0100d67:	83 ec 1c             	sub    $0x1c,%esp
f0100d6a:	89 45 e4             	mov    %eax,-0x1c(%ebp)
	size_t off;
	pte_t *pte;

	for (off = 0; off < size; off += PGSIZE) {
f0100d6d:	85 c9                	test   %ecx,%ecx
f0100d6f:	74 3a                	je     f0100dab <boot_map_region+0x4a>
f0100d71:	89 d7                	mov    %edx,%edi
f0100d73:	89 ce                	mov    %ecx,%esi
f0100d75:	bb 00 00 00 00       	mov    $0x0,%ebx
		pte = pgdir_walk(pgdir, (void *) (va + off), 1);
f0100d7a:	83 ec 04             	sub    $0x4,%esp
f0100d7d:	6a 01                	push   $0x1
f0100d7f:	8d 04 1f             	lea    (%edi,%ebx,1),%eax
f0100d82:	50                   	push   %eax
f0100d83:	ff 75 e4             	push   -0x1c(%ebp)
f0100d86:	e8 49 ff ff ff       	call   f0100cd4 <pgdir_walk>
f0100d8b:	89 c2                	mov    %eax,%edx
		if (!pte)
f0100d8d:	83 c4 10             	add    $0x10,%esp
f0100d90:	85 c0                	test   %eax,%eax
f0100d92:	74 1f                	je     f0100db3 <boot_map_region+0x52>
			panic("boot_map_region: out of memory");
		*pte = (pa + off) | perm | PTE_P;
f0100d94:	89 d8                	mov    %ebx,%eax
f0100d96:	03 45 08             	add    0x8(%ebp),%eax
f0100d99:	0b 45 0c             	or     0xc(%ebp),%eax
f0100d9c:	83 c8 01             	or     $0x1,%eax
f0100d9f:	89 02                	mov    %eax,(%edx)
	for (off = 0; off < size; off += PGSIZE) {
f0100da1:	81 c3 00 10 00 00    	add    $0x1000,%ebx
f0100da7:	39 f3                	cmp    %esi,%ebx
f0100da9:	72 cf                	jb     f0100d7a <boot_map_region+0x19>
	}
}
f0100dab:	8d 65 f4             	lea    -0xc(%ebp),%esp
f0100dae:	5b                   	pop    %ebx
f0100daf:	5e                   	pop    %esi
f0100db0:	5f                   	pop    %edi
f0100db1:	5d                   	pop    %ebp
f0100db2:	c3                   	ret
			panic("boot_map_region: out of memory");
f0100db3:	83 ec 04             	sub    $0x4,%esp
f0100db6:	68 60 63 10 f0       	push   $0xf0106360
f0100dbb:	68 29 01 00 00       	push   $0x129
f0100dc0:	68 41 64 10 f0       	push   $0xf0106441
f0100dc5:	e8 8e 4d 00 00       	call   f0105b58 <_panic>

f0100dca <mem_init>:
{
f0100dca:	55                   	push   %ebp
f0100dcb:	89 e5                	mov    %esp,%ebp
f0100dcd:	57                   	push   %edi
f0100dce:	56                   	push   %esi
f0100dcf:	53                   	push   %ebx
f0100dd0:	83 ec 0c             	sub    $0xc,%esp
	basemem = nvram_read(NVRAM_BASELO);
f0100dd3:	b8 15 00 00 00       	mov    $0x15,%eax
f0100dd8:	e8 5c fc ff ff       	call   f0100a39 <nvram_read>
f0100ddd:	89 c3                	mov    %eax,%ebx
	extmem = nvram_read(NVRAM_EXTLO);
f0100ddf:	b8 17 00 00 00       	mov    $0x17,%eax
f0100de4:	e8 50 fc ff ff       	call   f0100a39 <nvram_read>
f0100de9:	89 c6                	mov    %eax,%esi
	ext16mem = nvram_read(NVRAM_EXT16LO) * 64;
f0100deb:	b8 34 00 00 00       	mov    $0x34,%eax
f0100df0:	e8 44 fc ff ff       	call   f0100a39 <nvram_read>
	if (ext16mem)
f0100df5:	c1 e0 06             	shl    $0x6,%eax
f0100df8:	0f 84 b0 01 00 00    	je     f0100fae <mem_init+0x1e4>
		totalmem = 16 * 1024 + ext16mem;
f0100dfe:	05 00 40 00 00       	add    $0x4000,%eax
	npages = totalmem / (PGSIZE / 1024);
f0100e03:	89 c2                	mov    %eax,%edx
f0100e05:	c1 ea 02             	shr    $0x2,%edx
f0100e08:	3d 04 00 04 00       	cmp    $0x40004,%eax
f0100e0d:	b9 00 00 01 00       	mov    $0x10000,%ecx
f0100e12:	0f 43 d1             	cmovae %ecx,%edx
f0100e15:	89 15 44 b2 12 f0    	mov    %edx,0xf012b244
	cprintf("Physical memory: %uK available, base = %uK, extended = %uK\n",
f0100e1b:	89 c2                	mov    %eax,%edx
f0100e1d:	29 da                	sub    %ebx,%edx
f0100e1f:	52                   	push   %edx
f0100e20:	53                   	push   %ebx
f0100e21:	50                   	push   %eax
f0100e22:	68 80 63 10 f0       	push   $0xf0106380
f0100e27:	e8 21 46 00 00       	call   f010544d <cprintf>
	kern_pgdir = (pde_t *) boot_alloc(PGSIZE);
f0100e2c:	c7 04 24 00 10 00 00 	movl   $0x1000,(%esp)
f0100e33:	e8 2a fc ff ff       	call   f0100a62 <boot_alloc>
f0100e38:	a3 40 b2 12 f0       	mov    %eax,0xf012b240
	memset(kern_pgdir, 0, PGSIZE);
f0100e3d:	83 c4 0c             	add    $0xc,%esp
f0100e40:	68 00 10 00 00       	push   $0x1000
f0100e45:	6a 00                	push   $0x0
f0100e47:	50                   	push   %eax
f0100e48:	e8 e3 48 00 00       	call   f0105730 <memset>
	kern_pgdir[PDX(UVPT)] = PADDR(kern_pgdir) | PTE_U | PTE_P;
f0100e4d:	a1 40 b2 12 f0       	mov    0xf012b240,%eax
	if ((uint32_t)kva < KERNBASE)
f0100e52:	83 c4 10             	add    $0x10,%esp
f0100e55:	3d ff ff ff ef       	cmp    $0xefffffff,%eax
f0100e5a:	0f 86 5e 01 00 00    	jbe    f0100fbe <mem_init+0x1f4>
	return (physaddr_t)kva - KERNBASE;
f0100e60:	8d 90 00 00 00 10    	lea    0x10000000(%eax),%edx
f0100e66:	83 ca 05             	or     $0x5,%edx
f0100e69:	89 90 f4 0e 00 00    	mov    %edx,0xef4(%eax)
	n = npages * sizeof(struct PageInfo);
f0100e6f:	a1 44 b2 12 f0       	mov    0xf012b244,%eax
f0100e74:	8d 1c c5 00 00 00 00 	lea    0x0(,%eax,8),%ebx
	pages = (struct PageInfo *) boot_alloc(n);
f0100e7b:	83 ec 0c             	sub    $0xc,%esp
f0100e7e:	53                   	push   %ebx
f0100e7f:	e8 de fb ff ff       	call   f0100a62 <boot_alloc>
f0100e84:	a3 3c b2 12 f0       	mov    %eax,0xf012b23c
	memset(pages, 0, n);
f0100e89:	83 c4 0c             	add    $0xc,%esp
f0100e8c:	53                   	push   %ebx
f0100e8d:	6a 00                	push   $0x0
f0100e8f:	50                   	push   %eax
f0100e90:	e8 9b 48 00 00       	call   f0105730 <memset>
	envs = (struct Env *) boot_alloc(NENV * sizeof(struct Env));
f0100e95:	c7 04 24 00 f0 01 00 	movl   $0x1f000,(%esp)
f0100e9c:	e8 c1 fb ff ff       	call   f0100a62 <boot_alloc>
f0100ea1:	a3 50 b2 12 f0       	mov    %eax,0xf012b250
	memset(envs, 0, NENV * sizeof(struct Env));
f0100ea6:	83 c4 0c             	add    $0xc,%esp
f0100ea9:	68 00 f0 01 00       	push   $0x1f000
f0100eae:	6a 00                	push   $0x0
f0100eb0:	50                   	push   %eax
f0100eb1:	e8 7a 48 00 00       	call   f0105730 <memset>
	page_init();
f0100eb6:	e8 2d fc ff ff       	call   f0100ae8 <page_init>
	check_page_free_list(1);
f0100ebb:	c7 04 24 01 00 00 00 	movl   $0x1,(%esp)
f0100ec2:	e8 ca 05 00 00       	call   f0101491 <check_page_free_list>
	check_page_alloc();
f0100ec7:	e8 b2 08 00 00       	call   f010177e <check_page_alloc>
	check_page();
f0100ecc:	e8 3a 0e 00 00       	call   f0101d0b <check_page>
	boot_map_region(kern_pgdir, UPAGES,
f0100ed1:	a1 3c b2 12 f0       	mov    0xf012b23c,%eax
	if ((uint32_t)kva < KERNBASE)
f0100ed6:	83 c4 10             	add    $0x10,%esp
f0100ed9:	3d ff ff ff ef       	cmp    $0xefffffff,%eax
f0100ede:	0f 86 ec 00 00 00    	jbe    f0100fd0 <mem_init+0x206>
			ROUNDUP(npages * sizeof(struct PageInfo), PGSIZE),
f0100ee4:	8b 15 44 b2 12 f0    	mov    0xf012b244,%edx
f0100eea:	8d 0c d5 ff 0f 00 00 	lea    0xfff(,%edx,8),%ecx
	boot_map_region(kern_pgdir, UPAGES,
f0100ef1:	81 e1 00 f0 ff ff    	and    $0xfffff000,%ecx
f0100ef7:	83 ec 08             	sub    $0x8,%esp
f0100efa:	6a 04                	push   $0x4
	return (physaddr_t)kva - KERNBASE;
f0100efc:	05 00 00 00 10       	add    $0x10000000,%eax
f0100f01:	50                   	push   %eax
f0100f02:	ba 00 00 00 ef       	mov    $0xef000000,%edx
f0100f07:	a1 40 b2 12 f0       	mov    0xf012b240,%eax
f0100f0c:	e8 50 fe ff ff       	call   f0100d61 <boot_map_region>
	boot_map_region(kern_pgdir, UENVS,
f0100f11:	a1 50 b2 12 f0       	mov    0xf012b250,%eax
	if ((uint32_t)kva < KERNBASE)
f0100f16:	83 c4 10             	add    $0x10,%esp
f0100f19:	3d ff ff ff ef       	cmp    $0xefffffff,%eax
f0100f1e:	0f 86 c1 00 00 00    	jbe    f0100fe5 <mem_init+0x21b>
f0100f24:	83 ec 08             	sub    $0x8,%esp
f0100f27:	6a 04                	push   $0x4
	return (physaddr_t)kva - KERNBASE;
f0100f29:	05 00 00 00 10       	add    $0x10000000,%eax
f0100f2e:	50                   	push   %eax
f0100f2f:	b9 00 f0 01 00       	mov    $0x1f000,%ecx
f0100f34:	ba 00 00 c0 ee       	mov    $0xeec00000,%edx
f0100f39:	a1 40 b2 12 f0       	mov    0xf012b240,%eax
f0100f3e:	e8 1e fe ff ff       	call   f0100d61 <boot_map_region>
	if ((uint32_t)kva < KERNBASE)
f0100f43:	bb 00 c0 12 f0       	mov    $0xf012c000,%ebx
f0100f48:	83 c4 10             	add    $0x10,%esp
f0100f4b:	81 fb ff ff ff ef    	cmp    $0xefffffff,%ebx
f0100f51:	0f 86 a3 00 00 00    	jbe    f0100ffa <mem_init+0x230>
f0100f57:	bf 00 40 16 f0       	mov    $0xf0164000,%edi
f0100f5c:	be 00 80 ff ef       	mov    $0xefff8000,%esi
		boot_map_region(kern_pgdir, kstacktop_i - KSTKSIZE, KSTKSIZE,
f0100f61:	83 ec 08             	sub    $0x8,%esp
f0100f64:	6a 02                	push   $0x2
	return (physaddr_t)kva - KERNBASE;
f0100f66:	8d 83 00 00 00 10    	lea    0x10000000(%ebx),%eax
f0100f6c:	50                   	push   %eax
f0100f6d:	b9 00 80 00 00       	mov    $0x8000,%ecx
f0100f72:	89 f2                	mov    %esi,%edx
f0100f74:	a1 40 b2 12 f0       	mov    0xf012b240,%eax
f0100f79:	e8 e3 fd ff ff       	call   f0100d61 <boot_map_region>
	for (i = 0; i < NCPU; i++) {
f0100f7e:	83 c4 10             	add    $0x10,%esp
f0100f81:	39 fb                	cmp    %edi,%ebx
f0100f83:	74 7c                	je     f0101001 <mem_init+0x237>
		boot_map_region(kern_pgdir, kstacktop_i - KSTKSIZE, KSTKSIZE,
f0100f85:	81 c3 00 80 00 00    	add    $0x8000,%ebx
	if ((uint32_t)kva < KERNBASE)
f0100f8b:	81 ee 00 00 01 00    	sub    $0x10000,%esi
f0100f91:	81 fb ff ff ff ef    	cmp    $0xefffffff,%ebx
f0100f97:	77 c8                	ja     f0100f61 <mem_init+0x197>
		_panic(file, line, "PADDR called with invalid kva %08lx", kva);
f0100f99:	53                   	push   %ebx
f0100f9a:	68 90 62 10 f0       	push   $0xf0106290
f0100f9f:	68 b3 00 00 00       	push   $0xb3
f0100fa4:	68 41 64 10 f0       	push   $0xf0106441
f0100fa9:	e8 aa 4b 00 00       	call   f0105b58 <_panic>
		totalmem = 1 * 1024 + extmem;
f0100fae:	8d 86 00 04 00 00    	lea    0x400(%esi),%eax
f0100fb4:	85 f6                	test   %esi,%esi
f0100fb6:	0f 44 c3             	cmove  %ebx,%eax
f0100fb9:	e9 45 fe ff ff       	jmp    f0100e03 <mem_init+0x39>
f0100fbe:	50                   	push   %eax
f0100fbf:	68 90 62 10 f0       	push   $0xf0106290
f0100fc4:	6a 76                	push   $0x76
f0100fc6:	68 41 64 10 f0       	push   $0xf0106441
f0100fcb:	e8 88 4b 00 00       	call   f0105b58 <_panic>
f0100fd0:	50                   	push   %eax
f0100fd1:	68 90 62 10 f0       	push   $0xf0106290
f0100fd6:	68 8b 00 00 00       	push   $0x8b
f0100fdb:	68 41 64 10 f0       	push   $0xf0106441
f0100fe0:	e8 73 4b 00 00       	call   f0105b58 <_panic>
f0100fe5:	50                   	push   %eax
f0100fe6:	68 90 62 10 f0       	push   $0xf0106290
f0100feb:	68 8e 00 00 00       	push   $0x8e
f0100ff0:	68 41 64 10 f0       	push   $0xf0106441
f0100ff5:	e8 5e 4b 00 00       	call   f0105b58 <_panic>
				PADDR(percpu_kstacks[i]), PTE_W);
f0100ffa:	bb 00 c0 12 f0       	mov    $0xf012c000,%ebx
f0100fff:	eb 98                	jmp    f0100f99 <mem_init+0x1cf>
	boot_map_region(kern_pgdir, KERNBASE, -KERNBASE, 0, PTE_W);
f0101001:	83 ec 08             	sub    $0x8,%esp
f0101004:	6a 02                	push   $0x2
f0101006:	6a 00                	push   $0x0
f0101008:	b9 00 00 00 10       	mov    $0x10000000,%ecx
f010100d:	ba 00 00 00 f0       	mov    $0xf0000000,%edx
f0101012:	a1 40 b2 12 f0       	mov    0xf012b240,%eax
f0101017:	e8 45 fd ff ff       	call   f0100d61 <boot_map_region>
	check_kern_pgdir();
f010101c:	e8 c6 09 00 00       	call   f01019e7 <check_kern_pgdir>
	lcr3(PADDR(kern_pgdir));
f0101021:	a1 40 b2 12 f0       	mov    0xf012b240,%eax
	if ((uint32_t)kva < KERNBASE)
f0101026:	83 c4 10             	add    $0x10,%esp
f0101029:	3d ff ff ff ef       	cmp    $0xefffffff,%eax
f010102e:	76 30                	jbe    f0101060 <mem_init+0x296>
	return (physaddr_t)kva - KERNBASE;
f0101030:	05 00 00 00 10       	add    $0x10000000,%eax
	asm volatile("movl %0,%%cr3" : : "r" (val) : "memory");
f0101035:	0f 22 d8             	mov    %eax,%cr3
	check_page_free_list(0);
f0101038:	83 ec 0c             	sub    $0xc,%esp
f010103b:	6a 00                	push   $0x0
f010103d:	e8 4f 04 00 00       	call   f0101491 <check_page_free_list>
	asm volatile("movl %%cr0,%0" : "=r" (val));
f0101042:	0f 20 c0             	mov    %cr0,%eax
	cr0 &= ~(CR0_TS|CR0_EM);
f0101045:	83 e0 f3             	and    $0xfffffff3,%eax
f0101048:	0d 23 00 05 80       	or     $0x80050023,%eax
	asm volatile("movl %0,%%cr0" : : "r" (val));
f010104d:	0f 22 c0             	mov    %eax,%cr0
	check_page_installed_pgdir();
f0101050:	e8 e1 19 00 00       	call   f0102a36 <check_page_installed_pgdir>
}
f0101055:	83 c4 10             	add    $0x10,%esp
f0101058:	8d 65 f4             	lea    -0xc(%ebp),%esp
f010105b:	5b                   	pop    %ebx
f010105c:	5e                   	pop    %esi
f010105d:	5f                   	pop    %edi
f010105e:	5d                   	pop    %ebp
f010105f:	c3                   	ret
		_panic(file, line, "PADDR called with invalid kva %08lx", kva);
f0101060:	50                   	push   %eax
f0101061:	68 90 62 10 f0       	push   $0xf0106290
f0101066:	68 9a 00 00 00       	push   $0x9a
f010106b:	68 41 64 10 f0       	push   $0xf0106441
f0101070:	e8 e3 4a 00 00       	call   f0105b58 <_panic>

f0101075 <page_lookup>:

// Return the page mapped at 'va' (NULL if none).  If pte_store is not
// NULL, store the address of the page table entry there.
struct PageInfo *
page_lookup(pde_t *pgdir, void *va, pte_t **pte_store)
{
f0101075:	55                   	push   %ebp
f0101076:	89 e5                	mov    %esp,%ebp
f0101078:	53                   	push   %ebx
f0101079:	83 ec 08             	sub    $0x8,%esp
f010107c:	8b 5d 10             	mov    0x10(%ebp),%ebx
	pte_t *pte = pgdir_walk(pgdir, va, 0);
f010107f:	6a 00                	push   $0x0
f0101081:	ff 75 0c             	push   0xc(%ebp)
f0101084:	ff 75 08             	push   0x8(%ebp)
f0101087:	e8 48 fc ff ff       	call   f0100cd4 <pgdir_walk>

	if (!pte || !(*pte & PTE_P))
f010108c:	83 c4 10             	add    $0x10,%esp
f010108f:	85 c0                	test   %eax,%eax
f0101091:	74 21                	je     f01010b4 <page_lookup+0x3f>
f0101093:	f6 00 01             	testb  $0x1,(%eax)
f0101096:	74 35                	je     f01010cd <page_lookup+0x58>
		return NULL;
	if (pte_store)
f0101098:	85 db                	test   %ebx,%ebx
f010109a:	74 02                	je     f010109e <page_lookup+0x29>
		*pte_store = pte;
f010109c:	89 03                	mov    %eax,(%ebx)
}

static inline struct PageInfo*
pa2page(physaddr_t pa)
{
	if (PGNUM(pa) >= npages)
f010109e:	8b 00                	mov    (%eax),%eax
f01010a0:	c1 e8 0c             	shr    $0xc,%eax
f01010a3:	3b 05 44 b2 12 f0    	cmp    0xf012b244,%eax
f01010a9:	73 0e                	jae    f01010b9 <page_lookup+0x44>
		panic("pa2page called with invalid pa");
	return &pages[PGNUM(pa)];
f01010ab:	8b 15 3c b2 12 f0    	mov    0xf012b23c,%edx
f01010b1:	8d 04 c2             	lea    (%edx,%eax,8),%eax
	return pa2page(PTE_ADDR(*pte));
}
f01010b4:	8b 5d fc             	mov    -0x4(%ebp),%ebx
f01010b7:	c9                   	leave
f01010b8:	c3                   	ret
		panic("pa2page called with invalid pa");
f01010b9:	83 ec 04             	sub    $0x4,%esp
f01010bc:	68 bc 63 10 f0       	push   $0xf01063bc
f01010c1:	6a 4e                	push   $0x4e
f01010c3:	68 4d 64 10 f0       	push   $0xf010644d
f01010c8:	e8 8b 4a 00 00       	call   f0105b58 <_panic>
		return NULL;
f01010cd:	b8 00 00 00 00       	mov    $0x0,%eax
f01010d2:	eb e0                	jmp    f01010b4 <page_lookup+0x3f>

f01010d4 <tlb_invalidate>:

// Invalidate a TLB entry, but only if the page tables being
// edited are the ones currently in use by the processor.
void
tlb_invalidate(pde_t *pgdir, void *va)
{
f01010d4:	55                   	push   %ebp
f01010d5:	89 e5                	mov    %esp,%ebp
f01010d7:	83 ec 08             	sub    $0x8,%esp
	if (!curenv || curenv->env_pgdir == pgdir)
f01010da:	e8 cb 34 00 00       	call   f01045aa <cpunum>
f01010df:	6b c0 74             	imul   $0x74,%eax,%eax
f01010e2:	83 b8 28 c0 16 f0 00 	cmpl   $0x0,-0xfe93fd8(%eax)
f01010e9:	74 16                	je     f0101101 <tlb_invalidate+0x2d>
f01010eb:	e8 ba 34 00 00       	call   f01045aa <cpunum>
f01010f0:	6b c0 74             	imul   $0x74,%eax,%eax
f01010f3:	8b 80 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%eax
f01010f9:	8b 55 08             	mov    0x8(%ebp),%edx
f01010fc:	39 50 60             	cmp    %edx,0x60(%eax)
f01010ff:	75 06                	jne    f0101107 <tlb_invalidate+0x33>
	asm volatile("invlpg (%0)" : : "r" (addr) : "memory");
f0101101:	8b 45 0c             	mov    0xc(%ebp),%eax
f0101104:	0f 01 38             	invlpg (%eax)
		invlpg(va);
}
f0101107:	c9                   	leave
f0101108:	c3                   	ret

f0101109 <page_remove>:
{
f0101109:	55                   	push   %ebp
f010110a:	89 e5                	mov    %esp,%ebp
f010110c:	56                   	push   %esi
f010110d:	53                   	push   %ebx
f010110e:	83 ec 14             	sub    $0x14,%esp
f0101111:	8b 5d 08             	mov    0x8(%ebp),%ebx
f0101114:	8b 75 0c             	mov    0xc(%ebp),%esi
	struct PageInfo *pp = page_lookup(pgdir, va, &pte);
f0101117:	8d 45 f4             	lea    -0xc(%ebp),%eax
f010111a:	50                   	push   %eax
f010111b:	56                   	push   %esi
f010111c:	53                   	push   %ebx
f010111d:	e8 53 ff ff ff       	call   f0101075 <page_lookup>
	if (!pp)
f0101122:	83 c4 10             	add    $0x10,%esp
f0101125:	85 c0                	test   %eax,%eax
f0101127:	74 1f                	je     f0101148 <page_remove+0x3f>
	*pte = 0;
f0101129:	8b 55 f4             	mov    -0xc(%ebp),%edx
f010112c:	c7 02 00 00 00 00    	movl   $0x0,(%edx)
	page_decref(pp);
f0101132:	83 ec 0c             	sub    $0xc,%esp
f0101135:	50                   	push   %eax
f0101136:	e8 70 fb ff ff       	call   f0100cab <page_decref>
	tlb_invalidate(pgdir, va);
f010113b:	83 c4 08             	add    $0x8,%esp
f010113e:	56                   	push   %esi
f010113f:	53                   	push   %ebx
f0101140:	e8 8f ff ff ff       	call   f01010d4 <tlb_invalidate>
f0101145:	83 c4 10             	add    $0x10,%esp
}
f0101148:	8d 65 f8             	lea    -0x8(%ebp),%esp
f010114b:	5b                   	pop    %ebx
f010114c:	5e                   	pop    %esi
f010114d:	5d                   	pop    %ebp
f010114e:	c3                   	ret

f010114f <page_insert>:
{
f010114f:	55                   	push   %ebp
f0101150:	89 e5                	mov    %esp,%ebp
f0101152:	57                   	push   %edi
f0101153:	56                   	push   %esi
f0101154:	53                   	push   %ebx
f0101155:	83 ec 10             	sub    $0x10,%esp
f0101158:	8b 5d 0c             	mov    0xc(%ebp),%ebx
f010115b:	8b 7d 10             	mov    0x10(%ebp),%edi
	pte_t *pte = pgdir_walk(pgdir, va, 1);
f010115e:	6a 01                	push   $0x1
f0101160:	57                   	push   %edi
f0101161:	ff 75 08             	push   0x8(%ebp)
f0101164:	e8 6b fb ff ff       	call   f0100cd4 <pgdir_walk>
	if (!pte)
f0101169:	83 c4 10             	add    $0x10,%esp
f010116c:	85 c0                	test   %eax,%eax
f010116e:	74 3e                	je     f01011ae <page_insert+0x5f>
f0101170:	89 c6                	mov    %eax,%esi
	pp->pp_ref++;
f0101172:	66 83 43 04 01       	addw   $0x1,0x4(%ebx)
	if (*pte & PTE_P)
f0101177:	f6 00 01             	testb  $0x1,(%eax)
f010117a:	75 21                	jne    f010119d <page_insert+0x4e>
	return (pp - pages) << PGSHIFT;
f010117c:	2b 1d 3c b2 12 f0    	sub    0xf012b23c,%ebx
f0101182:	c1 fb 03             	sar    $0x3,%ebx
f0101185:	c1 e3 0c             	shl    $0xc,%ebx
	*pte = page2pa(pp) | perm | PTE_P;
f0101188:	0b 5d 14             	or     0x14(%ebp),%ebx
f010118b:	83 cb 01             	or     $0x1,%ebx
f010118e:	89 1e                	mov    %ebx,(%esi)
	return 0;
f0101190:	b8 00 00 00 00       	mov    $0x0,%eax
}
f0101195:	8d 65 f4             	lea    -0xc(%ebp),%esp
f0101198:	5b                   	pop    %ebx
f0101199:	5e                   	pop    %esi
f010119a:	5f                   	pop    %edi
f010119b:	5d                   	pop    %ebp
f010119c:	c3                   	ret
		page_remove(pgdir, va);
f010119d:	83 ec 08             	sub    $0x8,%esp
f01011a0:	57                   	push   %edi
f01011a1:	ff 75 08             	push   0x8(%ebp)
f01011a4:	e8 60 ff ff ff       	call   f0101109 <page_remove>
f01011a9:	83 c4 10             	add    $0x10,%esp
f01011ac:	eb ce                	jmp    f010117c <page_insert+0x2d>
		return -E_NO_MEM;
f01011ae:	b8 fc ff ff ff       	mov    $0xfffffffc,%eax
f01011b3:	eb e0                	jmp    f0101195 <page_insert+0x46>

f01011b5 <mmio_map_region>:
// Reserve virtual space in [MMIOBASE, MMIOLIM) and map the device
// memory [pa, pa+size) there, uncached (PCD|PWT) since reads and writes
// have side effects.  Returns the virtual address of pa.
void *
mmio_map_region(physaddr_t pa, size_t size)
{
f01011b5:	55                   	push   %ebp
f01011b6:	89 e5                	mov    %esp,%ebp
f01011b8:	57                   	push   %edi
f01011b9:	56                   	push   %esi
f01011ba:	53                   	push   %ebx
f01011bb:	83 ec 0c             	sub    $0xc,%esp
	// Next free byte of the MMIO region; like boot_alloc's nextfree,
	// mappings are never given back.
	static uintptr_t base = MMIOBASE;
	physaddr_t start = ROUNDDOWN(pa, PGSIZE);
f01011be:	8b 75 08             	mov    0x8(%ebp),%esi
f01011c1:	81 e6 00 f0 ff ff    	and    $0xfffff000,%esi
	size_t len = ROUNDUP(pa + size, PGSIZE) - start;
f01011c7:	8b 45 0c             	mov    0xc(%ebp),%eax
f01011ca:	8b 55 08             	mov    0x8(%ebp),%edx
f01011cd:	8d 9c 02 ff 0f 00 00 	lea    0xfff(%edx,%eax,1),%ebx
f01011d4:	81 e3 00 f0 ff ff    	and    $0xfffff000,%ebx
f01011da:	29 f3                	sub    %esi,%ebx
	uintptr_t va = base;
f01011dc:	8b 3d 00 c3 11 f0    	mov    0xf011c300,%edi

	if (len > MMIOLIM - base)
f01011e2:	b8 00 00 c0 ef       	mov    $0xefc00000,%eax
f01011e7:	29 f8                	sub    %edi,%eax
f01011e9:	39 d8                	cmp    %ebx,%eax
f01011eb:	72 29                	jb     f0101216 <mmio_map_region+0x61>
		panic("mmio_map_region: out of MMIO space mapping %08x", pa);
	boot_map_region(kern_pgdir, va, len, start, PTE_PCD | PTE_PWT | PTE_W);
f01011ed:	83 ec 08             	sub    $0x8,%esp
f01011f0:	6a 1a                	push   $0x1a
f01011f2:	56                   	push   %esi
f01011f3:	89 d9                	mov    %ebx,%ecx
f01011f5:	89 fa                	mov    %edi,%edx
f01011f7:	a1 40 b2 12 f0       	mov    0xf012b240,%eax
f01011fc:	e8 60 fb ff ff       	call   f0100d61 <boot_map_region>
	base += len;
f0101201:	01 1d 00 c3 11 f0    	add    %ebx,0xf011c300
	return (void *) (va + (pa - start));
f0101207:	89 f8                	mov    %edi,%eax
f0101209:	03 45 08             	add    0x8(%ebp),%eax
f010120c:	29 f0                	sub    %esi,%eax
}
f010120e:	8d 65 f4             	lea    -0xc(%ebp),%esp
f0101211:	5b                   	pop    %ebx
f0101212:	5e                   	pop    %esi
f0101213:	5f                   	pop    %edi
f0101214:	5d                   	pop    %ebp
f0101215:	c3                   	ret
		panic("mmio_map_region: out of MMIO space mapping %08x", pa);
f0101216:	52                   	push   %edx
f0101217:	68 dc 63 10 f0       	push   $0xf01063dc
f010121c:	68 76 01 00 00       	push   $0x176
f0101221:	68 41 64 10 f0       	push   $0xf0106441
f0101226:	e8 2d 49 00 00       	call   f0105b58 <_panic>

f010122b <user_mem_check>:
// Every byte must lie below ULIM and on a page mapped with at least
// those permissions.  On failure, returns -E_FAULT and records the first
// bad address in user_mem_check_addr.
int
user_mem_check(struct Env *env, const void *va, size_t len, int perm)
{
f010122b:	55                   	push   %ebp
f010122c:	89 e5                	mov    %esp,%ebp
f010122e:	57                   	push   %edi
f010122f:	56                   	push   %esi
f0101230:	53                   	push   %ebx
f0101231:	83 ec 0c             	sub    $0xc,%esp
	uintptr_t start = (uintptr_t) va;
	uintptr_t end = start + len;
	uintptr_t a;
	pte_t *pte;

	perm |= PTE_P;
f0101234:	8b 75 14             	mov    0x14(%ebp),%esi
f0101237:	83 ce 01             	or     $0x1,%esi
	if (end < start) {		// wrapped around
f010123a:	8b 7d 0c             	mov    0xc(%ebp),%edi
f010123d:	03 7d 10             	add    0x10(%ebp),%edi
f0101240:	72 6a                	jb     f01012ac <user_mem_check+0x81>
		user_mem_check_addr = start;
		return -E_FAULT;
	}
	for (a = ROUNDDOWN(start, PGSIZE); a < end; a += PGSIZE) {
f0101242:	8b 5d 0c             	mov    0xc(%ebp),%ebx
f0101245:	81 e3 00 f0 ff ff    	and    $0xfffff000,%ebx
f010124b:	39 fb                	cmp    %edi,%ebx
f010124d:	73 73                	jae    f01012c2 <user_mem_check+0x97>
		if (a >= ULIM)
f010124f:	81 fb ff ff 7f ef    	cmp    $0xef7fffff,%ebx
f0101255:	77 3a                	ja     f0101291 <user_mem_check+0x66>
			goto bad;
		pte = pgdir_walk(env->env_pgdir, (void *) a, 0);
f0101257:	83 ec 04             	sub    $0x4,%esp
f010125a:	6a 00                	push   $0x0
f010125c:	53                   	push   %ebx
f010125d:	8b 45 08             	mov    0x8(%ebp),%eax
f0101260:	ff 70 60             	push   0x60(%eax)
f0101263:	e8 6c fa ff ff       	call   f0100cd4 <pgdir_walk>
		if (!pte || (*pte & perm) != perm)
f0101268:	83 c4 10             	add    $0x10,%esp
f010126b:	85 c0                	test   %eax,%eax
f010126d:	74 22                	je     f0101291 <user_mem_check+0x66>
f010126f:	89 f2                	mov    %esi,%edx
f0101271:	23 10                	and    (%eax),%edx
f0101273:	39 d6                	cmp    %edx,%esi
f0101275:	75 1a                	jne    f0101291 <user_mem_check+0x66>
			goto bad;
		if (a + PGSIZE < a)	// last page of the address space
f0101277:	81 fb ff ef ff ff    	cmp    $0xffffefff,%ebx
f010127d:	77 4a                	ja     f01012c9 <user_mem_check+0x9e>
	for (a = ROUNDDOWN(start, PGSIZE); a < end; a += PGSIZE) {
f010127f:	81 c3 00 10 00 00    	add    $0x1000,%ebx
f0101285:	39 fb                	cmp    %edi,%ebx
f0101287:	73 32                	jae    f01012bb <user_mem_check+0x90>
		if (a >= ULIM)
f0101289:	81 fb ff ff 7f ef    	cmp    $0xef7fffff,%ebx
f010128f:	76 c6                	jbe    f0101257 <user_mem_check+0x2c>
			break;
	}
	return 0;

bad:
	user_mem_check_addr = a < start ? start : a;
f0101291:	39 5d 0c             	cmp    %ebx,0xc(%ebp)
f0101294:	89 d8                	mov    %ebx,%eax
f0101296:	0f 43 45 0c          	cmovae 0xc(%ebp),%eax
f010129a:	a3 4c b2 12 f0       	mov    %eax,0xf012b24c
	return -E_FAULT;
f010129f:	b8 fa ff ff ff       	mov    $0xfffffffa,%eax
}
f01012a4:	8d 65 f4             	lea    -0xc(%ebp),%esp
f01012a7:	5b                   	pop    %ebx
f01012a8:	5e                   	pop    %esi
f01012a9:	5f                   	pop    %edi
f01012aa:	5d                   	pop    %ebp
f01012ab:	c3                   	ret
		user_mem_check_addr = start;
f01012ac:	8b 45 0c             	mov    0xc(%ebp),%eax
f01012af:	a3 4c b2 12 f0       	mov    %eax,0xf012b24c
		return -E_FAULT;
f01012b4:	b8 fa ff ff ff       	mov    $0xfffffffa,%eax
f01012b9:	eb e9                	jmp    f01012a4 <user_mem_check+0x79>
	return 0;
f01012bb:	b8 00 00 00 00       	mov    $0x0,%eax
f01012c0:	eb e2                	jmp    f01012a4 <user_mem_check+0x79>
f01012c2:	b8 00 00 00 00       	mov    $0x0,%eax
f01012c7:	eb db                	jmp    f01012a4 <user_mem_check+0x79>
f01012c9:	b8 00 00 00 00       	mov    $0x0,%eax
f01012ce:	eb d4                	jmp    f01012a4 <user_mem_check+0x79>

f01012d0 <user_mem_assert>:

// Like user_mem_check, but destroys the environment on failure
// (and then does not return if env is the current environment).
void
user_mem_assert(struct Env *env, const void *va, size_t len, int perm)
{
f01012d0:	55                   	push   %ebp
f01012d1:	89 e5                	mov    %esp,%ebp
f01012d3:	53                   	push   %ebx
f01012d4:	83 ec 04             	sub    $0x4,%esp
f01012d7:	8b 5d 08             	mov    0x8(%ebp),%ebx
	if (user_mem_check(env, va, len, perm | PTE_U) < 0) {
f01012da:	8b 45 14             	mov    0x14(%ebp),%eax
f01012dd:	83 c8 04             	or     $0x4,%eax
f01012e0:	50                   	push   %eax
f01012e1:	ff 75 10             	push   0x10(%ebp)
f01012e4:	ff 75 0c             	push   0xc(%ebp)
f01012e7:	53                   	push   %ebx
f01012e8:	e8 3e ff ff ff       	call   f010122b <user_mem_check>
f01012ed:	83 c4 10             	add    $0x10,%esp
f01012f0:	85 c0                	test   %eax,%eax
f01012f2:	78 05                	js     f01012f9 <user_mem_assert+0x29>
		cprintf("[%08x] user_mem_check assertion failure for "
			"va %08x\n", env->env_id, user_mem_check_addr);
		env_destroy(env);	// may not return
	}
}
f01012f4:	8b 5d fc             	mov    -0x4(%ebp),%ebx
f01012f7:	c9                   	leave
f01012f8:	c3                   	ret
		cprintf("[%08x] user_mem_check assertion failure for "
f01012f9:	83 ec 04             	sub    $0x4,%esp
f01012fc:	ff 35 4c b2 12 f0    	push   0xf012b24c
f0101302:	ff 73 48             	push   0x48(%ebx)
f0101305:	68 0c 64 10 f0       	push   $0xf010640c
f010130a:	e8 3e 41 00 00       	call   f010544d <cprintf>
		env_destroy(env);	// may not return
f010130f:	89 1c 24             	mov    %ebx,(%esp)
f0101312:	e8 f4 20 00 00       	call   f010340b <env_destroy>
f0101317:	83 c4 10             	add    $0x10,%esp
}
f010131a:	eb d8                	jmp    f01012f4 <user_mem_assert+0x24>

f010131c <alloc_three>:

// Allocate three pages, which must be there and be distinct real pages.
static void
alloc_three(struct PageInfo **pp0, struct PageInfo **pp1,
	    struct PageInfo **pp2)
{
f010131c:	55                   	push   %ebp
f010131d:	89 e5                	mov    %esp,%ebp
f010131f:	57                   	push   %edi
f0101320:	56                   	push   %esi
f0101321:	53                   	push   %ebx
f0101322:	83 ec 18             	sub    $0x18,%esp
f0101325:	89 c3                	mov    %eax,%ebx
f0101327:	89 d6                	mov    %edx,%esi
f0101329:	89 cf                	mov    %ecx,%edi
	*pp0 = page_alloc(0);
f010132b:	6a 00                	push   $0x0
f010132d:	e8 95 f8 ff ff       	call   f0100bc7 <page_alloc>
f0101332:	89 03                	mov    %eax,(%ebx)
	*pp1 = page_alloc(0);
f0101334:	c7 04 24 00 00 00 00 	movl   $0x0,(%esp)
f010133b:	e8 87 f8 ff ff       	call   f0100bc7 <page_alloc>
f0101340:	89 06                	mov    %eax,(%esi)
	*pp2 = page_alloc(0);
f0101342:	c7 04 24 00 00 00 00 	movl   $0x0,(%esp)
f0101349:	e8 79 f8 ff ff       	call   f0100bc7 <page_alloc>
f010134e:	89 07                	mov    %eax,(%edi)
	assert(*pp0 && *pp1 && *pp2);
f0101350:	8b 13                	mov    (%ebx),%edx
f0101352:	83 c4 10             	add    $0x10,%esp
f0101355:	85 d2                	test   %edx,%edx
f0101357:	74 51                	je     f01013aa <alloc_three+0x8e>
f0101359:	8b 36                	mov    (%esi),%esi
f010135b:	85 c0                	test   %eax,%eax
f010135d:	74 4b                	je     f01013aa <alloc_three+0x8e>
f010135f:	85 f6                	test   %esi,%esi
f0101361:	74 47                	je     f01013aa <alloc_three+0x8e>
	assert(*pp1 != *pp0);
f0101363:	39 f2                	cmp    %esi,%edx
f0101365:	74 59                	je     f01013c0 <alloc_three+0xa4>
	assert(*pp2 != *pp1 && *pp2 != *pp0);
f0101367:	39 d0                	cmp    %edx,%eax
f0101369:	74 6b                	je     f01013d6 <alloc_three+0xba>
f010136b:	39 f0                	cmp    %esi,%eax
f010136d:	74 67                	je     f01013d6 <alloc_three+0xba>
f010136f:	8b 1d 3c b2 12 f0    	mov    0xf012b23c,%ebx
	assert(page2pa(*pp0) < npages * PGSIZE);
f0101375:	8b 0d 44 b2 12 f0    	mov    0xf012b244,%ecx
f010137b:	c1 e1 0c             	shl    $0xc,%ecx
f010137e:	29 da                	sub    %ebx,%edx
f0101380:	c1 fa 03             	sar    $0x3,%edx
f0101383:	c1 e2 0c             	shl    $0xc,%edx
f0101386:	39 ca                	cmp    %ecx,%edx
f0101388:	73 62                	jae    f01013ec <alloc_three+0xd0>
f010138a:	29 de                	sub    %ebx,%esi
f010138c:	c1 fe 03             	sar    $0x3,%esi
f010138f:	c1 e6 0c             	shl    $0xc,%esi
	assert(page2pa(*pp1) < npages * PGSIZE);
f0101392:	39 ce                	cmp    %ecx,%esi
f0101394:	73 6c                	jae    f0101402 <alloc_three+0xe6>
f0101396:	29 d8                	sub    %ebx,%eax
f0101398:	c1 f8 03             	sar    $0x3,%eax
f010139b:	c1 e0 0c             	shl    $0xc,%eax
	assert(page2pa(*pp2) < npages * PGSIZE);
f010139e:	39 c8                	cmp    %ecx,%eax
f01013a0:	73 76                	jae    f0101418 <alloc_three+0xfc>
}
f01013a2:	8d 65 f4             	lea    -0xc(%ebp),%esp
f01013a5:	5b                   	pop    %ebx
f01013a6:	5e                   	pop    %esi
f01013a7:	5f                   	pop    %edi
f01013a8:	5d                   	pop    %ebp
f01013a9:	c3                   	ret
	assert(*pp0 && *pp1 && *pp2);
f01013aa:	68 5b 64 10 f0       	push   $0xf010645b
f01013af:	68 70 64 10 f0       	push   $0xf0106470
f01013b4:	6a 62                	push   $0x62
f01013b6:	68 85 64 10 f0       	push   $0xf0106485
f01013bb:	e8 98 47 00 00       	call   f0105b58 <_panic>
	assert(*pp1 != *pp0);
f01013c0:	68 97 64 10 f0       	push   $0xf0106497
f01013c5:	68 70 64 10 f0       	push   $0xf0106470
f01013ca:	6a 63                	push   $0x63
f01013cc:	68 85 64 10 f0       	push   $0xf0106485
f01013d1:	e8 82 47 00 00       	call   f0105b58 <_panic>
	assert(*pp2 != *pp1 && *pp2 != *pp0);
f01013d6:	68 a4 64 10 f0       	push   $0xf01064a4
f01013db:	68 70 64 10 f0       	push   $0xf0106470
f01013e0:	6a 64                	push   $0x64
f01013e2:	68 85 64 10 f0       	push   $0xf0106485
f01013e7:	e8 6c 47 00 00       	call   f0105b58 <_panic>
	assert(page2pa(*pp0) < npages * PGSIZE);
f01013ec:	68 bc 66 10 f0       	push   $0xf01066bc
f01013f1:	68 70 64 10 f0       	push   $0xf0106470
f01013f6:	6a 65                	push   $0x65
f01013f8:	68 85 64 10 f0       	push   $0xf0106485
f01013fd:	e8 56 47 00 00       	call   f0105b58 <_panic>
	assert(page2pa(*pp1) < npages * PGSIZE);
f0101402:	68 dc 66 10 f0       	push   $0xf01066dc
f0101407:	68 70 64 10 f0       	push   $0xf0106470
f010140c:	6a 66                	push   $0x66
f010140e:	68 85 64 10 f0       	push   $0xf0106485
f0101413:	e8 40 47 00 00       	call   f0105b58 <_panic>
	assert(page2pa(*pp2) < npages * PGSIZE);
f0101418:	68 fc 66 10 f0       	push   $0xf01066fc
f010141d:	68 70 64 10 f0       	push   $0xf0106470
f0101422:	6a 67                	push   $0x67
f0101424:	68 85 64 10 f0       	push   $0xf0106485
f0101429:	e8 2a 47 00 00       	call   f0105b58 <_panic>

f010142e <check_va2pa>:
static physaddr_t
check_va2pa(pde_t *pgdir, uintptr_t va)
{
	pte_t *pt;

	if (!(pgdir[PDX(va)] & PTE_P))
f010142e:	89 d1                	mov    %edx,%ecx
f0101430:	c1 e9 16             	shr    $0x16,%ecx
f0101433:	8b 04 88             	mov    (%eax,%ecx,4),%eax
f0101436:	a8 01                	test   $0x1,%al
f0101438:	74 51                	je     f010148b <check_va2pa+0x5d>
		return ~0;
	pt = (pte_t *) KADDR(PTE_ADDR(pgdir[PDX(va)]));
f010143a:	89 c1                	mov    %eax,%ecx
f010143c:	81 e1 00 f0 ff ff    	and    $0xfffff000,%ecx
	if (PGNUM(pa) >= npages)
f0101442:	c1 e8 0c             	shr    $0xc,%eax
f0101445:	3b 05 44 b2 12 f0    	cmp    0xf012b244,%eax
f010144b:	73 23                	jae    f0101470 <check_va2pa+0x42>
	if (!(pt[PTX(va)] & PTE_P))
f010144d:	c1 ea 0c             	shr    $0xc,%edx
f0101450:	81 e2 ff 03 00 00    	and    $0x3ff,%edx
f0101456:	8b 94 91 00 00 00 f0 	mov    -0x10000000(%ecx,%edx,4),%edx
		return ~0;
	return PTE_ADDR(pt[PTX(va)]);
f010145d:	89 d0                	mov    %edx,%eax
f010145f:	25 00 f0 ff ff       	and    $0xfffff000,%eax
f0101464:	f6 c2 01             	test   $0x1,%dl
f0101467:	ba ff ff ff ff       	mov    $0xffffffff,%edx
f010146c:	0f 44 c2             	cmove  %edx,%eax
f010146f:	c3                   	ret
{
f0101470:	55                   	push   %ebp
f0101471:	89 e5                	mov    %esp,%ebp
f0101473:	83 ec 08             	sub    $0x8,%esp
		_panic(file, line, "KADDR called with invalid pa %08lx", pa);
f0101476:	51                   	push   %ecx
f0101477:	68 e4 62 10 f0       	push   $0xf01062e4
f010147c:	68 a1 00 00 00       	push   $0xa1
f0101481:	68 85 64 10 f0       	push   $0xf0106485
f0101486:	e8 cd 46 00 00       	call   f0105b58 <_panic>
		return ~0;
f010148b:	b8 ff ff ff ff       	mov    $0xffffffff,%eax
}
f0101490:	c3                   	ret

f0101491 <check_page_free_list>:
{
f0101491:	55                   	push   %ebp
f0101492:	89 e5                	mov    %esp,%ebp
f0101494:	57                   	push   %edi
f0101495:	56                   	push   %esi
f0101496:	53                   	push   %ebx
f0101497:	83 ec 2c             	sub    $0x2c,%esp
	unsigned pdx_limit = only_low_memory ? 1 : NPDENTRIES;
f010149a:	80 7d 08 00          	cmpb   $0x0,0x8(%ebp)
f010149e:	0f 85 b4 02 00 00    	jne    f0101758 <check_page_free_list+0x2c7>
	if (!page_free_list)
f01014a4:	83 3d 38 b2 12 f0 00 	cmpl   $0x0,0xf012b238
f01014ab:	74 0d                	je     f01014ba <check_page_free_list+0x29>
	for (pp = page_free_list; pp; pp = pp->pp_link)
f01014ad:	8b 1d 38 b2 12 f0    	mov    0xf012b238,%ebx
	unsigned pdx_limit = only_low_memory ? 1 : NPDENTRIES;
f01014b3:	be 00 04 00 00       	mov    $0x400,%esi
f01014b8:	eb 6c                	jmp    f0101526 <check_page_free_list+0x95>
		panic("'page_free_list' is a null pointer!");
f01014ba:	83 ec 04             	sub    $0x4,%esp
f01014bd:	68 1c 67 10 f0       	push   $0xf010671c
f01014c2:	6a 1b                	push   $0x1b
f01014c4:	68 85 64 10 f0       	push   $0xf0106485
f01014c9:	e8 8a 46 00 00       	call   f0105b58 <_panic>
				*high_tail = pp;
f01014ce:	89 03                	mov    %eax,(%ebx)
				high_tail = &pp->pp_link;
f01014d0:	89 c3                	mov    %eax,%ebx
		for (pp = page_free_list; pp; pp = pp->pp_link) {
f01014d2:	8b 00                	mov    (%eax),%eax
f01014d4:	85 c0                	test   %eax,%eax
f01014d6:	74 16                	je     f01014ee <check_page_free_list+0x5d>
	return (pp - pages) << PGSHIFT;
f01014d8:	89 c2                	mov    %eax,%edx
f01014da:	2b 15 3c b2 12 f0    	sub    0xf012b23c,%edx
			if (PDX(page2pa(pp)) < pdx_limit) {
f01014e0:	f7 c2 00 e0 7f 00    	test   $0x7fe000,%edx
f01014e6:	75 e6                	jne    f01014ce <check_page_free_list+0x3d>
				*low_tail = pp;
f01014e8:	89 01                	mov    %eax,(%ecx)
				low_tail = &pp->pp_link;
f01014ea:	89 c1                	mov    %eax,%ecx
f01014ec:	eb e4                	jmp    f01014d2 <check_page_free_list+0x41>
		*high_tail = NULL;
f01014ee:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
		*low_tail = high;
f01014f4:	8b 45 e4             	mov    -0x1c(%ebp),%eax
f01014f7:	89 01                	mov    %eax,(%ecx)
		page_free_list = low;
f01014f9:	8b 45 e0             	mov    -0x20(%ebp),%eax
f01014fc:	a3 38 b2 12 f0       	mov    %eax,0xf012b238
	for (pp = page_free_list; pp; pp = pp->pp_link)
f0101501:	89 c3                	mov    %eax,%ebx
f0101503:	85 c0                	test   %eax,%eax
f0101505:	74 60                	je     f0101567 <check_page_free_list+0xd6>
	unsigned pdx_limit = only_low_memory ? 1 : NPDENTRIES;
f0101507:	be 01 00 00 00       	mov    $0x1,%esi
f010150c:	eb 18                	jmp    f0101526 <check_page_free_list+0x95>
		_panic(file, line, "KADDR called with invalid pa %08lx", pa);
f010150e:	50                   	push   %eax
f010150f:	68 e4 62 10 f0       	push   $0xf01062e4
f0101514:	6a 55                	push   $0x55
f0101516:	68 4d 64 10 f0       	push   $0xf010644d
f010151b:	e8 38 46 00 00       	call   f0105b58 <_panic>
	for (pp = page_free_list; pp; pp = pp->pp_link)
f0101520:	8b 1b                	mov    (%ebx),%ebx
f0101522:	85 db                	test   %ebx,%ebx
f0101524:	74 41                	je     f0101567 <check_page_free_list+0xd6>
	return (pp - pages) << PGSHIFT;
f0101526:	89 d8                	mov    %ebx,%eax
f0101528:	2b 05 3c b2 12 f0    	sub    0xf012b23c,%eax
f010152e:	c1 f8 03             	sar    $0x3,%eax
f0101531:	c1 e0 0c             	shl    $0xc,%eax
		if (PDX(page2pa(pp)) < pdx_limit)
f0101534:	89 c2                	mov    %eax,%edx
f0101536:	c1 ea 16             	shr    $0x16,%edx
f0101539:	39 f2                	cmp    %esi,%edx
f010153b:	73 e3                	jae    f0101520 <check_page_free_list+0x8f>
	if (PGNUM(pa) >= npages)
f010153d:	89 c2                	mov    %eax,%edx
f010153f:	c1 ea 0c             	shr    $0xc,%edx
f0101542:	3b 15 44 b2 12 f0    	cmp    0xf012b244,%edx
f0101548:	73 c4                	jae    f010150e <check_page_free_list+0x7d>
			memset(page2kva(pp), 0x97, 128);
f010154a:	83 ec 04             	sub    $0x4,%esp
f010154d:	68 80 00 00 00       	push   $0x80
f0101552:	68 97 00 00 00       	push   $0x97
	return (void *)(pa + KERNBASE);
f0101557:	2d 00 00 00 10       	sub    $0x10000000,%eax
f010155c:	50                   	push   %eax
f010155d:	e8 ce 41 00 00       	call   f0105730 <memset>
f0101562:	83 c4 10             	add    $0x10,%esp
f0101565:	eb b9                	jmp    f0101520 <check_page_free_list+0x8f>
	first_free_page = (char *) boot_alloc(0);
f0101567:	83 ec 0c             	sub    $0xc,%esp
f010156a:	6a 00                	push   $0x0
f010156c:	e8 f1 f4 ff ff       	call   f0100a62 <boot_alloc>
f0101571:	89 45 cc             	mov    %eax,-0x34(%ebp)
	for (pp = page_free_list; pp; pp = pp->pp_link) {
f0101574:	8b 15 38 b2 12 f0    	mov    0xf012b238,%edx
f010157a:	83 c4 10             	add    $0x10,%esp
f010157d:	85 d2                	test   %edx,%edx
f010157f:	0f 84 a7 01 00 00    	je     f010172c <check_page_free_list+0x29b>
	return (pp - pages) << PGSHIFT;
f0101585:	8b 1d 3c b2 12 f0    	mov    0xf012b23c,%ebx
		assert(pp < pages + npages);
f010158b:	a1 44 b2 12 f0       	mov    0xf012b244,%eax
f0101590:	89 45 c8             	mov    %eax,-0x38(%ebp)
f0101593:	8d 3c c3             	lea    (%ebx,%eax,8),%edi
	int nfree_basemem = 0, nfree_extmem = 0;
f0101596:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
f010159d:	be 00 00 00 00       	mov    $0x0,%esi
f01015a2:	89 75 d0             	mov    %esi,-0x30(%ebp)
f01015a5:	e9 ea 00 00 00       	jmp    f0101694 <check_page_free_list+0x203>
		assert(pp >= pages);
f01015aa:	68 c1 64 10 f0       	push   $0xf01064c1
f01015af:	68 70 64 10 f0       	push   $0xf0106470
f01015b4:	6a 38                	push   $0x38
f01015b6:	68 85 64 10 f0       	push   $0xf0106485
f01015bb:	e8 98 45 00 00       	call   f0105b58 <_panic>
		assert(pp < pages + npages);
f01015c0:	68 cd 64 10 f0       	push   $0xf01064cd
f01015c5:	68 70 64 10 f0       	push   $0xf0106470
f01015ca:	6a 39                	push   $0x39
f01015cc:	68 85 64 10 f0       	push   $0xf0106485
f01015d1:	e8 82 45 00 00       	call   f0105b58 <_panic>
		assert(((char *) pp - (char *) pages) % sizeof(*pp) == 0);
f01015d6:	68 40 67 10 f0       	push   $0xf0106740
f01015db:	68 70 64 10 f0       	push   $0xf0106470
f01015e0:	6a 3a                	push   $0x3a
f01015e2:	68 85 64 10 f0       	push   $0xf0106485
f01015e7:	e8 6c 45 00 00       	call   f0105b58 <_panic>
		assert(pa != 0);
f01015ec:	68 e1 64 10 f0       	push   $0xf01064e1
f01015f1:	68 70 64 10 f0       	push   $0xf0106470
f01015f6:	6a 3c                	push   $0x3c
f01015f8:	68 85 64 10 f0       	push   $0xf0106485
f01015fd:	e8 56 45 00 00       	call   f0105b58 <_panic>
		assert(pa != IOPHYSMEM);
f0101602:	68 e9 64 10 f0       	push   $0xf01064e9
f0101607:	68 70 64 10 f0       	push   $0xf0106470
f010160c:	6a 3d                	push   $0x3d
f010160e:	68 85 64 10 f0       	push   $0xf0106485
f0101613:	e8 40 45 00 00       	call   f0105b58 <_panic>
		assert(pa != EXTPHYSMEM - PGSIZE);
f0101618:	68 f9 64 10 f0       	push   $0xf01064f9
f010161d:	68 70 64 10 f0       	push   $0xf0106470
f0101622:	6a 3e                	push   $0x3e
f0101624:	68 85 64 10 f0       	push   $0xf0106485
f0101629:	e8 2a 45 00 00       	call   f0105b58 <_panic>
		assert(pa != EXTPHYSMEM);
f010162e:	68 13 65 10 f0       	push   $0xf0106513
f0101633:	68 70 64 10 f0       	push   $0xf0106470
f0101638:	6a 3f                	push   $0x3f
f010163a:	68 85 64 10 f0       	push   $0xf0106485
f010163f:	e8 14 45 00 00       	call   f0105b58 <_panic>
	if (PGNUM(pa) >= npages)
f0101644:	89 c1                	mov    %eax,%ecx
f0101646:	c1 e9 0c             	shr    $0xc,%ecx
f0101649:	8b 75 c8             	mov    -0x38(%ebp),%esi
f010164c:	39 f1                	cmp    %esi,%ecx
f010164e:	73 12                	jae    f0101662 <check_page_free_list+0x1d1>
	return (void *)(pa + KERNBASE);
f0101650:	2d 00 00 00 10       	sub    $0x10000000,%eax
		assert(pa < EXTPHYSMEM || (char *) page2kva(pp) >= first_free_page);
f0101655:	8b 75 cc             	mov    -0x34(%ebp),%esi
f0101658:	39 f0                	cmp    %esi,%eax
f010165a:	72 18                	jb     f0101674 <check_page_free_list+0x1e3>
			++nfree_extmem;
f010165c:	83 45 d4 01          	addl   $0x1,-0x2c(%ebp)
f0101660:	eb 2c                	jmp    f010168e <check_page_free_list+0x1fd>
		_panic(file, line, "KADDR called with invalid pa %08lx", pa);
f0101662:	50                   	push   %eax
f0101663:	68 e4 62 10 f0       	push   $0xf01062e4
f0101668:	6a 55                	push   $0x55
f010166a:	68 4d 64 10 f0       	push   $0xf010644d
f010166f:	e8 e4 44 00 00       	call   f0105b58 <_panic>
		assert(pa < EXTPHYSMEM || (char *) page2kva(pp) >= first_free_page);
f0101674:	68 74 67 10 f0       	push   $0xf0106774
f0101679:	68 70 64 10 f0       	push   $0xf0106470
f010167e:	6a 40                	push   $0x40
f0101680:	68 85 64 10 f0       	push   $0xf0106485
f0101685:	e8 ce 44 00 00       	call   f0105b58 <_panic>
			++nfree_basemem;
f010168a:	83 45 d0 01          	addl   $0x1,-0x30(%ebp)
	for (pp = page_free_list; pp; pp = pp->pp_link) {
f010168e:	8b 12                	mov    (%edx),%edx
f0101690:	85 d2                	test   %edx,%edx
f0101692:	74 76                	je     f010170a <check_page_free_list+0x279>
	return (pp - pages) << PGSHIFT;
f0101694:	89 d1                	mov    %edx,%ecx
f0101696:	29 d9                	sub    %ebx,%ecx
f0101698:	89 c8                	mov    %ecx,%eax
f010169a:	c1 f8 03             	sar    $0x3,%eax
f010169d:	c1 e0 0c             	shl    $0xc,%eax
		assert(pp >= pages);
f01016a0:	39 da                	cmp    %ebx,%edx
f01016a2:	0f 82 02 ff ff ff    	jb     f01015aa <check_page_free_list+0x119>
		assert(pp < pages + npages);
f01016a8:	39 fa                	cmp    %edi,%edx
f01016aa:	0f 83 10 ff ff ff    	jae    f01015c0 <check_page_free_list+0x12f>
		assert(((char *) pp - (char *) pages) % sizeof(*pp) == 0);
f01016b0:	f6 c1 07             	test   $0x7,%cl
f01016b3:	0f 85 1d ff ff ff    	jne    f01015d6 <check_page_free_list+0x145>
		assert(pa != 0);
f01016b9:	85 c0                	test   %eax,%eax
f01016bb:	0f 84 2b ff ff ff    	je     f01015ec <check_page_free_list+0x15b>
		assert(pa != IOPHYSMEM);
f01016c1:	3d 00 00 0a 00       	cmp    $0xa0000,%eax
f01016c6:	0f 84 36 ff ff ff    	je     f0101602 <check_page_free_list+0x171>
		assert(pa != EXTPHYSMEM - PGSIZE);
f01016cc:	3d 00 f0 0f 00       	cmp    $0xff000,%eax
f01016d1:	0f 84 41 ff ff ff    	je     f0101618 <check_page_free_list+0x187>
		assert(pa != EXTPHYSMEM);
f01016d7:	3d 00 00 10 00       	cmp    $0x100000,%eax
f01016dc:	0f 84 4c ff ff ff    	je     f010162e <check_page_free_list+0x19d>
		assert(pa < EXTPHYSMEM || (char *) page2kva(pp) >= first_free_page);
f01016e2:	3d ff ff 0f 00       	cmp    $0xfffff,%eax
f01016e7:	0f 87 57 ff ff ff    	ja     f0101644 <check_page_free_list+0x1b3>
		assert(pa != MPENTRY_PADDR);
f01016ed:	3d 00 70 00 00       	cmp    $0x7000,%eax
f01016f2:	75 96                	jne    f010168a <check_page_free_list+0x1f9>
f01016f4:	68 24 65 10 f0       	push   $0xf0106524
f01016f9:	68 70 64 10 f0       	push   $0xf0106470
f01016fe:	6a 41                	push   $0x41
f0101700:	68 85 64 10 f0       	push   $0xf0106485
f0101705:	e8 4e 44 00 00       	call   f0105b58 <_panic>
	assert(nfree_basemem > 0);
f010170a:	8b 75 d0             	mov    -0x30(%ebp),%esi
f010170d:	85 f6                	test   %esi,%esi
f010170f:	7e 1b                	jle    f010172c <check_page_free_list+0x29b>
	assert(nfree_extmem > 0);
f0101711:	83 7d d4 00          	cmpl   $0x0,-0x2c(%ebp)
f0101715:	7e 2b                	jle    f0101742 <check_page_free_list+0x2b1>
	cprintf("check_page_free_list() succeeded!\n");
f0101717:	83 ec 0c             	sub    $0xc,%esp
f010171a:	68 b0 67 10 f0       	push   $0xf01067b0
f010171f:	e8 29 3d 00 00       	call   f010544d <cprintf>
}
f0101724:	8d 65 f4             	lea    -0xc(%ebp),%esp
f0101727:	5b                   	pop    %ebx
f0101728:	5e                   	pop    %esi
f0101729:	5f                   	pop    %edi
f010172a:	5d                   	pop    %ebp
f010172b:	c3                   	ret
	assert(nfree_basemem > 0);
f010172c:	68 38 65 10 f0       	push   $0xf0106538
f0101731:	68 70 64 10 f0       	push   $0xf0106470
f0101736:	6a 49                	push   $0x49
f0101738:	68 85 64 10 f0       	push   $0xf0106485
f010173d:	e8 16 44 00 00       	call   f0105b58 <_panic>
	assert(nfree_extmem > 0);
f0101742:	68 4a 65 10 f0       	push   $0xf010654a
f0101747:	68 70 64 10 f0       	push   $0xf0106470
f010174c:	6a 4a                	push   $0x4a
f010174e:	68 85 64 10 f0       	push   $0xf0106485
f0101753:	e8 00 44 00 00       	call   f0105b58 <_panic>
	if (!page_free_list)
f0101758:	a1 38 b2 12 f0       	mov    0xf012b238,%eax
f010175d:	85 c0                	test   %eax,%eax
f010175f:	0f 84 55 fd ff ff    	je     f01014ba <check_page_free_list+0x29>
		struct PageInfo *low = NULL, *high = NULL;
f0101765:	c7 45 e0 00 00 00 00 	movl   $0x0,-0x20(%ebp)
f010176c:	c7 45 e4 00 00 00 00 	movl   $0x0,-0x1c(%ebp)
		struct PageInfo **low_tail = &low, **high_tail = &high;
f0101773:	8d 5d e4             	lea    -0x1c(%ebp),%ebx
f0101776:	8d 4d e0             	lea    -0x20(%ebp),%ecx
f0101779:	e9 5a fd ff ff       	jmp    f01014d8 <check_page_free_list+0x47>

f010177e <check_page_alloc>:
{
f010177e:	55                   	push   %ebp
f010177f:	89 e5                	mov    %esp,%ebp
f0101781:	57                   	push   %edi
f0101782:	56                   	push   %esi
f0101783:	53                   	push   %ebx
f0101784:	83 ec 1c             	sub    $0x1c,%esp
	if (!pages)
f0101787:	83 3d 3c b2 12 f0 00 	cmpl   $0x0,0xf012b23c
f010178e:	0f 84 8d 01 00 00    	je     f0101921 <check_page_alloc+0x1a3>
	for (pp = page_free_list; pp; pp = pp->pp_link)
f0101794:	a1 38 b2 12 f0       	mov    0xf012b238,%eax
f0101799:	85 c0                	test   %eax,%eax
f010179b:	0f 84 94 01 00 00    	je     f0101935 <check_page_alloc+0x1b7>
	int n = 0;
f01017a1:	bb 00 00 00 00       	mov    $0x0,%ebx
		n++;
f01017a6:	83 c3 01             	add    $0x1,%ebx
	for (pp = page_free_list; pp; pp = pp->pp_link)
f01017a9:	8b 00                	mov    (%eax),%eax
f01017ab:	85 c0                	test   %eax,%eax
f01017ad:	75 f7                	jne    f01017a6 <check_page_alloc+0x28>
	alloc_three(&pp0, &pp1, &pp2);
f01017af:	8d 4d dc             	lea    -0x24(%ebp),%ecx
f01017b2:	8d 55 e0             	lea    -0x20(%ebp),%edx
f01017b5:	8d 45 e4             	lea    -0x1c(%ebp),%eax
f01017b8:	e8 5f fb ff ff       	call   f010131c <alloc_three>
	fl = page_free_list;
f01017bd:	8b 35 38 b2 12 f0    	mov    0xf012b238,%esi
	page_free_list = NULL;
f01017c3:	c7 05 38 b2 12 f0 00 	movl   $0x0,0xf012b238
f01017ca:	00 00 00 
	assert(!page_alloc(0));
f01017cd:	83 ec 0c             	sub    $0xc,%esp
f01017d0:	6a 00                	push   $0x0
f01017d2:	e8 f0 f3 ff ff       	call   f0100bc7 <page_alloc>
f01017d7:	83 c4 10             	add    $0x10,%esp
f01017da:	85 c0                	test   %eax,%eax
f01017dc:	0f 85 5d 01 00 00    	jne    f010193f <check_page_alloc+0x1c1>
	page_free(pp0);
f01017e2:	83 ec 0c             	sub    $0xc,%esp
f01017e5:	ff 75 e4             	push   -0x1c(%ebp)
f01017e8:	e8 4f f4 ff ff       	call   f0100c3c <page_free>
	page_free(pp1);
f01017ed:	83 c4 04             	add    $0x4,%esp
f01017f0:	ff 75 e0             	push   -0x20(%ebp)
f01017f3:	e8 44 f4 ff ff       	call   f0100c3c <page_free>
	page_free(pp2);
f01017f8:	83 c4 04             	add    $0x4,%esp
f01017fb:	ff 75 dc             	push   -0x24(%ebp)
f01017fe:	e8 39 f4 ff ff       	call   f0100c3c <page_free>
	alloc_three(&pp0, &pp1, &pp2);
f0101803:	8d 4d dc             	lea    -0x24(%ebp),%ecx
f0101806:	8d 55 e0             	lea    -0x20(%ebp),%edx
f0101809:	8d 45 e4             	lea    -0x1c(%ebp),%eax
f010180c:	e8 0b fb ff ff       	call   f010131c <alloc_three>
	assert(!page_alloc(0));
f0101811:	c7 04 24 00 00 00 00 	movl   $0x0,(%esp)
f0101818:	e8 aa f3 ff ff       	call   f0100bc7 <page_alloc>
f010181d:	83 c4 10             	add    $0x10,%esp
f0101820:	85 c0                	test   %eax,%eax
f0101822:	0f 85 2d 01 00 00    	jne    f0101955 <check_page_alloc+0x1d7>
	memset(page2kva(pp0), 1, PGSIZE);
f0101828:	8b 7d e4             	mov    -0x1c(%ebp),%edi
f010182b:	89 f8                	mov    %edi,%eax
f010182d:	2b 05 3c b2 12 f0    	sub    0xf012b23c,%eax
f0101833:	c1 f8 03             	sar    $0x3,%eax
f0101836:	89 c2                	mov    %eax,%edx
f0101838:	c1 e2 0c             	shl    $0xc,%edx
	if (PGNUM(pa) >= npages)
f010183b:	25 ff ff 0f 00       	and    $0xfffff,%eax
f0101840:	3b 05 44 b2 12 f0    	cmp    0xf012b244,%eax
f0101846:	0f 83 22 01 00 00    	jae    f010196e <check_page_alloc+0x1f0>
f010184c:	83 ec 04             	sub    $0x4,%esp
f010184f:	68 00 10 00 00       	push   $0x1000
f0101854:	6a 01                	push   $0x1
	return (void *)(pa + KERNBASE);
f0101856:	81 ea 00 00 00 10    	sub    $0x10000000,%edx
f010185c:	52                   	push   %edx
f010185d:	e8 ce 3e 00 00       	call   f0105730 <memset>
	page_free(pp0);
f0101862:	89 3c 24             	mov    %edi,(%esp)
f0101865:	e8 d2 f3 ff ff       	call   f0100c3c <page_free>
	pp = page_alloc(ALLOC_ZERO);
f010186a:	c7 04 24 01 00 00 00 	movl   $0x1,(%esp)
f0101871:	e8 51 f3 ff ff       	call   f0100bc7 <page_alloc>
f0101876:	89 c1                	mov    %eax,%ecx
	assert(pp == pp0);
f0101878:	83 c4 10             	add    $0x10,%esp
f010187b:	39 c7                	cmp    %eax,%edi
f010187d:	0f 85 fd 00 00 00    	jne    f0101980 <check_page_alloc+0x202>
	return (pp - pages) << PGSHIFT;
f0101883:	2b 05 3c b2 12 f0    	sub    0xf012b23c,%eax
f0101889:	c1 f8 03             	sar    $0x3,%eax
f010188c:	89 c2                	mov    %eax,%edx
f010188e:	c1 e2 0c             	shl    $0xc,%edx
	if (PGNUM(pa) >= npages)
f0101891:	25 ff ff 0f 00       	and    $0xfffff,%eax
f0101896:	3b 05 44 b2 12 f0    	cmp    0xf012b244,%eax
f010189c:	0f 83 f7 00 00 00    	jae    f0101999 <check_page_alloc+0x21b>
	return (void *)(pa + KERNBASE);
f01018a2:	8d 82 00 00 00 f0    	lea    -0x10000000(%edx),%eax
	for (i = 0; i < PGSIZE; i++)
f01018a8:	81 ea 00 f0 ff 0f    	sub    $0xffff000,%edx
		assert(c[i] == 0);
f01018ae:	80 38 00             	cmpb   $0x0,(%eax)
f01018b1:	0f 85 f4 00 00 00    	jne    f01019ab <check_page_alloc+0x22d>
	for (i = 0; i < PGSIZE; i++)
f01018b7:	83 c0 01             	add    $0x1,%eax
f01018ba:	39 c2                	cmp    %eax,%edx
f01018bc:	75 f0                	jne    f01018ae <check_page_alloc+0x130>
	page_free_list = fl;
f01018be:	89 35 38 b2 12 f0    	mov    %esi,0xf012b238
	page_free(pp0);
f01018c4:	83 ec 0c             	sub    $0xc,%esp
f01018c7:	51                   	push   %ecx
f01018c8:	e8 6f f3 ff ff       	call   f0100c3c <page_free>
	page_free(pp1);
f01018cd:	83 c4 04             	add    $0x4,%esp
f01018d0:	ff 75 e0             	push   -0x20(%ebp)
f01018d3:	e8 64 f3 ff ff       	call   f0100c3c <page_free>
	page_free(pp2);
f01018d8:	83 c4 04             	add    $0x4,%esp
f01018db:	ff 75 dc             	push   -0x24(%ebp)
f01018de:	e8 59 f3 ff ff       	call   f0100c3c <page_free>
	for (pp = page_free_list; pp; pp = pp->pp_link)
f01018e3:	a1 38 b2 12 f0       	mov    0xf012b238,%eax
f01018e8:	83 c4 10             	add    $0x10,%esp
f01018eb:	85 c0                	test   %eax,%eax
f01018ed:	0f 84 d1 00 00 00    	je     f01019c4 <check_page_alloc+0x246>
	int n = 0;
f01018f3:	ba 00 00 00 00       	mov    $0x0,%edx
		n++;
f01018f8:	83 c2 01             	add    $0x1,%edx
	for (pp = page_free_list; pp; pp = pp->pp_link)
f01018fb:	8b 00                	mov    (%eax),%eax
f01018fd:	85 c0                	test   %eax,%eax
f01018ff:	75 f7                	jne    f01018f8 <check_page_alloc+0x17a>
	assert(count_free_pages() == nfree);
f0101901:	39 d3                	cmp    %edx,%ebx
f0101903:	0f 85 c5 00 00 00    	jne    f01019ce <check_page_alloc+0x250>
	cprintf("check_page_alloc() succeeded!\n");
f0101909:	83 ec 0c             	sub    $0xc,%esp
f010190c:	68 d4 67 10 f0       	push   $0xf01067d4
f0101911:	e8 37 3b 00 00       	call   f010544d <cprintf>
}
f0101916:	83 c4 10             	add    $0x10,%esp
f0101919:	8d 65 f4             	lea    -0xc(%ebp),%esp
f010191c:	5b                   	pop    %ebx
f010191d:	5e                   	pop    %esi
f010191e:	5f                   	pop    %edi
f010191f:	5d                   	pop    %ebp
f0101920:	c3                   	ret
		panic("'pages' is a null pointer!");
f0101921:	83 ec 04             	sub    $0x4,%esp
f0101924:	68 5b 65 10 f0       	push   $0xf010655b
f0101929:	6a 74                	push   $0x74
f010192b:	68 85 64 10 f0       	push   $0xf0106485
f0101930:	e8 23 42 00 00       	call   f0105b58 <_panic>
	int n = 0;
f0101935:	bb 00 00 00 00       	mov    $0x0,%ebx
f010193a:	e9 70 fe ff ff       	jmp    f01017af <check_page_alloc+0x31>
	assert(!page_alloc(0));
f010193f:	68 76 65 10 f0       	push   $0xf0106576
f0101944:	68 70 64 10 f0       	push   $0xf0106470
f0101949:	6a 7c                	push   $0x7c
f010194b:	68 85 64 10 f0       	push   $0xf0106485
f0101950:	e8 03 42 00 00       	call   f0105b58 <_panic>
	assert(!page_alloc(0));
f0101955:	68 76 65 10 f0       	push   $0xf0106576
f010195a:	68 70 64 10 f0       	push   $0xf0106470
f010195f:	68 83 00 00 00       	push   $0x83
f0101964:	68 85 64 10 f0       	push   $0xf0106485
f0101969:	e8 ea 41 00 00       	call   f0105b58 <_panic>
		_panic(file, line, "KADDR called with invalid pa %08lx", pa);
f010196e:	52                   	push   %edx
f010196f:	68 e4 62 10 f0       	push   $0xf01062e4
f0101974:	6a 55                	push   $0x55
f0101976:	68 4d 64 10 f0       	push   $0xf010644d
f010197b:	e8 d8 41 00 00       	call   f0105b58 <_panic>
	assert(pp == pp0);
f0101980:	68 85 65 10 f0       	push   $0xf0106585
f0101985:	68 70 64 10 f0       	push   $0xf0106470
f010198a:	68 89 00 00 00       	push   $0x89
f010198f:	68 85 64 10 f0       	push   $0xf0106485
f0101994:	e8 bf 41 00 00       	call   f0105b58 <_panic>
f0101999:	52                   	push   %edx
f010199a:	68 e4 62 10 f0       	push   $0xf01062e4
f010199f:	6a 55                	push   $0x55
f01019a1:	68 4d 64 10 f0       	push   $0xf010644d
f01019a6:	e8 ad 41 00 00       	call   f0105b58 <_panic>
		assert(c[i] == 0);
f01019ab:	68 8f 65 10 f0       	push   $0xf010658f
f01019b0:	68 70 64 10 f0       	push   $0xf0106470
f01019b5:	68 8c 00 00 00       	push   $0x8c
f01019ba:	68 85 64 10 f0       	push   $0xf0106485
f01019bf:	e8 94 41 00 00       	call   f0105b58 <_panic>
	int n = 0;
f01019c4:	ba 00 00 00 00       	mov    $0x0,%edx
f01019c9:	e9 33 ff ff ff       	jmp    f0101901 <check_page_alloc+0x183>
	assert(count_free_pages() == nfree);
f01019ce:	68 99 65 10 f0       	push   $0xf0106599
f01019d3:	68 70 64 10 f0       	push   $0xf0106470
f01019d8:	68 93 00 00 00       	push   $0x93
f01019dd:	68 85 64 10 f0       	push   $0xf0106485
f01019e2:	e8 71 41 00 00       	call   f0105b58 <_panic>

f01019e7 <check_kern_pgdir>:

// Check the mappings mem_init set up in kern_pgdir.
void
check_kern_pgdir(void)
{
f01019e7:	55                   	push   %ebp
f01019e8:	89 e5                	mov    %esp,%ebp
f01019ea:	57                   	push   %edi
f01019eb:	56                   	push   %esi
f01019ec:	53                   	push   %ebx
f01019ed:	83 ec 2c             	sub    $0x2c,%esp
	pde_t *pgdir = kern_pgdir;
f01019f0:	8b 3d 40 b2 12 f0    	mov    0xf012b240,%edi
	uint32_t i, n;
	int c;

	n = ROUNDUP(npages * sizeof(struct PageInfo), PGSIZE);
f01019f6:	a1 44 b2 12 f0       	mov    0xf012b244,%eax
f01019fb:	89 45 dc             	mov    %eax,-0x24(%ebp)
f01019fe:	8d 34 c5 ff 0f 00 00 	lea    0xfff(,%eax,8),%esi
	for (i = 0; i < n; i += PGSIZE)
f0101a05:	81 e6 00 f0 ff ff    	and    $0xfffff000,%esi
f0101a0b:	74 4a                	je     f0101a57 <check_kern_pgdir+0x70>
		assert(check_va2pa(pgdir, UPAGES + i) == PADDR(pages) + i);
f0101a0d:	a1 3c b2 12 f0       	mov    0xf012b23c,%eax
f0101a12:	89 45 e0             	mov    %eax,-0x20(%ebp)
	return (physaddr_t)kva - KERNBASE;
f0101a15:	05 00 00 00 10       	add    $0x10000000,%eax
	for (i = 0; i < n; i += PGSIZE)
f0101a1a:	bb 00 00 00 00       	mov    $0x0,%ebx
f0101a1f:	89 7d e4             	mov    %edi,-0x1c(%ebp)
f0101a22:	89 c7                	mov    %eax,%edi
		assert(check_va2pa(pgdir, UPAGES + i) == PADDR(pages) + i);
f0101a24:	8d 93 00 00 00 ef    	lea    -0x11000000(%ebx),%edx
f0101a2a:	8b 45 e4             	mov    -0x1c(%ebp),%eax
f0101a2d:	e8 fc f9 ff ff       	call   f010142e <check_va2pa>
	if ((uint32_t)kva < KERNBASE)
f0101a32:	81 7d e0 ff ff ff ef 	cmpl   $0xefffffff,-0x20(%ebp)
f0101a39:	0f 86 b6 00 00 00    	jbe    f0101af5 <check_kern_pgdir+0x10e>
f0101a3f:	8d 14 1f             	lea    (%edi,%ebx,1),%edx
f0101a42:	39 d0                	cmp    %edx,%eax
f0101a44:	0f 85 c2 00 00 00    	jne    f0101b0c <check_kern_pgdir+0x125>
	for (i = 0; i < n; i += PGSIZE)
f0101a4a:	81 c3 00 10 00 00    	add    $0x1000,%ebx
f0101a50:	39 f3                	cmp    %esi,%ebx
f0101a52:	72 d0                	jb     f0101a24 <check_kern_pgdir+0x3d>
f0101a54:	8b 7d e4             	mov    -0x1c(%ebp),%edi

	n = ROUNDUP(NENV * sizeof(struct Env), PGSIZE);
	for (i = 0; i < n; i += PGSIZE)
		assert(check_va2pa(pgdir, UENVS + i) == PADDR(envs) + i);
f0101a57:	a1 50 b2 12 f0       	mov    0xf012b250,%eax
f0101a5c:	89 45 e0             	mov    %eax,-0x20(%ebp)
f0101a5f:	bb 00 00 c0 ee       	mov    $0xeec00000,%ebx
f0101a64:	8d b0 00 00 40 21    	lea    0x21400000(%eax),%esi
f0101a6a:	89 7d e4             	mov    %edi,-0x1c(%ebp)
f0101a6d:	89 c7                	mov    %eax,%edi
f0101a6f:	89 da                	mov    %ebx,%edx
f0101a71:	8b 45 e4             	mov    -0x1c(%ebp),%eax
f0101a74:	e8 b5 f9 ff ff       	call   f010142e <check_va2pa>
f0101a79:	81 ff ff ff ff ef    	cmp    $0xefffffff,%edi
f0101a7f:	0f 86 a0 00 00 00    	jbe    f0101b25 <check_kern_pgdir+0x13e>
f0101a85:	8d 14 1e             	lea    (%esi,%ebx,1),%edx
f0101a88:	39 d0                	cmp    %edx,%eax
f0101a8a:	0f 85 ac 00 00 00    	jne    f0101b3c <check_kern_pgdir+0x155>
	for (i = 0; i < n; i += PGSIZE)
f0101a90:	81 c3 00 10 00 00    	add    $0x1000,%ebx
f0101a96:	81 fb 00 f0 c1 ee    	cmp    $0xeec1f000,%ebx
f0101a9c:	75 d1                	jne    f0101a6f <check_kern_pgdir+0x88>

	for (i = 0; i < npages * PGSIZE; i += PGSIZE)
f0101a9e:	8b 7d e4             	mov    -0x1c(%ebp),%edi
f0101aa1:	8b 75 dc             	mov    -0x24(%ebp),%esi
f0101aa4:	c1 e6 0c             	shl    $0xc,%esi
f0101aa7:	74 24                	je     f0101acd <check_kern_pgdir+0xe6>
f0101aa9:	bb 00 00 00 00       	mov    $0x0,%ebx
		assert(check_va2pa(pgdir, KERNBASE + i) == i);
f0101aae:	8d 93 00 00 00 f0    	lea    -0x10000000(%ebx),%edx
f0101ab4:	89 f8                	mov    %edi,%eax
f0101ab6:	e8 73 f9 ff ff       	call   f010142e <check_va2pa>
f0101abb:	39 d8                	cmp    %ebx,%eax
f0101abd:	0f 85 92 00 00 00    	jne    f0101b55 <check_kern_pgdir+0x16e>
	for (i = 0; i < npages * PGSIZE; i += PGSIZE)
f0101ac3:	81 c3 00 10 00 00    	add    $0x1000,%ebx
f0101ac9:	39 f3                	cmp    %esi,%ebx
f0101acb:	72 e1                	jb     f0101aae <check_kern_pgdir+0xc7>
f0101acd:	c7 45 e4 00 c0 12 f0 	movl   $0xf012c000,-0x1c(%ebp)
f0101ad4:	c7 45 e0 00 40 13 00 	movl   $0x134000,-0x20(%ebp)
f0101adb:	ba 00 00 ff ff       	mov    $0xffff0000,%edx
f0101ae0:	81 ea 00 c0 12 f0    	sub    $0xf012c000,%edx
f0101ae6:	89 55 d8             	mov    %edx,-0x28(%ebp)
f0101ae9:	c7 45 dc 00 80 ff ef 	movl   $0xefff8000,-0x24(%ebp)
f0101af0:	e9 ea 00 00 00       	jmp    f0101bdf <check_kern_pgdir+0x1f8>
		_panic(file, line, "PADDR called with invalid kva %08lx", kva);
f0101af5:	ff 75 e0             	push   -0x20(%ebp)
f0101af8:	68 90 62 10 f0       	push   $0xf0106290
f0101afd:	68 b1 00 00 00       	push   $0xb1
f0101b02:	68 85 64 10 f0       	push   $0xf0106485
f0101b07:	e8 4c 40 00 00       	call   f0105b58 <_panic>
		assert(check_va2pa(pgdir, UPAGES + i) == PADDR(pages) + i);
f0101b0c:	68 f4 67 10 f0       	push   $0xf01067f4
f0101b11:	68 70 64 10 f0       	push   $0xf0106470
f0101b16:	68 b1 00 00 00       	push   $0xb1
f0101b1b:	68 85 64 10 f0       	push   $0xf0106485
f0101b20:	e8 33 40 00 00       	call   f0105b58 <_panic>
f0101b25:	ff 75 e0             	push   -0x20(%ebp)
f0101b28:	68 90 62 10 f0       	push   $0xf0106290
f0101b2d:	68 b5 00 00 00       	push   $0xb5
f0101b32:	68 85 64 10 f0       	push   $0xf0106485
f0101b37:	e8 1c 40 00 00       	call   f0105b58 <_panic>
		assert(check_va2pa(pgdir, UENVS + i) == PADDR(envs) + i);
f0101b3c:	68 28 68 10 f0       	push   $0xf0106828
f0101b41:	68 70 64 10 f0       	push   $0xf0106470
f0101b46:	68 b5 00 00 00       	push   $0xb5
f0101b4b:	68 85 64 10 f0       	push   $0xf0106485
f0101b50:	e8 03 40 00 00       	call   f0105b58 <_panic>
		assert(check_va2pa(pgdir, KERNBASE + i) == i);
f0101b55:	68 5c 68 10 f0       	push   $0xf010685c
f0101b5a:	68 70 64 10 f0       	push   $0xf0106470
f0101b5f:	68 b8 00 00 00       	push   $0xb8
f0101b64:	68 85 64 10 f0       	push   $0xf0106485
f0101b69:	e8 ea 3f 00 00       	call   f0105b58 <_panic>
f0101b6e:	ff 75 e4             	push   -0x1c(%ebp)
f0101b71:	68 90 62 10 f0       	push   $0xf0106290
f0101b76:	68 bf 00 00 00       	push   $0xbf
f0101b7b:	68 85 64 10 f0       	push   $0xf0106485
f0101b80:	e8 d3 3f 00 00       	call   f0105b58 <_panic>

	// Each CPU's stack is mapped; the guard gap below it is not.
	for (c = 0; c < NCPU; c++) {
		uintptr_t base = KSTACKTOP - (KSTKSIZE + KSTKGAP) * (c + 1);
		for (i = 0; i < KSTKSIZE; i += PGSIZE)
			assert(check_va2pa(pgdir, base + KSTKGAP + i)
f0101b85:	68 84 68 10 f0       	push   $0xf0106884
f0101b8a:	68 70 64 10 f0       	push   $0xf0106470
f0101b8f:	68 be 00 00 00       	push   $0xbe
f0101b94:	68 85 64 10 f0       	push   $0xf0106485
f0101b99:	e8 ba 3f 00 00       	call   f0105b58 <_panic>
			       == PADDR(percpu_kstacks[c]) + i);
		for (i = 0; i < KSTKGAP; i += PGSIZE)
			assert(check_va2pa(pgdir, base + i) == ~0);
f0101b9e:	68 cc 68 10 f0       	push   $0xf01068cc
f0101ba3:	68 70 64 10 f0       	push   $0xf0106470
f0101ba8:	68 c1 00 00 00       	push   $0xc1
f0101bad:	68 85 64 10 f0       	push   $0xf0106485
f0101bb2:	e8 a1 3f 00 00       	call   f0105b58 <_panic>
	for (c = 0; c < NCPU; c++) {
f0101bb7:	81 eb 00 00 01 00    	sub    $0x10000,%ebx
f0101bbd:	89 5d dc             	mov    %ebx,-0x24(%ebp)
f0101bc0:	81 45 e0 00 80 00 00 	addl   $0x8000,-0x20(%ebp)
f0101bc7:	81 45 e4 00 80 00 00 	addl   $0x8000,-0x1c(%ebp)
f0101bce:	8b 45 e4             	mov    -0x1c(%ebp),%eax
f0101bd1:	81 6d d8 00 80 01 00 	subl   $0x18000,-0x28(%ebp)
f0101bd8:	3d 00 c0 16 f0       	cmp    $0xf016c000,%eax
f0101bdd:	74 72                	je     f0101c51 <check_kern_pgdir+0x26a>
		uintptr_t base = KSTACKTOP - (KSTKSIZE + KSTKGAP) * (c + 1);
f0101bdf:	8b 45 dc             	mov    -0x24(%ebp),%eax
f0101be2:	8d b0 00 80 ff ff    	lea    -0x8000(%eax),%esi
	return (physaddr_t)kva - KERNBASE;
f0101be8:	8b 45 e4             	mov    -0x1c(%ebp),%eax
f0101beb:	8d 98 00 00 00 10    	lea    0x10000000(%eax),%ebx
			assert(check_va2pa(pgdir, base + KSTKGAP + i)
f0101bf1:	8b 45 d8             	mov    -0x28(%ebp),%eax
f0101bf4:	2d 00 80 ff 1f       	sub    $0x1fff8000,%eax
f0101bf9:	89 75 d4             	mov    %esi,-0x2c(%ebp)
f0101bfc:	89 c6                	mov    %eax,%esi
f0101bfe:	8d 14 1e             	lea    (%esi,%ebx,1),%edx
f0101c01:	89 f8                	mov    %edi,%eax
f0101c03:	e8 26 f8 ff ff       	call   f010142e <check_va2pa>
	if ((uint32_t)kva < KERNBASE)
f0101c08:	81 7d e4 ff ff ff ef 	cmpl   $0xefffffff,-0x1c(%ebp)
f0101c0f:	0f 86 59 ff ff ff    	jbe    f0101b6e <check_kern_pgdir+0x187>
f0101c15:	39 d8                	cmp    %ebx,%eax
f0101c17:	0f 85 68 ff ff ff    	jne    f0101b85 <check_kern_pgdir+0x19e>
		for (i = 0; i < KSTKSIZE; i += PGSIZE)
f0101c1d:	81 c3 00 10 00 00    	add    $0x1000,%ebx
f0101c23:	8b 45 e0             	mov    -0x20(%ebp),%eax
f0101c26:	39 c3                	cmp    %eax,%ebx
f0101c28:	75 d4                	jne    f0101bfe <check_kern_pgdir+0x217>
f0101c2a:	8b 5d dc             	mov    -0x24(%ebp),%ebx
f0101c2d:	8b 75 d4             	mov    -0x2c(%ebp),%esi
			assert(check_va2pa(pgdir, base + i) == ~0);
f0101c30:	89 f2                	mov    %esi,%edx
f0101c32:	89 f8                	mov    %edi,%eax
f0101c34:	e8 f5 f7 ff ff       	call   f010142e <check_va2pa>
f0101c39:	83 f8 ff             	cmp    $0xffffffff,%eax
f0101c3c:	0f 85 5c ff ff ff    	jne    f0101b9e <check_kern_pgdir+0x1b7>
		for (i = 0; i < KSTKGAP; i += PGSIZE)
f0101c42:	81 c6 00 10 00 00    	add    $0x1000,%esi
f0101c48:	39 f3                	cmp    %esi,%ebx
f0101c4a:	75 e4                	jne    f0101c30 <check_kern_pgdir+0x249>
f0101c4c:	e9 66 ff ff ff       	jmp    f0101bb7 <check_kern_pgdir+0x1d0>
	}

	// Directory entries: exactly the expected ones are present.
	for (i = 0; i < NPDENTRIES; i++) {
f0101c51:	ba 00 00 00 00       	mov    $0x0,%edx
f0101c56:	eb 35                	jmp    f0101c8d <check_kern_pgdir+0x2a6>
		case PDX(UVPT):
		case PDX(KSTACKTOP-1):
		case PDX(UPAGES):
		case PDX(UENVS):
		case PDX(MMIOBASE):
			assert(pgdir[i] & PTE_P);
f0101c58:	f6 04 97 01          	testb  $0x1,(%edi,%edx,4)
f0101c5c:	75 48                	jne    f0101ca6 <check_kern_pgdir+0x2bf>
f0101c5e:	68 b5 65 10 f0       	push   $0xf01065b5
f0101c63:	68 70 64 10 f0       	push   $0xf0106470
f0101c68:	68 cc 00 00 00       	push   $0xcc
f0101c6d:	68 85 64 10 f0       	push   $0xf0106485
f0101c72:	e8 e1 3e 00 00       	call   f0105b58 <_panic>
			break;
		default:
			if (i >= PDX(KERNBASE)) {
				assert(pgdir[i] & PTE_P);
f0101c77:	8b 04 97             	mov    (%edi,%edx,4),%eax
f0101c7a:	a8 01                	test   $0x1,%al
f0101c7c:	74 2d                	je     f0101cab <check_kern_pgdir+0x2c4>
				assert(pgdir[i] & PTE_W);
f0101c7e:	a8 02                	test   $0x2,%al
f0101c80:	74 42                	je     f0101cc4 <check_kern_pgdir+0x2dd>
	for (i = 0; i < NPDENTRIES; i++) {
f0101c82:	83 c2 01             	add    $0x1,%edx
f0101c85:	81 fa 00 04 00 00    	cmp    $0x400,%edx
f0101c8b:	74 69                	je     f0101cf6 <check_kern_pgdir+0x30f>
		switch (i) {
f0101c8d:	8d 82 45 fc ff ff    	lea    -0x3bb(%edx),%eax
f0101c93:	83 f8 04             	cmp    $0x4,%eax
f0101c96:	76 c0                	jbe    f0101c58 <check_kern_pgdir+0x271>
			if (i >= PDX(KERNBASE)) {
f0101c98:	81 fa bf 03 00 00    	cmp    $0x3bf,%edx
f0101c9e:	77 d7                	ja     f0101c77 <check_kern_pgdir+0x290>
			} else
				assert(pgdir[i] == 0);
f0101ca0:	83 3c 97 00          	cmpl   $0x0,(%edi,%edx,4)
f0101ca4:	75 37                	jne    f0101cdd <check_kern_pgdir+0x2f6>
	for (i = 0; i < NPDENTRIES; i++) {
f0101ca6:	83 c2 01             	add    $0x1,%edx
f0101ca9:	eb e2                	jmp    f0101c8d <check_kern_pgdir+0x2a6>
				assert(pgdir[i] & PTE_P);
f0101cab:	68 b5 65 10 f0       	push   $0xf01065b5
f0101cb0:	68 70 64 10 f0       	push   $0xf0106470
f0101cb5:	68 d0 00 00 00       	push   $0xd0
f0101cba:	68 85 64 10 f0       	push   $0xf0106485
f0101cbf:	e8 94 3e 00 00       	call   f0105b58 <_panic>
				assert(pgdir[i] & PTE_W);
f0101cc4:	68 c6 65 10 f0       	push   $0xf01065c6
f0101cc9:	68 70 64 10 f0       	push   $0xf0106470
f0101cce:	68 d1 00 00 00       	push   $0xd1
f0101cd3:	68 85 64 10 f0       	push   $0xf0106485
f0101cd8:	e8 7b 3e 00 00       	call   f0105b58 <_panic>
				assert(pgdir[i] == 0);
f0101cdd:	68 d7 65 10 f0       	push   $0xf01065d7
f0101ce2:	68 70 64 10 f0       	push   $0xf0106470
f0101ce7:	68 d3 00 00 00       	push   $0xd3
f0101cec:	68 85 64 10 f0       	push   $0xf0106485
f0101cf1:	e8 62 3e 00 00       	call   f0105b58 <_panic>
			break;
		}
	}
	cprintf("check_kern_pgdir() succeeded!\n");
f0101cf6:	83 ec 0c             	sub    $0xc,%esp
f0101cf9:	68 f0 68 10 f0       	push   $0xf01068f0
f0101cfe:	e8 4a 37 00 00       	call   f010544d <cprintf>
}
f0101d03:	8d 65 f4             	lea    -0xc(%ebp),%esp
f0101d06:	5b                   	pop    %ebx
f0101d07:	5e                   	pop    %esi
f0101d08:	5f                   	pop    %edi
f0101d09:	5d                   	pop    %ebp
f0101d0a:	c3                   	ret

f0101d0b <check_page>:

// Check page_insert, page_lookup, page_remove, pgdir_walk and
// mmio_map_region on kern_pgdir below UTOP (still unused there).
void
check_page(void)
{
f0101d0b:	55                   	push   %ebp
f0101d0c:	89 e5                	mov    %esp,%ebp
f0101d0e:	57                   	push   %edi
f0101d0f:	56                   	push   %esi
f0101d10:	53                   	push   %ebx
f0101d11:	83 ec 2c             	sub    $0x2c,%esp
	pte_t *ptep, *ptep1;
	void *va;
	uintptr_t mm1, mm2;
	int i;

	alloc_three(&pp0, &pp1, &pp2);
f0101d14:	8d 4d dc             	lea    -0x24(%ebp),%ecx
f0101d17:	8d 55 e0             	lea    -0x20(%ebp),%edx
f0101d1a:	8d 45 e4             	lea    -0x1c(%ebp),%eax
f0101d1d:	e8 fa f5 ff ff       	call   f010131c <alloc_three>

	// With no free pages, nothing needing a page table can succeed.
	fl = page_free_list;
f0101d22:	a1 38 b2 12 f0       	mov    0xf012b238,%eax
f0101d27:	89 45 cc             	mov    %eax,-0x34(%ebp)
	page_free_list = NULL;
f0101d2a:	c7 05 38 b2 12 f0 00 	movl   $0x0,0xf012b238
f0101d31:	00 00 00 
	assert(!page_alloc(0));
f0101d34:	83 ec 0c             	sub    $0xc,%esp
f0101d37:	6a 00                	push   $0x0
f0101d39:	e8 89 ee ff ff       	call   f0100bc7 <page_alloc>
f0101d3e:	83 c4 10             	add    $0x10,%esp
f0101d41:	85 c0                	test   %eax,%eax
f0101d43:	0f 85 40 07 00 00    	jne    f0102489 <check_page+0x77e>
	assert(page_lookup(kern_pgdir, (void *) 0x0, &ptep) == NULL);
f0101d49:	83 ec 04             	sub    $0x4,%esp
f0101d4c:	8d 45 d8             	lea    -0x28(%ebp),%eax
f0101d4f:	50                   	push   %eax
f0101d50:	6a 00                	push   $0x0
f0101d52:	ff 35 40 b2 12 f0    	push   0xf012b240
f0101d58:	e8 18 f3 ff ff       	call   f0101075 <page_lookup>
f0101d5d:	83 c4 10             	add    $0x10,%esp
f0101d60:	85 c0                	test   %eax,%eax
f0101d62:	0f 85 3a 07 00 00    	jne    f01024a2 <check_page+0x797>
	assert(page_insert(kern_pgdir, pp1, 0x0, PTE_W) < 0);
f0101d68:	8b 45 e0             	mov    -0x20(%ebp),%eax
f0101d6b:	89 45 d4             	mov    %eax,-0x2c(%ebp)
f0101d6e:	6a 02                	push   $0x2
f0101d70:	6a 00                	push   $0x0
f0101d72:	50                   	push   %eax
f0101d73:	ff 35 40 b2 12 f0    	push   0xf012b240
f0101d79:	e8 d1 f3 ff ff       	call   f010114f <page_insert>
f0101d7e:	83 c4 10             	add    $0x10,%esp
f0101d81:	85 c0                	test   %eax,%eax
f0101d83:	0f 89 32 07 00 00    	jns    f01024bb <check_page+0x7b0>

	// Free pp0: it becomes the page table for the mapping at 0.
	page_free(pp0);
f0101d89:	8b 5d e4             	mov    -0x1c(%ebp),%ebx
f0101d8c:	83 ec 0c             	sub    $0xc,%esp
f0101d8f:	53                   	push   %ebx
f0101d90:	e8 a7 ee ff ff       	call   f0100c3c <page_free>
	assert(page_insert(kern_pgdir, pp1, 0x0, PTE_W) == 0);
f0101d95:	6a 02                	push   $0x2
f0101d97:	6a 00                	push   $0x0
f0101d99:	ff 75 d4             	push   -0x2c(%ebp)
f0101d9c:	ff 35 40 b2 12 f0    	push   0xf012b240
f0101da2:	e8 a8 f3 ff ff       	call   f010114f <page_insert>
f0101da7:	83 c4 20             	add    $0x20,%esp
f0101daa:	85 c0                	test   %eax,%eax
f0101dac:	0f 85 22 07 00 00    	jne    f01024d4 <check_page+0x7c9>
	assert(PTE_ADDR(kern_pgdir[0]) == page2pa(pp0));
f0101db2:	8b 3d 40 b2 12 f0    	mov    0xf012b240,%edi
	return (pp - pages) << PGSHIFT;
f0101db8:	8b 35 3c b2 12 f0    	mov    0xf012b23c,%esi
f0101dbe:	8b 17                	mov    (%edi),%edx
f0101dc0:	81 e2 00 f0 ff ff    	and    $0xfffff000,%edx
f0101dc6:	89 d8                	mov    %ebx,%eax
f0101dc8:	29 f0                	sub    %esi,%eax
f0101dca:	c1 f8 03             	sar    $0x3,%eax
f0101dcd:	c1 e0 0c             	shl    $0xc,%eax
f0101dd0:	39 c2                	cmp    %eax,%edx
f0101dd2:	0f 85 15 07 00 00    	jne    f01024ed <check_page+0x7e2>
	assert(check_va2pa(kern_pgdir, 0x0) == page2pa(pp1));
f0101dd8:	ba 00 00 00 00       	mov    $0x0,%edx
f0101ddd:	89 f8                	mov    %edi,%eax
f0101ddf:	e8 4a f6 ff ff       	call   f010142e <check_va2pa>
f0101de4:	89 c2                	mov    %eax,%edx
f0101de6:	8b 45 d4             	mov    -0x2c(%ebp),%eax
f0101de9:	29 f0                	sub    %esi,%eax
f0101deb:	c1 f8 03             	sar    $0x3,%eax
f0101dee:	c1 e0 0c             	shl    $0xc,%eax
f0101df1:	39 c2                	cmp    %eax,%edx
f0101df3:	0f 85 0d 07 00 00    	jne    f0102506 <check_page+0x7fb>
	assert(pp1->pp_ref == 1);
f0101df9:	8b 45 d4             	mov    -0x2c(%ebp),%eax
f0101dfc:	66 83 78 04 01       	cmpw   $0x1,0x4(%eax)
f0101e01:	0f 85 18 07 00 00    	jne    f010251f <check_page+0x814>
	assert(pp0->pp_ref == 1);
f0101e07:	66 83 7b 04 01       	cmpw   $0x1,0x4(%ebx)
f0101e0c:	0f 85 26 07 00 00    	jne    f0102538 <check_page+0x82d>

	// A second page in the same table needs no allocation.
	assert(page_insert(kern_pgdir, pp2, (void *) PGSIZE, PTE_W) == 0);
f0101e12:	8b 75 dc             	mov    -0x24(%ebp),%esi
f0101e15:	6a 02                	push   $0x2
f0101e17:	68 00 10 00 00       	push   $0x1000
f0101e1c:	56                   	push   %esi
f0101e1d:	57                   	push   %edi
f0101e1e:	e8 2c f3 ff ff       	call   f010114f <page_insert>
f0101e23:	83 c4 10             	add    $0x10,%esp
f0101e26:	85 c0                	test   %eax,%eax
f0101e28:	0f 85 23 07 00 00    	jne    f0102551 <check_page+0x846>
	assert(check_va2pa(kern_pgdir, PGSIZE) == page2pa(pp2));
f0101e2e:	ba 00 10 00 00       	mov    $0x1000,%edx
f0101e33:	a1 40 b2 12 f0       	mov    0xf012b240,%eax
f0101e38:	e8 f1 f5 ff ff       	call   f010142e <check_va2pa>
f0101e3d:	89 c2                	mov    %eax,%edx
f0101e3f:	89 f0                	mov    %esi,%eax
f0101e41:	2b 05 3c b2 12 f0    	sub    0xf012b23c,%eax
f0101e47:	c1 f8 03             	sar    $0x3,%eax
f0101e4a:	c1 e0 0c             	shl    $0xc,%eax
f0101e4d:	39 c2                	cmp    %eax,%edx
f0101e4f:	0f 85 15 07 00 00    	jne    f010256a <check_page+0x85f>
	assert(pp2->pp_ref == 1);
f0101e55:	66 83 7e 04 01       	cmpw   $0x1,0x4(%esi)
f0101e5a:	0f 85 23 07 00 00    	jne    f0102583 <check_page+0x878>
	assert(!page_alloc(0));
f0101e60:	83 ec 0c             	sub    $0xc,%esp
f0101e63:	6a 00                	push   $0x0
f0101e65:	e8 5d ed ff ff       	call   f0100bc7 <page_alloc>
f0101e6a:	83 c4 10             	add    $0x10,%esp
f0101e6d:	85 c0                	test   %eax,%eax
f0101e6f:	0f 85 27 07 00 00    	jne    f010259c <check_page+0x891>

	// Mapping the same page at the same place again changes nothing.
	assert(page_insert(kern_pgdir, pp2, (void *) PGSIZE, PTE_W) == 0);
f0101e75:	6a 02                	push   $0x2
f0101e77:	68 00 10 00 00       	push   $0x1000
f0101e7c:	56                   	push   %esi
f0101e7d:	ff 35 40 b2 12 f0    	push   0xf012b240
f0101e83:	e8 c7 f2 ff ff       	call   f010114f <page_insert>
f0101e88:	83 c4 10             	add    $0x10,%esp
f0101e8b:	85 c0                	test   %eax,%eax
f0101e8d:	0f 85 22 07 00 00    	jne    f01025b5 <check_page+0x8aa>
	assert(check_va2pa(kern_pgdir, PGSIZE) == page2pa(pp2));
f0101e93:	ba 00 10 00 00       	mov    $0x1000,%edx
f0101e98:	a1 40 b2 12 f0       	mov    0xf012b240,%eax
f0101e9d:	e8 8c f5 ff ff       	call   f010142e <check_va2pa>
f0101ea2:	89 c2                	mov    %eax,%edx
f0101ea4:	89 f0                	mov    %esi,%eax
f0101ea6:	2b 05 3c b2 12 f0    	sub    0xf012b23c,%eax
f0101eac:	c1 f8 03             	sar    $0x3,%eax
f0101eaf:	c1 e0 0c             	shl    $0xc,%eax
f0101eb2:	39 c2                	cmp    %eax,%edx
f0101eb4:	0f 85 14 07 00 00    	jne    f01025ce <check_page+0x8c3>
	assert(pp2->pp_ref == 1);
f0101eba:	66 83 7e 04 01       	cmpw   $0x1,0x4(%esi)
f0101ebf:	0f 85 22 07 00 00    	jne    f01025e7 <check_page+0x8dc>
	assert(!page_alloc(0));
f0101ec5:	83 ec 0c             	sub    $0xc,%esp
f0101ec8:	6a 00                	push   $0x0
f0101eca:	e8 f8 ec ff ff       	call   f0100bc7 <page_alloc>
f0101ecf:	83 c4 10             	add    $0x10,%esp
f0101ed2:	85 c0                	test   %eax,%eax
f0101ed4:	0f 85 26 07 00 00    	jne    f0102600 <check_page+0x8f5>

	// pgdir_walk agrees with the directory.
	ptep = (pte_t *) KADDR(PTE_ADDR(kern_pgdir[PDX(PGSIZE)]));
f0101eda:	8b 0d 40 b2 12 f0    	mov    0xf012b240,%ecx
f0101ee0:	8b 01                	mov    (%ecx),%eax
f0101ee2:	89 c2                	mov    %eax,%edx
f0101ee4:	81 e2 00 f0 ff ff    	and    $0xfffff000,%edx
	if (PGNUM(pa) >= npages)
f0101eea:	c1 e8 0c             	shr    $0xc,%eax
f0101eed:	3b 05 44 b2 12 f0    	cmp    0xf012b244,%eax
f0101ef3:	0f 83 20 07 00 00    	jae    f0102619 <check_page+0x90e>
	return (void *)(pa + KERNBASE);
f0101ef9:	81 ea 00 00 00 10    	sub    $0x10000000,%edx
f0101eff:	89 55 d8             	mov    %edx,-0x28(%ebp)
	assert(pgdir_walk(kern_pgdir, (void *) PGSIZE, 0) == ptep + PTX(PGSIZE));
f0101f02:	83 ec 04             	sub    $0x4,%esp
f0101f05:	6a 00                	push   $0x0
f0101f07:	68 00 10 00 00       	push   $0x1000
f0101f0c:	51                   	push   %ecx
f0101f0d:	e8 c2 ed ff ff       	call   f0100cd4 <pgdir_walk>
f0101f12:	89 c2                	mov    %eax,%edx
f0101f14:	8b 45 d8             	mov    -0x28(%ebp),%eax
f0101f17:	83 c0 04             	add    $0x4,%eax
f0101f1a:	83 c4 10             	add    $0x10,%esp
f0101f1d:	39 d0                	cmp    %edx,%eax
f0101f1f:	0f 85 09 07 00 00    	jne    f010262e <check_page+0x923>

	// Changing permissions in place.
	assert(page_insert(kern_pgdir, pp2, (void *) PGSIZE, PTE_W|PTE_U) == 0);
f0101f25:	6a 06                	push   $0x6
f0101f27:	68 00 10 00 00       	push   $0x1000
f0101f2c:	56                   	push   %esi
f0101f2d:	ff 35 40 b2 12 f0    	push   0xf012b240
f0101f33:	e8 17 f2 ff ff       	call   f010114f <page_insert>
f0101f38:	83 c4 10             	add    $0x10,%esp
f0101f3b:	85 c0                	test   %eax,%eax
f0101f3d:	0f 85 04 07 00 00    	jne    f0102647 <check_page+0x93c>
	assert(check_va2pa(kern_pgdir, PGSIZE) == page2pa(pp2));
f0101f43:	8b 3d 40 b2 12 f0    	mov    0xf012b240,%edi
f0101f49:	ba 00 10 00 00       	mov    $0x1000,%edx
f0101f4e:	89 f8                	mov    %edi,%eax
f0101f50:	e8 d9 f4 ff ff       	call   f010142e <check_va2pa>
f0101f55:	89 c2                	mov    %eax,%edx
	return (pp - pages) << PGSHIFT;
f0101f57:	89 f0                	mov    %esi,%eax
f0101f59:	2b 05 3c b2 12 f0    	sub    0xf012b23c,%eax
f0101f5f:	c1 f8 03             	sar    $0x3,%eax
f0101f62:	c1 e0 0c             	shl    $0xc,%eax
f0101f65:	39 c2                	cmp    %eax,%edx
f0101f67:	0f 85 f3 06 00 00    	jne    f0102660 <check_page+0x955>
	assert(pp2->pp_ref == 1);
f0101f6d:	66 83 7e 04 01       	cmpw   $0x1,0x4(%esi)
f0101f72:	0f 85 01 07 00 00    	jne    f0102679 <check_page+0x96e>
	assert(*pgdir_walk(kern_pgdir, (void *) PGSIZE, 0) & PTE_U);
f0101f78:	83 ec 04             	sub    $0x4,%esp
f0101f7b:	6a 00                	push   $0x0
f0101f7d:	68 00 10 00 00       	push   $0x1000
f0101f82:	57                   	push   %edi
f0101f83:	e8 4c ed ff ff       	call   f0100cd4 <pgdir_walk>
f0101f88:	83 c4 10             	add    $0x10,%esp
f0101f8b:	f6 00 04             	testb  $0x4,(%eax)
f0101f8e:	0f 84 fe 06 00 00    	je     f0102692 <check_page+0x987>
	assert(kern_pgdir[0] & PTE_U);
f0101f94:	a1 40 b2 12 f0       	mov    0xf012b240,%eax
f0101f99:	f6 00 04             	testb  $0x4,(%eax)
f0101f9c:	0f 84 09 07 00 00    	je     f01026ab <check_page+0x9a0>
	assert(page_insert(kern_pgdir, pp2, (void *) PGSIZE, PTE_W) == 0);
f0101fa2:	6a 02                	push   $0x2
f0101fa4:	68 00 10 00 00       	push   $0x1000
f0101fa9:	56                   	push   %esi
f0101faa:	50                   	push   %eax
f0101fab:	e8 9f f1 ff ff       	call   f010114f <page_insert>
f0101fb0:	83 c4 10             	add    $0x10,%esp
f0101fb3:	85 c0                	test   %eax,%eax
f0101fb5:	0f 85 09 07 00 00    	jne    f01026c4 <check_page+0x9b9>
	assert(*pgdir_walk(kern_pgdir, (void *) PGSIZE, 0) & PTE_W);
f0101fbb:	83 ec 04             	sub    $0x4,%esp
f0101fbe:	6a 00                	push   $0x0
f0101fc0:	68 00 10 00 00       	push   $0x1000
f0101fc5:	ff 35 40 b2 12 f0    	push   0xf012b240
f0101fcb:	e8 04 ed ff ff       	call   f0100cd4 <pgdir_walk>
f0101fd0:	83 c4 10             	add    $0x10,%esp
f0101fd3:	f6 00 02             	testb  $0x2,(%eax)
f0101fd6:	0f 84 01 07 00 00    	je     f01026dd <check_page+0x9d2>
	assert(!(*pgdir_walk(kern_pgdir, (void *) PGSIZE, 0) & PTE_U));
f0101fdc:	83 ec 04             	sub    $0x4,%esp
f0101fdf:	6a 00                	push   $0x0
f0101fe1:	68 00 10 00 00       	push   $0x1000
f0101fe6:	ff 35 40 b2 12 f0    	push   0xf012b240
f0101fec:	e8 e3 ec ff ff       	call   f0100cd4 <pgdir_walk>
f0101ff1:	83 c4 10             	add    $0x10,%esp
f0101ff4:	f6 00 04             	testb  $0x4,(%eax)
f0101ff7:	0f 85 f9 06 00 00    	jne    f01026f6 <check_page+0x9eb>

	// Mapping at PTSIZE needs a new page table: fails.
	assert(page_insert(kern_pgdir, pp0, (void *) PTSIZE, PTE_W) < 0);
f0101ffd:	6a 02                	push   $0x2
f0101fff:	68 00 00 40 00       	push   $0x400000
f0102004:	53                   	push   %ebx
f0102005:	ff 35 40 b2 12 f0    	push   0xf012b240
f010200b:	e8 3f f1 ff ff       	call   f010114f <page_insert>
f0102010:	83 c4 10             	add    $0x10,%esp
f0102013:	85 c0                	test   %eax,%eax
f0102015:	0f 89 f4 06 00 00    	jns    f010270f <check_page+0xa04>

	// Replace pp2 by pp1 at PGSIZE: pp2 loses its only reference.
	assert(page_insert(kern_pgdir, pp1, (void *) PGSIZE, PTE_W) == 0);
f010201b:	6a 02                	push   $0x2
f010201d:	68 00 10 00 00       	push   $0x1000
f0102022:	ff 75 d4             	push   -0x2c(%ebp)
f0102025:	ff 35 40 b2 12 f0    	push   0xf012b240
f010202b:	e8 1f f1 ff ff       	call   f010114f <page_insert>
f0102030:	83 c4 10             	add    $0x10,%esp
f0102033:	85 c0                	test   %eax,%eax
f0102035:	0f 85 ed 06 00 00    	jne    f0102728 <check_page+0xa1d>
	assert(check_va2pa(kern_pgdir, 0) == page2pa(pp1));
f010203b:	a1 40 b2 12 f0       	mov    0xf012b240,%eax
f0102040:	89 45 d0             	mov    %eax,-0x30(%ebp)
f0102043:	ba 00 00 00 00       	mov    $0x0,%edx
f0102048:	e8 e1 f3 ff ff       	call   f010142e <check_va2pa>
f010204d:	8b 7d d4             	mov    -0x2c(%ebp),%edi
f0102050:	2b 3d 3c b2 12 f0    	sub    0xf012b23c,%edi
f0102056:	c1 ff 03             	sar    $0x3,%edi
f0102059:	c1 e7 0c             	shl    $0xc,%edi
f010205c:	39 f8                	cmp    %edi,%eax
f010205e:	0f 85 dd 06 00 00    	jne    f0102741 <check_page+0xa36>
	assert(check_va2pa(kern_pgdir, PGSIZE) == page2pa(pp1));
f0102064:	ba 00 10 00 00       	mov    $0x1000,%edx
f0102069:	8b 45 d0             	mov    -0x30(%ebp),%eax
f010206c:	e8 bd f3 ff ff       	call   f010142e <check_va2pa>
f0102071:	39 f8                	cmp    %edi,%eax
f0102073:	0f 85 e1 06 00 00    	jne    f010275a <check_page+0xa4f>
	assert(pp1->pp_ref == 2);
f0102079:	8b 45 d4             	mov    -0x2c(%ebp),%eax
f010207c:	66 83 78 04 02       	cmpw   $0x2,0x4(%eax)
f0102081:	0f 85 ec 06 00 00    	jne    f0102773 <check_page+0xa68>
	assert(pp2->pp_ref == 0);
f0102087:	66 83 7e 04 00       	cmpw   $0x0,0x4(%esi)
f010208c:	0f 85 fa 06 00 00    	jne    f010278c <check_page+0xa81>
	assert((pp = page_alloc(0)) && pp == pp2);
f0102092:	83 ec 0c             	sub    $0xc,%esp
f0102095:	6a 00                	push   $0x0
f0102097:	e8 2b eb ff ff       	call   f0100bc7 <page_alloc>
f010209c:	83 c4 10             	add    $0x10,%esp
f010209f:	39 c6                	cmp    %eax,%esi
f01020a1:	0f 85 fe 06 00 00    	jne    f01027a5 <check_page+0xa9a>
f01020a7:	85 c0                	test   %eax,%eax
f01020a9:	0f 84 f6 06 00 00    	je     f01027a5 <check_page+0xa9a>

	// Unmapping drops references; the last one frees the page.
	page_remove(kern_pgdir, 0x0);
f01020af:	83 ec 08             	sub    $0x8,%esp
f01020b2:	6a 00                	push   $0x0
f01020b4:	ff 35 40 b2 12 f0    	push   0xf012b240
f01020ba:	e8 4a f0 ff ff       	call   f0101109 <page_remove>
	assert(check_va2pa(kern_pgdir, 0x0) == ~0);
f01020bf:	8b 3d 40 b2 12 f0    	mov    0xf012b240,%edi
f01020c5:	ba 00 00 00 00       	mov    $0x0,%edx
f01020ca:	89 f8                	mov    %edi,%eax
f01020cc:	e8 5d f3 ff ff       	call   f010142e <check_va2pa>
f01020d1:	83 c4 10             	add    $0x10,%esp
f01020d4:	83 f8 ff             	cmp    $0xffffffff,%eax
f01020d7:	0f 85 e1 06 00 00    	jne    f01027be <check_page+0xab3>
	assert(check_va2pa(kern_pgdir, PGSIZE) == page2pa(pp1));
f01020dd:	ba 00 10 00 00       	mov    $0x1000,%edx
f01020e2:	89 f8                	mov    %edi,%eax
f01020e4:	e8 45 f3 ff ff       	call   f010142e <check_va2pa>
f01020e9:	89 c2                	mov    %eax,%edx
f01020eb:	8b 45 d4             	mov    -0x2c(%ebp),%eax
f01020ee:	2b 05 3c b2 12 f0    	sub    0xf012b23c,%eax
f01020f4:	c1 f8 03             	sar    $0x3,%eax
f01020f7:	c1 e0 0c             	shl    $0xc,%eax
f01020fa:	39 c2                	cmp    %eax,%edx
f01020fc:	0f 85 d5 06 00 00    	jne    f01027d7 <check_page+0xacc>
	assert(pp1->pp_ref == 1);
f0102102:	8b 45 d4             	mov    -0x2c(%ebp),%eax
f0102105:	66 83 78 04 01       	cmpw   $0x1,0x4(%eax)
f010210a:	0f 85 e0 06 00 00    	jne    f01027f0 <check_page+0xae5>
	assert(page_lookup(kern_pgdir, (void *) PGSIZE, &ptep) == pp1);
f0102110:	83 ec 04             	sub    $0x4,%esp
f0102113:	8d 45 d8             	lea    -0x28(%ebp),%eax
f0102116:	50                   	push   %eax
f0102117:	68 00 10 00 00       	push   $0x1000
f010211c:	57                   	push   %edi
f010211d:	e8 53 ef ff ff       	call   f0101075 <page_lookup>
f0102122:	83 c4 10             	add    $0x10,%esp
f0102125:	39 45 d4             	cmp    %eax,-0x2c(%ebp)
f0102128:	0f 85 db 06 00 00    	jne    f0102809 <check_page+0xafe>
	page_remove(kern_pgdir, (void *) PGSIZE);
f010212e:	83 ec 08             	sub    $0x8,%esp
f0102131:	68 00 10 00 00       	push   $0x1000
f0102136:	ff 35 40 b2 12 f0    	push   0xf012b240
f010213c:	e8 c8 ef ff ff       	call   f0101109 <page_remove>
	assert(check_va2pa(kern_pgdir, PGSIZE) == ~0);
f0102141:	8b 3d 40 b2 12 f0    	mov    0xf012b240,%edi
f0102147:	ba 00 10 00 00       	mov    $0x1000,%edx
f010214c:	89 f8                	mov    %edi,%eax
f010214e:	e8 db f2 ff ff       	call   f010142e <check_va2pa>
f0102153:	83 c4 10             	add    $0x10,%esp
f0102156:	83 f8 ff             	cmp    $0xffffffff,%eax
f0102159:	0f 85 c3 06 00 00    	jne    f0102822 <check_page+0xb17>
	assert(pp1->pp_ref == 0);
f010215f:	8b 45 d4             	mov    -0x2c(%ebp),%eax
f0102162:	66 83 78 04 00       	cmpw   $0x0,0x4(%eax)
f0102167:	0f 85 ce 06 00 00    	jne    f010283b <check_page+0xb30>
	assert(page_lookup(kern_pgdir, (void *) PGSIZE, NULL) == NULL);
f010216d:	83 ec 04             	sub    $0x4,%esp
f0102170:	6a 00                	push   $0x0
f0102172:	68 00 10 00 00       	push   $0x1000
f0102177:	57                   	push   %edi
f0102178:	e8 f8 ee ff ff       	call   f0101075 <page_lookup>
f010217d:	83 c4 10             	add    $0x10,%esp
f0102180:	85 c0                	test   %eax,%eax
f0102182:	0f 85 cc 06 00 00    	jne    f0102854 <check_page+0xb49>
	assert((pp = page_alloc(0)) && pp == pp1);
f0102188:	83 ec 0c             	sub    $0xc,%esp
f010218b:	6a 00                	push   $0x0
f010218d:	e8 35 ea ff ff       	call   f0100bc7 <page_alloc>
f0102192:	83 c4 10             	add    $0x10,%esp
f0102195:	85 c0                	test   %eax,%eax
f0102197:	0f 84 d0 06 00 00    	je     f010286d <check_page+0xb62>
f010219d:	39 45 d4             	cmp    %eax,-0x2c(%ebp)
f01021a0:	0f 85 c7 06 00 00    	jne    f010286d <check_page+0xb62>
	assert(!page_alloc(0));
f01021a6:	83 ec 0c             	sub    $0xc,%esp
f01021a9:	6a 00                	push   $0x0
f01021ab:	e8 17 ea ff ff       	call   f0100bc7 <page_alloc>
f01021b0:	83 c4 10             	add    $0x10,%esp
f01021b3:	85 c0                	test   %eax,%eax
f01021b5:	0f 85 cb 06 00 00    	jne    f0102886 <check_page+0xb7b>

	// Give back the page table pp0.
	assert(PTE_ADDR(kern_pgdir[0]) == page2pa(pp0));
f01021bb:	8b 0d 40 b2 12 f0    	mov    0xf012b240,%ecx
f01021c1:	8b 11                	mov    (%ecx),%edx
f01021c3:	81 e2 00 f0 ff ff    	and    $0xfffff000,%edx
f01021c9:	89 d8                	mov    %ebx,%eax
f01021cb:	2b 05 3c b2 12 f0    	sub    0xf012b23c,%eax
f01021d1:	c1 f8 03             	sar    $0x3,%eax
f01021d4:	c1 e0 0c             	shl    $0xc,%eax
f01021d7:	39 c2                	cmp    %eax,%edx
f01021d9:	0f 85 c0 06 00 00    	jne    f010289f <check_page+0xb94>
	kern_pgdir[0] = 0;
f01021df:	c7 01 00 00 00 00    	movl   $0x0,(%ecx)
	assert(pp0->pp_ref == 1);
f01021e5:	66 83 7b 04 01       	cmpw   $0x1,0x4(%ebx)
f01021ea:	0f 85 c8 06 00 00    	jne    f01028b8 <check_page+0xbad>
	pp0->pp_ref = 0;
f01021f0:	66 c7 43 04 00 00    	movw   $0x0,0x4(%ebx)

	// pgdir_walk with create for a new directory slot.
	page_free(pp0);
f01021f6:	83 ec 0c             	sub    $0xc,%esp
f01021f9:	53                   	push   %ebx
f01021fa:	e8 3d ea ff ff       	call   f0100c3c <page_free>
	va = (void *) (PGSIZE * NPDENTRIES + PGSIZE);
	ptep = pgdir_walk(kern_pgdir, va, 1);
f01021ff:	83 c4 0c             	add    $0xc,%esp
f0102202:	6a 01                	push   $0x1
f0102204:	68 00 10 40 00       	push   $0x401000
f0102209:	ff 35 40 b2 12 f0    	push   0xf012b240
f010220f:	e8 c0 ea ff ff       	call   f0100cd4 <pgdir_walk>
f0102214:	89 45 d0             	mov    %eax,-0x30(%ebp)
f0102217:	89 45 d8             	mov    %eax,-0x28(%ebp)
	ptep1 = (pte_t *) KADDR(PTE_ADDR(kern_pgdir[PDX(va)]));
f010221a:	8b 0d 40 b2 12 f0    	mov    0xf012b240,%ecx
f0102220:	8b 41 04             	mov    0x4(%ecx),%eax
f0102223:	89 c7                	mov    %eax,%edi
f0102225:	81 e7 00 f0 ff ff    	and    $0xfffff000,%edi
	if (PGNUM(pa) >= npages)
f010222b:	8b 15 44 b2 12 f0    	mov    0xf012b244,%edx
f0102231:	c1 e8 0c             	shr    $0xc,%eax
f0102234:	83 c4 10             	add    $0x10,%esp
f0102237:	39 d0                	cmp    %edx,%eax
f0102239:	0f 83 92 06 00 00    	jae    f01028d1 <check_page+0xbc6>
	assert(ptep == ptep1 + PTX(va));
f010223f:	81 ef fc ff ff 0f    	sub    $0xffffffc,%edi
f0102245:	39 7d d0             	cmp    %edi,-0x30(%ebp)
f0102248:	0f 85 98 06 00 00    	jne    f01028e6 <check_page+0xbdb>
	kern_pgdir[PDX(va)] = 0;
f010224e:	c7 41 04 00 00 00 00 	movl   $0x0,0x4(%ecx)
	pp0->pp_ref = 0;
f0102255:	66 c7 43 04 00 00    	movw   $0x0,0x4(%ebx)
	return (pp - pages) << PGSHIFT;
f010225b:	89 d8                	mov    %ebx,%eax
f010225d:	2b 05 3c b2 12 f0    	sub    0xf012b23c,%eax
f0102263:	c1 f8 03             	sar    $0x3,%eax
f0102266:	89 c1                	mov    %eax,%ecx
f0102268:	c1 e1 0c             	shl    $0xc,%ecx
	if (PGNUM(pa) >= npages)
f010226b:	25 ff ff 0f 00       	and    $0xfffff,%eax
f0102270:	39 d0                	cmp    %edx,%eax
f0102272:	0f 83 87 06 00 00    	jae    f01028ff <check_page+0xbf4>

	// New page tables start out empty.
	memset(page2kva(pp0), 0xFF, PGSIZE);
f0102278:	83 ec 04             	sub    $0x4,%esp
f010227b:	68 00 10 00 00       	push   $0x1000
f0102280:	68 ff 00 00 00       	push   $0xff
	return (void *)(pa + KERNBASE);
f0102285:	81 e9 00 00 00 10    	sub    $0x10000000,%ecx
f010228b:	51                   	push   %ecx
f010228c:	e8 9f 34 00 00       	call   f0105730 <memset>
	page_free(pp0);
f0102291:	89 1c 24             	mov    %ebx,(%esp)
f0102294:	e8 a3 e9 ff ff       	call   f0100c3c <page_free>
	pgdir_walk(kern_pgdir, 0x0, 1);
f0102299:	83 c4 0c             	add    $0xc,%esp
f010229c:	6a 01                	push   $0x1
f010229e:	6a 00                	push   $0x0
f01022a0:	ff 35 40 b2 12 f0    	push   0xf012b240
f01022a6:	e8 29 ea ff ff       	call   f0100cd4 <pgdir_walk>
	return (pp - pages) << PGSHIFT;
f01022ab:	89 d8                	mov    %ebx,%eax
f01022ad:	2b 05 3c b2 12 f0    	sub    0xf012b23c,%eax
f01022b3:	c1 f8 03             	sar    $0x3,%eax
f01022b6:	89 c2                	mov    %eax,%edx
f01022b8:	c1 e2 0c             	shl    $0xc,%edx
	if (PGNUM(pa) >= npages)
f01022bb:	25 ff ff 0f 00       	and    $0xfffff,%eax
f01022c0:	83 c4 10             	add    $0x10,%esp
f01022c3:	3b 05 44 b2 12 f0    	cmp    0xf012b244,%eax
f01022c9:	0f 83 42 06 00 00    	jae    f0102911 <check_page+0xc06>
	return (void *)(pa + KERNBASE);
f01022cf:	8d 82 00 00 00 f0    	lea    -0x10000000(%edx),%eax
	ptep = (pte_t *) page2kva(pp0);
f01022d5:	89 45 d8             	mov    %eax,-0x28(%ebp)
	for (i = 0; i < NPTENTRIES; i++)
f01022d8:	81 ea 00 f0 ff 0f    	sub    $0xffff000,%edx
		assert((ptep[i] & PTE_P) == 0);
f01022de:	f6 00 01             	testb  $0x1,(%eax)
f01022e1:	0f 85 3c 06 00 00    	jne    f0102923 <check_page+0xc18>
	for (i = 0; i < NPTENTRIES; i++)
f01022e7:	83 c0 04             	add    $0x4,%eax
f01022ea:	39 d0                	cmp    %edx,%eax
f01022ec:	75 f0                	jne    f01022de <check_page+0x5d3>
	kern_pgdir[0] = 0;
f01022ee:	a1 40 b2 12 f0       	mov    0xf012b240,%eax
f01022f3:	c7 00 00 00 00 00    	movl   $0x0,(%eax)
	pp0->pp_ref = 0;
f01022f9:	66 c7 43 04 00 00    	movw   $0x0,0x4(%ebx)

	page_free_list = fl;
f01022ff:	8b 45 cc             	mov    -0x34(%ebp),%eax
f0102302:	a3 38 b2 12 f0       	mov    %eax,0xf012b238
	page_free(pp0);
f0102307:	83 ec 0c             	sub    $0xc,%esp
f010230a:	53                   	push   %ebx
f010230b:	e8 2c e9 ff ff       	call   f0100c3c <page_free>
	page_free(pp1);
f0102310:	83 c4 04             	add    $0x4,%esp
f0102313:	ff 75 d4             	push   -0x2c(%ebp)
f0102316:	e8 21 e9 ff ff       	call   f0100c3c <page_free>
	page_free(pp2);
f010231b:	89 34 24             	mov    %esi,(%esp)
f010231e:	e8 19 e9 ff ff       	call   f0100c3c <page_free>

	// Two MMIO regions: sizes round up to pages, regions don't overlap.
	mm1 = (uintptr_t) mmio_map_region(0, 4097);
f0102323:	83 c4 08             	add    $0x8,%esp
f0102326:	68 01 10 00 00       	push   $0x1001
f010232b:	6a 00                	push   $0x0
f010232d:	e8 83 ee ff ff       	call   f01011b5 <mmio_map_region>
f0102332:	89 c3                	mov    %eax,%ebx
	mm2 = (uintptr_t) mmio_map_region(0, 4096);
f0102334:	83 c4 08             	add    $0x8,%esp
f0102337:	68 00 10 00 00       	push   $0x1000
f010233c:	6a 00                	push   $0x0
f010233e:	e8 72 ee ff ff       	call   f01011b5 <mmio_map_region>
f0102343:	89 c6                	mov    %eax,%esi
	assert(mm1 >= MMIOBASE && mm1 + 8192 < MMIOLIM);
f0102345:	8d 83 00 20 00 00    	lea    0x2000(%ebx),%eax
f010234b:	83 c4 10             	add    $0x10,%esp
f010234e:	81 fb ff ff 7f ef    	cmp    $0xef7fffff,%ebx
f0102354:	0f 86 e2 05 00 00    	jbe    f010293c <check_page+0xc31>
f010235a:	3d ff ff bf ef       	cmp    $0xefbfffff,%eax
f010235f:	0f 87 d7 05 00 00    	ja     f010293c <check_page+0xc31>
	assert(mm2 >= MMIOBASE && mm2 + 8192 < MMIOLIM);
f0102365:	8d 96 00 20 00 00    	lea    0x2000(%esi),%edx
f010236b:	81 fa ff ff bf ef    	cmp    $0xefbfffff,%edx
f0102371:	0f 87 de 05 00 00    	ja     f0102955 <check_page+0xc4a>
f0102377:	81 fe ff ff 7f ef    	cmp    $0xef7fffff,%esi
f010237d:	0f 86 d2 05 00 00    	jbe    f0102955 <check_page+0xc4a>
	assert(mm1 % PGSIZE == 0 && mm2 % PGSIZE == 0);
f0102383:	89 da                	mov    %ebx,%edx
f0102385:	09 f2                	or     %esi,%edx
f0102387:	f7 c2 ff 0f 00 00    	test   $0xfff,%edx
f010238d:	0f 85 db 05 00 00    	jne    f010296e <check_page+0xc63>
	assert(mm1 + 8192 <= mm2);
f0102393:	39 c6                	cmp    %eax,%esi
f0102395:	0f 82 ec 05 00 00    	jb     f0102987 <check_page+0xc7c>
	assert(check_va2pa(kern_pgdir, mm1) == 0);
f010239b:	8b 3d 40 b2 12 f0    	mov    0xf012b240,%edi
f01023a1:	89 da                	mov    %ebx,%edx
f01023a3:	89 f8                	mov    %edi,%eax
f01023a5:	e8 84 f0 ff ff       	call   f010142e <check_va2pa>
f01023aa:	85 c0                	test   %eax,%eax
f01023ac:	0f 85 ee 05 00 00    	jne    f01029a0 <check_page+0xc95>
	assert(check_va2pa(kern_pgdir, mm1 + PGSIZE) == PGSIZE);
f01023b2:	8d 83 00 10 00 00    	lea    0x1000(%ebx),%eax
f01023b8:	89 45 d4             	mov    %eax,-0x2c(%ebp)
f01023bb:	89 c2                	mov    %eax,%edx
f01023bd:	89 f8                	mov    %edi,%eax
f01023bf:	e8 6a f0 ff ff       	call   f010142e <check_va2pa>
f01023c4:	3d 00 10 00 00       	cmp    $0x1000,%eax
f01023c9:	0f 85 ea 05 00 00    	jne    f01029b9 <check_page+0xcae>
	assert(check_va2pa(kern_pgdir, mm2) == 0);
f01023cf:	89 f2                	mov    %esi,%edx
f01023d1:	89 f8                	mov    %edi,%eax
f01023d3:	e8 56 f0 ff ff       	call   f010142e <check_va2pa>
f01023d8:	85 c0                	test   %eax,%eax
f01023da:	0f 85 f2 05 00 00    	jne    f01029d2 <check_page+0xcc7>
	assert(check_va2pa(kern_pgdir, mm2 + PGSIZE) == ~0);
f01023e0:	8d 96 00 10 00 00    	lea    0x1000(%esi),%edx
f01023e6:	89 f8                	mov    %edi,%eax
f01023e8:	e8 41 f0 ff ff       	call   f010142e <check_va2pa>
f01023ed:	83 f8 ff             	cmp    $0xffffffff,%eax
f01023f0:	0f 85 f5 05 00 00    	jne    f01029eb <check_page+0xce0>
	assert(*pgdir_walk(kern_pgdir, (void *) mm1, 0) & (PTE_W|PTE_PWT|PTE_PCD));
f01023f6:	83 ec 04             	sub    $0x4,%esp
f01023f9:	6a 00                	push   $0x0
f01023fb:	53                   	push   %ebx
f01023fc:	57                   	push   %edi
f01023fd:	e8 d2 e8 ff ff       	call   f0100cd4 <pgdir_walk>
f0102402:	83 c4 10             	add    $0x10,%esp
f0102405:	f6 00 1a             	testb  $0x1a,(%eax)
f0102408:	0f 84 f6 05 00 00    	je     f0102a04 <check_page+0xcf9>
	assert(!(*pgdir_walk(kern_pgdir, (void *) mm1, 0) & PTE_U));
f010240e:	83 ec 04             	sub    $0x4,%esp
f0102411:	6a 00                	push   $0x0
f0102413:	53                   	push   %ebx
f0102414:	ff 35 40 b2 12 f0    	push   0xf012b240
f010241a:	e8 b5 e8 ff ff       	call   f0100cd4 <pgdir_walk>
f010241f:	83 c4 10             	add    $0x10,%esp
f0102422:	f6 00 04             	testb  $0x4,(%eax)
f0102425:	0f 85 f2 05 00 00    	jne    f0102a1d <check_page+0xd12>
	// Remove the test mappings (the virtual space stays reserved).
	*pgdir_walk(kern_pgdir, (void *) mm1, 0) = 0;
f010242b:	83 ec 04             	sub    $0x4,%esp
f010242e:	6a 00                	push   $0x0
f0102430:	53                   	push   %ebx
f0102431:	ff 35 40 b2 12 f0    	push   0xf012b240
f0102437:	e8 98 e8 ff ff       	call   f0100cd4 <pgdir_walk>
f010243c:	c7 00 00 00 00 00    	movl   $0x0,(%eax)
	*pgdir_walk(kern_pgdir, (void *) mm1 + PGSIZE, 0) = 0;
f0102442:	83 c4 0c             	add    $0xc,%esp
f0102445:	6a 00                	push   $0x0
f0102447:	ff 75 d4             	push   -0x2c(%ebp)
f010244a:	ff 35 40 b2 12 f0    	push   0xf012b240
f0102450:	e8 7f e8 ff ff       	call   f0100cd4 <pgdir_walk>
f0102455:	c7 00 00 00 00 00    	movl   $0x0,(%eax)
	*pgdir_walk(kern_pgdir, (void *) mm2, 0) = 0;
f010245b:	83 c4 0c             	add    $0xc,%esp
f010245e:	6a 00                	push   $0x0
f0102460:	56                   	push   %esi
f0102461:	ff 35 40 b2 12 f0    	push   0xf012b240
f0102467:	e8 68 e8 ff ff       	call   f0100cd4 <pgdir_walk>
f010246c:	c7 00 00 00 00 00    	movl   $0x0,(%eax)

	cprintf("check_page() succeeded!\n");
f0102472:	c7 04 24 a2 66 10 f0 	movl   $0xf01066a2,(%esp)
f0102479:	e8 cf 2f 00 00       	call   f010544d <cprintf>
}
f010247e:	83 c4 10             	add    $0x10,%esp
f0102481:	8d 65 f4             	lea    -0xc(%ebp),%esp
f0102484:	5b                   	pop    %ebx
f0102485:	5e                   	pop    %esi
f0102486:	5f                   	pop    %edi
f0102487:	5d                   	pop    %ebp
f0102488:	c3                   	ret
	assert(!page_alloc(0));
f0102489:	68 76 65 10 f0       	push   $0xf0106576
f010248e:	68 70 64 10 f0       	push   $0xf0106470
f0102493:	68 ea 00 00 00       	push   $0xea
f0102498:	68 85 64 10 f0       	push   $0xf0106485
f010249d:	e8 b6 36 00 00       	call   f0105b58 <_panic>
	assert(page_lookup(kern_pgdir, (void *) 0x0, &ptep) == NULL);
f01024a2:	68 10 69 10 f0       	push   $0xf0106910
f01024a7:	68 70 64 10 f0       	push   $0xf0106470
f01024ac:	68 eb 00 00 00       	push   $0xeb
f01024b1:	68 85 64 10 f0       	push   $0xf0106485
f01024b6:	e8 9d 36 00 00       	call   f0105b58 <_panic>
	assert(page_insert(kern_pgdir, pp1, 0x0, PTE_W) < 0);
f01024bb:	68 48 69 10 f0       	push   $0xf0106948
f01024c0:	68 70 64 10 f0       	push   $0xf0106470
f01024c5:	68 ec 00 00 00       	push   $0xec
f01024ca:	68 85 64 10 f0       	push   $0xf0106485
f01024cf:	e8 84 36 00 00       	call   f0105b58 <_panic>
	assert(page_insert(kern_pgdir, pp1, 0x0, PTE_W) == 0);
f01024d4:	68 78 69 10 f0       	push   $0xf0106978
f01024d9:	68 70 64 10 f0       	push   $0xf0106470
f01024de:	68 f0 00 00 00       	push   $0xf0
f01024e3:	68 85 64 10 f0       	push   $0xf0106485
f01024e8:	e8 6b 36 00 00       	call   f0105b58 <_panic>
	assert(PTE_ADDR(kern_pgdir[0]) == page2pa(pp0));
f01024ed:	68 a8 69 10 f0       	push   $0xf01069a8
f01024f2:	68 70 64 10 f0       	push   $0xf0106470
f01024f7:	68 f1 00 00 00       	push   $0xf1
f01024fc:	68 85 64 10 f0       	push   $0xf0106485
f0102501:	e8 52 36 00 00       	call   f0105b58 <_panic>
	assert(check_va2pa(kern_pgdir, 0x0) == page2pa(pp1));
f0102506:	68 d0 69 10 f0       	push   $0xf01069d0
f010250b:	68 70 64 10 f0       	push   $0xf0106470
f0102510:	68 f2 00 00 00       	push   $0xf2
f0102515:	68 85 64 10 f0       	push   $0xf0106485
f010251a:	e8 39 36 00 00       	call   f0105b58 <_panic>
	assert(pp1->pp_ref == 1);
f010251f:	68 e5 65 10 f0       	push   $0xf01065e5
f0102524:	68 70 64 10 f0       	push   $0xf0106470
f0102529:	68 f3 00 00 00       	push   $0xf3
f010252e:	68 85 64 10 f0       	push   $0xf0106485
f0102533:	e8 20 36 00 00       	call   f0105b58 <_panic>
	assert(pp0->pp_ref == 1);
f0102538:	68 f6 65 10 f0       	push   $0xf01065f6
f010253d:	68 70 64 10 f0       	push   $0xf0106470
f0102542:	68 f4 00 00 00       	push   $0xf4
f0102547:	68 85 64 10 f0       	push   $0xf0106485
f010254c:	e8 07 36 00 00       	call   f0105b58 <_panic>
	assert(page_insert(kern_pgdir, pp2, (void *) PGSIZE, PTE_W) == 0);
f0102551:	68 00 6a 10 f0       	push   $0xf0106a00
f0102556:	68 70 64 10 f0       	push   $0xf0106470
f010255b:	68 f7 00 00 00       	push   $0xf7
f0102560:	68 85 64 10 f0       	push   $0xf0106485
f0102565:	e8 ee 35 00 00       	call   f0105b58 <_panic>
	assert(check_va2pa(kern_pgdir, PGSIZE) == page2pa(pp2));
f010256a:	68 3c 6a 10 f0       	push   $0xf0106a3c
f010256f:	68 70 64 10 f0       	push   $0xf0106470
f0102574:	68 f8 00 00 00       	push   $0xf8
f0102579:	68 85 64 10 f0       	push   $0xf0106485
f010257e:	e8 d5 35 00 00       	call   f0105b58 <_panic>
	assert(pp2->pp_ref == 1);
f0102583:	68 07 66 10 f0       	push   $0xf0106607
f0102588:	68 70 64 10 f0       	push   $0xf0106470
f010258d:	68 f9 00 00 00       	push   $0xf9
f0102592:	68 85 64 10 f0       	push   $0xf0106485
f0102597:	e8 bc 35 00 00       	call   f0105b58 <_panic>
	assert(!page_alloc(0));
f010259c:	68 76 65 10 f0       	push   $0xf0106576
f01025a1:	68 70 64 10 f0       	push   $0xf0106470
f01025a6:	68 fa 00 00 00       	push   $0xfa
f01025ab:	68 85 64 10 f0       	push   $0xf0106485
f01025b0:	e8 a3 35 00 00       	call   f0105b58 <_panic>
	assert(page_insert(kern_pgdir, pp2, (void *) PGSIZE, PTE_W) == 0);
f01025b5:	68 00 6a 10 f0       	push   $0xf0106a00
f01025ba:	68 70 64 10 f0       	push   $0xf0106470
f01025bf:	68 fd 00 00 00       	push   $0xfd
f01025c4:	68 85 64 10 f0       	push   $0xf0106485
f01025c9:	e8 8a 35 00 00       	call   f0105b58 <_panic>
	assert(check_va2pa(kern_pgdir, PGSIZE) == page2pa(pp2));
f01025ce:	68 3c 6a 10 f0       	push   $0xf0106a3c
f01025d3:	68 70 64 10 f0       	push   $0xf0106470
f01025d8:	68 fe 00 00 00       	push   $0xfe
f01025dd:	68 85 64 10 f0       	push   $0xf0106485
f01025e2:	e8 71 35 00 00       	call   f0105b58 <_panic>
	assert(pp2->pp_ref == 1);
f01025e7:	68 07 66 10 f0       	push   $0xf0106607
f01025ec:	68 70 64 10 f0       	push   $0xf0106470
f01025f1:	68 ff 00 00 00       	push   $0xff
f01025f6:	68 85 64 10 f0       	push   $0xf0106485
f01025fb:	e8 58 35 00 00       	call   f0105b58 <_panic>
	assert(!page_alloc(0));
f0102600:	68 76 65 10 f0       	push   $0xf0106576
f0102605:	68 70 64 10 f0       	push   $0xf0106470
f010260a:	68 00 01 00 00       	push   $0x100
f010260f:	68 85 64 10 f0       	push   $0xf0106485
f0102614:	e8 3f 35 00 00       	call   f0105b58 <_panic>
		_panic(file, line, "KADDR called with invalid pa %08lx", pa);
f0102619:	52                   	push   %edx
f010261a:	68 e4 62 10 f0       	push   $0xf01062e4
f010261f:	68 03 01 00 00       	push   $0x103
f0102624:	68 85 64 10 f0       	push   $0xf0106485
f0102629:	e8 2a 35 00 00       	call   f0105b58 <_panic>
	assert(pgdir_walk(kern_pgdir, (void *) PGSIZE, 0) == ptep + PTX(PGSIZE));
f010262e:	68 6c 6a 10 f0       	push   $0xf0106a6c
f0102633:	68 70 64 10 f0       	push   $0xf0106470
f0102638:	68 04 01 00 00       	push   $0x104
f010263d:	68 85 64 10 f0       	push   $0xf0106485
f0102642:	e8 11 35 00 00       	call   f0105b58 <_panic>
	assert(page_insert(kern_pgdir, pp2, (void *) PGSIZE, PTE_W|PTE_U) == 0);
f0102647:	68 b0 6a 10 f0       	push   $0xf0106ab0
f010264c:	68 70 64 10 f0       	push   $0xf0106470
f0102651:	68 07 01 00 00       	push   $0x107
f0102656:	68 85 64 10 f0       	push   $0xf0106485
f010265b:	e8 f8 34 00 00       	call   f0105b58 <_panic>
	assert(check_va2pa(kern_pgdir, PGSIZE) == page2pa(pp2));
f0102660:	68 3c 6a 10 f0       	push   $0xf0106a3c
f0102665:	68 70 64 10 f0       	push   $0xf0106470
f010266a:	68 08 01 00 00       	push   $0x108
f010266f:	68 85 64 10 f0       	push   $0xf0106485
f0102674:	e8 df 34 00 00       	call   f0105b58 <_panic>
	assert(pp2->pp_ref == 1);
f0102679:	68 07 66 10 f0       	push   $0xf0106607
f010267e:	68 70 64 10 f0       	push   $0xf0106470
f0102683:	68 09 01 00 00       	push   $0x109
f0102688:	68 85 64 10 f0       	push   $0xf0106485
f010268d:	e8 c6 34 00 00       	call   f0105b58 <_panic>
	assert(*pgdir_walk(kern_pgdir, (void *) PGSIZE, 0) & PTE_U);
f0102692:	68 f0 6a 10 f0       	push   $0xf0106af0
f0102697:	68 70 64 10 f0       	push   $0xf0106470
f010269c:	68 0a 01 00 00       	push   $0x10a
f01026a1:	68 85 64 10 f0       	push   $0xf0106485
f01026a6:	e8 ad 34 00 00       	call   f0105b58 <_panic>
	assert(kern_pgdir[0] & PTE_U);
f01026ab:	68 18 66 10 f0       	push   $0xf0106618
f01026b0:	68 70 64 10 f0       	push   $0xf0106470
f01026b5:	68 0b 01 00 00       	push   $0x10b
f01026ba:	68 85 64 10 f0       	push   $0xf0106485
f01026bf:	e8 94 34 00 00       	call   f0105b58 <_panic>
	assert(page_insert(kern_pgdir, pp2, (void *) PGSIZE, PTE_W) == 0);
f01026c4:	68 00 6a 10 f0       	push   $0xf0106a00
f01026c9:	68 70 64 10 f0       	push   $0xf0106470
f01026ce:	68 0c 01 00 00       	push   $0x10c
f01026d3:	68 85 64 10 f0       	push   $0xf0106485
f01026d8:	e8 7b 34 00 00       	call   f0105b58 <_panic>
	assert(*pgdir_walk(kern_pgdir, (void *) PGSIZE, 0) & PTE_W);
f01026dd:	68 24 6b 10 f0       	push   $0xf0106b24
f01026e2:	68 70 64 10 f0       	push   $0xf0106470
f01026e7:	68 0d 01 00 00       	push   $0x10d
f01026ec:	68 85 64 10 f0       	push   $0xf0106485
f01026f1:	e8 62 34 00 00       	call   f0105b58 <_panic>
	assert(!(*pgdir_walk(kern_pgdir, (void *) PGSIZE, 0) & PTE_U));
f01026f6:	68 58 6b 10 f0       	push   $0xf0106b58
f01026fb:	68 70 64 10 f0       	push   $0xf0106470
f0102700:	68 0e 01 00 00       	push   $0x10e
f0102705:	68 85 64 10 f0       	push   $0xf0106485
f010270a:	e8 49 34 00 00       	call   f0105b58 <_panic>
	assert(page_insert(kern_pgdir, pp0, (void *) PTSIZE, PTE_W) < 0);
f010270f:	68 90 6b 10 f0       	push   $0xf0106b90
f0102714:	68 70 64 10 f0       	push   $0xf0106470
f0102719:	68 11 01 00 00       	push   $0x111
f010271e:	68 85 64 10 f0       	push   $0xf0106485
f0102723:	e8 30 34 00 00       	call   f0105b58 <_panic>
	assert(page_insert(kern_pgdir, pp1, (void *) PGSIZE, PTE_W) == 0);
f0102728:	68 cc 6b 10 f0       	push   $0xf0106bcc
f010272d:	68 70 64 10 f0       	push   $0xf0106470
f0102732:	68 14 01 00 00       	push   $0x114
f0102737:	68 85 64 10 f0       	push   $0xf0106485
f010273c:	e8 17 34 00 00       	call   f0105b58 <_panic>
	assert(check_va2pa(kern_pgdir, 0) == page2pa(pp1));
f0102741:	68 08 6c 10 f0       	push   $0xf0106c08
f0102746:	68 70 64 10 f0       	push   $0xf0106470
f010274b:	68 15 01 00 00       	push   $0x115
f0102750:	68 85 64 10 f0       	push   $0xf0106485
f0102755:	e8 fe 33 00 00       	call   f0105b58 <_panic>
	assert(check_va2pa(kern_pgdir, PGSIZE) == page2pa(pp1));
f010275a:	68 34 6c 10 f0       	push   $0xf0106c34
f010275f:	68 70 64 10 f0       	push   $0xf0106470
f0102764:	68 16 01 00 00       	push   $0x116
f0102769:	68 85 64 10 f0       	push   $0xf0106485
f010276e:	e8 e5 33 00 00       	call   f0105b58 <_panic>
	assert(pp1->pp_ref == 2);
f0102773:	68 2e 66 10 f0       	push   $0xf010662e
f0102778:	68 70 64 10 f0       	push   $0xf0106470
f010277d:	68 17 01 00 00       	push   $0x117
f0102782:	68 85 64 10 f0       	push   $0xf0106485
f0102787:	e8 cc 33 00 00       	call   f0105b58 <_panic>
	assert(pp2->pp_ref == 0);
f010278c:	68 3f 66 10 f0       	push   $0xf010663f
f0102791:	68 70 64 10 f0       	push   $0xf0106470
f0102796:	68 18 01 00 00       	push   $0x118
f010279b:	68 85 64 10 f0       	push   $0xf0106485
f01027a0:	e8 b3 33 00 00       	call   f0105b58 <_panic>
	assert((pp = page_alloc(0)) && pp == pp2);
f01027a5:	68 64 6c 10 f0       	push   $0xf0106c64
f01027aa:	68 70 64 10 f0       	push   $0xf0106470
f01027af:	68 19 01 00 00       	push   $0x119
f01027b4:	68 85 64 10 f0       	push   $0xf0106485
f01027b9:	e8 9a 33 00 00       	call   f0105b58 <_panic>
	assert(check_va2pa(kern_pgdir, 0x0) == ~0);
f01027be:	68 88 6c 10 f0       	push   $0xf0106c88
f01027c3:	68 70 64 10 f0       	push   $0xf0106470
f01027c8:	68 1d 01 00 00       	push   $0x11d
f01027cd:	68 85 64 10 f0       	push   $0xf0106485
f01027d2:	e8 81 33 00 00       	call   f0105b58 <_panic>
	assert(check_va2pa(kern_pgdir, PGSIZE) == page2pa(pp1));
f01027d7:	68 34 6c 10 f0       	push   $0xf0106c34
f01027dc:	68 70 64 10 f0       	push   $0xf0106470
f01027e1:	68 1e 01 00 00       	push   $0x11e
f01027e6:	68 85 64 10 f0       	push   $0xf0106485
f01027eb:	e8 68 33 00 00       	call   f0105b58 <_panic>
	assert(pp1->pp_ref == 1);
f01027f0:	68 e5 65 10 f0       	push   $0xf01065e5
f01027f5:	68 70 64 10 f0       	push   $0xf0106470
f01027fa:	68 1f 01 00 00       	push   $0x11f
f01027ff:	68 85 64 10 f0       	push   $0xf0106485
f0102804:	e8 4f 33 00 00       	call   f0105b58 <_panic>
	assert(page_lookup(kern_pgdir, (void *) PGSIZE, &ptep) == pp1);
f0102809:	68 ac 6c 10 f0       	push   $0xf0106cac
f010280e:	68 70 64 10 f0       	push   $0xf0106470
f0102813:	68 20 01 00 00       	push   $0x120
f0102818:	68 85 64 10 f0       	push   $0xf0106485
f010281d:	e8 36 33 00 00       	call   f0105b58 <_panic>
	assert(check_va2pa(kern_pgdir, PGSIZE) == ~0);
f0102822:	68 e4 6c 10 f0       	push   $0xf0106ce4
f0102827:	68 70 64 10 f0       	push   $0xf0106470
f010282c:	68 22 01 00 00       	push   $0x122
f0102831:	68 85 64 10 f0       	push   $0xf0106485
f0102836:	e8 1d 33 00 00       	call   f0105b58 <_panic>
	assert(pp1->pp_ref == 0);
f010283b:	68 50 66 10 f0       	push   $0xf0106650
f0102840:	68 70 64 10 f0       	push   $0xf0106470
f0102845:	68 23 01 00 00       	push   $0x123
f010284a:	68 85 64 10 f0       	push   $0xf0106485
f010284f:	e8 04 33 00 00       	call   f0105b58 <_panic>
	assert(page_lookup(kern_pgdir, (void *) PGSIZE, NULL) == NULL);
f0102854:	68 0c 6d 10 f0       	push   $0xf0106d0c
f0102859:	68 70 64 10 f0       	push   $0xf0106470
f010285e:	68 24 01 00 00       	push   $0x124
f0102863:	68 85 64 10 f0       	push   $0xf0106485
f0102868:	e8 eb 32 00 00       	call   f0105b58 <_panic>
	assert((pp = page_alloc(0)) && pp == pp1);
f010286d:	68 44 6d 10 f0       	push   $0xf0106d44
f0102872:	68 70 64 10 f0       	push   $0xf0106470
f0102877:	68 25 01 00 00       	push   $0x125
f010287c:	68 85 64 10 f0       	push   $0xf0106485
f0102881:	e8 d2 32 00 00       	call   f0105b58 <_panic>
	assert(!page_alloc(0));
f0102886:	68 76 65 10 f0       	push   $0xf0106576
f010288b:	68 70 64 10 f0       	push   $0xf0106470
f0102890:	68 26 01 00 00       	push   $0x126
f0102895:	68 85 64 10 f0       	push   $0xf0106485
f010289a:	e8 b9 32 00 00       	call   f0105b58 <_panic>
	assert(PTE_ADDR(kern_pgdir[0]) == page2pa(pp0));
f010289f:	68 a8 69 10 f0       	push   $0xf01069a8
f01028a4:	68 70 64 10 f0       	push   $0xf0106470
f01028a9:	68 29 01 00 00       	push   $0x129
f01028ae:	68 85 64 10 f0       	push   $0xf0106485
f01028b3:	e8 a0 32 00 00       	call   f0105b58 <_panic>
	assert(pp0->pp_ref == 1);
f01028b8:	68 f6 65 10 f0       	push   $0xf01065f6
f01028bd:	68 70 64 10 f0       	push   $0xf0106470
f01028c2:	68 2b 01 00 00       	push   $0x12b
f01028c7:	68 85 64 10 f0       	push   $0xf0106485
f01028cc:	e8 87 32 00 00       	call   f0105b58 <_panic>
f01028d1:	57                   	push   %edi
f01028d2:	68 e4 62 10 f0       	push   $0xf01062e4
f01028d7:	68 32 01 00 00       	push   $0x132
f01028dc:	68 85 64 10 f0       	push   $0xf0106485
f01028e1:	e8 72 32 00 00       	call   f0105b58 <_panic>
	assert(ptep == ptep1 + PTX(va));
f01028e6:	68 61 66 10 f0       	push   $0xf0106661
f01028eb:	68 70 64 10 f0       	push   $0xf0106470
f01028f0:	68 33 01 00 00       	push   $0x133
f01028f5:	68 85 64 10 f0       	push   $0xf0106485
f01028fa:	e8 59 32 00 00       	call   f0105b58 <_panic>
f01028ff:	51                   	push   %ecx
f0102900:	68 e4 62 10 f0       	push   $0xf01062e4
f0102905:	6a 55                	push   $0x55
f0102907:	68 4d 64 10 f0       	push   $0xf010644d
f010290c:	e8 47 32 00 00       	call   f0105b58 <_panic>
f0102911:	52                   	push   %edx
f0102912:	68 e4 62 10 f0       	push   $0xf01062e4
f0102917:	6a 55                	push   $0x55
f0102919:	68 4d 64 10 f0       	push   $0xf010644d
f010291e:	e8 35 32 00 00       	call   f0105b58 <_panic>
		assert((ptep[i] & PTE_P) == 0);
f0102923:	68 79 66 10 f0       	push   $0xf0106679
f0102928:	68 70 64 10 f0       	push   $0xf0106470
f010292d:	68 3d 01 00 00       	push   $0x13d
f0102932:	68 85 64 10 f0       	push   $0xf0106485
f0102937:	e8 1c 32 00 00       	call   f0105b58 <_panic>
	assert(mm1 >= MMIOBASE && mm1 + 8192 < MMIOLIM);
f010293c:	68 68 6d 10 f0       	push   $0xf0106d68
f0102941:	68 70 64 10 f0       	push   $0xf0106470
f0102946:	68 49 01 00 00       	push   $0x149
f010294b:	68 85 64 10 f0       	push   $0xf0106485
f0102950:	e8 03 32 00 00       	call   f0105b58 <_panic>
	assert(mm2 >= MMIOBASE && mm2 + 8192 < MMIOLIM);
f0102955:	68 90 6d 10 f0       	push   $0xf0106d90
f010295a:	68 70 64 10 f0       	push   $0xf0106470
f010295f:	68 4a 01 00 00       	push   $0x14a
f0102964:	68 85 64 10 f0       	push   $0xf0106485
f0102969:	e8 ea 31 00 00       	call   f0105b58 <_panic>
	assert(mm1 % PGSIZE == 0 && mm2 % PGSIZE == 0);
f010296e:	68 b8 6d 10 f0       	push   $0xf0106db8
f0102973:	68 70 64 10 f0       	push   $0xf0106470
f0102978:	68 4b 01 00 00       	push   $0x14b
f010297d:	68 85 64 10 f0       	push   $0xf0106485
f0102982:	e8 d1 31 00 00       	call   f0105b58 <_panic>
	assert(mm1 + 8192 <= mm2);
f0102987:	68 90 66 10 f0       	push   $0xf0106690
f010298c:	68 70 64 10 f0       	push   $0xf0106470
f0102991:	68 4c 01 00 00       	push   $0x14c
f0102996:	68 85 64 10 f0       	push   $0xf0106485
f010299b:	e8 b8 31 00 00       	call   f0105b58 <_panic>
	assert(check_va2pa(kern_pgdir, mm1) == 0);
f01029a0:	68 e0 6d 10 f0       	push   $0xf0106de0
f01029a5:	68 70 64 10 f0       	push   $0xf0106470
f01029aa:	68 4d 01 00 00       	push   $0x14d
f01029af:	68 85 64 10 f0       	push   $0xf0106485
f01029b4:	e8 9f 31 00 00       	call   f0105b58 <_panic>
	assert(check_va2pa(kern_pgdir, mm1 + PGSIZE) == PGSIZE);
f01029b9:	68 04 6e 10 f0       	push   $0xf0106e04
f01029be:	68 70 64 10 f0       	push   $0xf0106470
f01029c3:	68 4e 01 00 00       	push   $0x14e
f01029c8:	68 85 64 10 f0       	push   $0xf0106485
f01029cd:	e8 86 31 00 00       	call   f0105b58 <_panic>
	assert(check_va2pa(kern_pgdir, mm2) == 0);
f01029d2:	68 34 6e 10 f0       	push   $0xf0106e34
f01029d7:	68 70 64 10 f0       	push   $0xf0106470
f01029dc:	68 4f 01 00 00       	push   $0x14f
f01029e1:	68 85 64 10 f0       	push   $0xf0106485
f01029e6:	e8 6d 31 00 00       	call   f0105b58 <_panic>
	assert(check_va2pa(kern_pgdir, mm2 + PGSIZE) == ~0);
f01029eb:	68 58 6e 10 f0       	push   $0xf0106e58
f01029f0:	68 70 64 10 f0       	push   $0xf0106470
f01029f5:	68 50 01 00 00       	push   $0x150
f01029fa:	68 85 64 10 f0       	push   $0xf0106485
f01029ff:	e8 54 31 00 00       	call   f0105b58 <_panic>
	assert(*pgdir_walk(kern_pgdir, (void *) mm1, 0) & (PTE_W|PTE_PWT|PTE_PCD));
f0102a04:	68 84 6e 10 f0       	push   $0xf0106e84
f0102a09:	68 70 64 10 f0       	push   $0xf0106470
f0102a0e:	68 51 01 00 00       	push   $0x151
f0102a13:	68 85 64 10 f0       	push   $0xf0106485
f0102a18:	e8 3b 31 00 00       	call   f0105b58 <_panic>
	assert(!(*pgdir_walk(kern_pgdir, (void *) mm1, 0) & PTE_U));
f0102a1d:	68 c8 6e 10 f0       	push   $0xf0106ec8
f0102a22:	68 70 64 10 f0       	push   $0xf0106470
f0102a27:	68 52 01 00 00       	push   $0x152
f0102a2c:	68 85 64 10 f0       	push   $0xf0106485
f0102a31:	e8 22 31 00 00       	call   f0105b58 <_panic>

f0102a36 <check_page_installed_pgdir>:

// Check page_insert and page_remove with kern_pgdir loaded in CR3, by
// writing through the new mappings.
void
check_page_installed_pgdir(void)
{
f0102a36:	55                   	push   %ebp
f0102a37:	89 e5                	mov    %esp,%ebp
f0102a39:	56                   	push   %esi
f0102a3a:	53                   	push   %ebx
f0102a3b:	83 ec 10             	sub    $0x10,%esp
	struct PageInfo *pp0, *pp1, *pp2;

	alloc_three(&pp0, &pp1, &pp2);
f0102a3e:	8d 4d ec             	lea    -0x14(%ebp),%ecx
f0102a41:	8d 55 f0             	lea    -0x10(%ebp),%edx
f0102a44:	8d 45 f4             	lea    -0xc(%ebp),%eax
f0102a47:	e8 d0 e8 ff ff       	call   f010131c <alloc_three>
	// pp0 goes back first, so it will hold the page table for VA 0.
	page_free(pp0);
f0102a4c:	83 ec 0c             	sub    $0xc,%esp
f0102a4f:	ff 75 f4             	push   -0xc(%ebp)
f0102a52:	e8 e5 e1 ff ff       	call   f0100c3c <page_free>
	memset(page2kva(pp1), 1, PGSIZE);
f0102a57:	8b 5d f0             	mov    -0x10(%ebp),%ebx
	return (pp - pages) << PGSHIFT;
f0102a5a:	89 d8                	mov    %ebx,%eax
f0102a5c:	2b 05 3c b2 12 f0    	sub    0xf012b23c,%eax
f0102a62:	c1 f8 03             	sar    $0x3,%eax
f0102a65:	89 c2                	mov    %eax,%edx
f0102a67:	c1 e2 0c             	shl    $0xc,%edx
	if (PGNUM(pa) >= npages)
f0102a6a:	25 ff ff 0f 00       	and    $0xfffff,%eax
f0102a6f:	83 c4 10             	add    $0x10,%esp
f0102a72:	3b 05 44 b2 12 f0    	cmp    0xf012b244,%eax
f0102a78:	0f 83 8c 01 00 00    	jae    f0102c0a <check_page_installed_pgdir+0x1d4>
f0102a7e:	83 ec 04             	sub    $0x4,%esp
f0102a81:	68 00 10 00 00       	push   $0x1000
f0102a86:	6a 01                	push   $0x1
	return (void *)(pa + KERNBASE);
f0102a88:	81 ea 00 00 00 10    	sub    $0x10000000,%edx
f0102a8e:	52                   	push   %edx
f0102a8f:	e8 9c 2c 00 00       	call   f0105730 <memset>
	memset(page2kva(pp2), 2, PGSIZE);
f0102a94:	8b 75 ec             	mov    -0x14(%ebp),%esi
	return (pp - pages) << PGSHIFT;
f0102a97:	89 f0                	mov    %esi,%eax
f0102a99:	2b 05 3c b2 12 f0    	sub    0xf012b23c,%eax
f0102a9f:	c1 f8 03             	sar    $0x3,%eax
f0102aa2:	89 c2                	mov    %eax,%edx
f0102aa4:	c1 e2 0c             	shl    $0xc,%edx
	if (PGNUM(pa) >= npages)
f0102aa7:	25 ff ff 0f 00       	and    $0xfffff,%eax
f0102aac:	83 c4 10             	add    $0x10,%esp
f0102aaf:	3b 05 44 b2 12 f0    	cmp    0xf012b244,%eax
f0102ab5:	0f 83 61 01 00 00    	jae    f0102c1c <check_page_installed_pgdir+0x1e6>
f0102abb:	83 ec 04             	sub    $0x4,%esp
f0102abe:	68 00 10 00 00       	push   $0x1000
f0102ac3:	6a 02                	push   $0x2
	return (void *)(pa + KERNBASE);
f0102ac5:	81 ea 00 00 00 10    	sub    $0x10000000,%edx
f0102acb:	52                   	push   %edx
f0102acc:	e8 5f 2c 00 00       	call   f0105730 <memset>

	assert(page_insert(kern_pgdir, pp1, (void *) PGSIZE, PTE_W) == 0);
f0102ad1:	6a 02                	push   $0x2
f0102ad3:	68 00 10 00 00       	push   $0x1000
f0102ad8:	53                   	push   %ebx
f0102ad9:	ff 35 40 b2 12 f0    	push   0xf012b240
f0102adf:	e8 6b e6 ff ff       	call   f010114f <page_insert>
f0102ae4:	83 c4 20             	add    $0x20,%esp
f0102ae7:	85 c0                	test   %eax,%eax
f0102ae9:	0f 85 3f 01 00 00    	jne    f0102c2e <check_page_installed_pgdir+0x1f8>
	assert(pp1->pp_ref == 1);
f0102aef:	66 83 7b 04 01       	cmpw   $0x1,0x4(%ebx)
f0102af4:	0f 85 4d 01 00 00    	jne    f0102c47 <check_page_installed_pgdir+0x211>
	assert(*(volatile uint32_t *) PGSIZE == 0x01010101U);
f0102afa:	a1 00 10 00 00       	mov    0x1000,%eax
f0102aff:	3d 01 01 01 01       	cmp    $0x1010101,%eax
f0102b04:	0f 85 56 01 00 00    	jne    f0102c60 <check_page_installed_pgdir+0x22a>

	assert(page_insert(kern_pgdir, pp2, (void *) PGSIZE, PTE_W) == 0);
f0102b0a:	6a 02                	push   $0x2
f0102b0c:	68 00 10 00 00       	push   $0x1000
f0102b11:	56                   	push   %esi
f0102b12:	ff 35 40 b2 12 f0    	push   0xf012b240
f0102b18:	e8 32 e6 ff ff       	call   f010114f <page_insert>
f0102b1d:	83 c4 10             	add    $0x10,%esp
f0102b20:	85 c0                	test   %eax,%eax
f0102b22:	0f 85 51 01 00 00    	jne    f0102c79 <check_page_installed_pgdir+0x243>
	assert(*(volatile uint32_t *) PGSIZE == 0x02020202U);
f0102b28:	a1 00 10 00 00       	mov    0x1000,%eax
f0102b2d:	3d 02 02 02 02       	cmp    $0x2020202,%eax
f0102b32:	0f 85 5a 01 00 00    	jne    f0102c92 <check_page_installed_pgdir+0x25c>
	assert(pp2->pp_ref == 1);
f0102b38:	66 83 7e 04 01       	cmpw   $0x1,0x4(%esi)
f0102b3d:	0f 85 68 01 00 00    	jne    f0102cab <check_page_installed_pgdir+0x275>
	assert(pp1->pp_ref == 0);
f0102b43:	66 83 7b 04 00       	cmpw   $0x0,0x4(%ebx)
f0102b48:	0f 85 76 01 00 00    	jne    f0102cc4 <check_page_installed_pgdir+0x28e>

	*(volatile uint32_t *) PGSIZE = 0x03030303U;
f0102b4e:	c7 05 00 10 00 00 03 	movl   $0x3030303,0x1000
f0102b55:	03 03 03 
	assert(*(uint32_t *) page2kva(pp2) == 0x03030303U);
f0102b58:	8b 5d ec             	mov    -0x14(%ebp),%ebx
	return (pp - pages) << PGSHIFT;
f0102b5b:	89 d8                	mov    %ebx,%eax
f0102b5d:	2b 05 3c b2 12 f0    	sub    0xf012b23c,%eax
f0102b63:	c1 f8 03             	sar    $0x3,%eax
f0102b66:	89 c2                	mov    %eax,%edx
f0102b68:	c1 e2 0c             	shl    $0xc,%edx
	if (PGNUM(pa) >= npages)
f0102b6b:	25 ff ff 0f 00       	and    $0xfffff,%eax
f0102b70:	3b 05 44 b2 12 f0    	cmp    0xf012b244,%eax
f0102b76:	0f 83 61 01 00 00    	jae    f0102cdd <check_page_installed_pgdir+0x2a7>
f0102b7c:	81 ba 00 00 00 f0 03 	cmpl   $0x3030303,-0x10000000(%edx)
f0102b83:	03 03 03 
f0102b86:	0f 85 63 01 00 00    	jne    f0102cef <check_page_installed_pgdir+0x2b9>

	page_remove(kern_pgdir, (void *) PGSIZE);
f0102b8c:	83 ec 08             	sub    $0x8,%esp
f0102b8f:	68 00 10 00 00       	push   $0x1000
f0102b94:	ff 35 40 b2 12 f0    	push   0xf012b240
f0102b9a:	e8 6a e5 ff ff       	call   f0101109 <page_remove>
	assert(pp2->pp_ref == 0);
f0102b9f:	83 c4 10             	add    $0x10,%esp
f0102ba2:	66 83 7b 04 00       	cmpw   $0x0,0x4(%ebx)
f0102ba7:	0f 85 5b 01 00 00    	jne    f0102d08 <check_page_installed_pgdir+0x2d2>

	// Give back the page table.
	assert(PTE_ADDR(kern_pgdir[0]) == page2pa(pp0));
f0102bad:	8b 1d 40 b2 12 f0    	mov    0xf012b240,%ebx
f0102bb3:	8b 55 f4             	mov    -0xc(%ebp),%edx
f0102bb6:	8b 0b                	mov    (%ebx),%ecx
f0102bb8:	81 e1 00 f0 ff ff    	and    $0xfffff000,%ecx
	return (pp - pages) << PGSHIFT;
f0102bbe:	89 d0                	mov    %edx,%eax
f0102bc0:	2b 05 3c b2 12 f0    	sub    0xf012b23c,%eax
f0102bc6:	c1 f8 03             	sar    $0x3,%eax
f0102bc9:	c1 e0 0c             	shl    $0xc,%eax
f0102bcc:	39 c1                	cmp    %eax,%ecx
f0102bce:	0f 85 4d 01 00 00    	jne    f0102d21 <check_page_installed_pgdir+0x2eb>
	kern_pgdir[0] = 0;
f0102bd4:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
	assert(pp0->pp_ref == 1);
f0102bda:	66 83 7a 04 01       	cmpw   $0x1,0x4(%edx)
f0102bdf:	0f 85 55 01 00 00    	jne    f0102d3a <check_page_installed_pgdir+0x304>
	pp0->pp_ref = 0;
f0102be5:	66 c7 42 04 00 00    	movw   $0x0,0x4(%edx)
	page_free(pp0);
f0102beb:	83 ec 0c             	sub    $0xc,%esp
f0102bee:	52                   	push   %edx
f0102bef:	e8 48 e0 ff ff       	call   f0100c3c <page_free>

	cprintf("check_page_installed_pgdir() succeeded!\n");
f0102bf4:	c7 04 24 88 6f 10 f0 	movl   $0xf0106f88,(%esp)
f0102bfb:	e8 4d 28 00 00       	call   f010544d <cprintf>
}
f0102c00:	83 c4 10             	add    $0x10,%esp
f0102c03:	8d 65 f8             	lea    -0x8(%ebp),%esp
f0102c06:	5b                   	pop    %ebx
f0102c07:	5e                   	pop    %esi
f0102c08:	5d                   	pop    %ebp
f0102c09:	c3                   	ret
		_panic(file, line, "KADDR called with invalid pa %08lx", pa);
f0102c0a:	52                   	push   %edx
f0102c0b:	68 e4 62 10 f0       	push   $0xf01062e4
f0102c10:	6a 55                	push   $0x55
f0102c12:	68 4d 64 10 f0       	push   $0xf010644d
f0102c17:	e8 3c 2f 00 00       	call   f0105b58 <_panic>
f0102c1c:	52                   	push   %edx
f0102c1d:	68 e4 62 10 f0       	push   $0xf01062e4
f0102c22:	6a 55                	push   $0x55
f0102c24:	68 4d 64 10 f0       	push   $0xf010644d
f0102c29:	e8 2a 2f 00 00       	call   f0105b58 <_panic>
	assert(page_insert(kern_pgdir, pp1, (void *) PGSIZE, PTE_W) == 0);
f0102c2e:	68 cc 6b 10 f0       	push   $0xf0106bcc
f0102c33:	68 70 64 10 f0       	push   $0xf0106470
f0102c38:	68 68 01 00 00       	push   $0x168
f0102c3d:	68 85 64 10 f0       	push   $0xf0106485
f0102c42:	e8 11 2f 00 00       	call   f0105b58 <_panic>
	assert(pp1->pp_ref == 1);
f0102c47:	68 e5 65 10 f0       	push   $0xf01065e5
f0102c4c:	68 70 64 10 f0       	push   $0xf0106470
f0102c51:	68 69 01 00 00       	push   $0x169
f0102c56:	68 85 64 10 f0       	push   $0xf0106485
f0102c5b:	e8 f8 2e 00 00       	call   f0105b58 <_panic>
	assert(*(volatile uint32_t *) PGSIZE == 0x01010101U);
f0102c60:	68 fc 6e 10 f0       	push   $0xf0106efc
f0102c65:	68 70 64 10 f0       	push   $0xf0106470
f0102c6a:	68 6a 01 00 00       	push   $0x16a
f0102c6f:	68 85 64 10 f0       	push   $0xf0106485
f0102c74:	e8 df 2e 00 00       	call   f0105b58 <_panic>
	assert(page_insert(kern_pgdir, pp2, (void *) PGSIZE, PTE_W) == 0);
f0102c79:	68 00 6a 10 f0       	push   $0xf0106a00
f0102c7e:	68 70 64 10 f0       	push   $0xf0106470
f0102c83:	68 6c 01 00 00       	push   $0x16c
f0102c88:	68 85 64 10 f0       	push   $0xf0106485
f0102c8d:	e8 c6 2e 00 00       	call   f0105b58 <_panic>
	assert(*(volatile uint32_t *) PGSIZE == 0x02020202U);
f0102c92:	68 2c 6f 10 f0       	push   $0xf0106f2c
f0102c97:	68 70 64 10 f0       	push   $0xf0106470
f0102c9c:	68 6d 01 00 00       	push   $0x16d
f0102ca1:	68 85 64 10 f0       	push   $0xf0106485
f0102ca6:	e8 ad 2e 00 00       	call   f0105b58 <_panic>
	assert(pp2->pp_ref == 1);
f0102cab:	68 07 66 10 f0       	push   $0xf0106607
f0102cb0:	68 70 64 10 f0       	push   $0xf0106470
f0102cb5:	68 6e 01 00 00       	push   $0x16e
f0102cba:	68 85 64 10 f0       	push   $0xf0106485
f0102cbf:	e8 94 2e 00 00       	call   f0105b58 <_panic>
	assert(pp1->pp_ref == 0);
f0102cc4:	68 50 66 10 f0       	push   $0xf0106650
f0102cc9:	68 70 64 10 f0       	push   $0xf0106470
f0102cce:	68 6f 01 00 00       	push   $0x16f
f0102cd3:	68 85 64 10 f0       	push   $0xf0106485
f0102cd8:	e8 7b 2e 00 00       	call   f0105b58 <_panic>
f0102cdd:	52                   	push   %edx
f0102cde:	68 e4 62 10 f0       	push   $0xf01062e4
f0102ce3:	6a 55                	push   $0x55
f0102ce5:	68 4d 64 10 f0       	push   $0xf010644d
f0102cea:	e8 69 2e 00 00       	call   f0105b58 <_panic>
	assert(*(uint32_t *) page2kva(pp2) == 0x03030303U);
f0102cef:	68 5c 6f 10 f0       	push   $0xf0106f5c
f0102cf4:	68 70 64 10 f0       	push   $0xf0106470
f0102cf9:	68 72 01 00 00       	push   $0x172
f0102cfe:	68 85 64 10 f0       	push   $0xf0106485
f0102d03:	e8 50 2e 00 00       	call   f0105b58 <_panic>
	assert(pp2->pp_ref == 0);
f0102d08:	68 3f 66 10 f0       	push   $0xf010663f
f0102d0d:	68 70 64 10 f0       	push   $0xf0106470
f0102d12:	68 75 01 00 00       	push   $0x175
f0102d17:	68 85 64 10 f0       	push   $0xf0106485
f0102d1c:	e8 37 2e 00 00       	call   f0105b58 <_panic>
	assert(PTE_ADDR(kern_pgdir[0]) == page2pa(pp0));
f0102d21:	68 a8 69 10 f0       	push   $0xf01069a8
f0102d26:	68 70 64 10 f0       	push   $0xf0106470
f0102d2b:	68 78 01 00 00       	push   $0x178
f0102d30:	68 85 64 10 f0       	push   $0xf0106485
f0102d35:	e8 1e 2e 00 00       	call   f0105b58 <_panic>
	assert(pp0->pp_ref == 1);
f0102d3a:	68 f6 65 10 f0       	push   $0xf01065f6
f0102d3f:	68 70 64 10 f0       	push   $0xf0106470
f0102d44:	68 7a 01 00 00       	push   $0x17a
f0102d49:	68 85 64 10 f0       	push   $0xf0106485
f0102d4e:	e8 05 2e 00 00       	call   f0105b58 <_panic>

f0102d53 <mc146818_read>:
#include <kern/kclock.h>


unsigned
mc146818_read(unsigned reg)
{
f0102d53:	55                   	push   %ebp
f0102d54:	89 e5                	mov    %esp,%ebp
	asm volatile("outb %0,%w1" : : "a" (data), "d" (port));
f0102d56:	8b 45 08             	mov    0x8(%ebp),%eax
f0102d59:	ba 70 00 00 00       	mov    $0x70,%edx
f0102d5e:	ee                   	out    %al,(%dx)
	asm volatile("inb %w1,%0" : "=a" (data) : "d" (port));
f0102d5f:	ba 71 00 00 00       	mov    $0x71,%edx
f0102d64:	ec                   	in     (%dx),%al
	outb(IO_RTC, reg);
	return inb(IO_RTC+1);
f0102d65:	0f b6 c0             	movzbl %al,%eax
}
f0102d68:	5d                   	pop    %ebp
f0102d69:	c3                   	ret

f0102d6a <mc146818_write>:

void
mc146818_write(unsigned reg, unsigned datum)
{
f0102d6a:	55                   	push   %ebp
f0102d6b:	89 e5                	mov    %esp,%ebp
	asm volatile("outb %0,%w1" : : "a" (data), "d" (port));
f0102d6d:	8b 45 08             	mov    0x8(%ebp),%eax
f0102d70:	ba 70 00 00 00       	mov    $0x70,%edx
f0102d75:	ee                   	out    %al,(%dx)
f0102d76:	8b 45 0c             	mov    0xc(%ebp),%eax
f0102d79:	ba 71 00 00 00       	mov    $0x71,%edx
f0102d7e:	ee                   	out    %al,(%dx)
	outb(IO_RTC, reg);
	outb(IO_RTC+1, datum);
}
f0102d7f:	5d                   	pop    %ebp
f0102d80:	c3                   	ret

f0102d81 <region_alloc>:

// Map zeroed, user-writable pages covering [va, va+len) in env e.
// Panics when out of memory: only used while creating the first envs.
static void
region_alloc(struct Env *e, void *va, size_t len)
{
f0102d81:	55                   	push   %ebp
f0102d82:	89 e5                	mov    %esp,%ebp
f0102d84:	57                   	push   %edi
f0102d85:	56                   	push   %esi
f0102d86:	53                   	push   %ebx
f0102d87:	83 ec 0c             	sub    $0xc,%esp
f0102d8a:	89 c7                	mov    %eax,%edi
	uintptr_t a = ROUNDDOWN((uintptr_t) va, PGSIZE);
f0102d8c:	89 d3                	mov    %edx,%ebx
f0102d8e:	81 e3 00 f0 ff ff    	and    $0xfffff000,%ebx
	uintptr_t end = ROUNDUP((uintptr_t) va + len, PGSIZE);
f0102d94:	8d b4 0a ff 0f 00 00 	lea    0xfff(%edx,%ecx,1),%esi
f0102d9b:	81 e6 00 f0 ff ff    	and    $0xfffff000,%esi
	struct PageInfo *pp;

	for (; a < end; a += PGSIZE) {
f0102da1:	39 f3                	cmp    %esi,%ebx
f0102da3:	73 2e                	jae    f0102dd3 <region_alloc+0x52>
		if (!(pp = page_alloc(ALLOC_ZERO)))
f0102da5:	83 ec 0c             	sub    $0xc,%esp
f0102da8:	6a 01                	push   $0x1
f0102daa:	e8 18 de ff ff       	call   f0100bc7 <page_alloc>
f0102daf:	83 c4 10             	add    $0x10,%esp
f0102db2:	85 c0                	test   %eax,%eax
f0102db4:	74 25                	je     f0102ddb <region_alloc+0x5a>
			panic("region_alloc: out of memory");
		if (page_insert(e->env_pgdir, pp, (void *) a, PTE_U | PTE_W) < 0)
f0102db6:	6a 06                	push   $0x6
f0102db8:	53                   	push   %ebx
f0102db9:	50                   	push   %eax
f0102dba:	ff 77 60             	push   0x60(%edi)
f0102dbd:	e8 8d e3 ff ff       	call   f010114f <page_insert>
f0102dc2:	83 c4 10             	add    $0x10,%esp
f0102dc5:	85 c0                	test   %eax,%eax
f0102dc7:	78 29                	js     f0102df2 <region_alloc+0x71>
	for (; a < end; a += PGSIZE) {
f0102dc9:	81 c3 00 10 00 00    	add    $0x1000,%ebx
f0102dcf:	39 f3                	cmp    %esi,%ebx
f0102dd1:	72 d2                	jb     f0102da5 <region_alloc+0x24>
			panic("region_alloc: out of memory");
	}
}
f0102dd3:	8d 65 f4             	lea    -0xc(%ebp),%esp
f0102dd6:	5b                   	pop    %ebx
f0102dd7:	5e                   	pop    %esi
f0102dd8:	5f                   	pop    %edi
f0102dd9:	5d                   	pop    %ebp
f0102dda:	c3                   	ret
			panic("region_alloc: out of memory");
f0102ddb:	83 ec 04             	sub    $0x4,%esp
f0102dde:	68 b1 6f 10 f0       	push   $0xf0106fb1
f0102de3:	68 cd 00 00 00       	push   $0xcd
f0102de8:	68 cd 6f 10 f0       	push   $0xf0106fcd
f0102ded:	e8 66 2d 00 00       	call   f0105b58 <_panic>
			panic("region_alloc: out of memory");
f0102df2:	83 ec 04             	sub    $0x4,%esp
f0102df5:	68 b1 6f 10 f0       	push   $0xf0106fb1
f0102dfa:	68 cf 00 00 00       	push   $0xcf
f0102dff:	68 cd 6f 10 f0       	push   $0xf0106fcd
f0102e04:	e8 4f 2d 00 00       	call   f0105b58 <_panic>

f0102e09 <envid2env>:
{
f0102e09:	55                   	push   %ebp
f0102e0a:	89 e5                	mov    %esp,%ebp
f0102e0c:	56                   	push   %esi
f0102e0d:	53                   	push   %ebx
f0102e0e:	8b 75 08             	mov    0x8(%ebp),%esi
f0102e11:	8b 45 10             	mov    0x10(%ebp),%eax
	if (envid == 0) {
f0102e14:	85 f6                	test   %esi,%esi
f0102e16:	74 2e                	je     f0102e46 <envid2env+0x3d>
	e = &envs[ENVX(envid)];
f0102e18:	89 f3                	mov    %esi,%ebx
f0102e1a:	81 e3 ff 03 00 00    	and    $0x3ff,%ebx
f0102e20:	6b db 7c             	imul   $0x7c,%ebx,%ebx
f0102e23:	03 1d 50 b2 12 f0    	add    0xf012b250,%ebx
	if (e->env_status == ENV_FREE || e->env_id != envid) {
f0102e29:	83 7b 54 00          	cmpl   $0x0,0x54(%ebx)
f0102e2d:	74 5b                	je     f0102e8a <envid2env+0x81>
f0102e2f:	39 73 48             	cmp    %esi,0x48(%ebx)
f0102e32:	75 62                	jne    f0102e96 <envid2env+0x8d>
	if (checkperm && e != curenv && e->env_parent_id != curenv->env_id) {
f0102e34:	84 c0                	test   %al,%al
f0102e36:	75 20                	jne    f0102e58 <envid2env+0x4f>
	return 0;
f0102e38:	b8 00 00 00 00       	mov    $0x0,%eax
		*env_store = curenv;
f0102e3d:	8b 55 0c             	mov    0xc(%ebp),%edx
f0102e40:	89 1a                	mov    %ebx,(%edx)
}
f0102e42:	5b                   	pop    %ebx
f0102e43:	5e                   	pop    %esi
f0102e44:	5d                   	pop    %ebp
f0102e45:	c3                   	ret
		*env_store = curenv;
f0102e46:	e8 5f 17 00 00       	call   f01045aa <cpunum>
f0102e4b:	6b c0 74             	imul   $0x74,%eax,%eax
f0102e4e:	8b 98 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%ebx
		return 0;
f0102e54:	89 f0                	mov    %esi,%eax
f0102e56:	eb e5                	jmp    f0102e3d <envid2env+0x34>
	if (checkperm && e != curenv && e->env_parent_id != curenv->env_id) {
f0102e58:	e8 4d 17 00 00       	call   f01045aa <cpunum>
f0102e5d:	6b c0 74             	imul   $0x74,%eax,%eax
f0102e60:	39 98 28 c0 16 f0    	cmp    %ebx,-0xfe93fd8(%eax)
f0102e66:	74 d0                	je     f0102e38 <envid2env+0x2f>
f0102e68:	8b 73 4c             	mov    0x4c(%ebx),%esi
f0102e6b:	e8 3a 17 00 00       	call   f01045aa <cpunum>
f0102e70:	6b c0 74             	imul   $0x74,%eax,%eax
f0102e73:	8b 80 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%eax
f0102e79:	3b 70 48             	cmp    0x48(%eax),%esi
f0102e7c:	74 ba                	je     f0102e38 <envid2env+0x2f>
f0102e7e:	bb 00 00 00 00       	mov    $0x0,%ebx
		return -E_BAD_ENV;
f0102e83:	b8 fe ff ff ff       	mov    $0xfffffffe,%eax
f0102e88:	eb b3                	jmp    f0102e3d <envid2env+0x34>
f0102e8a:	bb 00 00 00 00       	mov    $0x0,%ebx
		return -E_BAD_ENV;
f0102e8f:	b8 fe ff ff ff       	mov    $0xfffffffe,%eax
f0102e94:	eb a7                	jmp    f0102e3d <envid2env+0x34>
f0102e96:	bb 00 00 00 00       	mov    $0x0,%ebx
f0102e9b:	b8 fe ff ff ff       	mov    $0xfffffffe,%eax
f0102ea0:	eb 9b                	jmp    f0102e3d <envid2env+0x34>

f0102ea2 <env_init_percpu>:
	asm volatile("lgdt (%0)" : : "r" (p));
f0102ea2:	b8 20 c3 11 f0       	mov    $0xf011c320,%eax
f0102ea7:	0f 01 10             	lgdtl  (%eax)
	asm volatile("movw %%ax,%%gs" : : "a" (GD_UD|3));
f0102eaa:	b8 23 00 00 00       	mov    $0x23,%eax
f0102eaf:	8e e8                	mov    %eax,%gs
	asm volatile("movw %%ax,%%fs" : : "a" (GD_UD|3));
f0102eb1:	8e e0                	mov    %eax,%fs
	asm volatile("movw %%ax,%%es" : : "a" (GD_KD));
f0102eb3:	b8 10 00 00 00       	mov    $0x10,%eax
f0102eb8:	8e c0                	mov    %eax,%es
	asm volatile("movw %%ax,%%ds" : : "a" (GD_KD));
f0102eba:	8e d8                	mov    %eax,%ds
	asm volatile("movw %%ax,%%ss" : : "a" (GD_KD));
f0102ebc:	8e d0                	mov    %eax,%ss
	asm volatile("ljmp %0,$1f\n 1:\n" : : "i" (GD_KT));
f0102ebe:	ea c5 2e 10 f0 08 00 	ljmp   $0x8,$0xf0102ec5
	asm volatile("lldt %0" : : "r" (sel));
f0102ec5:	b8 00 00 00 00       	mov    $0x0,%eax
f0102eca:	0f 00 d0             	lldt   %ax
}
f0102ecd:	c3                   	ret

f0102ece <env_init>:
{
f0102ece:	55                   	push   %ebp
f0102ecf:	89 e5                	mov    %esp,%ebp
f0102ed1:	53                   	push   %ebx
f0102ed2:	83 ec 04             	sub    $0x4,%esp
		envs[i].env_id = 0;
f0102ed5:	8b 1d 50 b2 12 f0    	mov    0xf012b250,%ebx
f0102edb:	8d 83 84 ef 01 00    	lea    0x1ef84(%ebx),%eax
f0102ee1:	ba 00 00 00 00       	mov    $0x0,%edx
f0102ee6:	89 d1                	mov    %edx,%ecx
f0102ee8:	89 c2                	mov    %eax,%edx
f0102eea:	c7 40 48 00 00 00 00 	movl   $0x0,0x48(%eax)
		envs[i].env_status = ENV_FREE;
f0102ef1:	c7 40 54 00 00 00 00 	movl   $0x0,0x54(%eax)
		envs[i].env_link = env_free_list;
f0102ef8:	89 48 44             	mov    %ecx,0x44(%eax)
	for (i = NENV - 1; i >= 0; i--) {
f0102efb:	83 e8 7c             	sub    $0x7c,%eax
f0102efe:	39 da                	cmp    %ebx,%edx
f0102f00:	75 e4                	jne    f0102ee6 <env_init+0x18>
f0102f02:	89 1d 54 b2 12 f0    	mov    %ebx,0xf012b254
	env_init_percpu();
f0102f08:	e8 95 ff ff ff       	call   f0102ea2 <env_init_percpu>
}
f0102f0d:	8b 5d fc             	mov    -0x4(%ebp),%ebx
f0102f10:	c9                   	leave
f0102f11:	c3                   	ret

f0102f12 <env_alloc>:
{
f0102f12:	55                   	push   %ebp
f0102f13:	89 e5                	mov    %esp,%ebp
f0102f15:	53                   	push   %ebx
f0102f16:	83 ec 04             	sub    $0x4,%esp
	if (!(e = env_free_list))
f0102f19:	8b 1d 54 b2 12 f0    	mov    0xf012b254,%ebx
f0102f1f:	85 db                	test   %ebx,%ebx
f0102f21:	0f 84 82 01 00 00    	je     f01030a9 <env_alloc+0x197>
	if (!(p = page_alloc(ALLOC_ZERO)))
f0102f27:	83 ec 0c             	sub    $0xc,%esp
f0102f2a:	6a 01                	push   $0x1
f0102f2c:	e8 96 dc ff ff       	call   f0100bc7 <page_alloc>
f0102f31:	83 c4 10             	add    $0x10,%esp
f0102f34:	85 c0                	test   %eax,%eax
f0102f36:	0f 84 74 01 00 00    	je     f01030b0 <env_alloc+0x19e>
	p->pp_ref++;
f0102f3c:	66 83 40 04 01       	addw   $0x1,0x4(%eax)
	return (pp - pages) << PGSHIFT;
f0102f41:	2b 05 3c b2 12 f0    	sub    0xf012b23c,%eax
f0102f47:	c1 f8 03             	sar    $0x3,%eax
f0102f4a:	89 c2                	mov    %eax,%edx
f0102f4c:	c1 e2 0c             	shl    $0xc,%edx
	if (PGNUM(pa) >= npages)
f0102f4f:	25 ff ff 0f 00       	and    $0xfffff,%eax
f0102f54:	3b 05 44 b2 12 f0    	cmp    0xf012b244,%eax
f0102f5a:	0f 83 22 01 00 00    	jae    f0103082 <env_alloc+0x170>
	return (void *)(pa + KERNBASE);
f0102f60:	8d 82 00 00 00 f0    	lea    -0x10000000(%edx),%eax
	e->env_pgdir = (pde_t *) page2kva(p);
f0102f66:	89 43 60             	mov    %eax,0x60(%ebx)
	memcpy(e->env_pgdir + PDX(UTOP), kern_pgdir + PDX(UTOP),
f0102f69:	83 ec 04             	sub    $0x4,%esp
f0102f6c:	68 14 01 00 00       	push   $0x114
f0102f71:	a1 40 b2 12 f0       	mov    0xf012b240,%eax
f0102f76:	05 ec 0e 00 00       	add    $0xeec,%eax
f0102f7b:	50                   	push   %eax
f0102f7c:	81 ea 14 f1 ff 0f    	sub    $0xffff114,%edx
f0102f82:	52                   	push   %edx
f0102f83:	e8 1f 28 00 00       	call   f01057a7 <memcpy>
	e->env_pgdir[PDX(UVPT)] = PADDR(e->env_pgdir) | PTE_P | PTE_U;
f0102f88:	8b 43 60             	mov    0x60(%ebx),%eax
	if ((uint32_t)kva < KERNBASE)
f0102f8b:	83 c4 10             	add    $0x10,%esp
f0102f8e:	3d ff ff ff ef       	cmp    $0xefffffff,%eax
f0102f93:	0f 86 fb 00 00 00    	jbe    f0103094 <env_alloc+0x182>
	return (physaddr_t)kva - KERNBASE;
f0102f99:	8d 90 00 00 00 10    	lea    0x10000000(%eax),%edx
f0102f9f:	83 ca 05             	or     $0x5,%edx
f0102fa2:	89 90 f4 0e 00 00    	mov    %edx,0xef4(%eax)
	generation = (e->env_id + (1 << ENVGENSHIFT)) & ~(NENV - 1);
f0102fa8:	8b 43 48             	mov    0x48(%ebx),%eax
f0102fab:	05 00 10 00 00       	add    $0x1000,%eax
		generation = 1 << ENVGENSHIFT;
f0102fb0:	25 00 fc ff ff       	and    $0xfffffc00,%eax
f0102fb5:	ba 00 10 00 00       	mov    $0x1000,%edx
f0102fba:	0f 4e c2             	cmovle %edx,%eax
	e->env_id = generation | (e - envs);
f0102fbd:	89 da                	mov    %ebx,%edx
f0102fbf:	2b 15 50 b2 12 f0    	sub    0xf012b250,%edx
f0102fc5:	c1 fa 02             	sar    $0x2,%edx
f0102fc8:	69 d2 df 7b ef bd    	imul   $0xbdef7bdf,%edx,%edx
f0102fce:	09 d0                	or     %edx,%eax
f0102fd0:	89 43 48             	mov    %eax,0x48(%ebx)
	e->env_parent_id = parent_id;
f0102fd3:	8b 45 0c             	mov    0xc(%ebp),%eax
f0102fd6:	89 43 4c             	mov    %eax,0x4c(%ebx)
	e->env_type = ENV_TYPE_USER;
f0102fd9:	c7 43 50 00 00 00 00 	movl   $0x0,0x50(%ebx)
	e->env_status = ENV_RUNNABLE;
f0102fe0:	c7 43 54 02 00 00 00 	movl   $0x2,0x54(%ebx)
	e->env_runs = 0;
f0102fe7:	c7 43 58 00 00 00 00 	movl   $0x0,0x58(%ebx)
	memset(&e->env_tf, 0, sizeof(e->env_tf));
f0102fee:	83 ec 04             	sub    $0x4,%esp
f0102ff1:	6a 44                	push   $0x44
f0102ff3:	6a 00                	push   $0x0
f0102ff5:	53                   	push   %ebx
f0102ff6:	e8 35 27 00 00       	call   f0105730 <memset>
	e->env_tf.tf_ds = GD_UD | 3;
f0102ffb:	66 c7 43 24 23 00    	movw   $0x23,0x24(%ebx)
	e->env_tf.tf_es = GD_UD | 3;
f0103001:	66 c7 43 20 23 00    	movw   $0x23,0x20(%ebx)
	e->env_tf.tf_ss = GD_UD | 3;
f0103007:	66 c7 43 40 23 00    	movw   $0x23,0x40(%ebx)
	e->env_tf.tf_esp = USTACKTOP;
f010300d:	c7 43 3c 00 e0 bf ee 	movl   $0xeebfe000,0x3c(%ebx)
	e->env_tf.tf_cs = GD_UT | 3;
f0103014:	66 c7 43 34 1b 00    	movw   $0x1b,0x34(%ebx)
	e->env_tf.tf_eflags |= FL_IF;
f010301a:	81 4b 38 00 02 00 00 	orl    $0x200,0x38(%ebx)
	e->env_pgfault_upcall = 0;
f0103021:	c7 43 64 00 00 00 00 	movl   $0x0,0x64(%ebx)
	e->env_ipc_recving = 0;
f0103028:	c6 43 68 00          	movb   $0x0,0x68(%ebx)
	env_free_list = e->env_link;
f010302c:	8b 43 44             	mov    0x44(%ebx),%eax
f010302f:	a3 54 b2 12 f0       	mov    %eax,0xf012b254
	*newenv_store = e;
f0103034:	8b 45 08             	mov    0x8(%ebp),%eax
f0103037:	89 18                	mov    %ebx,(%eax)
	cprintf("[%08x] new env %08x\n", curenv ? curenv->env_id : 0, e->env_id);
f0103039:	8b 5b 48             	mov    0x48(%ebx),%ebx
f010303c:	e8 69 15 00 00       	call   f01045aa <cpunum>
f0103041:	6b c0 74             	imul   $0x74,%eax,%eax
f0103044:	83 c4 10             	add    $0x10,%esp
f0103047:	ba 00 00 00 00       	mov    $0x0,%edx
f010304c:	83 b8 28 c0 16 f0 00 	cmpl   $0x0,-0xfe93fd8(%eax)
f0103053:	74 11                	je     f0103066 <env_alloc+0x154>
f0103055:	e8 50 15 00 00       	call   f01045aa <cpunum>
f010305a:	6b c0 74             	imul   $0x74,%eax,%eax
f010305d:	8b 80 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%eax
f0103063:	8b 50 48             	mov    0x48(%eax),%edx
f0103066:	83 ec 04             	sub    $0x4,%esp
f0103069:	53                   	push   %ebx
f010306a:	52                   	push   %edx
f010306b:	68 d8 6f 10 f0       	push   $0xf0106fd8
f0103070:	e8 d8 23 00 00       	call   f010544d <cprintf>
	return 0;
f0103075:	83 c4 10             	add    $0x10,%esp
f0103078:	b8 00 00 00 00       	mov    $0x0,%eax
}
f010307d:	8b 5d fc             	mov    -0x4(%ebp),%ebx
f0103080:	c9                   	leave
f0103081:	c3                   	ret
		_panic(file, line, "KADDR called with invalid pa %08lx", pa);
f0103082:	52                   	push   %edx
f0103083:	68 e4 62 10 f0       	push   $0xf01062e4
f0103088:	6a 55                	push   $0x55
f010308a:	68 4d 64 10 f0       	push   $0xf010644d
f010308f:	e8 c4 2a 00 00       	call   f0105b58 <_panic>
		_panic(file, line, "PADDR called with invalid kva %08lx", kva);
f0103094:	50                   	push   %eax
f0103095:	68 90 62 10 f0       	push   $0xf0106290
f010309a:	68 8d 00 00 00       	push   $0x8d
f010309f:	68 cd 6f 10 f0       	push   $0xf0106fcd
f01030a4:	e8 af 2a 00 00       	call   f0105b58 <_panic>
		return -E_NO_FREE_ENV;
f01030a9:	b8 fb ff ff ff       	mov    $0xfffffffb,%eax
f01030ae:	eb cd                	jmp    f010307d <env_alloc+0x16b>
		return -E_NO_MEM;
f01030b0:	b8 fc ff ff ff       	mov    $0xfffffffc,%eax
f01030b5:	eb c6                	jmp    f010307d <env_alloc+0x16b>

f01030b7 <env_create>:

// Create a new environment running 'binary', with no parent.
// Only called during kernel initialization.
void
env_create(uint8_t *binary, enum EnvType type)
{
f01030b7:	55                   	push   %ebp
f01030b8:	89 e5                	mov    %esp,%ebp
f01030ba:	57                   	push   %edi
f01030bb:	56                   	push   %esi
f01030bc:	53                   	push   %ebx
f01030bd:	83 ec 34             	sub    $0x34,%esp
f01030c0:	8b 7d 08             	mov    0x8(%ebp),%edi
	struct Env *e;
	int r;

	if ((r = env_alloc(&e, 0)) < 0)
f01030c3:	6a 00                	push   $0x0
f01030c5:	8d 45 e4             	lea    -0x1c(%ebp),%eax
f01030c8:	50                   	push   %eax
f01030c9:	e8 44 fe ff ff       	call   f0102f12 <env_alloc>
f01030ce:	83 c4 10             	add    $0x10,%esp
f01030d1:	85 c0                	test   %eax,%eax
f01030d3:	0f 88 81 00 00 00    	js     f010315a <env_create+0xa3>
		panic("env_create: %e", r);
	load_icode(e, binary);
f01030d9:	8b 45 e4             	mov    -0x1c(%ebp),%eax
f01030dc:	89 45 d4             	mov    %eax,-0x2c(%ebp)
	if (elf->e_magic != ELF_MAGIC)
f01030df:	81 3f 7f 45 4c 46    	cmpl   $0x464c457f,(%edi)
f01030e5:	0f 85 84 00 00 00    	jne    f010316f <env_create+0xb8>
	lcr3(PADDR(e->env_pgdir));
f01030eb:	8b 45 d4             	mov    -0x2c(%ebp),%eax
f01030ee:	8b 40 60             	mov    0x60(%eax),%eax
	if ((uint32_t)kva < KERNBASE)
f01030f1:	3d ff ff ff ef       	cmp    $0xefffffff,%eax
f01030f6:	0f 86 8a 00 00 00    	jbe    f0103186 <env_create+0xcf>
	return (physaddr_t)kva - KERNBASE;
f01030fc:	05 00 00 00 10       	add    $0x10000000,%eax
	asm volatile("movl %0,%%cr3" : : "r" (val) : "memory");
f0103101:	0f 22 d8             	mov    %eax,%cr3
	ph = (struct Proghdr *) (binary + elf->e_phoff);
f0103104:	89 fb                	mov    %edi,%ebx
f0103106:	03 5f 1c             	add    0x1c(%edi),%ebx
	eph = ph + elf->e_phnum;
f0103109:	0f b7 77 2c          	movzwl 0x2c(%edi),%esi
f010310d:	c1 e6 05             	shl    $0x5,%esi
f0103110:	01 de                	add    %ebx,%esi
	for (; ph < eph; ph++) {
f0103112:	39 f3                	cmp    %esi,%ebx
f0103114:	0f 82 ba 00 00 00    	jb     f01031d4 <env_create+0x11d>
	lcr3(PADDR(kern_pgdir));
f010311a:	a1 40 b2 12 f0       	mov    0xf012b240,%eax
	if ((uint32_t)kva < KERNBASE)
f010311f:	3d ff ff ff ef       	cmp    $0xefffffff,%eax
f0103124:	0f 86 f0 00 00 00    	jbe    f010321a <env_create+0x163>
	return (physaddr_t)kva - KERNBASE;
f010312a:	05 00 00 00 10       	add    $0x10000000,%eax
f010312f:	0f 22 d8             	mov    %eax,%cr3
	e->env_tf.tf_eip = elf->e_entry;
f0103132:	8b 47 18             	mov    0x18(%edi),%eax
f0103135:	8b 7d d4             	mov    -0x2c(%ebp),%edi
f0103138:	89 47 30             	mov    %eax,0x30(%edi)
	region_alloc(e, (void *) (USTACKTOP - PGSIZE), PGSIZE);
f010313b:	b9 00 10 00 00       	mov    $0x1000,%ecx
f0103140:	ba 00 d0 bf ee       	mov    $0xeebfd000,%edx
f0103145:	89 f8                	mov    %edi,%eax
f0103147:	e8 35 fc ff ff       	call   f0102d81 <region_alloc>
	e->env_type = type;
f010314c:	8b 45 0c             	mov    0xc(%ebp),%eax
f010314f:	89 47 50             	mov    %eax,0x50(%edi)
}
f0103152:	8d 65 f4             	lea    -0xc(%ebp),%esp
f0103155:	5b                   	pop    %ebx
f0103156:	5e                   	pop    %esi
f0103157:	5f                   	pop    %edi
f0103158:	5d                   	pop    %ebp
f0103159:	c3                   	ret
		panic("env_create: %e", r);
f010315a:	50                   	push   %eax
f010315b:	68 ed 6f 10 f0       	push   $0xf0106fed
f0103160:	68 00 01 00 00       	push   $0x100
f0103165:	68 cd 6f 10 f0       	push   $0xf0106fcd
f010316a:	e8 e9 29 00 00       	call   f0105b58 <_panic>
		panic("load_icode: not an ELF binary");
f010316f:	83 ec 04             	sub    $0x4,%esp
f0103172:	68 fc 6f 10 f0       	push   $0xf0106ffc
f0103177:	68 de 00 00 00       	push   $0xde
f010317c:	68 cd 6f 10 f0       	push   $0xf0106fcd
f0103181:	e8 d2 29 00 00       	call   f0105b58 <_panic>
		_panic(file, line, "PADDR called with invalid kva %08lx", kva);
f0103186:	50                   	push   %eax
f0103187:	68 90 62 10 f0       	push   $0xf0106290
f010318c:	68 e0 00 00 00       	push   $0xe0
f0103191:	68 cd 6f 10 f0       	push   $0xf0106fcd
f0103196:	e8 bd 29 00 00       	call   f0105b58 <_panic>
			panic("load_icode: segment file size > memory size");
f010319b:	83 ec 04             	sub    $0x4,%esp
f010319e:	68 3c 70 10 f0       	push   $0xf010703c
f01031a3:	68 e7 00 00 00       	push   $0xe7
f01031a8:	68 cd 6f 10 f0       	push   $0xf0106fcd
f01031ad:	e8 a6 29 00 00       	call   f0105b58 <_panic>
			panic("load_icode: segment outside user space");
f01031b2:	83 ec 04             	sub    $0x4,%esp
f01031b5:	68 68 70 10 f0       	push   $0xf0107068
f01031ba:	68 ea 00 00 00       	push   $0xea
f01031bf:	68 cd 6f 10 f0       	push   $0xf0106fcd
f01031c4:	e8 8f 29 00 00       	call   f0105b58 <_panic>
	for (; ph < eph; ph++) {
f01031c9:	83 c3 20             	add    $0x20,%ebx
f01031cc:	39 f3                	cmp    %esi,%ebx
f01031ce:	0f 83 46 ff ff ff    	jae    f010311a <env_create+0x63>
		if (ph->p_type != ELF_PROG_LOAD)
f01031d4:	83 3b 01             	cmpl   $0x1,(%ebx)
f01031d7:	75 f0                	jne    f01031c9 <env_create+0x112>
		if (ph->p_filesz > ph->p_memsz)
f01031d9:	8b 4b 14             	mov    0x14(%ebx),%ecx
f01031dc:	3b 4b 10             	cmp    0x10(%ebx),%ecx
f01031df:	72 ba                	jb     f010319b <env_create+0xe4>
		if (ph->p_va >= UTOP || ph->p_va + ph->p_memsz > UTOP ||
f01031e1:	8b 53 08             	mov    0x8(%ebx),%edx
f01031e4:	81 fa ff ff bf ee    	cmp    $0xeebfffff,%edx
f01031ea:	77 c6                	ja     f01031b2 <env_create+0xfb>
f01031ec:	89 c8                	mov    %ecx,%eax
f01031ee:	01 d0                	add    %edx,%eax
f01031f0:	72 c0                	jb     f01031b2 <env_create+0xfb>
f01031f2:	3d 00 00 c0 ee       	cmp    $0xeec00000,%eax
f01031f7:	77 b9                	ja     f01031b2 <env_create+0xfb>
		region_alloc(e, (void *) ph->p_va, ph->p_memsz);
f01031f9:	8b 45 d4             	mov    -0x2c(%ebp),%eax
f01031fc:	e8 80 fb ff ff       	call   f0102d81 <region_alloc>
		memcpy((void *) ph->p_va, binary + ph->p_offset, ph->p_filesz);
f0103201:	83 ec 04             	sub    $0x4,%esp
f0103204:	ff 73 10             	push   0x10(%ebx)
f0103207:	89 f8                	mov    %edi,%eax
f0103209:	03 43 04             	add    0x4(%ebx),%eax
f010320c:	50                   	push   %eax
f010320d:	ff 73 08             	push   0x8(%ebx)
f0103210:	e8 92 25 00 00       	call   f01057a7 <memcpy>
f0103215:	83 c4 10             	add    $0x10,%esp
f0103218:	eb af                	jmp    f01031c9 <env_create+0x112>
f010321a:	50                   	push   %eax
f010321b:	68 90 62 10 f0       	push   $0xf0106290
f0103220:	68 ef 00 00 00       	push   $0xef
f0103225:	68 cd 6f 10 f0       	push   $0xf0106fcd
f010322a:	e8 29 29 00 00       	call   f0105b58 <_panic>

f010322f <env_free>:

// Free env e and all memory it uses.
void
env_free(struct Env *e)
{
f010322f:	55                   	push   %ebp
f0103230:	89 e5                	mov    %esp,%ebp
f0103232:	57                   	push   %edi
f0103233:	56                   	push   %esi
f0103234:	53                   	push   %ebx
f0103235:	83 ec 1c             	sub    $0x1c,%esp
f0103238:	8b 7d 08             	mov    0x8(%ebp),%edi
	pte_t *pt;
	uint32_t pdeno, pteno;
	physaddr_t pa;

	// Never free the page directory CR3 points to.
	if (e == curenv)
f010323b:	e8 6a 13 00 00       	call   f01045aa <cpunum>
f0103240:	6b c0 74             	imul   $0x74,%eax,%eax
f0103243:	39 b8 28 c0 16 f0    	cmp    %edi,-0xfe93fd8(%eax)
f0103249:	74 48                	je     f0103293 <env_free+0x64>
		lcr3(PADDR(kern_pgdir));

	cprintf("[%08x] free env %08x\n", curenv ? curenv->env_id : 0, e->env_id);
f010324b:	8b 5f 48             	mov    0x48(%edi),%ebx
f010324e:	e8 57 13 00 00       	call   f01045aa <cpunum>
f0103253:	6b c0 74             	imul   $0x74,%eax,%eax
f0103256:	ba 00 00 00 00       	mov    $0x0,%edx
f010325b:	83 b8 28 c0 16 f0 00 	cmpl   $0x0,-0xfe93fd8(%eax)
f0103262:	74 11                	je     f0103275 <env_free+0x46>
f0103264:	e8 41 13 00 00       	call   f01045aa <cpunum>
f0103269:	6b c0 74             	imul   $0x74,%eax,%eax
f010326c:	8b 80 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%eax
f0103272:	8b 50 48             	mov    0x48(%eax),%edx
f0103275:	83 ec 04             	sub    $0x4,%esp
f0103278:	53                   	push   %ebx
f0103279:	52                   	push   %edx
f010327a:	68 1a 70 10 f0       	push   $0xf010701a
f010327f:	e8 c9 21 00 00       	call   f010544d <cprintf>
f0103284:	83 c4 10             	add    $0x10,%esp
f0103287:	c7 45 e0 00 00 00 00 	movl   $0x0,-0x20(%ebp)
f010328e:	e9 a6 00 00 00       	jmp    f0103339 <env_free+0x10a>
		lcr3(PADDR(kern_pgdir));
f0103293:	a1 40 b2 12 f0       	mov    0xf012b240,%eax
	if ((uint32_t)kva < KERNBASE)
f0103298:	3d ff ff ff ef       	cmp    $0xefffffff,%eax
f010329d:	76 0a                	jbe    f01032a9 <env_free+0x7a>
	return (physaddr_t)kva - KERNBASE;
f010329f:	05 00 00 00 10       	add    $0x10000000,%eax
f01032a4:	0f 22 d8             	mov    %eax,%cr3
}
f01032a7:	eb a2                	jmp    f010324b <env_free+0x1c>
		_panic(file, line, "PADDR called with invalid kva %08lx", kva);
f01032a9:	50                   	push   %eax
f01032aa:	68 90 62 10 f0       	push   $0xf0106290
f01032af:	68 0f 01 00 00       	push   $0x10f
f01032b4:	68 cd 6f 10 f0       	push   $0xf0106fcd
f01032b9:	e8 9a 28 00 00       	call   f0105b58 <_panic>
		_panic(file, line, "KADDR called with invalid pa %08lx", pa);
f01032be:	56                   	push   %esi
f01032bf:	68 e4 62 10 f0       	push   $0xf01062e4
f01032c4:	68 1b 01 00 00       	push   $0x11b
f01032c9:	68 cd 6f 10 f0       	push   $0xf0106fcd
f01032ce:	e8 85 28 00 00       	call   f0105b58 <_panic>
			continue;

		pa = PTE_ADDR(e->env_pgdir[pdeno]);
		pt = (pte_t*) KADDR(pa);

		for (pteno = 0; pteno < NPTENTRIES; pteno++) {
f01032d3:	83 c6 04             	add    $0x4,%esi
f01032d6:	81 c3 00 10 00 00    	add    $0x1000,%ebx
f01032dc:	81 fb 00 00 40 00    	cmp    $0x400000,%ebx
f01032e2:	74 1b                	je     f01032ff <env_free+0xd0>
			if (pt[pteno] & PTE_P)
f01032e4:	f6 06 01             	testb  $0x1,(%esi)
f01032e7:	74 ea                	je     f01032d3 <env_free+0xa4>
				page_remove(e->env_pgdir, PGADDR(pdeno, pteno, 0));
f01032e9:	83 ec 08             	sub    $0x8,%esp
f01032ec:	8b 45 e4             	mov    -0x1c(%ebp),%eax
f01032ef:	09 d8                	or     %ebx,%eax
f01032f1:	50                   	push   %eax
f01032f2:	ff 77 60             	push   0x60(%edi)
f01032f5:	e8 0f de ff ff       	call   f0101109 <page_remove>
f01032fa:	83 c4 10             	add    $0x10,%esp
f01032fd:	eb d4                	jmp    f01032d3 <env_free+0xa4>
		}

		e->env_pgdir[pdeno] = 0;
f01032ff:	8b 55 dc             	mov    -0x24(%ebp),%edx
f0103302:	8b 47 60             	mov    0x60(%edi),%eax
f0103305:	8b 4d e0             	mov    -0x20(%ebp),%ecx
f0103308:	c7 04 08 00 00 00 00 	movl   $0x0,(%eax,%ecx,1)
	if (PGNUM(pa) >= npages)
f010330f:	3b 15 44 b2 12 f0    	cmp    0xf012b244,%edx
f0103315:	73 64                	jae    f010337b <env_free+0x14c>
		page_decref(pa2page(pa));
f0103317:	83 ec 0c             	sub    $0xc,%esp
	return &pages[PGNUM(pa)];
f010331a:	a1 3c b2 12 f0       	mov    0xf012b23c,%eax
f010331f:	8d 04 d0             	lea    (%eax,%edx,8),%eax
f0103322:	50                   	push   %eax
f0103323:	e8 83 d9 ff ff       	call   f0100cab <page_decref>
f0103328:	83 c4 10             	add    $0x10,%esp
	for (pdeno = 0; pdeno < PDX(UTOP); pdeno++) {
f010332b:	83 45 e0 04          	addl   $0x4,-0x20(%ebp)
f010332f:	8b 45 e0             	mov    -0x20(%ebp),%eax
f0103332:	3d ec 0e 00 00       	cmp    $0xeec,%eax
f0103337:	74 56                	je     f010338f <env_free+0x160>
		if (!(e->env_pgdir[pdeno] & PTE_P))
f0103339:	8b 47 60             	mov    0x60(%edi),%eax
f010333c:	8b 4d e0             	mov    -0x20(%ebp),%ecx
f010333f:	8b 04 08             	mov    (%eax,%ecx,1),%eax
f0103342:	a8 01                	test   $0x1,%al
f0103344:	74 e5                	je     f010332b <env_free+0xfc>
		pa = PTE_ADDR(e->env_pgdir[pdeno]);
f0103346:	89 c6                	mov    %eax,%esi
f0103348:	81 e6 00 f0 ff ff    	and    $0xfffff000,%esi
	if (PGNUM(pa) >= npages)
f010334e:	c1 e8 0c             	shr    $0xc,%eax
f0103351:	89 c2                	mov    %eax,%edx
f0103353:	3b 05 44 b2 12 f0    	cmp    0xf012b244,%eax
f0103359:	0f 83 5f ff ff ff    	jae    f01032be <env_free+0x8f>
	return (void *)(pa + KERNBASE);
f010335f:	81 ee 00 00 00 10    	sub    $0x10000000,%esi
		for (pteno = 0; pteno < NPTENTRIES; pteno++) {
f0103365:	8b 45 e0             	mov    -0x20(%ebp),%eax
f0103368:	c1 e0 14             	shl    $0x14,%eax
f010336b:	89 45 e4             	mov    %eax,-0x1c(%ebp)
f010336e:	bb 00 00 00 00       	mov    $0x0,%ebx
f0103373:	89 55 dc             	mov    %edx,-0x24(%ebp)
f0103376:	e9 69 ff ff ff       	jmp    f01032e4 <env_free+0xb5>
		panic("pa2page called with invalid pa");
f010337b:	83 ec 04             	sub    $0x4,%esp
f010337e:	68 bc 63 10 f0       	push   $0xf01063bc
f0103383:	6a 4e                	push   $0x4e
f0103385:	68 4d 64 10 f0       	push   $0xf010644d
f010338a:	e8 c9 27 00 00       	call   f0105b58 <_panic>
	}

	pa = PADDR(e->env_pgdir);
f010338f:	8b 47 60             	mov    0x60(%edi),%eax
	if ((uint32_t)kva < KERNBASE)
f0103392:	3d ff ff ff ef       	cmp    $0xefffffff,%eax
f0103397:	76 49                	jbe    f01033e2 <env_free+0x1b3>
	e->env_pgdir = 0;
f0103399:	c7 47 60 00 00 00 00 	movl   $0x0,0x60(%edi)
	return (physaddr_t)kva - KERNBASE;
f01033a0:	05 00 00 00 10       	add    $0x10000000,%eax
	if (PGNUM(pa) >= npages)
f01033a5:	c1 e8 0c             	shr    $0xc,%eax
f01033a8:	3b 05 44 b2 12 f0    	cmp    0xf012b244,%eax
f01033ae:	73 47                	jae    f01033f7 <env_free+0x1c8>
	page_decref(pa2page(pa));
f01033b0:	83 ec 0c             	sub    $0xc,%esp
	return &pages[PGNUM(pa)];
f01033b3:	8b 15 3c b2 12 f0    	mov    0xf012b23c,%edx
f01033b9:	8d 04 c2             	lea    (%edx,%eax,8),%eax
f01033bc:	50                   	push   %eax
f01033bd:	e8 e9 d8 ff ff       	call   f0100cab <page_decref>

	e->env_status = ENV_FREE;
f01033c2:	c7 47 54 00 00 00 00 	movl   $0x0,0x54(%edi)
	e->env_link = env_free_list;
f01033c9:	a1 54 b2 12 f0       	mov    0xf012b254,%eax
f01033ce:	89 47 44             	mov    %eax,0x44(%edi)
	env_free_list = e;
f01033d1:	89 3d 54 b2 12 f0    	mov    %edi,0xf012b254
}
f01033d7:	83 c4 10             	add    $0x10,%esp
f01033da:	8d 65 f4             	lea    -0xc(%ebp),%esp
f01033dd:	5b                   	pop    %ebx
f01033de:	5e                   	pop    %esi
f01033df:	5f                   	pop    %edi
f01033e0:	5d                   	pop    %ebp
f01033e1:	c3                   	ret
		_panic(file, line, "PADDR called with invalid kva %08lx", kva);
f01033e2:	50                   	push   %eax
f01033e3:	68 90 62 10 f0       	push   $0xf0106290
f01033e8:	68 26 01 00 00       	push   $0x126
f01033ed:	68 cd 6f 10 f0       	push   $0xf0106fcd
f01033f2:	e8 61 27 00 00       	call   f0105b58 <_panic>
		panic("pa2page called with invalid pa");
f01033f7:	83 ec 04             	sub    $0x4,%esp
f01033fa:	68 bc 63 10 f0       	push   $0xf01063bc
f01033ff:	6a 4e                	push   $0x4e
f0103401:	68 4d 64 10 f0       	push   $0xf010644d
f0103406:	e8 4d 27 00 00       	call   f0105b58 <_panic>

f010340b <env_destroy>:
// If e is running on another CPU, only mark it ENV_DYING: that CPU
// frees it the next time it traps into the kernel.
// If e is the current environment, run a different one (no return).
void
env_destroy(struct Env *e)
{
f010340b:	55                   	push   %ebp
f010340c:	89 e5                	mov    %esp,%ebp
f010340e:	53                   	push   %ebx
f010340f:	83 ec 04             	sub    $0x4,%esp
f0103412:	8b 5d 08             	mov    0x8(%ebp),%ebx
	if (e->env_status == ENV_RUNNING && curenv != e) {
f0103415:	83 7b 54 03          	cmpl   $0x3,0x54(%ebx)
f0103419:	74 21                	je     f010343c <env_destroy+0x31>
		e->env_status = ENV_DYING;
		return;
	}

	env_free(e);
f010341b:	83 ec 0c             	sub    $0xc,%esp
f010341e:	53                   	push   %ebx
f010341f:	e8 0b fe ff ff       	call   f010322f <env_free>

	if (curenv == e) {
f0103424:	e8 81 11 00 00       	call   f01045aa <cpunum>
f0103429:	6b c0 74             	imul   $0x74,%eax,%eax
f010342c:	83 c4 10             	add    $0x10,%esp
f010342f:	39 98 28 c0 16 f0    	cmp    %ebx,-0xfe93fd8(%eax)
f0103435:	74 1e                	je     f0103455 <env_destroy+0x4a>
		curenv = NULL;
		sched_yield();
	}
}
f0103437:	8b 5d fc             	mov    -0x4(%ebp),%ebx
f010343a:	c9                   	leave
f010343b:	c3                   	ret
	if (e->env_status == ENV_RUNNING && curenv != e) {
f010343c:	e8 69 11 00 00       	call   f01045aa <cpunum>
f0103441:	6b c0 74             	imul   $0x74,%eax,%eax
f0103444:	39 98 28 c0 16 f0    	cmp    %ebx,-0xfe93fd8(%eax)
f010344a:	74 cf                	je     f010341b <env_destroy+0x10>
		e->env_status = ENV_DYING;
f010344c:	c7 43 54 01 00 00 00 	movl   $0x1,0x54(%ebx)
		return;
f0103453:	eb e2                	jmp    f0103437 <env_destroy+0x2c>
		curenv = NULL;
f0103455:	e8 50 11 00 00       	call   f01045aa <cpunum>
f010345a:	6b c0 74             	imul   $0x74,%eax,%eax
f010345d:	c7 80 28 c0 16 f0 00 	movl   $0x0,-0xfe93fd8(%eax)
f0103464:	00 00 00 
		sched_yield();
f0103467:	e8 37 0f 00 00       	call   f01043a3 <sched_yield>

f010346c <env_pop_tf>:

// Leave the kernel: load the registers saved in tf and iret to user mode.
void
env_pop_tf(struct Trapframe *tf)
{
f010346c:	55                   	push   %ebp
f010346d:	89 e5                	mov    %esp,%ebp
f010346f:	53                   	push   %ebx
f0103470:	83 ec 04             	sub    $0x4,%esp
	// sched_yield uses this to keep an env on its CPU.
	curenv->env_cpunum = cpunum();
f0103473:	e8 32 11 00 00       	call   f01045aa <cpunum>
f0103478:	6b c0 74             	imul   $0x74,%eax,%eax
f010347b:	8b 98 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%ebx
f0103481:	e8 24 11 00 00       	call   f01045aa <cpunum>
f0103486:	89 43 5c             	mov    %eax,0x5c(%ebx)

	asm volatile(
f0103489:	8b 65 08             	mov    0x8(%ebp),%esp
f010348c:	61                   	popa
f010348d:	07                   	pop    %es
f010348e:	1f                   	pop    %ds
f010348f:	83 c4 08             	add    $0x8,%esp
f0103492:	cf                   	iret
		"\tpopl %%es\n"
		"\tpopl %%ds\n"
		"\taddl $0x8,%%esp\n" /* skip tf_trapno and tf_errcode */
		"\tiret\n"
		: : "g" (tf) : "memory");
	panic("iret failed");	// not reached
f0103493:	83 ec 04             	sub    $0x4,%esp
f0103496:	68 30 70 10 f0       	push   $0xf0107030
f010349b:	68 52 01 00 00       	push   $0x152
f01034a0:	68 cd 6f 10 f0       	push   $0xf0106fcd
f01034a5:	e8 ae 26 00 00       	call   f0105b58 <_panic>

f01034aa <env_run>:

// Context switch from curenv to env e.
// This function does not return.
void
env_run(struct Env *e)
{
f01034aa:	55                   	push   %ebp
f01034ab:	89 e5                	mov    %esp,%ebp
f01034ad:	53                   	push   %ebx
f01034ae:	83 ec 04             	sub    $0x4,%esp
f01034b1:	8b 5d 08             	mov    0x8(%ebp),%ebx
	// The previous environment stays runnable unless it changed
	// its own status (blocked, exited, ...).
	if (curenv && curenv->env_status == ENV_RUNNING)
f01034b4:	e8 f1 10 00 00       	call   f01045aa <cpunum>
f01034b9:	6b c0 74             	imul   $0x74,%eax,%eax
f01034bc:	83 b8 28 c0 16 f0 00 	cmpl   $0x0,-0xfe93fd8(%eax)
f01034c3:	74 14                	je     f01034d9 <env_run+0x2f>
f01034c5:	e8 e0 10 00 00       	call   f01045aa <cpunum>
f01034ca:	6b c0 74             	imul   $0x74,%eax,%eax
f01034cd:	8b 80 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%eax
f01034d3:	83 78 54 03          	cmpl   $0x3,0x54(%eax)
f01034d7:	74 42                	je     f010351b <env_run+0x71>
		curenv->env_status = ENV_RUNNABLE;

	curenv = e;
f01034d9:	e8 cc 10 00 00       	call   f01045aa <cpunum>
f01034de:	6b c0 74             	imul   $0x74,%eax,%eax
f01034e1:	89 98 28 c0 16 f0    	mov    %ebx,-0xfe93fd8(%eax)
	e->env_status = ENV_RUNNING;
f01034e7:	c7 43 54 03 00 00 00 	movl   $0x3,0x54(%ebx)
	e->env_runs++;
f01034ee:	83 43 58 01          	addl   $0x1,0x58(%ebx)
	lcr3(PADDR(e->env_pgdir));
f01034f2:	8b 43 60             	mov    0x60(%ebx),%eax
	if ((uint32_t)kva < KERNBASE)
f01034f5:	3d ff ff ff ef       	cmp    $0xefffffff,%eax
f01034fa:	76 36                	jbe    f0103532 <env_run+0x88>
	return (physaddr_t)kva - KERNBASE;
f01034fc:	05 00 00 00 10       	add    $0x10000000,%eax
	asm volatile("movl %0,%%cr3" : : "r" (val) : "memory");
f0103501:	0f 22 d8             	mov    %eax,%cr3
}

static inline void
unlock_kernel(void)
{
	spin_unlock(&kernel_lock);
f0103504:	83 ec 0c             	sub    $0xc,%esp
f0103507:	68 c0 c3 11 f0       	push   $0xf011c3c0
f010350c:	e8 af 17 00 00       	call   f0104cc0 <spin_unlock>

	// Give other CPUs a chance at the lock: emulators that run one
	// vCPU at a time with long quanta would otherwise let this CPU
	// take it straight back.
	asm volatile("pause");
f0103511:	f3 90                	pause

	// Last kernel work on this CPU: drop the big kernel lock.
	// env_pop_tf touches only e's trap frame, which no other CPU
	// uses while e is ENV_RUNNING.
	unlock_kernel();
	env_pop_tf(&e->env_tf);
f0103513:	89 1c 24             	mov    %ebx,(%esp)
f0103516:	e8 51 ff ff ff       	call   f010346c <env_pop_tf>
		curenv->env_status = ENV_RUNNABLE;
f010351b:	e8 8a 10 00 00       	call   f01045aa <cpunum>
f0103520:	6b c0 74             	imul   $0x74,%eax,%eax
f0103523:	8b 80 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%eax
f0103529:	c7 40 54 02 00 00 00 	movl   $0x2,0x54(%eax)
f0103530:	eb a7                	jmp    f01034d9 <env_run+0x2f>
		_panic(file, line, "PADDR called with invalid kva %08lx", kva);
f0103532:	50                   	push   %eax
f0103533:	68 90 62 10 f0       	push   $0xf0106290
f0103538:	68 62 01 00 00       	push   $0x162
f010353d:	68 cd 6f 10 f0       	push   $0xf0106fcd
f0103542:	e8 11 26 00 00       	call   f0105b58 <_panic>

f0103547 <trap_init_percpu>:
// Initialize and load this CPU's TSS and the IDT.  The TSS tells the
// processor which stack to switch to on a trap from user mode: this
// CPU's kernel stack (see mem_init_mp).
void
trap_init_percpu(void)
{
f0103547:	55                   	push   %ebp
f0103548:	89 e5                	mov    %esp,%ebp
f010354a:	56                   	push   %esi
f010354b:	53                   	push   %ebx
	int id = cpunum();
f010354c:	e8 59 10 00 00       	call   f01045aa <cpunum>
f0103551:	89 c3                	mov    %eax,%ebx
	struct Taskstate *ts = &thiscpu->cpu_ts;
f0103553:	e8 52 10 00 00       	call   f01045aa <cpunum>
f0103558:	6b c0 74             	imul   $0x74,%eax,%eax
f010355b:	8d 90 2c c0 16 f0    	lea    -0xfe93fd4(%eax),%edx

	ts->ts_esp0 = KSTACKTOP - id * (KSTKSIZE + KSTKGAP);
f0103561:	89 de                	mov    %ebx,%esi
f0103563:	c1 e6 10             	shl    $0x10,%esi
f0103566:	b9 00 00 00 f0       	mov    $0xf0000000,%ecx
f010356b:	29 f1                	sub    %esi,%ecx
f010356d:	89 88 30 c0 16 f0    	mov    %ecx,-0xfe93fd0(%eax)
	ts->ts_ss0 = GD_KD;
f0103573:	66 c7 80 34 c0 16 f0 	movw   $0x10,-0xfe93fcc(%eax)
f010357a:	10 00 
	// No I/O permission bitmap: user code may not use in/out.
	ts->ts_iomb = sizeof(struct Taskstate);
f010357c:	66 c7 80 92 c0 16 f0 	movw   $0x68,-0xfe93f6e(%eax)
f0103583:	68 00 

	gdt[(GD_TSS0 >> 3) + id] = SEG16(STS_T32A, (uint32_t) ts,
f0103585:	8d 43 05             	lea    0x5(%ebx),%eax
f0103588:	66 c7 04 c5 40 c3 11 	movw   $0x67,-0xfee3cc0(,%eax,8)
f010358f:	f0 67 00 
f0103592:	66 89 14 c5 42 c3 11 	mov    %dx,-0xfee3cbe(,%eax,8)
f0103599:	f0 
f010359a:	89 d1                	mov    %edx,%ecx
f010359c:	c1 e9 10             	shr    $0x10,%ecx
f010359f:	88 0c c5 44 c3 11 f0 	mov    %cl,-0xfee3cbc(,%eax,8)
f01035a6:	c6 04 c5 46 c3 11 f0 	movb   $0x40,-0xfee3cba(,%eax,8)
f01035ad:	40 
f01035ae:	c1 ea 18             	shr    $0x18,%edx
f01035b1:	88 14 c5 47 c3 11 f0 	mov    %dl,-0xfee3cb9(,%eax,8)
					 sizeof(struct Taskstate) - 1, 0);
	gdt[(GD_TSS0 >> 3) + id].sd_s = 0;
f01035b8:	c6 04 c5 45 c3 11 f0 	movb   $0x89,-0xfee3cbb(,%eax,8)
f01035bf:	89 

	// Load the TSS selector (the low 3 bits are zero: GDT, RPL 0).
	ltr(GD_TSS0 + (id << 3));
f01035c0:	8d 1c dd 28 00 00 00 	lea    0x28(,%ebx,8),%ebx
	asm volatile("ltr %0" : : "r" (sel));
f01035c7:	0f 00 db             	ltr    %bx
	asm volatile("lidt (%0)" : : "r" (p));
f01035ca:	b8 a8 c3 11 f0       	mov    $0xf011c3a8,%eax
f01035cf:	0f 01 18             	lidtl  (%eax)

	lidt(&idt_pd);
}
f01035d2:	5b                   	pop    %ebx
f01035d3:	5e                   	pop    %esi
f01035d4:	5d                   	pop    %ebp
f01035d5:	c3                   	ret

f01035d6 <trap_init>:
{
f01035d6:	55                   	push   %ebp
f01035d7:	89 e5                	mov    %esp,%ebp
f01035d9:	57                   	push   %edi
f01035da:	56                   	push   %esi
f01035db:	53                   	push   %ebx
f01035dc:	83 ec 0c             	sub    $0xc,%esp
	for (h = trap_handlers; h->num != 0xffffffff; h++) {
f01035df:	a1 50 75 10 f0       	mov    0xf0107550,%eax
f01035e4:	83 f8 ff             	cmp    $0xffffffff,%eax
f01035e7:	74 60                	je     f0103649 <trap_init+0x73>
f01035e9:	bb 50 75 10 f0       	mov    $0xf0107550,%ebx
		int dpl = (h->num == T_BRKPT || h->num == T_SYSCALL) ? 3 : 0;
f01035ee:	bf 03 00 00 00       	mov    $0x3,%edi
f01035f3:	be 00 00 00 00       	mov    $0x0,%esi
f01035f8:	eb 41                	jmp    f010363b <trap_init+0x65>
f01035fa:	89 fa                	mov    %edi,%edx
		SETGATE(idt[h->num], 0, GD_KT, h->entry, dpl);
f01035fc:	8b 4b 04             	mov    0x4(%ebx),%ecx
f01035ff:	66 89 0c c5 60 b2 12 	mov    %cx,-0xfed4da0(,%eax,8)
f0103606:	f0 
f0103607:	66 c7 04 c5 62 b2 12 	movw   $0x8,-0xfed4d9e(,%eax,8)
f010360e:	f0 08 00 
f0103611:	c6 04 c5 64 b2 12 f0 	movb   $0x0,-0xfed4d9c(,%eax,8)
f0103618:	00 
f0103619:	c1 e2 05             	shl    $0x5,%edx
f010361c:	83 ca 8e             	or     $0xffffff8e,%edx
f010361f:	88 14 c5 65 b2 12 f0 	mov    %dl,-0xfed4d9b(,%eax,8)
f0103626:	c1 e9 10             	shr    $0x10,%ecx
f0103629:	66 89 0c c5 66 b2 12 	mov    %cx,-0xfed4d9a(,%eax,8)
f0103630:	f0 
	for (h = trap_handlers; h->num != 0xffffffff; h++) {
f0103631:	83 c3 08             	add    $0x8,%ebx
f0103634:	8b 03                	mov    (%ebx),%eax
f0103636:	83 f8 ff             	cmp    $0xffffffff,%eax
f0103639:	74 0e                	je     f0103649 <trap_init+0x73>
		int dpl = (h->num == T_BRKPT || h->num == T_SYSCALL) ? 3 : 0;
f010363b:	83 f8 03             	cmp    $0x3,%eax
f010363e:	74 ba                	je     f01035fa <trap_init+0x24>
f0103640:	89 f2                	mov    %esi,%edx
f0103642:	83 f8 30             	cmp    $0x30,%eax
f0103645:	75 b5                	jne    f01035fc <trap_init+0x26>
f0103647:	eb b1                	jmp    f01035fa <trap_init+0x24>
	trap_init_percpu();
f0103649:	e8 f9 fe ff ff       	call   f0103547 <trap_init_percpu>
}
f010364e:	83 c4 0c             	add    $0xc,%esp
f0103651:	5b                   	pop    %ebx
f0103652:	5e                   	pop    %esi
f0103653:	5f                   	pop    %edi
f0103654:	5d                   	pop    %ebp
f0103655:	c3                   	ret

f0103656 <print_regs>:
	}
}

void
print_regs(struct PushRegs *regs)
{
f0103656:	55                   	push   %ebp
f0103657:	89 e5                	mov    %esp,%ebp
f0103659:	53                   	push   %ebx
f010365a:	83 ec 0c             	sub    $0xc,%esp
f010365d:	8b 5d 08             	mov    0x8(%ebp),%ebx
	cprintf("  edi  0x%08x\n", regs->reg_edi);
f0103660:	ff 33                	push   (%ebx)
f0103662:	68 8f 70 10 f0       	push   $0xf010708f
f0103667:	e8 e1 1d 00 00       	call   f010544d <cprintf>
	cprintf("  esi  0x%08x\n", regs->reg_esi);
f010366c:	83 c4 08             	add    $0x8,%esp
f010366f:	ff 73 04             	push   0x4(%ebx)
f0103672:	68 9e 70 10 f0       	push   $0xf010709e
f0103677:	e8 d1 1d 00 00       	call   f010544d <cprintf>
	cprintf("  ebp  0x%08x\n", regs->reg_ebp);
f010367c:	83 c4 08             	add    $0x8,%esp
f010367f:	ff 73 08             	push   0x8(%ebx)
f0103682:	68 ad 70 10 f0       	push   $0xf01070ad
f0103687:	e8 c1 1d 00 00       	call   f010544d <cprintf>
	cprintf("  oesp 0x%08x\n", regs->reg_oesp);
f010368c:	83 c4 08             	add    $0x8,%esp
f010368f:	ff 73 0c             	push   0xc(%ebx)
f0103692:	68 bc 70 10 f0       	push   $0xf01070bc
f0103697:	e8 b1 1d 00 00       	call   f010544d <cprintf>
	cprintf("  ebx  0x%08x\n", regs->reg_ebx);
f010369c:	83 c4 08             	add    $0x8,%esp
f010369f:	ff 73 10             	push   0x10(%ebx)
f01036a2:	68 cb 70 10 f0       	push   $0xf01070cb
f01036a7:	e8 a1 1d 00 00       	call   f010544d <cprintf>
	cprintf("  edx  0x%08x\n", regs->reg_edx);
f01036ac:	83 c4 08             	add    $0x8,%esp
f01036af:	ff 73 14             	push   0x14(%ebx)
f01036b2:	68 da 70 10 f0       	push   $0xf01070da
f01036b7:	e8 91 1d 00 00       	call   f010544d <cprintf>
	cprintf("  ecx  0x%08x\n", regs->reg_ecx);
f01036bc:	83 c4 08             	add    $0x8,%esp
f01036bf:	ff 73 18             	push   0x18(%ebx)
f01036c2:	68 e9 70 10 f0       	push   $0xf01070e9
f01036c7:	e8 81 1d 00 00       	call   f010544d <cprintf>
	cprintf("  eax  0x%08x\n", regs->reg_eax);
f01036cc:	83 c4 08             	add    $0x8,%esp
f01036cf:	ff 73 1c             	push   0x1c(%ebx)
f01036d2:	68 f8 70 10 f0       	push   $0xf01070f8
f01036d7:	e8 71 1d 00 00       	call   f010544d <cprintf>
}
f01036dc:	83 c4 10             	add    $0x10,%esp
f01036df:	8b 5d fc             	mov    -0x4(%ebp),%ebx
f01036e2:	c9                   	leave
f01036e3:	c3                   	ret

f01036e4 <print_trapframe>:
{
f01036e4:	55                   	push   %ebp
f01036e5:	89 e5                	mov    %esp,%ebp
f01036e7:	56                   	push   %esi
f01036e8:	53                   	push   %ebx
f01036e9:	8b 5d 08             	mov    0x8(%ebp),%ebx
	cprintf("TRAP frame at 0x%08x from CPU %d\n", tf, cpunum());
f01036ec:	e8 b9 0e 00 00       	call   f01045aa <cpunum>
f01036f1:	83 ec 04             	sub    $0x4,%esp
f01036f4:	50                   	push   %eax
f01036f5:	53                   	push   %ebx
f01036f6:	68 b8 73 10 f0       	push   $0xf01073b8
f01036fb:	e8 4d 1d 00 00       	call   f010544d <cprintf>
	print_regs(&tf->tf_regs);
f0103700:	89 1c 24             	mov    %ebx,(%esp)
f0103703:	e8 4e ff ff ff       	call   f0103656 <print_regs>
	cprintf("  es   0x----%04x\n", tf->tf_es);
f0103708:	83 c4 08             	add    $0x8,%esp
f010370b:	0f b7 43 20          	movzwl 0x20(%ebx),%eax
f010370f:	50                   	push   %eax
f0103710:	68 5c 71 10 f0       	push   $0xf010715c
f0103715:	e8 33 1d 00 00       	call   f010544d <cprintf>
	cprintf("  ds   0x----%04x\n", tf->tf_ds);
f010371a:	83 c4 08             	add    $0x8,%esp
f010371d:	0f b7 43 24          	movzwl 0x24(%ebx),%eax
f0103721:	50                   	push   %eax
f0103722:	68 6f 71 10 f0       	push   $0xf010716f
f0103727:	e8 21 1d 00 00       	call   f010544d <cprintf>
	cprintf("  trap 0x%08x %s\n", tf->tf_trapno, trapname(tf->tf_trapno));
f010372c:	8b 43 28             	mov    0x28(%ebx),%eax
	if (trapno < ARRAY_SIZE(excnames))
f010372f:	83 c4 10             	add    $0x10,%esp
f0103732:	83 f8 13             	cmp    $0x13,%eax
f0103735:	0f 86 da 00 00 00    	jbe    f0103815 <print_trapframe+0x131>
		return "System call";
f010373b:	ba 07 71 10 f0       	mov    $0xf0107107,%edx
	if (trapno == T_SYSCALL)
f0103740:	83 f8 30             	cmp    $0x30,%eax
f0103743:	74 13                	je     f0103758 <print_trapframe+0x74>
	if (trapno >= IRQ_OFFSET && trapno < IRQ_OFFSET + 16)
f0103745:	8d 50 e0             	lea    -0x20(%eax),%edx
	return "(unknown trap)";
f0103748:	83 fa 10             	cmp    $0x10,%edx
f010374b:	ba 22 71 10 f0       	mov    $0xf0107122,%edx
f0103750:	b9 13 71 10 f0       	mov    $0xf0107113,%ecx
f0103755:	0f 43 d1             	cmovae %ecx,%edx
	cprintf("  trap 0x%08x %s\n", tf->tf_trapno, trapname(tf->tf_trapno));
f0103758:	83 ec 04             	sub    $0x4,%esp
f010375b:	52                   	push   %edx
f010375c:	50                   	push   %eax
f010375d:	68 82 71 10 f0       	push   $0xf0107182
f0103762:	e8 e6 1c 00 00       	call   f010544d <cprintf>
	if (tf == last_tf && tf->tf_trapno == T_PGFLT)
f0103767:	83 c4 10             	add    $0x10,%esp
f010376a:	39 1d 60 ba 12 f0    	cmp    %ebx,0xf012ba60
f0103770:	0f 84 ab 00 00 00    	je     f0103821 <print_trapframe+0x13d>
	cprintf("  err  0x%08x", tf->tf_err);
f0103776:	83 ec 08             	sub    $0x8,%esp
f0103779:	ff 73 2c             	push   0x2c(%ebx)
f010377c:	68 a3 71 10 f0       	push   $0xf01071a3
f0103781:	e8 c7 1c 00 00       	call   f010544d <cprintf>
	if (tf->tf_trapno == T_PGFLT)
f0103786:	83 c4 10             	add    $0x10,%esp
f0103789:	83 7b 28 0e          	cmpl   $0xe,0x28(%ebx)
f010378d:	0f 85 b1 00 00 00    	jne    f0103844 <print_trapframe+0x160>
			tf->tf_err & 1 ? "protection" : "not-present");
f0103793:	8b 43 2c             	mov    0x2c(%ebx),%eax
		cprintf(" [%s, %s, %s]\n",
f0103796:	a8 01                	test   $0x1,%al
f0103798:	b9 40 71 10 f0       	mov    $0xf0107140,%ecx
f010379d:	ba 35 71 10 f0       	mov    $0xf0107135,%edx
f01037a2:	0f 45 ca             	cmovne %edx,%ecx
f01037a5:	a8 02                	test   $0x2,%al
f01037a7:	ba 52 71 10 f0       	mov    $0xf0107152,%edx
f01037ac:	be 4c 71 10 f0       	mov    $0xf010714c,%esi
f01037b1:	0f 45 d6             	cmovne %esi,%edx
f01037b4:	a8 04                	test   $0x4,%al
f01037b6:	b8 6e 72 10 f0       	mov    $0xf010726e,%eax
f01037bb:	be 57 71 10 f0       	mov    $0xf0107157,%esi
f01037c0:	0f 45 c6             	cmovne %esi,%eax
f01037c3:	51                   	push   %ecx
f01037c4:	52                   	push   %edx
f01037c5:	50                   	push   %eax
f01037c6:	68 b1 71 10 f0       	push   $0xf01071b1
f01037cb:	e8 7d 1c 00 00       	call   f010544d <cprintf>
f01037d0:	83 c4 10             	add    $0x10,%esp
	cprintf("  eip  0x%08x\n", tf->tf_eip);
f01037d3:	83 ec 08             	sub    $0x8,%esp
f01037d6:	ff 73 30             	push   0x30(%ebx)
f01037d9:	68 c0 71 10 f0       	push   $0xf01071c0
f01037de:	e8 6a 1c 00 00       	call   f010544d <cprintf>
	cprintf("  cs   0x----%04x\n", tf->tf_cs);
f01037e3:	83 c4 08             	add    $0x8,%esp
f01037e6:	0f b7 43 34          	movzwl 0x34(%ebx),%eax
f01037ea:	50                   	push   %eax
f01037eb:	68 cf 71 10 f0       	push   $0xf01071cf
f01037f0:	e8 58 1c 00 00       	call   f010544d <cprintf>
	cprintf("  flag 0x%08x\n", tf->tf_eflags);
f01037f5:	83 c4 08             	add    $0x8,%esp
f01037f8:	ff 73 38             	push   0x38(%ebx)
f01037fb:	68 e2 71 10 f0       	push   $0xf01071e2
f0103800:	e8 48 1c 00 00       	call   f010544d <cprintf>
	if ((tf->tf_cs & 3) != 0) {
f0103805:	83 c4 10             	add    $0x10,%esp
f0103808:	f6 43 34 03          	testb  $0x3,0x34(%ebx)
f010380c:	75 4b                	jne    f0103859 <print_trapframe+0x175>
}
f010380e:	8d 65 f8             	lea    -0x8(%ebp),%esp
f0103811:	5b                   	pop    %ebx
f0103812:	5e                   	pop    %esi
f0103813:	5d                   	pop    %ebp
f0103814:	c3                   	ret
		return excnames[trapno];
f0103815:	8b 14 85 00 75 10 f0 	mov    -0xfef8b00(,%eax,4),%edx
f010381c:	e9 37 ff ff ff       	jmp    f0103758 <print_trapframe+0x74>
	if (tf == last_tf && tf->tf_trapno == T_PGFLT)
f0103821:	83 7b 28 0e          	cmpl   $0xe,0x28(%ebx)
f0103825:	0f 85 4b ff ff ff    	jne    f0103776 <print_trapframe+0x92>
	asm volatile("movl %%cr2,%0" : "=r" (val));
f010382b:	0f 20 d0             	mov    %cr2,%eax
		cprintf("  cr2  0x%08x\n", rcr2());
f010382e:	83 ec 08             	sub    $0x8,%esp
f0103831:	50                   	push   %eax
f0103832:	68 94 71 10 f0       	push   $0xf0107194
f0103837:	e8 11 1c 00 00       	call   f010544d <cprintf>
f010383c:	83 c4 10             	add    $0x10,%esp
f010383f:	e9 32 ff ff ff       	jmp    f0103776 <print_trapframe+0x92>
		cprintf("\n");
f0103844:	83 ec 0c             	sub    $0xc,%esp
f0103847:	68 b9 66 10 f0       	push   $0xf01066b9
f010384c:	e8 fc 1b 00 00       	call   f010544d <cprintf>
f0103851:	83 c4 10             	add    $0x10,%esp
f0103854:	e9 7a ff ff ff       	jmp    f01037d3 <print_trapframe+0xef>
		cprintf("  esp  0x%08x\n", tf->tf_esp);
f0103859:	83 ec 08             	sub    $0x8,%esp
f010385c:	ff 73 3c             	push   0x3c(%ebx)
f010385f:	68 f1 71 10 f0       	push   $0xf01071f1
f0103864:	e8 e4 1b 00 00       	call   f010544d <cprintf>
		cprintf("  ss   0x----%04x\n", tf->tf_ss);
f0103869:	83 c4 08             	add    $0x8,%esp
f010386c:	0f b7 43 40          	movzwl 0x40(%ebx),%eax
f0103870:	50                   	push   %eax
f0103871:	68 00 72 10 f0       	push   $0xf0107200
f0103876:	e8 d2 1b 00 00       	call   f010544d <cprintf>
f010387b:	83 c4 10             	add    $0x10,%esp
}
f010387e:	eb 8e                	jmp    f010380e <print_trapframe+0x12a>

f0103880 <page_fault_handler>:
// Page faults: in the kernel they are bugs; in user mode they go to the
// environment's page fault upcall, if it registered one, running on the
// user exception stack [UXSTACKTOP-PGSIZE, UXSTACKTOP).
void
page_fault_handler(struct Trapframe *tf)
{
f0103880:	55                   	push   %ebp
f0103881:	89 e5                	mov    %esp,%ebp
f0103883:	57                   	push   %edi
f0103884:	56                   	push   %esi
f0103885:	53                   	push   %ebx
f0103886:	83 ec 1c             	sub    $0x1c,%esp
f0103889:	8b 5d 08             	mov    0x8(%ebp),%ebx
f010388c:	0f 20 d6             	mov    %cr2,%esi
	uintptr_t top;
	struct UTrapframe *utf;

	fault_va = rcr2();

	if ((tf->tf_cs & 3) == 0) {
f010388f:	f6 43 34 03          	testb  $0x3,0x34(%ebx)
f0103893:	74 5d                	je     f01038f2 <page_fault_handler+0x72>
		print_trapframe(tf);
		panic("kernel page fault at va %08x, eip %08x", fault_va,
		      tf->tf_eip);
	}

	if (curenv->env_pgfault_upcall) {
f0103895:	e8 10 0d 00 00       	call   f01045aa <cpunum>
f010389a:	6b c0 74             	imul   $0x74,%eax,%eax
f010389d:	8b 80 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%eax
f01038a3:	83 78 64 00          	cmpl   $0x0,0x64(%eax)
f01038a7:	75 6d                	jne    f0103916 <page_fault_handler+0x96>
		tf->tf_esp = (uintptr_t) utf;
		env_run(curenv);
	}

	// No upcall: the environment dies.
	cprintf("[%08x] user fault va %08x ip %08x\n",
f01038a9:	8b 7b 30             	mov    0x30(%ebx),%edi
		curenv->env_id, fault_va, tf->tf_eip);
f01038ac:	e8 f9 0c 00 00       	call   f01045aa <cpunum>
	cprintf("[%08x] user fault va %08x ip %08x\n",
f01038b1:	57                   	push   %edi
f01038b2:	56                   	push   %esi
		curenv->env_id, fault_va, tf->tf_eip);
f01038b3:	6b c0 74             	imul   $0x74,%eax,%eax
	cprintf("[%08x] user fault va %08x ip %08x\n",
f01038b6:	8b 80 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%eax
f01038bc:	ff 70 48             	push   0x48(%eax)
f01038bf:	68 04 74 10 f0       	push   $0xf0107404
f01038c4:	e8 84 1b 00 00       	call   f010544d <cprintf>
	print_trapframe(tf);
f01038c9:	89 1c 24             	mov    %ebx,(%esp)
f01038cc:	e8 13 fe ff ff       	call   f01036e4 <print_trapframe>
	env_destroy(curenv);
f01038d1:	e8 d4 0c 00 00       	call   f01045aa <cpunum>
f01038d6:	83 c4 04             	add    $0x4,%esp
f01038d9:	6b c0 74             	imul   $0x74,%eax,%eax
f01038dc:	ff b0 28 c0 16 f0    	push   -0xfe93fd8(%eax)
f01038e2:	e8 24 fb ff ff       	call   f010340b <env_destroy>
}
f01038e7:	83 c4 10             	add    $0x10,%esp
f01038ea:	8d 65 f4             	lea    -0xc(%ebp),%esp
f01038ed:	5b                   	pop    %ebx
f01038ee:	5e                   	pop    %esi
f01038ef:	5f                   	pop    %edi
f01038f0:	5d                   	pop    %ebp
f01038f1:	c3                   	ret
		print_trapframe(tf);
f01038f2:	83 ec 0c             	sub    $0xc,%esp
f01038f5:	53                   	push   %ebx
f01038f6:	e8 e9 fd ff ff       	call   f01036e4 <print_trapframe>
		panic("kernel page fault at va %08x, eip %08x", fault_va,
f01038fb:	83 c4 04             	add    $0x4,%esp
f01038fe:	ff 73 30             	push   0x30(%ebx)
f0103901:	56                   	push   %esi
f0103902:	68 dc 73 10 f0       	push   $0xf01073dc
f0103907:	68 16 01 00 00       	push   $0x116
f010390c:	68 13 72 10 f0       	push   $0xf0107213
f0103911:	e8 42 22 00 00       	call   f0105b58 <_panic>
		if (tf->tf_esp >= UXSTACKTOP - PGSIZE && tf->tf_esp < UXSTACKTOP)
f0103916:	8b 43 3c             	mov    0x3c(%ebx),%eax
f0103919:	8d 90 00 10 40 11    	lea    0x11401000(%eax),%edx
			top = UXSTACKTOP;
f010391f:	bf 00 00 c0 ee       	mov    $0xeec00000,%edi
		if (tf->tf_esp >= UXSTACKTOP - PGSIZE && tf->tf_esp < UXSTACKTOP)
f0103924:	81 fa ff 0f 00 00    	cmp    $0xfff,%edx
f010392a:	77 03                	ja     f010392f <page_fault_handler+0xaf>
			top = tf->tf_esp - sizeof(uint32_t);
f010392c:	8d 78 fc             	lea    -0x4(%eax),%edi
		utf = (struct UTrapframe *) (top - sizeof(struct UTrapframe));
f010392f:	8d 57 cc             	lea    -0x34(%edi),%edx
f0103932:	89 55 e4             	mov    %edx,-0x1c(%ebp)
		user_mem_assert(curenv, utf, sizeof(struct UTrapframe), PTE_W);
f0103935:	e8 70 0c 00 00       	call   f01045aa <cpunum>
f010393a:	6a 02                	push   $0x2
f010393c:	6a 34                	push   $0x34
f010393e:	ff 75 e4             	push   -0x1c(%ebp)
f0103941:	6b c0 74             	imul   $0x74,%eax,%eax
f0103944:	ff b0 28 c0 16 f0    	push   -0xfe93fd8(%eax)
f010394a:	e8 81 d9 ff ff       	call   f01012d0 <user_mem_assert>
		utf->utf_fault_va = fault_va;
f010394f:	89 77 cc             	mov    %esi,-0x34(%edi)
		utf->utf_err = tf->tf_err;
f0103952:	8b 43 2c             	mov    0x2c(%ebx),%eax
f0103955:	8b 55 e4             	mov    -0x1c(%ebp),%edx
f0103958:	89 42 04             	mov    %eax,0x4(%edx)
		utf->utf_regs = tf->tf_regs;
f010395b:	83 ef 2c             	sub    $0x2c,%edi
f010395e:	b9 08 00 00 00       	mov    $0x8,%ecx
f0103963:	89 de                	mov    %ebx,%esi
f0103965:	f3 a5                	rep movsl %ds:(%esi),%es:(%edi)
		utf->utf_eip = tf->tf_eip;
f0103967:	8b 43 30             	mov    0x30(%ebx),%eax
f010396a:	89 42 28             	mov    %eax,0x28(%edx)
		utf->utf_eflags = tf->tf_eflags;
f010396d:	8b 43 38             	mov    0x38(%ebx),%eax
f0103970:	89 d6                	mov    %edx,%esi
f0103972:	89 42 2c             	mov    %eax,0x2c(%edx)
		utf->utf_esp = tf->tf_esp;
f0103975:	8b 43 3c             	mov    0x3c(%ebx),%eax
f0103978:	89 42 30             	mov    %eax,0x30(%edx)
		tf->tf_eip = (uintptr_t) curenv->env_pgfault_upcall;
f010397b:	e8 2a 0c 00 00       	call   f01045aa <cpunum>
f0103980:	6b c0 74             	imul   $0x74,%eax,%eax
f0103983:	8b 80 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%eax
f0103989:	8b 40 64             	mov    0x64(%eax),%eax
f010398c:	89 43 30             	mov    %eax,0x30(%ebx)
		tf->tf_esp = (uintptr_t) utf;
f010398f:	89 73 3c             	mov    %esi,0x3c(%ebx)
		env_run(curenv);
f0103992:	e8 13 0c 00 00       	call   f01045aa <cpunum>
f0103997:	83 c4 04             	add    $0x4,%esp
f010399a:	6b c0 74             	imul   $0x74,%eax,%eax
f010399d:	ff b0 28 c0 16 f0    	push   -0xfe93fd8(%eax)
f01039a3:	e8 02 fb ff ff       	call   f01034aa <env_run>

f01039a8 <trap>:
{
f01039a8:	55                   	push   %ebp
f01039a9:	89 e5                	mov    %esp,%ebp
f01039ab:	57                   	push   %edi
f01039ac:	56                   	push   %esi
f01039ad:	8b 75 08             	mov    0x8(%ebp),%esi
	asm volatile("cld" ::: "cc");
f01039b0:	fc                   	cld
	if (panicstr)
f01039b1:	83 3d c0 c7 16 f0 00 	cmpl   $0x0,0xf016c7c0
f01039b8:	74 01                	je     f01039bb <trap+0x13>
		asm volatile("hlt");
f01039ba:	f4                   	hlt
	if (xchg(&thiscpu->cpu_status, CPU_STARTED) == CPU_HALTED)
f01039bb:	e8 ea 0b 00 00       	call   f01045aa <cpunum>
f01039c0:	6b d0 74             	imul   $0x74,%eax,%edx
f01039c3:	83 c2 04             	add    $0x4,%edx
// the xchg instruction with a memory operand is implicitly locked.
static inline uint32_t
xchg(volatile uint32_t *addr, uint32_t newval)
{
	uint32_t result;
	asm volatile("lock; xchgl %0, %1"
f01039c6:	b8 01 00 00 00       	mov    $0x1,%eax
f01039cb:	f0 87 82 20 c0 16 f0 	lock xchg %eax,-0xfe93fe0(%edx)
f01039d2:	83 f8 02             	cmp    $0x2,%eax
f01039d5:	74 30                	je     f0103a07 <trap+0x5f>
	asm volatile("pushfl; popl %0" : "=r" (eflags));
f01039d7:	9c                   	pushf
f01039d8:	58                   	pop    %eax
	assert(!(read_eflags() & FL_IF));
f01039d9:	f6 c4 02             	test   $0x2,%ah
f01039dc:	75 3b                	jne    f0103a19 <trap+0x71>
	if ((tf->tf_cs & 3) == 3) {
f01039de:	0f b7 46 34          	movzwl 0x34(%esi),%eax
f01039e2:	83 e0 03             	and    $0x3,%eax
f01039e5:	66 83 f8 03          	cmp    $0x3,%ax
f01039e9:	74 47                	je     f0103a32 <trap+0x8a>
	last_tf = tf;
f01039eb:	89 35 60 ba 12 f0    	mov    %esi,0xf012ba60
	switch (tf->tf_trapno) {
f01039f1:	8b 46 28             	mov    0x28(%esi),%eax
f01039f4:	83 e8 01             	sub    $0x1,%eax
f01039f7:	83 f8 2f             	cmp    $0x2f,%eax
f01039fa:	0f 87 82 01 00 00    	ja     f0103b82 <trap+0x1da>
f0103a00:	ff 24 85 40 74 10 f0 	jmp    *-0xfef8bc0(,%eax,4)
	spin_lock(&kernel_lock);
f0103a07:	83 ec 0c             	sub    $0xc,%esp
f0103a0a:	68 c0 c3 11 f0       	push   $0xf011c3c0
f0103a0f:	e8 ed 11 00 00       	call   f0104c01 <spin_lock>
}
f0103a14:	83 c4 10             	add    $0x10,%esp
f0103a17:	eb be                	jmp    f01039d7 <trap+0x2f>
	assert(!(read_eflags() & FL_IF));
f0103a19:	68 1f 72 10 f0       	push   $0xf010721f
f0103a1e:	68 70 64 10 f0       	push   $0xf0106470
f0103a23:	68 e5 00 00 00       	push   $0xe5
f0103a28:	68 13 72 10 f0       	push   $0xf0107213
f0103a2d:	e8 26 21 00 00       	call   f0105b58 <_panic>
	spin_lock(&kernel_lock);
f0103a32:	83 ec 0c             	sub    $0xc,%esp
f0103a35:	68 c0 c3 11 f0       	push   $0xf011c3c0
f0103a3a:	e8 c2 11 00 00       	call   f0104c01 <spin_lock>
		assert(curenv);
f0103a3f:	e8 66 0b 00 00       	call   f01045aa <cpunum>
f0103a44:	6b c0 74             	imul   $0x74,%eax,%eax
f0103a47:	83 c4 10             	add    $0x10,%esp
f0103a4a:	83 b8 28 c0 16 f0 00 	cmpl   $0x0,-0xfe93fd8(%eax)
f0103a51:	74 3e                	je     f0103a91 <trap+0xe9>
		if (curenv->env_status == ENV_DYING) {
f0103a53:	e8 52 0b 00 00       	call   f01045aa <cpunum>
f0103a58:	6b c0 74             	imul   $0x74,%eax,%eax
f0103a5b:	8b 80 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%eax
f0103a61:	83 78 54 01          	cmpl   $0x1,0x54(%eax)
f0103a65:	74 43                	je     f0103aaa <trap+0x102>
		curenv->env_tf = *tf;
f0103a67:	e8 3e 0b 00 00       	call   f01045aa <cpunum>
f0103a6c:	6b c0 74             	imul   $0x74,%eax,%eax
f0103a6f:	8b 80 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%eax
f0103a75:	b9 11 00 00 00       	mov    $0x11,%ecx
f0103a7a:	89 c7                	mov    %eax,%edi
f0103a7c:	f3 a5                	rep movsl %ds:(%esi),%es:(%edi)
		tf = &curenv->env_tf;
f0103a7e:	e8 27 0b 00 00       	call   f01045aa <cpunum>
f0103a83:	6b c0 74             	imul   $0x74,%eax,%eax
f0103a86:	8b b0 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%esi
f0103a8c:	e9 5a ff ff ff       	jmp    f01039eb <trap+0x43>
		assert(curenv);
f0103a91:	68 38 72 10 f0       	push   $0xf0107238
f0103a96:	68 70 64 10 f0       	push   $0xf0106470
f0103a9b:	68 eb 00 00 00       	push   $0xeb
f0103aa0:	68 13 72 10 f0       	push   $0xf0107213
f0103aa5:	e8 ae 20 00 00       	call   f0105b58 <_panic>
			env_free(curenv);
f0103aaa:	e8 fb 0a 00 00       	call   f01045aa <cpunum>
f0103aaf:	83 ec 0c             	sub    $0xc,%esp
f0103ab2:	6b c0 74             	imul   $0x74,%eax,%eax
f0103ab5:	ff b0 28 c0 16 f0    	push   -0xfe93fd8(%eax)
f0103abb:	e8 6f f7 ff ff       	call   f010322f <env_free>
			curenv = NULL;
f0103ac0:	e8 e5 0a 00 00       	call   f01045aa <cpunum>
f0103ac5:	6b c0 74             	imul   $0x74,%eax,%eax
f0103ac8:	c7 80 28 c0 16 f0 00 	movl   $0x0,-0xfe93fd8(%eax)
f0103acf:	00 00 00 
			sched_yield();
f0103ad2:	e8 cc 08 00 00       	call   f01043a3 <sched_yield>
		page_fault_handler(tf);
f0103ad7:	83 ec 0c             	sub    $0xc,%esp
f0103ada:	56                   	push   %esi
f0103adb:	e8 a0 fd ff ff       	call   f0103880 <page_fault_handler>
		return;
f0103ae0:	83 c4 10             	add    $0x10,%esp
	if (curenv && curenv->env_status == ENV_RUNNING)
f0103ae3:	e8 c2 0a 00 00       	call   f01045aa <cpunum>
f0103ae8:	6b c0 74             	imul   $0x74,%eax,%eax
f0103aeb:	83 b8 28 c0 16 f0 00 	cmpl   $0x0,-0xfe93fd8(%eax)
f0103af2:	74 18                	je     f0103b0c <trap+0x164>
f0103af4:	e8 b1 0a 00 00       	call   f01045aa <cpunum>
f0103af9:	6b c0 74             	imul   $0x74,%eax,%eax
f0103afc:	8b 80 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%eax
f0103b02:	83 78 54 03          	cmpl   $0x3,0x54(%eax)
f0103b06:	0f 84 be 00 00 00    	je     f0103bca <trap+0x222>
		sched_yield();
f0103b0c:	e8 92 08 00 00       	call   f01043a3 <sched_yield>
		monitor(tf);
f0103b11:	83 ec 0c             	sub    $0xc,%esp
f0103b14:	56                   	push   %esi
f0103b15:	e8 88 cc ff ff       	call   f01007a2 <monitor>
		return;
f0103b1a:	83 c4 10             	add    $0x10,%esp
f0103b1d:	eb c4                	jmp    f0103ae3 <trap+0x13b>
		tf->tf_regs.reg_eax = syscall(tf->tf_regs.reg_eax,
f0103b1f:	83 ec 08             	sub    $0x8,%esp
f0103b22:	ff 76 04             	push   0x4(%esi)
f0103b25:	ff 36                	push   (%esi)
f0103b27:	ff 76 10             	push   0x10(%esi)
f0103b2a:	ff 76 18             	push   0x18(%esi)
f0103b2d:	ff 76 14             	push   0x14(%esi)
f0103b30:	ff 76 1c             	push   0x1c(%esi)
f0103b33:	e8 25 02 00 00       	call   f0103d5d <syscall>
f0103b38:	89 46 1c             	mov    %eax,0x1c(%esi)
		return;
f0103b3b:	83 c4 20             	add    $0x20,%esp
f0103b3e:	eb a3                	jmp    f0103ae3 <trap+0x13b>
		cprintf("Spurious interrupt on irq 7\n");
f0103b40:	83 ec 0c             	sub    $0xc,%esp
f0103b43:	68 3f 72 10 f0       	push   $0xf010723f
f0103b48:	e8 00 19 00 00       	call   f010544d <cprintf>
		print_trapframe(tf);
f0103b4d:	89 34 24             	mov    %esi,(%esp)
f0103b50:	e8 8f fb ff ff       	call   f01036e4 <print_trapframe>
		return;
f0103b55:	83 c4 10             	add    $0x10,%esp
f0103b58:	eb 89                	jmp    f0103ae3 <trap+0x13b>
		lapic_eoi();
f0103b5a:	e8 af 0b 00 00       	call   f010470e <lapic_eoi>
		sched_yield();
f0103b5f:	e8 3f 08 00 00       	call   f01043a3 <sched_yield>
		kbd_intr();
f0103b64:	e8 36 c8 ff ff       	call   f010039f <kbd_intr>
		lapic_eoi();
f0103b69:	e8 a0 0b 00 00       	call   f010470e <lapic_eoi>
		return;
f0103b6e:	e9 70 ff ff ff       	jmp    f0103ae3 <trap+0x13b>
		serial_intr();
f0103b73:	e8 0b c8 ff ff       	call   f0100383 <serial_intr>
		lapic_eoi();
f0103b78:	e8 91 0b 00 00       	call   f010470e <lapic_eoi>
		return;
f0103b7d:	e9 61 ff ff ff       	jmp    f0103ae3 <trap+0x13b>
	print_trapframe(tf);
f0103b82:	83 ec 0c             	sub    $0xc,%esp
f0103b85:	56                   	push   %esi
f0103b86:	e8 59 fb ff ff       	call   f01036e4 <print_trapframe>
	if (tf->tf_cs == GD_KT)
f0103b8b:	83 c4 10             	add    $0x10,%esp
f0103b8e:	66 83 7e 34 08       	cmpw   $0x8,0x34(%esi)
f0103b93:	74 1e                	je     f0103bb3 <trap+0x20b>
		env_destroy(curenv);
f0103b95:	e8 10 0a 00 00       	call   f01045aa <cpunum>
f0103b9a:	83 ec 0c             	sub    $0xc,%esp
f0103b9d:	6b c0 74             	imul   $0x74,%eax,%eax
f0103ba0:	ff b0 28 c0 16 f0    	push   -0xfe93fd8(%eax)
f0103ba6:	e8 60 f8 ff ff       	call   f010340b <env_destroy>
		return;
f0103bab:	83 c4 10             	add    $0x10,%esp
f0103bae:	e9 30 ff ff ff       	jmp    f0103ae3 <trap+0x13b>
		panic("unhandled trap in kernel");
f0103bb3:	83 ec 04             	sub    $0x4,%esp
f0103bb6:	68 5c 72 10 f0       	push   $0xf010725c
f0103bbb:	68 ce 00 00 00       	push   $0xce
f0103bc0:	68 13 72 10 f0       	push   $0xf0107213
f0103bc5:	e8 8e 1f 00 00       	call   f0105b58 <_panic>
		env_run(curenv);
f0103bca:	e8 db 09 00 00       	call   f01045aa <cpunum>
f0103bcf:	83 ec 0c             	sub    $0xc,%esp
f0103bd2:	6b c0 74             	imul   $0x74,%eax,%eax
f0103bd5:	ff b0 28 c0 16 f0    	push   -0xfe93fd8(%eax)
f0103bdb:	e8 ca f8 ff ff       	call   f01034aa <env_run>

f0103be0 <vector0>:
	.section .rodata
	.long	\num, vector\num
.endm

# Processor exceptions.  8, 10-14 and 17 push an error code.
VECTOR 0, 0	/* T_DIVIDE */
f0103be0:	6a 00                	push   $0x0
f0103be2:	6a 00                	push   $0x0
f0103be4:	e9 61 01 00 00       	jmp    f0103d4a <_alltraps>
f0103be9:	8d 76 00             	lea    0x0(%esi),%esi

f0103bec <vector1>:
VECTOR 1, 0	/* T_DEBUG */
f0103bec:	6a 00                	push   $0x0
f0103bee:	6a 01                	push   $0x1
f0103bf0:	e9 55 01 00 00       	jmp    f0103d4a <_alltraps>
f0103bf5:	8d 76 00             	lea    0x0(%esi),%esi

f0103bf8 <vector2>:
VECTOR 2, 0	/* T_NMI */
f0103bf8:	6a 00                	push   $0x0
f0103bfa:	6a 02                	push   $0x2
f0103bfc:	e9 49 01 00 00       	jmp    f0103d4a <_alltraps>
f0103c01:	8d 76 00             	lea    0x0(%esi),%esi

f0103c04 <vector3>:
VECTOR 3, 0	/* T_BRKPT */
f0103c04:	6a 00                	push   $0x0
f0103c06:	6a 03                	push   $0x3
f0103c08:	e9 3d 01 00 00       	jmp    f0103d4a <_alltraps>
f0103c0d:	8d 76 00             	lea    0x0(%esi),%esi

f0103c10 <vector4>:
VECTOR 4, 0	/* T_OFLOW */
f0103c10:	6a 00                	push   $0x0
f0103c12:	6a 04                	push   $0x4
f0103c14:	e9 31 01 00 00       	jmp    f0103d4a <_alltraps>
f0103c19:	8d 76 00             	lea    0x0(%esi),%esi

f0103c1c <vector5>:
VECTOR 5, 0	/* T_BOUND */
f0103c1c:	6a 00                	push   $0x0
f0103c1e:	6a 05                	push   $0x5
f0103c20:	e9 25 01 00 00       	jmp    f0103d4a <_alltraps>
f0103c25:	8d 76 00             	lea    0x0(%esi),%esi

f0103c28 <vector6>:
VECTOR 6, 0	/* T_ILLOP */
f0103c28:	6a 00                	push   $0x0
f0103c2a:	6a 06                	push   $0x6
f0103c2c:	e9 19 01 00 00       	jmp    f0103d4a <_alltraps>
f0103c31:	8d 76 00             	lea    0x0(%esi),%esi

f0103c34 <vector7>:
VECTOR 7, 0	/* T_DEVICE */
f0103c34:	6a 00                	push   $0x0
f0103c36:	6a 07                	push   $0x7
f0103c38:	e9 0d 01 00 00       	jmp    f0103d4a <_alltraps>
f0103c3d:	8d 76 00             	lea    0x0(%esi),%esi

f0103c40 <vector8>:
VECTOR 8, 1	/* T_DBLFLT */
f0103c40:	6a 08                	push   $0x8
f0103c42:	e9 03 01 00 00       	jmp    f0103d4a <_alltraps>
f0103c47:	90                   	nop

f0103c48 <vector9>:
VECTOR 9, 0	/* reserved (coprocessor segment overrun) */
f0103c48:	6a 00                	push   $0x0
f0103c4a:	6a 09                	push   $0x9
f0103c4c:	e9 f9 00 00 00       	jmp    f0103d4a <_alltraps>
f0103c51:	8d 76 00             	lea    0x0(%esi),%esi

f0103c54 <vector10>:
VECTOR 10, 1	/* T_TSS */
f0103c54:	6a 0a                	push   $0xa
f0103c56:	e9 ef 00 00 00       	jmp    f0103d4a <_alltraps>
f0103c5b:	90                   	nop

f0103c5c <vector11>:
VECTOR 11, 1	/* T_SEGNP */
f0103c5c:	6a 0b                	push   $0xb
f0103c5e:	e9 e7 00 00 00       	jmp    f0103d4a <_alltraps>
f0103c63:	90                   	nop

f0103c64 <vector12>:
VECTOR 12, 1	/* T_STACK */
f0103c64:	6a 0c                	push   $0xc
f0103c66:	e9 df 00 00 00       	jmp    f0103d4a <_alltraps>
f0103c6b:	90                   	nop

f0103c6c <vector13>:
VECTOR 13, 1	/* T_GPFLT */
f0103c6c:	6a 0d                	push   $0xd
f0103c6e:	e9 d7 00 00 00       	jmp    f0103d4a <_alltraps>
f0103c73:	90                   	nop

f0103c74 <vector14>:
VECTOR 14, 1	/* T_PGFLT */
f0103c74:	6a 0e                	push   $0xe
f0103c76:	e9 cf 00 00 00       	jmp    f0103d4a <_alltraps>
f0103c7b:	90                   	nop

f0103c7c <vector15>:
VECTOR 15, 0	/* reserved */
f0103c7c:	6a 00                	push   $0x0
f0103c7e:	6a 0f                	push   $0xf
f0103c80:	e9 c5 00 00 00       	jmp    f0103d4a <_alltraps>
f0103c85:	8d 76 00             	lea    0x0(%esi),%esi

f0103c88 <vector16>:
VECTOR 16, 0	/* T_FPERR */
f0103c88:	6a 00                	push   $0x0
f0103c8a:	6a 10                	push   $0x10
f0103c8c:	e9 b9 00 00 00       	jmp    f0103d4a <_alltraps>
f0103c91:	8d 76 00             	lea    0x0(%esi),%esi

f0103c94 <vector17>:
VECTOR 17, 1	/* T_ALIGN */
f0103c94:	6a 11                	push   $0x11
f0103c96:	e9 af 00 00 00       	jmp    f0103d4a <_alltraps>
f0103c9b:	90                   	nop

f0103c9c <vector18>:
VECTOR 18, 0	/* T_MCHK */
f0103c9c:	6a 00                	push   $0x0
f0103c9e:	6a 12                	push   $0x12
f0103ca0:	e9 a5 00 00 00       	jmp    f0103d4a <_alltraps>
f0103ca5:	8d 76 00             	lea    0x0(%esi),%esi

f0103ca8 <vector19>:
VECTOR 19, 0	/* T_SIMDERR */
f0103ca8:	6a 00                	push   $0x0
f0103caa:	6a 13                	push   $0x13
f0103cac:	e9 99 00 00 00       	jmp    f0103d4a <_alltraps>
f0103cb1:	8d 76 00             	lea    0x0(%esi),%esi

f0103cb4 <vector32>:

# Hardware interrupts IRQ 0-15 at IRQ_OFFSET (32).
VECTOR 32, 0
f0103cb4:	6a 00                	push   $0x0
f0103cb6:	6a 20                	push   $0x20
f0103cb8:	e9 8d 00 00 00       	jmp    f0103d4a <_alltraps>
f0103cbd:	8d 76 00             	lea    0x0(%esi),%esi

f0103cc0 <vector33>:
VECTOR 33, 0
f0103cc0:	6a 00                	push   $0x0
f0103cc2:	6a 21                	push   $0x21
f0103cc4:	e9 81 00 00 00       	jmp    f0103d4a <_alltraps>
f0103cc9:	8d 76 00             	lea    0x0(%esi),%esi

f0103ccc <vector34>:
VECTOR 34, 0
f0103ccc:	6a 00                	push   $0x0
f0103cce:	6a 22                	push   $0x22
f0103cd0:	eb 78                	jmp    f0103d4a <_alltraps>
f0103cd2:	66 90                	xchg   %ax,%ax

f0103cd4 <vector35>:
VECTOR 35, 0
f0103cd4:	6a 00                	push   $0x0
f0103cd6:	6a 23                	push   $0x23
f0103cd8:	eb 70                	jmp    f0103d4a <_alltraps>
f0103cda:	66 90                	xchg   %ax,%ax

f0103cdc <vector36>:
VECTOR 36, 0
f0103cdc:	6a 00                	push   $0x0
f0103cde:	6a 24                	push   $0x24
f0103ce0:	eb 68                	jmp    f0103d4a <_alltraps>
f0103ce2:	66 90                	xchg   %ax,%ax

f0103ce4 <vector37>:
VECTOR 37, 0
f0103ce4:	6a 00                	push   $0x0
f0103ce6:	6a 25                	push   $0x25
f0103ce8:	eb 60                	jmp    f0103d4a <_alltraps>
f0103cea:	66 90                	xchg   %ax,%ax

f0103cec <vector38>:
VECTOR 38, 0
f0103cec:	6a 00                	push   $0x0
f0103cee:	6a 26                	push   $0x26
f0103cf0:	eb 58                	jmp    f0103d4a <_alltraps>
f0103cf2:	66 90                	xchg   %ax,%ax

f0103cf4 <vector39>:
VECTOR 39, 0
f0103cf4:	6a 00                	push   $0x0
f0103cf6:	6a 27                	push   $0x27
f0103cf8:	eb 50                	jmp    f0103d4a <_alltraps>
f0103cfa:	66 90                	xchg   %ax,%ax

f0103cfc <vector40>:
VECTOR 40, 0
f0103cfc:	6a 00                	push   $0x0
f0103cfe:	6a 28                	push   $0x28
f0103d00:	eb 48                	jmp    f0103d4a <_alltraps>
f0103d02:	66 90                	xchg   %ax,%ax

f0103d04 <vector41>:
VECTOR 41, 0
f0103d04:	6a 00                	push   $0x0
f0103d06:	6a 29                	push   $0x29
f0103d08:	eb 40                	jmp    f0103d4a <_alltraps>
f0103d0a:	66 90                	xchg   %ax,%ax

f0103d0c <vector42>:
VECTOR 42, 0
f0103d0c:	6a 00                	push   $0x0
f0103d0e:	6a 2a                	push   $0x2a
f0103d10:	eb 38                	jmp    f0103d4a <_alltraps>
f0103d12:	66 90                	xchg   %ax,%ax

f0103d14 <vector43>:
VECTOR 43, 0
f0103d14:	6a 00                	push   $0x0
f0103d16:	6a 2b                	push   $0x2b
f0103d18:	eb 30                	jmp    f0103d4a <_alltraps>
f0103d1a:	66 90                	xchg   %ax,%ax

f0103d1c <vector44>:
VECTOR 44, 0
f0103d1c:	6a 00                	push   $0x0
f0103d1e:	6a 2c                	push   $0x2c
f0103d20:	eb 28                	jmp    f0103d4a <_alltraps>
f0103d22:	66 90                	xchg   %ax,%ax

f0103d24 <vector45>:
VECTOR 45, 0
f0103d24:	6a 00                	push   $0x0
f0103d26:	6a 2d                	push   $0x2d
f0103d28:	eb 20                	jmp    f0103d4a <_alltraps>
f0103d2a:	66 90                	xchg   %ax,%ax

f0103d2c <vector46>:
VECTOR 46, 0
f0103d2c:	6a 00                	push   $0x0
f0103d2e:	6a 2e                	push   $0x2e
f0103d30:	eb 18                	jmp    f0103d4a <_alltraps>
f0103d32:	66 90                	xchg   %ax,%ax

f0103d34 <vector47>:
VECTOR 47, 0
f0103d34:	6a 00                	push   $0x0
f0103d36:	6a 2f                	push   $0x2f
f0103d38:	eb 10                	jmp    f0103d4a <_alltraps>
f0103d3a:	66 90                	xchg   %ax,%ax

f0103d3c <vector48>:

# System calls.
VECTOR 48, 0	/* T_SYSCALL */
f0103d3c:	6a 00                	push   $0x0
f0103d3e:	6a 30                	push   $0x30
f0103d40:	eb 08                	jmp    f0103d4a <_alltraps>
f0103d42:	66 90                	xchg   %ax,%ax

f0103d44 <vector51>:

# The LAPIC error interrupt (IRQ_OFFSET + IRQ_ERROR).
VECTOR 51, 0
f0103d44:	6a 00                	push   $0x0
f0103d46:	6a 33                	push   $0x33
f0103d48:	eb 00                	jmp    f0103d4a <_alltraps>

f0103d4a <_alltraps>:
# Common part: finish the struct Trapframe (see inc/trap.h), switch to
# the kernel's data segments and call trap(tf), which never returns.
	.text
	.globl _alltraps
_alltraps:
	pushl	%ds
f0103d4a:	1e                   	push   %ds
	pushl	%es
f0103d4b:	06                   	push   %es
	pushal
f0103d4c:	60                   	pusha
	movw	$GD_KD, %ax
f0103d4d:	66 b8 10 00          	mov    $0x10,%ax
	movw	%ax, %ds
f0103d51:	8e d8                	mov    %eax,%ds
	movw	%ax, %es
f0103d53:	8e c0                	mov    %eax,%es
	pushl	%esp		# the struct Trapframe * argument
f0103d55:	54                   	push   %esp
	call	trap
f0103d56:	e8 4d fc ff ff       	call   f01039a8 <trap>
1:	jmp	1b		# not reached
f0103d5b:	eb fe                	jmp    f0103d5b <_alltraps+0x11>

f0103d5d <syscall>:

// Dispatch system call syscallno with its arguments (from %edx, %ecx,
// %ebx, %edi, %esi).  Unknown numbers give -E_INVAL.
int32_t
syscall(uint32_t syscallno, uint32_t a1, uint32_t a2, uint32_t a3, uint32_t a4, uint32_t a5)
{
f0103d5d:	55                   	push   %ebp
f0103d5e:	89 e5                	mov    %esp,%ebp
f0103d60:	57                   	push   %edi
f0103d61:	56                   	push   %esi
f0103d62:	53                   	push   %ebx
f0103d63:	83 ec 1c             	sub    $0x1c,%esp
f0103d66:	8b 45 08             	mov    0x8(%ebp),%eax
	switch (syscallno) {
f0103d69:	83 f8 0c             	cmp    $0xc,%eax
f0103d6c:	0f 87 5a 05 00 00    	ja     f01042cc <syscall+0x56f>
f0103d72:	ff 24 85 c0 76 10 f0 	jmp    *-0xfef8940(,%eax,4)
	user_mem_assert(curenv, s, len, PTE_U);
f0103d79:	e8 2c 08 00 00       	call   f01045aa <cpunum>
f0103d7e:	6a 04                	push   $0x4
f0103d80:	ff 75 10             	push   0x10(%ebp)
f0103d83:	ff 75 0c             	push   0xc(%ebp)
f0103d86:	6b c0 74             	imul   $0x74,%eax,%eax
f0103d89:	ff b0 28 c0 16 f0    	push   -0xfe93fd8(%eax)
f0103d8f:	e8 3c d5 ff ff       	call   f01012d0 <user_mem_assert>
	cprintf("%.*s", len, s);
f0103d94:	83 c4 0c             	add    $0xc,%esp
f0103d97:	ff 75 0c             	push   0xc(%ebp)
f0103d9a:	ff 75 10             	push   0x10(%ebp)
f0103d9d:	68 88 76 10 f0       	push   $0xf0107688
f0103da2:	e8 a6 16 00 00       	call   f010544d <cprintf>
}
f0103da7:	83 c4 10             	add    $0x10,%esp
	case SYS_cputs:
		sys_cputs((const char *) a1, a2);
		return 0;
f0103daa:	b8 00 00 00 00       	mov    $0x0,%eax
	case SYS_ipc_recv:
		return sys_ipc_recv((void *) a1);
	default:
		return -E_INVAL;
	}
}
f0103daf:	8d 65 f4             	lea    -0xc(%ebp),%esp
f0103db2:	5b                   	pop    %ebx
f0103db3:	5e                   	pop    %esi
f0103db4:	5f                   	pop    %edi
f0103db5:	5d                   	pop    %ebp
f0103db6:	c3                   	ret
	return cons_getc();
f0103db7:	e8 f5 c5 ff ff       	call   f01003b1 <cons_getc>
		return sys_cgetc();
f0103dbc:	eb f1                	jmp    f0103daf <syscall+0x52>
	return curenv->env_id;
f0103dbe:	e8 e7 07 00 00       	call   f01045aa <cpunum>
f0103dc3:	6b c0 74             	imul   $0x74,%eax,%eax
f0103dc6:	8b 80 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%eax
f0103dcc:	8b 40 48             	mov    0x48(%eax),%eax
		return sys_getenvid();
f0103dcf:	eb de                	jmp    f0103daf <syscall+0x52>
	if ((r = envid2env(envid, &e, 1)) < 0)
f0103dd1:	83 ec 04             	sub    $0x4,%esp
f0103dd4:	6a 01                	push   $0x1
f0103dd6:	8d 45 e4             	lea    -0x1c(%ebp),%eax
f0103dd9:	50                   	push   %eax
f0103dda:	ff 75 0c             	push   0xc(%ebp)
f0103ddd:	e8 27 f0 ff ff       	call   f0102e09 <envid2env>
f0103de2:	83 c4 10             	add    $0x10,%esp
f0103de5:	85 c0                	test   %eax,%eax
f0103de7:	78 c6                	js     f0103daf <syscall+0x52>
	if (e == curenv)
f0103de9:	e8 bc 07 00 00       	call   f01045aa <cpunum>
f0103dee:	8b 55 e4             	mov    -0x1c(%ebp),%edx
f0103df1:	6b c0 74             	imul   $0x74,%eax,%eax
f0103df4:	39 90 28 c0 16 f0    	cmp    %edx,-0xfe93fd8(%eax)
f0103dfa:	74 3d                	je     f0103e39 <syscall+0xdc>
		cprintf("[%08x] destroying %08x\n", curenv->env_id, e->env_id);
f0103dfc:	8b 5a 48             	mov    0x48(%edx),%ebx
f0103dff:	e8 a6 07 00 00       	call   f01045aa <cpunum>
f0103e04:	83 ec 04             	sub    $0x4,%esp
f0103e07:	53                   	push   %ebx
f0103e08:	6b c0 74             	imul   $0x74,%eax,%eax
f0103e0b:	8b 80 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%eax
f0103e11:	ff 70 48             	push   0x48(%eax)
f0103e14:	68 a8 76 10 f0       	push   $0xf01076a8
f0103e19:	e8 2f 16 00 00       	call   f010544d <cprintf>
f0103e1e:	83 c4 10             	add    $0x10,%esp
	env_destroy(e);
f0103e21:	83 ec 0c             	sub    $0xc,%esp
f0103e24:	ff 75 e4             	push   -0x1c(%ebp)
f0103e27:	e8 df f5 ff ff       	call   f010340b <env_destroy>
	return 0;
f0103e2c:	83 c4 10             	add    $0x10,%esp
f0103e2f:	b8 00 00 00 00       	mov    $0x0,%eax
		return sys_env_destroy(a1);
f0103e34:	e9 76 ff ff ff       	jmp    f0103daf <syscall+0x52>
		cprintf("[%08x] exiting gracefully\n", curenv->env_id);
f0103e39:	e8 6c 07 00 00       	call   f01045aa <cpunum>
f0103e3e:	83 ec 08             	sub    $0x8,%esp
f0103e41:	6b c0 74             	imul   $0x74,%eax,%eax
f0103e44:	8b 80 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%eax
f0103e4a:	ff 70 48             	push   0x48(%eax)
f0103e4d:	68 8d 76 10 f0       	push   $0xf010768d
f0103e52:	e8 f6 15 00 00       	call   f010544d <cprintf>
f0103e57:	83 c4 10             	add    $0x10,%esp
f0103e5a:	eb c5                	jmp    f0103e21 <syscall+0xc4>
	sched_yield();
f0103e5c:	e8 42 05 00 00       	call   f01043a3 <sched_yield>
	if ((r = env_alloc(&e, curenv->env_id)) < 0)
f0103e61:	e8 44 07 00 00       	call   f01045aa <cpunum>
f0103e66:	83 ec 08             	sub    $0x8,%esp
f0103e69:	6b c0 74             	imul   $0x74,%eax,%eax
f0103e6c:	8b 80 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%eax
f0103e72:	ff 70 48             	push   0x48(%eax)
f0103e75:	8d 45 e4             	lea    -0x1c(%ebp),%eax
f0103e78:	50                   	push   %eax
f0103e79:	e8 94 f0 ff ff       	call   f0102f12 <env_alloc>
f0103e7e:	83 c4 10             	add    $0x10,%esp
f0103e81:	85 c0                	test   %eax,%eax
f0103e83:	0f 88 26 ff ff ff    	js     f0103daf <syscall+0x52>
	e->env_status = ENV_NOT_RUNNABLE;
f0103e89:	8b 45 e4             	mov    -0x1c(%ebp),%eax
f0103e8c:	c7 40 54 04 00 00 00 	movl   $0x4,0x54(%eax)
	e->env_tf = curenv->env_tf;
f0103e93:	e8 12 07 00 00       	call   f01045aa <cpunum>
f0103e98:	6b c0 74             	imul   $0x74,%eax,%eax
f0103e9b:	8b b0 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%esi
f0103ea1:	8b 45 e4             	mov    -0x1c(%ebp),%eax
f0103ea4:	b9 11 00 00 00       	mov    $0x11,%ecx
f0103ea9:	89 c7                	mov    %eax,%edi
f0103eab:	f3 a5                	rep movsl %ds:(%esi),%es:(%edi)
	e->env_tf.tf_regs.reg_eax = 0;
f0103ead:	c7 40 1c 00 00 00 00 	movl   $0x0,0x1c(%eax)
	return e->env_id;
f0103eb4:	8b 40 48             	mov    0x48(%eax),%eax
		return sys_exofork();
f0103eb7:	e9 f3 fe ff ff       	jmp    f0103daf <syscall+0x52>
	if (status != ENV_RUNNABLE && status != ENV_NOT_RUNNABLE)
f0103ebc:	8b 45 10             	mov    0x10(%ebp),%eax
f0103ebf:	83 e8 02             	sub    $0x2,%eax
f0103ec2:	a9 fd ff ff ff       	test   $0xfffffffd,%eax
f0103ec7:	75 2f                	jne    f0103ef8 <syscall+0x19b>
	if ((r = envid2env(envid, &e, 1)) < 0)
f0103ec9:	83 ec 04             	sub    $0x4,%esp
f0103ecc:	6a 01                	push   $0x1
f0103ece:	8d 45 e4             	lea    -0x1c(%ebp),%eax
f0103ed1:	50                   	push   %eax
f0103ed2:	ff 75 0c             	push   0xc(%ebp)
f0103ed5:	e8 2f ef ff ff       	call   f0102e09 <envid2env>
f0103eda:	83 c4 10             	add    $0x10,%esp
f0103edd:	85 c0                	test   %eax,%eax
f0103edf:	0f 88 ca fe ff ff    	js     f0103daf <syscall+0x52>
	e->env_status = status;
f0103ee5:	8b 45 e4             	mov    -0x1c(%ebp),%eax
f0103ee8:	8b 75 10             	mov    0x10(%ebp),%esi
f0103eeb:	89 70 54             	mov    %esi,0x54(%eax)
	return 0;
f0103eee:	b8 00 00 00 00       	mov    $0x0,%eax
f0103ef3:	e9 b7 fe ff ff       	jmp    f0103daf <syscall+0x52>
		return -E_INVAL;
f0103ef8:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
		return sys_env_set_status(a1, a2);
f0103efd:	e9 ad fe ff ff       	jmp    f0103daf <syscall+0x52>
	if ((r = envid2env(envid, &e, 1)) < 0)
f0103f02:	83 ec 04             	sub    $0x4,%esp
f0103f05:	6a 01                	push   $0x1
f0103f07:	8d 45 e4             	lea    -0x1c(%ebp),%eax
f0103f0a:	50                   	push   %eax
f0103f0b:	ff 75 0c             	push   0xc(%ebp)
f0103f0e:	e8 f6 ee ff ff       	call   f0102e09 <envid2env>
f0103f13:	83 c4 10             	add    $0x10,%esp
f0103f16:	85 c0                	test   %eax,%eax
f0103f18:	0f 88 91 fe ff ff    	js     f0103daf <syscall+0x52>
	e->env_pgfault_upcall = func;
f0103f1e:	8b 45 e4             	mov    -0x1c(%ebp),%eax
f0103f21:	8b 7d 10             	mov    0x10(%ebp),%edi
f0103f24:	89 78 64             	mov    %edi,0x64(%eax)
	return 0;
f0103f27:	b8 00 00 00 00       	mov    $0x0,%eax
		return sys_env_set_pgfault_upcall(a1, (void *) a2);
f0103f2c:	e9 7e fe ff ff       	jmp    f0103daf <syscall+0x52>
	if ((r = envid2env(envid, &e, 1)) < 0)
f0103f31:	83 ec 04             	sub    $0x4,%esp
f0103f34:	6a 01                	push   $0x1
f0103f36:	8d 45 e4             	lea    -0x1c(%ebp),%eax
f0103f39:	50                   	push   %eax
f0103f3a:	ff 75 0c             	push   0xc(%ebp)
f0103f3d:	e8 c7 ee ff ff       	call   f0102e09 <envid2env>
f0103f42:	83 c4 10             	add    $0x10,%esp
f0103f45:	85 c0                	test   %eax,%eax
f0103f47:	0f 88 62 fe ff ff    	js     f0103daf <syscall+0x52>
		return -E_INVAL;
f0103f4d:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
	return (uintptr_t) va < UTOP && PGOFF(va) == 0;
f0103f52:	81 7d 10 ff ff bf ee 	cmpl   $0xeebfffff,0x10(%ebp)
f0103f59:	0f 87 50 fe ff ff    	ja     f0103daf <syscall+0x52>
	if (!valid_user_page_va(va) || !valid_user_perm(perm))
f0103f5f:	f7 45 10 ff 0f 00 00 	testl  $0xfff,0x10(%ebp)
f0103f66:	75 59                	jne    f0103fc1 <syscall+0x264>
f0103f68:	8b 45 14             	mov    0x14(%ebp),%eax
f0103f6b:	25 fd f1 ff ff       	and    $0xfffff1fd,%eax
f0103f70:	83 f8 05             	cmp    $0x5,%eax
f0103f73:	75 56                	jne    f0103fcb <syscall+0x26e>
	if (!(pp = page_alloc(ALLOC_ZERO)))
f0103f75:	83 ec 0c             	sub    $0xc,%esp
f0103f78:	6a 01                	push   $0x1
f0103f7a:	e8 48 cc ff ff       	call   f0100bc7 <page_alloc>
f0103f7f:	89 c3                	mov    %eax,%ebx
f0103f81:	83 c4 10             	add    $0x10,%esp
f0103f84:	85 c0                	test   %eax,%eax
f0103f86:	74 4d                	je     f0103fd5 <syscall+0x278>
	if (page_insert(e->env_pgdir, pp, va, perm) < 0) {
f0103f88:	ff 75 14             	push   0x14(%ebp)
f0103f8b:	ff 75 10             	push   0x10(%ebp)
f0103f8e:	50                   	push   %eax
f0103f8f:	8b 45 e4             	mov    -0x1c(%ebp),%eax
f0103f92:	ff 70 60             	push   0x60(%eax)
f0103f95:	e8 b5 d1 ff ff       	call   f010114f <page_insert>
f0103f9a:	83 c4 10             	add    $0x10,%esp
f0103f9d:	85 c0                	test   %eax,%eax
f0103f9f:	78 0a                	js     f0103fab <syscall+0x24e>
	return 0;
f0103fa1:	b8 00 00 00 00       	mov    $0x0,%eax
		return sys_page_alloc(a1, (void *) a2, a3);
f0103fa6:	e9 04 fe ff ff       	jmp    f0103daf <syscall+0x52>
		page_free(pp);
f0103fab:	83 ec 0c             	sub    $0xc,%esp
f0103fae:	53                   	push   %ebx
f0103faf:	e8 88 cc ff ff       	call   f0100c3c <page_free>
		return -E_NO_MEM;
f0103fb4:	83 c4 10             	add    $0x10,%esp
f0103fb7:	b8 fc ff ff ff       	mov    $0xfffffffc,%eax
f0103fbc:	e9 ee fd ff ff       	jmp    f0103daf <syscall+0x52>
		return -E_INVAL;
f0103fc1:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
f0103fc6:	e9 e4 fd ff ff       	jmp    f0103daf <syscall+0x52>
f0103fcb:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
f0103fd0:	e9 da fd ff ff       	jmp    f0103daf <syscall+0x52>
		return -E_NO_MEM;
f0103fd5:	b8 fc ff ff ff       	mov    $0xfffffffc,%eax
f0103fda:	e9 d0 fd ff ff       	jmp    f0103daf <syscall+0x52>
	if ((r = envid2env(srcenvid, &src, 1)) < 0 ||
f0103fdf:	83 ec 04             	sub    $0x4,%esp
f0103fe2:	6a 01                	push   $0x1
f0103fe4:	8d 45 dc             	lea    -0x24(%ebp),%eax
f0103fe7:	50                   	push   %eax
f0103fe8:	ff 75 0c             	push   0xc(%ebp)
f0103feb:	e8 19 ee ff ff       	call   f0102e09 <envid2env>
f0103ff0:	83 c4 10             	add    $0x10,%esp
f0103ff3:	85 c0                	test   %eax,%eax
f0103ff5:	0f 88 b4 fd ff ff    	js     f0103daf <syscall+0x52>
	    (r = envid2env(dstenvid, &dst, 1)) < 0)
f0103ffb:	83 ec 04             	sub    $0x4,%esp
f0103ffe:	6a 01                	push   $0x1
f0104000:	8d 45 e0             	lea    -0x20(%ebp),%eax
f0104003:	50                   	push   %eax
f0104004:	ff 75 14             	push   0x14(%ebp)
f0104007:	e8 fd ed ff ff       	call   f0102e09 <envid2env>
	if ((r = envid2env(srcenvid, &src, 1)) < 0 ||
f010400c:	83 c4 10             	add    $0x10,%esp
f010400f:	85 c0                	test   %eax,%eax
f0104011:	0f 88 98 fd ff ff    	js     f0103daf <syscall+0x52>
		return -E_INVAL;
f0104017:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
	return (uintptr_t) va < UTOP && PGOFF(va) == 0;
f010401c:	81 7d 10 ff ff bf ee 	cmpl   $0xeebfffff,0x10(%ebp)
f0104023:	0f 87 86 fd ff ff    	ja     f0103daf <syscall+0x52>
f0104029:	81 7d 18 ff ff bf ee 	cmpl   $0xeebfffff,0x18(%ebp)
f0104030:	0f 87 79 fd ff ff    	ja     f0103daf <syscall+0x52>
	if (!valid_user_page_va(srcva) || !valid_user_page_va(dstva))
f0104036:	8b 45 10             	mov    0x10(%ebp),%eax
f0104039:	0b 45 18             	or     0x18(%ebp),%eax
f010403c:	a9 ff 0f 00 00       	test   $0xfff,%eax
f0104041:	75 58                	jne    f010409b <syscall+0x33e>
	if (!(pp = page_lookup(src->env_pgdir, srcva, &pte)))
f0104043:	83 ec 04             	sub    $0x4,%esp
f0104046:	8d 45 e4             	lea    -0x1c(%ebp),%eax
f0104049:	50                   	push   %eax
f010404a:	ff 75 10             	push   0x10(%ebp)
f010404d:	8b 45 dc             	mov    -0x24(%ebp),%eax
f0104050:	ff 70 60             	push   0x60(%eax)
f0104053:	e8 1d d0 ff ff       	call   f0101075 <page_lookup>
f0104058:	83 c4 10             	add    $0x10,%esp
f010405b:	85 c0                	test   %eax,%eax
f010405d:	74 46                	je     f01040a5 <syscall+0x348>
	if (!valid_user_perm(perm))
f010405f:	8b 55 1c             	mov    0x1c(%ebp),%edx
f0104062:	81 e2 fd f1 ff ff    	and    $0xfffff1fd,%edx
f0104068:	83 fa 05             	cmp    $0x5,%edx
f010406b:	75 42                	jne    f01040af <syscall+0x352>
	if ((perm & PTE_W) && !(*pte & PTE_W))
f010406d:	f6 45 1c 02          	testb  $0x2,0x1c(%ebp)
f0104071:	74 08                	je     f010407b <syscall+0x31e>
f0104073:	8b 55 e4             	mov    -0x1c(%ebp),%edx
f0104076:	f6 02 02             	testb  $0x2,(%edx)
f0104079:	74 3e                	je     f01040b9 <syscall+0x35c>
	if (page_insert(dst->env_pgdir, pp, dstva, perm) < 0)
f010407b:	ff 75 1c             	push   0x1c(%ebp)
f010407e:	ff 75 18             	push   0x18(%ebp)
f0104081:	50                   	push   %eax
f0104082:	8b 45 e0             	mov    -0x20(%ebp),%eax
f0104085:	ff 70 60             	push   0x60(%eax)
f0104088:	e8 c2 d0 ff ff       	call   f010114f <page_insert>
f010408d:	83 c4 10             	add    $0x10,%esp
	return 0;
f0104090:	c1 f8 1f             	sar    $0x1f,%eax
f0104093:	83 e0 fc             	and    $0xfffffffc,%eax
f0104096:	e9 14 fd ff ff       	jmp    f0103daf <syscall+0x52>
		return -E_INVAL;
f010409b:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
f01040a0:	e9 0a fd ff ff       	jmp    f0103daf <syscall+0x52>
		return -E_INVAL;
f01040a5:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
f01040aa:	e9 00 fd ff ff       	jmp    f0103daf <syscall+0x52>
		return -E_INVAL;
f01040af:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
f01040b4:	e9 f6 fc ff ff       	jmp    f0103daf <syscall+0x52>
		return -E_INVAL;
f01040b9:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
f01040be:	e9 ec fc ff ff       	jmp    f0103daf <syscall+0x52>
	if ((r = envid2env(envid, &e, 1)) < 0)
f01040c3:	83 ec 04             	sub    $0x4,%esp
f01040c6:	6a 01                	push   $0x1
f01040c8:	8d 45 e4             	lea    -0x1c(%ebp),%eax
f01040cb:	50                   	push   %eax
f01040cc:	ff 75 0c             	push   0xc(%ebp)
f01040cf:	e8 35 ed ff ff       	call   f0102e09 <envid2env>
f01040d4:	83 c4 10             	add    $0x10,%esp
f01040d7:	85 c0                	test   %eax,%eax
f01040d9:	0f 88 d0 fc ff ff    	js     f0103daf <syscall+0x52>
		return -E_INVAL;
f01040df:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
	return (uintptr_t) va < UTOP && PGOFF(va) == 0;
f01040e4:	81 7d 10 ff ff bf ee 	cmpl   $0xeebfffff,0x10(%ebp)
f01040eb:	0f 87 be fc ff ff    	ja     f0103daf <syscall+0x52>
	if (!valid_user_page_va(va))
f01040f1:	f7 45 10 ff 0f 00 00 	testl  $0xfff,0x10(%ebp)
f01040f8:	75 1e                	jne    f0104118 <syscall+0x3bb>
	page_remove(e->env_pgdir, va);
f01040fa:	83 ec 08             	sub    $0x8,%esp
f01040fd:	ff 75 10             	push   0x10(%ebp)
f0104100:	8b 45 e4             	mov    -0x1c(%ebp),%eax
f0104103:	ff 70 60             	push   0x60(%eax)
f0104106:	e8 fe cf ff ff       	call   f0101109 <page_remove>
	return 0;
f010410b:	83 c4 10             	add    $0x10,%esp
f010410e:	b8 00 00 00 00       	mov    $0x0,%eax
f0104113:	e9 97 fc ff ff       	jmp    f0103daf <syscall+0x52>
		return -E_INVAL;
f0104118:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
		return sys_page_unmap(a1, (void *) a2);
f010411d:	e9 8d fc ff ff       	jmp    f0103daf <syscall+0x52>
	if ((r = envid2env(envid, &e, 0)) < 0)
f0104122:	83 ec 04             	sub    $0x4,%esp
f0104125:	6a 00                	push   $0x0
f0104127:	8d 45 e0             	lea    -0x20(%ebp),%eax
f010412a:	50                   	push   %eax
f010412b:	ff 75 0c             	push   0xc(%ebp)
f010412e:	e8 d6 ec ff ff       	call   f0102e09 <envid2env>
f0104133:	83 c4 10             	add    $0x10,%esp
f0104136:	85 c0                	test   %eax,%eax
f0104138:	0f 88 71 fc ff ff    	js     f0103daf <syscall+0x52>
	if (!e->env_ipc_recving)
f010413e:	8b 45 e0             	mov    -0x20(%ebp),%eax
f0104141:	80 78 68 00          	cmpb   $0x0,0x68(%eax)
f0104145:	0f 84 d4 00 00 00    	je     f010421f <syscall+0x4c2>
	e->env_ipc_perm = 0;
f010414b:	c7 40 78 00 00 00 00 	movl   $0x0,0x78(%eax)
	if ((uintptr_t) srcva < UTOP) {
f0104152:	81 7d 14 ff ff bf ee 	cmpl   $0xeebfffff,0x14(%ebp)
f0104159:	77 69                	ja     f01041c4 <syscall+0x467>
		if (PGOFF(srcva) || !valid_user_perm(perm))
f010415b:	f7 45 14 ff 0f 00 00 	testl  $0xfff,0x14(%ebp)
f0104162:	0f 85 c1 00 00 00    	jne    f0104229 <syscall+0x4cc>
f0104168:	8b 45 18             	mov    0x18(%ebp),%eax
f010416b:	25 fd f1 ff ff       	and    $0xfffff1fd,%eax
f0104170:	83 f8 05             	cmp    $0x5,%eax
f0104173:	0f 85 ba 00 00 00    	jne    f0104233 <syscall+0x4d6>
		if (!(pp = page_lookup(curenv->env_pgdir, srcva, &pte)))
f0104179:	e8 2c 04 00 00       	call   f01045aa <cpunum>
f010417e:	83 ec 04             	sub    $0x4,%esp
f0104181:	8d 55 e4             	lea    -0x1c(%ebp),%edx
f0104184:	52                   	push   %edx
f0104185:	ff 75 14             	push   0x14(%ebp)
f0104188:	6b c0 74             	imul   $0x74,%eax,%eax
f010418b:	8b 80 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%eax
f0104191:	ff 70 60             	push   0x60(%eax)
f0104194:	e8 dc ce ff ff       	call   f0101075 <page_lookup>
f0104199:	83 c4 10             	add    $0x10,%esp
f010419c:	85 c0                	test   %eax,%eax
f010419e:	0f 84 99 00 00 00    	je     f010423d <syscall+0x4e0>
		if ((perm & PTE_W) && !(*pte & PTE_W))
f01041a4:	f6 45 18 02          	testb  $0x2,0x18(%ebp)
f01041a8:	74 0c                	je     f01041b6 <syscall+0x459>
f01041aa:	8b 55 e4             	mov    -0x1c(%ebp),%edx
f01041ad:	f6 02 02             	testb  $0x2,(%edx)
f01041b0:	0f 84 91 00 00 00    	je     f0104247 <syscall+0x4ea>
		if ((uintptr_t) e->env_ipc_dstva < UTOP) {
f01041b6:	8b 55 e0             	mov    -0x20(%ebp),%edx
f01041b9:	8b 4a 6c             	mov    0x6c(%edx),%ecx
f01041bc:	81 f9 ff ff bf ee    	cmp    $0xeebfffff,%ecx
f01041c2:	76 3c                	jbe    f0104200 <syscall+0x4a3>
	e->env_ipc_recving = 0;
f01041c4:	8b 45 e0             	mov    -0x20(%ebp),%eax
f01041c7:	c6 40 68 00          	movb   $0x0,0x68(%eax)
	e->env_ipc_from = curenv->env_id;
f01041cb:	e8 da 03 00 00       	call   f01045aa <cpunum>
f01041d0:	8b 55 e0             	mov    -0x20(%ebp),%edx
f01041d3:	6b c0 74             	imul   $0x74,%eax,%eax
f01041d6:	8b 80 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%eax
f01041dc:	8b 40 48             	mov    0x48(%eax),%eax
f01041df:	89 42 74             	mov    %eax,0x74(%edx)
	e->env_ipc_value = value;
f01041e2:	8b 45 10             	mov    0x10(%ebp),%eax
f01041e5:	89 42 70             	mov    %eax,0x70(%edx)
	e->env_status = ENV_RUNNABLE;
f01041e8:	c7 42 54 02 00 00 00 	movl   $0x2,0x54(%edx)
	e->env_tf.tf_regs.reg_eax = 0;
f01041ef:	c7 42 1c 00 00 00 00 	movl   $0x0,0x1c(%edx)
	return 0;
f01041f6:	b8 00 00 00 00       	mov    $0x0,%eax
f01041fb:	e9 af fb ff ff       	jmp    f0103daf <syscall+0x52>
			if (page_insert(e->env_pgdir, pp, e->env_ipc_dstva,
f0104200:	ff 75 18             	push   0x18(%ebp)
f0104203:	51                   	push   %ecx
f0104204:	50                   	push   %eax
f0104205:	ff 72 60             	push   0x60(%edx)
f0104208:	e8 42 cf ff ff       	call   f010114f <page_insert>
f010420d:	83 c4 10             	add    $0x10,%esp
f0104210:	85 c0                	test   %eax,%eax
f0104212:	78 3d                	js     f0104251 <syscall+0x4f4>
			e->env_ipc_perm = perm;
f0104214:	8b 45 e0             	mov    -0x20(%ebp),%eax
f0104217:	8b 4d 18             	mov    0x18(%ebp),%ecx
f010421a:	89 48 78             	mov    %ecx,0x78(%eax)
f010421d:	eb a5                	jmp    f01041c4 <syscall+0x467>
		return -E_IPC_NOT_RECV;
f010421f:	b8 f9 ff ff ff       	mov    $0xfffffff9,%eax
f0104224:	e9 86 fb ff ff       	jmp    f0103daf <syscall+0x52>
			return -E_INVAL;
f0104229:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
f010422e:	e9 7c fb ff ff       	jmp    f0103daf <syscall+0x52>
f0104233:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
f0104238:	e9 72 fb ff ff       	jmp    f0103daf <syscall+0x52>
			return -E_INVAL;
f010423d:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
f0104242:	e9 68 fb ff ff       	jmp    f0103daf <syscall+0x52>
			return -E_INVAL;
f0104247:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
f010424c:	e9 5e fb ff ff       	jmp    f0103daf <syscall+0x52>
				return -E_NO_MEM;
f0104251:	b8 fc ff ff ff       	mov    $0xfffffffc,%eax
		return sys_ipc_try_send(a1, a2, (void *) a3, a4);
f0104256:	e9 54 fb ff ff       	jmp    f0103daf <syscall+0x52>
	if ((uintptr_t) dstva < UTOP && PGOFF(dstva))
f010425b:	81 7d 0c ff ff bf ee 	cmpl   $0xeebfffff,0xc(%ebp)
f0104262:	77 13                	ja     f0104277 <syscall+0x51a>
f0104264:	f7 45 0c ff 0f 00 00 	testl  $0xfff,0xc(%ebp)
f010426b:	74 0a                	je     f0104277 <syscall+0x51a>
		return sys_ipc_recv((void *) a1);
f010426d:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
f0104272:	e9 38 fb ff ff       	jmp    f0103daf <syscall+0x52>
	curenv->env_ipc_recving = 1;
f0104277:	e8 2e 03 00 00       	call   f01045aa <cpunum>
f010427c:	6b c0 74             	imul   $0x74,%eax,%eax
f010427f:	8b 80 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%eax
f0104285:	c6 40 68 01          	movb   $0x1,0x68(%eax)
	curenv->env_ipc_dstva = dstva;
f0104289:	e8 1c 03 00 00       	call   f01045aa <cpunum>
f010428e:	6b c0 74             	imul   $0x74,%eax,%eax
f0104291:	8b 80 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%eax
f0104297:	8b 4d 0c             	mov    0xc(%ebp),%ecx
f010429a:	89 48 6c             	mov    %ecx,0x6c(%eax)
	curenv->env_status = ENV_NOT_RUNNABLE;
f010429d:	e8 08 03 00 00       	call   f01045aa <cpunum>
f01042a2:	6b c0 74             	imul   $0x74,%eax,%eax
f01042a5:	8b 80 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%eax
f01042ab:	c7 40 54 04 00 00 00 	movl   $0x4,0x54(%eax)
	curenv->env_tf.tf_regs.reg_eax = 0;
f01042b2:	e8 f3 02 00 00       	call   f01045aa <cpunum>
f01042b7:	6b c0 74             	imul   $0x74,%eax,%eax
f01042ba:	8b 80 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%eax
f01042c0:	c7 40 1c 00 00 00 00 	movl   $0x0,0x1c(%eax)
	sched_yield();
f01042c7:	e8 d7 00 00 00       	call   f01043a3 <sched_yield>
	switch (syscallno) {
f01042cc:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
f01042d1:	e9 d9 fa ff ff       	jmp    f0103daf <syscall+0x52>

f01042d6 <sched_halt>:

// Nothing to run on this CPU: release the kernel and halt until an
// interrupt (the LAPIC timer) arrives.  Never returns.
void
sched_halt(void)
{
f01042d6:	55                   	push   %ebp
f01042d7:	89 e5                	mov    %esp,%ebp
f01042d9:	83 ec 08             	sub    $0x8,%esp
	int i;

	// With no environments left at all, drop into the monitor.
	for (i = 0; i < NENV; i++) {
f01042dc:	a1 50 b2 12 f0       	mov    0xf012b250,%eax
f01042e1:	8d 50 54             	lea    0x54(%eax),%edx
f01042e4:	b9 00 00 00 00       	mov    $0x0,%ecx
		if ((envs[i].env_status == ENV_RUNNABLE ||
		     envs[i].env_status == ENV_RUNNING ||
f01042e9:	8b 02                	mov    (%edx),%eax
f01042eb:	83 e8 01             	sub    $0x1,%eax
		if ((envs[i].env_status == ENV_RUNNABLE ||
f01042ee:	83 f8 02             	cmp    $0x2,%eax
f01042f1:	76 2d                	jbe    f0104320 <sched_halt+0x4a>
	for (i = 0; i < NENV; i++) {
f01042f3:	83 c1 01             	add    $0x1,%ecx
f01042f6:	83 c2 7c             	add    $0x7c,%edx
f01042f9:	81 f9 00 04 00 00    	cmp    $0x400,%ecx
f01042ff:	75 e8                	jne    f01042e9 <sched_halt+0x13>
		     envs[i].env_status == ENV_DYING))
			break;
	}
	if (i == NENV) {
		cprintf("No runnable environments in the system!\n");
f0104301:	83 ec 0c             	sub    $0xc,%esp
f0104304:	68 f4 76 10 f0       	push   $0xf01076f4
f0104309:	e8 3f 11 00 00       	call   f010544d <cprintf>
f010430e:	83 c4 10             	add    $0x10,%esp
		while (1)
			monitor(NULL);
f0104311:	83 ec 0c             	sub    $0xc,%esp
f0104314:	6a 00                	push   $0x0
f0104316:	e8 87 c4 ff ff       	call   f01007a2 <monitor>
f010431b:	83 c4 10             	add    $0x10,%esp
f010431e:	eb f1                	jmp    f0104311 <sched_halt+0x3b>
	if (i == NENV) {
f0104320:	81 f9 00 04 00 00    	cmp    $0x400,%ecx
f0104326:	74 d9                	je     f0104301 <sched_halt+0x2b>
	}

	// Nothing runs here any more; leave the (maybe dying) env's pgdir.
	curenv = NULL;
f0104328:	e8 7d 02 00 00       	call   f01045aa <cpunum>
f010432d:	6b c0 74             	imul   $0x74,%eax,%eax
f0104330:	c7 80 28 c0 16 f0 00 	movl   $0x0,-0xfe93fd8(%eax)
f0104337:	00 00 00 
	lcr3(PADDR(kern_pgdir));
f010433a:	a1 40 b2 12 f0       	mov    0xf012b240,%eax
	if ((uint32_t)kva < KERNBASE)
f010433f:	3d ff ff ff ef       	cmp    $0xefffffff,%eax
f0104344:	76 4b                	jbe    f0104391 <sched_halt+0xbb>
	return (physaddr_t)kva - KERNBASE;
f0104346:	05 00 00 00 10       	add    $0x10000000,%eax
	asm volatile("movl %0,%%cr3" : : "r" (val) : "memory");
f010434b:	0f 22 d8             	mov    %eax,%cr3

	// trap() sees CPU_HALTED and takes the big kernel lock again.
	xchg(&thiscpu->cpu_status, CPU_HALTED);
f010434e:	e8 57 02 00 00       	call   f01045aa <cpunum>
f0104353:	6b d0 74             	imul   $0x74,%eax,%edx
f0104356:	83 c2 04             	add    $0x4,%edx
	asm volatile("lock; xchgl %0, %1"
f0104359:	b8 02 00 00 00       	mov    $0x2,%eax
f010435e:	f0 87 82 20 c0 16 f0 	lock xchg %eax,-0xfe93fe0(%edx)
	spin_unlock(&kernel_lock);
f0104365:	83 ec 0c             	sub    $0xc,%esp
f0104368:	68 c0 c3 11 f0       	push   $0xf011c3c0
f010436d:	e8 4e 09 00 00       	call   f0104cc0 <spin_unlock>
	asm volatile("pause");
f0104372:	f3 90                	pause
		"pushl $0\n"
		"sti\n"
		"1:\n"
		"hlt\n"
		"jmp 1b\n"
	: : "a" (thiscpu->cpu_ts.ts_esp0));
f0104374:	e8 31 02 00 00       	call   f01045aa <cpunum>
f0104379:	6b c0 74             	imul   $0x74,%eax,%eax
	asm volatile (
f010437c:	8b 80 30 c0 16 f0    	mov    -0xfe93fd0(%eax),%eax
f0104382:	bd 00 00 00 00       	mov    $0x0,%ebp
f0104387:	89 c4                	mov    %eax,%esp
f0104389:	6a 00                	push   $0x0
f010438b:	6a 00                	push   $0x0
f010438d:	fb                   	sti
f010438e:	f4                   	hlt
f010438f:	eb fd                	jmp    f010438e <sched_halt+0xb8>
		_panic(file, line, "PADDR called with invalid kva %08lx", kva);
f0104391:	50                   	push   %eax
f0104392:	68 90 62 10 f0       	push   $0xf0106290
f0104397:	6a 3d                	push   $0x3d
f0104399:	68 1d 77 10 f0       	push   $0xf010771d
f010439e:	e8 b5 17 00 00       	call   f0105b58 <_panic>

f01043a3 <sched_yield>:
{
f01043a3:	55                   	push   %ebp
f01043a4:	89 e5                	mov    %esp,%ebp
f01043a6:	56                   	push   %esi
f01043a7:	53                   	push   %ebx
	start = curenv ? ENVX(curenv->env_id) + 1 : 0;
f01043a8:	e8 fd 01 00 00       	call   f01045aa <cpunum>
f01043ad:	6b c0 74             	imul   $0x74,%eax,%eax
f01043b0:	b9 00 00 00 00       	mov    $0x0,%ecx
f01043b5:	83 b8 28 c0 16 f0 00 	cmpl   $0x0,-0xfe93fd8(%eax)
f01043bc:	74 1a                	je     f01043d8 <sched_yield+0x35>
f01043be:	e8 e7 01 00 00       	call   f01045aa <cpunum>
f01043c3:	6b c0 74             	imul   $0x74,%eax,%eax
f01043c6:	8b 80 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%eax
f01043cc:	8b 48 48             	mov    0x48(%eax),%ecx
f01043cf:	81 e1 ff 03 00 00    	and    $0x3ff,%ecx
f01043d5:	83 c1 01             	add    $0x1,%ecx
		e = &envs[(start + i) % NENV];
f01043d8:	8b 1d 50 b2 12 f0    	mov    0xf012b250,%ebx
f01043de:	89 ca                	mov    %ecx,%edx
f01043e0:	81 c1 00 04 00 00    	add    $0x400,%ecx
f01043e6:	89 d6                	mov    %edx,%esi
f01043e8:	c1 fe 1f             	sar    $0x1f,%esi
f01043eb:	c1 ee 16             	shr    $0x16,%esi
f01043ee:	8d 04 32             	lea    (%edx,%esi,1),%eax
f01043f1:	25 ff 03 00 00       	and    $0x3ff,%eax
f01043f6:	29 f0                	sub    %esi,%eax
f01043f8:	6b c0 7c             	imul   $0x7c,%eax,%eax
f01043fb:	01 d8                	add    %ebx,%eax
		if (e->env_status == ENV_RUNNABLE)
f01043fd:	83 78 54 02          	cmpl   $0x2,0x54(%eax)
f0104401:	74 31                	je     f0104434 <sched_yield+0x91>
	for (i = 0; i < NENV; i++) {
f0104403:	83 c2 01             	add    $0x1,%edx
f0104406:	39 ca                	cmp    %ecx,%edx
f0104408:	75 dc                	jne    f01043e6 <sched_yield+0x43>
	if (curenv && curenv->env_status == ENV_RUNNING &&
f010440a:	e8 9b 01 00 00       	call   f01045aa <cpunum>
f010440f:	6b c0 74             	imul   $0x74,%eax,%eax
f0104412:	83 b8 28 c0 16 f0 00 	cmpl   $0x0,-0xfe93fd8(%eax)
f0104419:	74 14                	je     f010442f <sched_yield+0x8c>
f010441b:	e8 8a 01 00 00       	call   f01045aa <cpunum>
f0104420:	6b c0 74             	imul   $0x74,%eax,%eax
f0104423:	8b 80 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%eax
f0104429:	83 78 54 03          	cmpl   $0x3,0x54(%eax)
f010442d:	74 0e                	je     f010443d <sched_yield+0x9a>
	sched_halt();
f010442f:	e8 a2 fe ff ff       	call   f01042d6 <sched_halt>
			env_run(e);
f0104434:	83 ec 0c             	sub    $0xc,%esp
f0104437:	50                   	push   %eax
f0104438:	e8 6d f0 ff ff       	call   f01034aa <env_run>
	    curenv->env_cpunum == cpunum())
f010443d:	e8 68 01 00 00       	call   f01045aa <cpunum>
f0104442:	6b c0 74             	imul   $0x74,%eax,%eax
f0104445:	8b 80 28 c0 16 f0    	mov    -0xfe93fd8(%eax),%eax
f010444b:	8b 58 5c             	mov    0x5c(%eax),%ebx
f010444e:	e8 57 01 00 00       	call   f01045aa <cpunum>
	if (curenv && curenv->env_status == ENV_RUNNING &&
f0104453:	39 c3                	cmp    %eax,%ebx
f0104455:	75 d8                	jne    f010442f <sched_yield+0x8c>
		env_run(curenv);
f0104457:	e8 4e 01 00 00       	call   f01045aa <cpunum>
f010445c:	83 ec 0c             	sub    $0xc,%esp
f010445f:	6b c0 74             	imul   $0x74,%eax,%eax
f0104462:	ff b0 28 c0 16 f0    	push   -0xfe93fd8(%eax)
f0104468:	e8 3d f0 ff ff       	call   f01034aa <env_run>

f010446d <irq_setmask_8259A>:
		irq_setmask_8259A(irq_mask_8259A);
}

void
irq_setmask_8259A(uint16_t mask)
{
f010446d:	55                   	push   %ebp
f010446e:	89 e5                	mov    %esp,%ebp
f0104470:	56                   	push   %esi
f0104471:	53                   	push   %ebx
f0104472:	8b 4d 08             	mov    0x8(%ebp),%ecx
	int i;
	irq_mask_8259A = mask;
f0104475:	66 89 0d ae c3 11 f0 	mov    %cx,0xf011c3ae
	if (!didinit)
f010447c:	80 3d 64 ba 12 f0 00 	cmpb   $0x0,0xf012ba64
f0104483:	75 07                	jne    f010448c <irq_setmask_8259A+0x1f>
	cprintf("enabled interrupts:");
	for (i = 0; i < 16; i++)
		if (~mask & (1<<i))
			cprintf(" %d", i);
	cprintf("\n");
}
f0104485:	8d 65 f8             	lea    -0x8(%ebp),%esp
f0104488:	5b                   	pop    %ebx
f0104489:	5e                   	pop    %esi
f010448a:	5d                   	pop    %ebp
f010448b:	c3                   	ret
f010448c:	89 ce                	mov    %ecx,%esi
	asm volatile("outb %0,%w1" : : "a" (data), "d" (port));
f010448e:	ba 21 00 00 00       	mov    $0x21,%edx
f0104493:	89 c8                	mov    %ecx,%eax
f0104495:	ee                   	out    %al,(%dx)
	outb(IO_PIC2+1, (char)(mask >> 8));
f0104496:	89 c8                	mov    %ecx,%eax
f0104498:	66 c1 e8 08          	shr    $0x8,%ax
f010449c:	ba a1 00 00 00       	mov    $0xa1,%edx
f01044a1:	ee                   	out    %al,(%dx)
	cprintf("enabled interrupts:");
f01044a2:	83 ec 0c             	sub    $0xc,%esp
f01044a5:	68 2a 77 10 f0       	push   $0xf010772a
f01044aa:	e8 9e 0f 00 00       	call   f010544d <cprintf>
f01044af:	83 c4 10             	add    $0x10,%esp
	for (i = 0; i < 16; i++)
f01044b2:	bb 00 00 00 00       	mov    $0x0,%ebx
		if (~mask & (1<<i))
f01044b7:	0f b7 f6             	movzwl %si,%esi
f01044ba:	f7 d6                	not    %esi
f01044bc:	eb 08                	jmp    f01044c6 <irq_setmask_8259A+0x59>
	for (i = 0; i < 16; i++)
f01044be:	83 c3 01             	add    $0x1,%ebx
f01044c1:	83 fb 10             	cmp    $0x10,%ebx
f01044c4:	74 18                	je     f01044de <irq_setmask_8259A+0x71>
		if (~mask & (1<<i))
f01044c6:	0f a3 de             	bt     %ebx,%esi
f01044c9:	73 f3                	jae    f01044be <irq_setmask_8259A+0x51>
			cprintf(" %d", i);
f01044cb:	83 ec 08             	sub    $0x8,%esp
f01044ce:	53                   	push   %ebx
f01044cf:	68 c5 79 10 f0       	push   $0xf01079c5
f01044d4:	e8 74 0f 00 00       	call   f010544d <cprintf>
f01044d9:	83 c4 10             	add    $0x10,%esp
f01044dc:	eb e0                	jmp    f01044be <irq_setmask_8259A+0x51>
	cprintf("\n");
f01044de:	83 ec 0c             	sub    $0xc,%esp
f01044e1:	68 b9 66 10 f0       	push   $0xf01066b9
f01044e6:	e8 62 0f 00 00       	call   f010544d <cprintf>
f01044eb:	83 c4 10             	add    $0x10,%esp
f01044ee:	eb 95                	jmp    f0104485 <irq_setmask_8259A+0x18>

f01044f0 <pic_init>:
{
f01044f0:	55                   	push   %ebp
f01044f1:	89 e5                	mov    %esp,%ebp
f01044f3:	57                   	push   %edi
f01044f4:	56                   	push   %esi
f01044f5:	53                   	push   %ebx
f01044f6:	83 ec 0c             	sub    $0xc,%esp
	didinit = 1;
f01044f9:	c6 05 64 ba 12 f0 01 	movb   $0x1,0xf012ba64
f0104500:	b8 ff ff ff ff       	mov    $0xffffffff,%eax
f0104505:	bb 21 00 00 00       	mov    $0x21,%ebx
f010450a:	89 da                	mov    %ebx,%edx
f010450c:	ee                   	out    %al,(%dx)
f010450d:	b9 a1 00 00 00       	mov    $0xa1,%ecx
f0104512:	89 ca                	mov    %ecx,%edx
f0104514:	ee                   	out    %al,(%dx)
f0104515:	bf 11 00 00 00       	mov    $0x11,%edi
f010451a:	be 20 00 00 00       	mov    $0x20,%esi
f010451f:	89 f8                	mov    %edi,%eax
f0104521:	89 f2                	mov    %esi,%edx
f0104523:	ee                   	out    %al,(%dx)
f0104524:	b8 20 00 00 00       	mov    $0x20,%eax
f0104529:	89 da                	mov    %ebx,%edx
f010452b:	ee                   	out    %al,(%dx)
f010452c:	b8 04 00 00 00       	mov    $0x4,%eax
f0104531:	ee                   	out    %al,(%dx)
f0104532:	b8 03 00 00 00       	mov    $0x3,%eax
f0104537:	ee                   	out    %al,(%dx)
f0104538:	bb a0 00 00 00       	mov    $0xa0,%ebx
f010453d:	89 f8                	mov    %edi,%eax
f010453f:	89 da                	mov    %ebx,%edx
f0104541:	ee                   	out    %al,(%dx)
f0104542:	b8 28 00 00 00       	mov    $0x28,%eax
f0104547:	89 ca                	mov    %ecx,%edx
f0104549:	ee                   	out    %al,(%dx)
f010454a:	b8 02 00 00 00       	mov    $0x2,%eax
f010454f:	ee                   	out    %al,(%dx)
f0104550:	b8 01 00 00 00       	mov    $0x1,%eax
f0104555:	ee                   	out    %al,(%dx)
f0104556:	bf 68 00 00 00       	mov    $0x68,%edi
f010455b:	89 f8                	mov    %edi,%eax
f010455d:	89 f2                	mov    %esi,%edx
f010455f:	ee                   	out    %al,(%dx)
f0104560:	b9 0a 00 00 00       	mov    $0xa,%ecx
f0104565:	89 c8                	mov    %ecx,%eax
f0104567:	ee                   	out    %al,(%dx)
f0104568:	89 f8                	mov    %edi,%eax
f010456a:	89 da                	mov    %ebx,%edx
f010456c:	ee                   	out    %al,(%dx)
f010456d:	89 c8                	mov    %ecx,%eax
f010456f:	ee                   	out    %al,(%dx)
	if (irq_mask_8259A != 0xFFFF)
f0104570:	0f b7 05 ae c3 11 f0 	movzwl 0xf011c3ae,%eax
f0104577:	66 83 f8 ff          	cmp    $0xffff,%ax
f010457b:	75 08                	jne    f0104585 <pic_init+0x95>
}
f010457d:	8d 65 f4             	lea    -0xc(%ebp),%esp
f0104580:	5b                   	pop    %ebx
f0104581:	5e                   	pop    %esi
f0104582:	5f                   	pop    %edi
f0104583:	5d                   	pop    %ebp
f0104584:	c3                   	ret
		irq_setmask_8259A(irq_mask_8259A);
f0104585:	83 ec 0c             	sub    $0xc,%esp
f0104588:	0f b7 c0             	movzwl %ax,%eax
f010458b:	50                   	push   %eax
f010458c:	e8 dc fe ff ff       	call   f010446d <irq_setmask_8259A>
f0104591:	83 c4 10             	add    $0x10,%esp
}
f0104594:	eb e7                	jmp    f010457d <pic_init+0x8d>

f0104596 <lapicw>:

// Write a register, then read ID to wait for the write to complete.
static void
lapicw(int index, int value)
{
	lapic[index] = value;
f0104596:	8b 0d 68 ba 12 f0    	mov    0xf012ba68,%ecx
f010459c:	8d 04 81             	lea    (%ecx,%eax,4),%eax
f010459f:	89 10                	mov    %edx,(%eax)
	lapic[ID];  // wait for write to finish, by reading
f01045a1:	a1 68 ba 12 f0       	mov    0xf012ba68,%eax
f01045a6:	8b 40 20             	mov    0x20(%eax),%eax
}
f01045a9:	c3                   	ret

f01045aa <cpunum>:

// The APIC ID of this CPU, which mp_init made the index into cpus[].
int
cpunum(void)
{
	if (lapic)
f01045aa:	8b 15 68 ba 12 f0    	mov    0xf012ba68,%edx
		return lapic[ID] >> 24;
	return 0;
f01045b0:	b8 00 00 00 00       	mov    $0x0,%eax
	if (lapic)
f01045b5:	85 d2                	test   %edx,%edx
f01045b7:	74 06                	je     f01045bf <cpunum+0x15>
		return lapic[ID] >> 24;
f01045b9:	8b 42 20             	mov    0x20(%edx),%eax
f01045bc:	c1 e8 18             	shr    $0x18,%eax
}
f01045bf:	c3                   	ret

f01045c0 <lapic_init>:
	if (!lapicaddr)
f01045c0:	a1 6c ba 12 f0       	mov    0xf012ba6c,%eax
f01045c5:	85 c0                	test   %eax,%eax
f01045c7:	0f 84 40 01 00 00    	je     f010470d <lapic_init+0x14d>
{
f01045cd:	55                   	push   %ebp
f01045ce:	89 e5                	mov    %esp,%ebp
f01045d0:	83 ec 08             	sub    $0x8,%esp
	if (!lapic)
f01045d3:	83 3d 68 ba 12 f0 00 	cmpl   $0x0,0xf012ba68
f01045da:	0f 84 fe 00 00 00    	je     f01046de <lapic_init+0x11e>
	lapicw(SVR, ENABLE | (IRQ_OFFSET + IRQ_SPURIOUS));
f01045e0:	ba 27 01 00 00       	mov    $0x127,%edx
f01045e5:	b8 3c 00 00 00       	mov    $0x3c,%eax
f01045ea:	e8 a7 ff ff ff       	call   f0104596 <lapicw>
	lapicw(TDCR, X1);
f01045ef:	ba 0b 00 00 00       	mov    $0xb,%edx
f01045f4:	b8 f8 00 00 00       	mov    $0xf8,%eax
f01045f9:	e8 98 ff ff ff       	call   f0104596 <lapicw>
	lapicw(TIMER, PERIODIC | (IRQ_OFFSET + IRQ_TIMER));
f01045fe:	ba 20 00 02 00       	mov    $0x20020,%edx
f0104603:	b8 c8 00 00 00       	mov    $0xc8,%eax
f0104608:	e8 89 ff ff ff       	call   f0104596 <lapicw>
	lapicw(TICR, 10000000);
f010460d:	ba 80 96 98 00       	mov    $0x989680,%edx
f0104612:	b8 e0 00 00 00       	mov    $0xe0,%eax
f0104617:	e8 7a ff ff ff       	call   f0104596 <lapicw>
	if (thiscpu != bootcpu)
f010461c:	e8 89 ff ff ff       	call   f01045aa <cpunum>
f0104621:	6b c0 74             	imul   $0x74,%eax,%eax
f0104624:	05 20 c0 16 f0       	add    $0xf016c020,%eax
f0104629:	39 05 08 c0 16 f0    	cmp    %eax,0xf016c008
f010462f:	74 0f                	je     f0104640 <lapic_init+0x80>
		lapicw(LINT0, MASKED);
f0104631:	ba 00 00 01 00       	mov    $0x10000,%edx
f0104636:	b8 d4 00 00 00       	mov    $0xd4,%eax
f010463b:	e8 56 ff ff ff       	call   f0104596 <lapicw>
	lapicw(LINT1, MASKED);
f0104640:	ba 00 00 01 00       	mov    $0x10000,%edx
f0104645:	b8 d8 00 00 00       	mov    $0xd8,%eax
f010464a:	e8 47 ff ff ff       	call   f0104596 <lapicw>
	if (((lapic[VER]>>16) & 0xFF) >= 4)
f010464f:	a1 68 ba 12 f0       	mov    0xf012ba68,%eax
f0104654:	8b 40 30             	mov    0x30(%eax),%eax
f0104657:	c1 e8 10             	shr    $0x10,%eax
f010465a:	a8 fc                	test   $0xfc,%al
f010465c:	0f 85 97 00 00 00    	jne    f01046f9 <lapic_init+0x139>
	lapicw(ERROR, IRQ_OFFSET + IRQ_ERROR);
f0104662:	ba 33 00 00 00       	mov    $0x33,%edx
f0104667:	b8 dc 00 00 00       	mov    $0xdc,%eax
f010466c:	e8 25 ff ff ff       	call   f0104596 <lapicw>
	lapicw(ESR, 0);
f0104671:	ba 00 00 00 00       	mov    $0x0,%edx
f0104676:	b8 a0 00 00 00       	mov    $0xa0,%eax
f010467b:	e8 16 ff ff ff       	call   f0104596 <lapicw>
	lapicw(ESR, 0);
f0104680:	ba 00 00 00 00       	mov    $0x0,%edx
f0104685:	b8 a0 00 00 00       	mov    $0xa0,%eax
f010468a:	e8 07 ff ff ff       	call   f0104596 <lapicw>
	lapicw(EOI, 0);
f010468f:	ba 00 00 00 00       	mov    $0x0,%edx
f0104694:	b8 2c 00 00 00       	mov    $0x2c,%eax
f0104699:	e8 f8 fe ff ff       	call   f0104596 <lapicw>
	lapicw(ICRHI, 0);
f010469e:	ba 00 00 00 00       	mov    $0x0,%edx
f01046a3:	b8 c4 00 00 00       	mov    $0xc4,%eax
f01046a8:	e8 e9 fe ff ff       	call   f0104596 <lapicw>
	lapicw(ICRLO, BCAST | INIT | LEVEL);
f01046ad:	ba 00 85 08 00       	mov    $0x88500,%edx
f01046b2:	b8 c0 00 00 00       	mov    $0xc0,%eax
f01046b7:	e8 da fe ff ff       	call   f0104596 <lapicw>
	while(lapic[ICRLO] & DELIVS)
f01046bc:	8b 15 68 ba 12 f0    	mov    0xf012ba68,%edx
f01046c2:	8b 82 00 03 00 00    	mov    0x300(%edx),%eax
f01046c8:	f6 c4 10             	test   $0x10,%ah
f01046cb:	75 f5                	jne    f01046c2 <lapic_init+0x102>
	lapicw(TPR, 0);
f01046cd:	ba 00 00 00 00       	mov    $0x0,%edx
f01046d2:	b8 20 00 00 00       	mov    $0x20,%eax
f01046d7:	e8 ba fe ff ff       	call   f0104596 <lapicw>
}
f01046dc:	c9                   	leave
f01046dd:	c3                   	ret
		lapic = mmio_map_region(lapicaddr, 4096);
f01046de:	83 ec 08             	sub    $0x8,%esp
f01046e1:	68 00 10 00 00       	push   $0x1000
f01046e6:	50                   	push   %eax
f01046e7:	e8 c9 ca ff ff       	call   f01011b5 <mmio_map_region>
f01046ec:	a3 68 ba 12 f0       	mov    %eax,0xf012ba68
f01046f1:	83 c4 10             	add    $0x10,%esp
f01046f4:	e9 e7 fe ff ff       	jmp    f01045e0 <lapic_init+0x20>
		lapicw(PCINT, MASKED);
f01046f9:	ba 00 00 01 00       	mov    $0x10000,%edx
f01046fe:	b8 d0 00 00 00       	mov    $0xd0,%eax
f0104703:	e8 8e fe ff ff       	call   f0104596 <lapicw>
f0104708:	e9 55 ff ff ff       	jmp    f0104662 <lapic_init+0xa2>
f010470d:	c3                   	ret

f010470e <lapic_eoi>:

// Acknowledge interrupt.
void
lapic_eoi(void)
{
	if (lapic)
f010470e:	83 3d 68 ba 12 f0 00 	cmpl   $0x0,0xf012ba68
f0104715:	74 17                	je     f010472e <lapic_eoi+0x20>
{
f0104717:	55                   	push   %ebp
f0104718:	89 e5                	mov    %esp,%ebp
f010471a:	83 ec 08             	sub    $0x8,%esp
		lapicw(EOI, 0);
f010471d:	ba 00 00 00 00       	mov    $0x0,%edx
f0104722:	b8 2c 00 00 00       	mov    $0x2c,%eax
f0104727:	e8 6a fe ff ff       	call   f0104596 <lapicw>
}
f010472c:	c9                   	leave
f010472d:	c3                   	ret
f010472e:	c3                   	ret

f010472f <lapic_startap>:
// Start the CPU with APIC ID apicid executing real-mode code at physical
// address addr (page-aligned, below 1MB): INIT, then STARTUP twice, as
// the MultiProcessor Specification (appendix B) prescribes.
void
lapic_startap(uint8_t apicid, uint32_t addr)
{
f010472f:	55                   	push   %ebp
f0104730:	89 e5                	mov    %esp,%ebp
f0104732:	56                   	push   %esi
f0104733:	53                   	push   %ebx
f0104734:	8b 75 08             	mov    0x8(%ebp),%esi
f0104737:	8b 5d 0c             	mov    0xc(%ebp),%ebx
f010473a:	b8 0f 00 00 00       	mov    $0xf,%eax
f010473f:	ba 70 00 00 00       	mov    $0x70,%edx
f0104744:	ee                   	out    %al,(%dx)
f0104745:	b8 0a 00 00 00       	mov    $0xa,%eax
f010474a:	ba 71 00 00 00       	mov    $0x71,%edx
f010474f:	ee                   	out    %al,(%dx)
	if (PGNUM(pa) >= npages)
f0104750:	83 3d 44 b2 12 f0 00 	cmpl   $0x0,0xf012b244
f0104757:	74 7e                	je     f01047d7 <lapic_startap+0xa8>
	// Also point the warm reset vector (40:67) at the code, with CMOS
	// shutdown code 0x0A, for CPUs that start through the BIOS.
	outb(IO_RTC, 0xF);  // offset 0xF is shutdown code
	outb(IO_RTC+1, 0x0A);
	wrv = (uint16_t *)KADDR((0x40 << 4 | 0x67));  // Warm reset vector
	wrv[0] = 0;
f0104759:	66 c7 05 67 04 00 f0 	movw   $0x0,0xf0000467
f0104760:	00 00 
	wrv[1] = addr >> 4;
f0104762:	89 d8                	mov    %ebx,%eax
f0104764:	c1 e8 04             	shr    $0x4,%eax
f0104767:	66 a3 69 04 00 f0    	mov    %ax,0xf0000469

	// INIT (assert, then de-assert) resets the target CPU.
	lapicw(ICRHI, apicid << 24);
f010476d:	c1 e6 18             	shl    $0x18,%esi
f0104770:	89 f2                	mov    %esi,%edx
f0104772:	b8 c4 00 00 00       	mov    $0xc4,%eax
f0104777:	e8 1a fe ff ff       	call   f0104596 <lapicw>
	lapicw(ICRLO, INIT | LEVEL | ASSERT);
f010477c:	ba 00 c5 00 00       	mov    $0xc500,%edx
f0104781:	b8 c0 00 00 00       	mov    $0xc0,%eax
f0104786:	e8 0b fe ff ff       	call   f0104596 <lapicw>
	microdelay(200);
	lapicw(ICRLO, INIT | LEVEL);
f010478b:	ba 00 85 00 00       	mov    $0x8500,%edx
f0104790:	b8 c0 00 00 00       	mov    $0xc0,%eax
f0104795:	e8 fc fd ff ff       	call   f0104596 <lapicw>

	// STARTUP carries the code page number.  A CPU that already
	// started ignores the second one.
	for (i = 0; i < 2; i++) {
		lapicw(ICRHI, apicid << 24);
		lapicw(ICRLO, STARTUP | (addr >> 12));
f010479a:	c1 eb 0c             	shr    $0xc,%ebx
f010479d:	80 cf 06             	or     $0x6,%bh
		lapicw(ICRHI, apicid << 24);
f01047a0:	89 f2                	mov    %esi,%edx
f01047a2:	b8 c4 00 00 00       	mov    $0xc4,%eax
f01047a7:	e8 ea fd ff ff       	call   f0104596 <lapicw>
		lapicw(ICRLO, STARTUP | (addr >> 12));
f01047ac:	89 da                	mov    %ebx,%edx
f01047ae:	b8 c0 00 00 00       	mov    $0xc0,%eax
f01047b3:	e8 de fd ff ff       	call   f0104596 <lapicw>
		lapicw(ICRHI, apicid << 24);
f01047b8:	89 f2                	mov    %esi,%edx
f01047ba:	b8 c4 00 00 00       	mov    $0xc4,%eax
f01047bf:	e8 d2 fd ff ff       	call   f0104596 <lapicw>
		lapicw(ICRLO, STARTUP | (addr >> 12));
f01047c4:	89 da                	mov    %ebx,%edx
f01047c6:	b8 c0 00 00 00       	mov    $0xc0,%eax
f01047cb:	e8 c6 fd ff ff       	call   f0104596 <lapicw>
		microdelay(200);
	}
}
f01047d0:	8d 65 f8             	lea    -0x8(%ebp),%esp
f01047d3:	5b                   	pop    %ebx
f01047d4:	5e                   	pop    %esi
f01047d5:	5d                   	pop    %ebp
f01047d6:	c3                   	ret
		_panic(file, line, "KADDR called with invalid pa %08lx", pa);
f01047d7:	68 67 04 00 00       	push   $0x467
f01047dc:	68 e4 62 10 f0       	push   $0xf01062e4
f01047e1:	68 98 00 00 00       	push   $0x98
f01047e6:	68 3e 77 10 f0       	push   $0xf010773e
f01047eb:	e8 68 13 00 00       	call   f0105b58 <_panic>

f01047f0 <lapic_ipi>:

void
lapic_ipi(int vector)
{
f01047f0:	55                   	push   %ebp
f01047f1:	89 e5                	mov    %esp,%ebp
f01047f3:	83 ec 08             	sub    $0x8,%esp
	lapicw(ICRLO, OTHERS | FIXED | vector);
f01047f6:	8b 55 08             	mov    0x8(%ebp),%edx
f01047f9:	81 ca 00 00 0c 00    	or     $0xc0000,%edx
f01047ff:	b8 c0 00 00 00       	mov    $0xc0,%eax
f0104804:	e8 8d fd ff ff       	call   f0104596 <lapicw>
	while (lapic[ICRLO] & DELIVS)
f0104809:	8b 15 68 ba 12 f0    	mov    0xf012ba68,%edx
f010480f:	8b 82 00 03 00 00    	mov    0x300(%edx),%eax
f0104815:	f6 c4 10             	test   $0x10,%ah
f0104818:	75 f5                	jne    f010480f <lapic_ipi+0x1f>
		;
}
f010481a:	c9                   	leave
f010481b:	c3                   	ret

f010481c <mpsearch1>:
}

// Look for an MP structure in the len bytes at physical address addr.
static struct mp *
mpsearch1(physaddr_t a, int len)
{
f010481c:	55                   	push   %ebp
f010481d:	89 e5                	mov    %esp,%ebp
f010481f:	57                   	push   %edi
f0104820:	56                   	push   %esi
f0104821:	53                   	push   %ebx
f0104822:	83 ec 0c             	sub    $0xc,%esp
f0104825:	89 c3                	mov    %eax,%ebx
f0104827:	89 d7                	mov    %edx,%edi
	if (PGNUM(pa) >= npages)
f0104829:	a1 44 b2 12 f0       	mov    0xf012b244,%eax
f010482e:	89 da                	mov    %ebx,%edx
f0104830:	c1 ea 0c             	shr    $0xc,%edx
f0104833:	39 c2                	cmp    %eax,%edx
f0104835:	73 23                	jae    f010485a <mpsearch1+0x3e>
	return (void *)(pa + KERNBASE);
f0104837:	8d b3 00 00 00 f0    	lea    -0x10000000(%ebx),%esi
	struct mp *mp = KADDR(a), *end = KADDR(a + len);
f010483d:	01 df                	add    %ebx,%edi
	if (PGNUM(pa) >= npages)
f010483f:	89 fa                	mov    %edi,%edx
f0104841:	c1 ea 0c             	shr    $0xc,%edx
f0104844:	39 c2                	cmp    %eax,%edx
f0104846:	73 24                	jae    f010486c <mpsearch1+0x50>
	return (void *)(pa + KERNBASE);
f0104848:	81 ef 00 00 00 10    	sub    $0x10000000,%edi

	for (; mp < end; mp++)
f010484e:	39 fe                	cmp    %edi,%esi
f0104850:	73 70                	jae    f01048c2 <mpsearch1+0xa6>
f0104852:	81 eb f0 ff ff 0f    	sub    $0xffffff0,%ebx
f0104858:	eb 32                	jmp    f010488c <mpsearch1+0x70>
		_panic(file, line, "KADDR called with invalid pa %08lx", pa);
f010485a:	53                   	push   %ebx
f010485b:	68 e4 62 10 f0       	push   $0xf01062e4
f0104860:	6a 58                	push   $0x58
f0104862:	68 d9 78 10 f0       	push   $0xf01078d9
f0104867:	e8 ec 12 00 00       	call   f0105b58 <_panic>
f010486c:	57                   	push   %edi
f010486d:	68 e4 62 10 f0       	push   $0xf01062e4
f0104872:	6a 58                	push   $0x58
f0104874:	68 d9 78 10 f0       	push   $0xf01078d9
f0104879:	e8 da 12 00 00       	call   f0105b58 <_panic>
		if (memcmp(mp->signature, "_MP_", 4) == 0 &&
f010487e:	84 c0                	test   %al,%al
f0104880:	74 36                	je     f01048b8 <mpsearch1+0x9c>
	for (; mp < end; mp++)
f0104882:	83 c6 10             	add    $0x10,%esi
f0104885:	83 c3 10             	add    $0x10,%ebx
f0104888:	39 fe                	cmp    %edi,%esi
f010488a:	73 27                	jae    f01048b3 <mpsearch1+0x97>
		if (memcmp(mp->signature, "_MP_", 4) == 0 &&
f010488c:	83 ec 04             	sub    $0x4,%esp
f010488f:	6a 04                	push   $0x4
f0104891:	68 e9 78 10 f0       	push   $0xf01078e9
f0104896:	56                   	push   %esi
f0104897:	e8 21 0f 00 00       	call   f01057bd <memcmp>
f010489c:	83 c4 10             	add    $0x10,%esp
f010489f:	85 c0                	test   %eax,%eax
f01048a1:	75 df                	jne    f0104882 <mpsearch1+0x66>
f01048a3:	89 f2                	mov    %esi,%edx
		sum += ((uint8_t *)addr)[i];
f01048a5:	0f b6 0a             	movzbl (%edx),%ecx
f01048a8:	01 c8                	add    %ecx,%eax
	for (i = 0; i < len; i++)
f01048aa:	83 c2 01             	add    $0x1,%edx
f01048ad:	39 da                	cmp    %ebx,%edx
f01048af:	75 f4                	jne    f01048a5 <mpsearch1+0x89>
f01048b1:	eb cb                	jmp    f010487e <mpsearch1+0x62>
		    sum(mp, sizeof(*mp)) == 0)
			return mp;
	return NULL;
f01048b3:	be 00 00 00 00       	mov    $0x0,%esi
}
f01048b8:	89 f0                	mov    %esi,%eax
f01048ba:	8d 65 f4             	lea    -0xc(%ebp),%esp
f01048bd:	5b                   	pop    %ebx
f01048be:	5e                   	pop    %esi
f01048bf:	5f                   	pop    %edi
f01048c0:	5d                   	pop    %ebp
f01048c1:	c3                   	ret
	return NULL;
f01048c2:	be 00 00 00 00       	mov    $0x0,%esi
f01048c7:	eb ef                	jmp    f01048b8 <mpsearch1+0x9c>

f01048c9 <mp_init>:

// Record every processor in cpus[] and the LAPIC's address.
// CPU i is the one whose APIC ID is i: cpunum() relies on that.
void
mp_init(void)
{
f01048c9:	55                   	push   %ebp
f01048ca:	89 e5                	mov    %esp,%ebp
f01048cc:	57                   	push   %edi
f01048cd:	56                   	push   %esi
f01048ce:	53                   	push   %ebx
f01048cf:	83 ec 1c             	sub    $0x1c,%esp
	struct mpconf *conf;
	struct mpproc *proc;
	uint8_t *p;
	unsigned int i;

	bootcpu = &cpus[0];
f01048d2:	c7 05 08 c0 16 f0 20 	movl   $0xf016c020,0xf016c008
f01048d9:	c0 16 f0 
	if (PGNUM(pa) >= npages)
f01048dc:	83 3d 44 b2 12 f0 00 	cmpl   $0x0,0xf012b244
f01048e3:	0f 84 5c 01 00 00    	je     f0104a45 <mp_init+0x17c>
	if ((p = *(uint16_t *) (bda + 0x0E))) {
f01048e9:	0f b7 05 0e 04 00 f0 	movzwl 0xf000040e,%eax
f01048f0:	85 c0                	test   %eax,%eax
f01048f2:	0f 84 63 01 00 00    	je     f0104a5b <mp_init+0x192>
		p <<= 4;	// Translate from segment to PA
f01048f8:	c1 e0 04             	shl    $0x4,%eax
		if ((mp = mpsearch1(p, 1024)))
f01048fb:	ba 00 04 00 00       	mov    $0x400,%edx
f0104900:	e8 17 ff ff ff       	call   f010481c <mpsearch1>
f0104905:	89 45 e4             	mov    %eax,-0x1c(%ebp)
f0104908:	85 c0                	test   %eax,%eax
f010490a:	75 1a                	jne    f0104926 <mp_init+0x5d>
	return mpsearch1(0xF0000, 0x10000);
f010490c:	ba 00 00 01 00       	mov    $0x10000,%edx
f0104911:	b8 00 00 0f 00       	mov    $0xf0000,%eax
f0104916:	e8 01 ff ff ff       	call   f010481c <mpsearch1>
f010491b:	89 45 e4             	mov    %eax,-0x1c(%ebp)
	if ((mp = mpsearch()) == 0)
f010491e:	85 c0                	test   %eax,%eax
f0104920:	0f 84 17 01 00 00    	je     f0104a3d <mp_init+0x174>
	if (mp->physaddr == 0 || mp->type != 0) {
f0104926:	8b 45 e4             	mov    -0x1c(%ebp),%eax
f0104929:	8b 78 04             	mov    0x4(%eax),%edi
f010492c:	85 ff                	test   %edi,%edi
f010492e:	0f 84 50 01 00 00    	je     f0104a84 <mp_init+0x1bb>
f0104934:	80 78 0b 00          	cmpb   $0x0,0xb(%eax)
f0104938:	0f 85 46 01 00 00    	jne    f0104a84 <mp_init+0x1bb>
f010493e:	89 f8                	mov    %edi,%eax
f0104940:	c1 e8 0c             	shr    $0xc,%eax
f0104943:	3b 05 44 b2 12 f0    	cmp    0xf012b244,%eax
f0104949:	0f 83 47 01 00 00    	jae    f0104a96 <mp_init+0x1cd>
	return (void *)(pa + KERNBASE);
f010494f:	81 ef 00 00 00 10    	sub    $0x10000000,%edi
	if (memcmp(conf, "PCMP", 4) != 0) {
f0104955:	83 ec 04             	sub    $0x4,%esp
f0104958:	6a 04                	push   $0x4
f010495a:	68 ee 78 10 f0       	push   $0xf01078ee
f010495f:	57                   	push   %edi
f0104960:	e8 58 0e 00 00       	call   f01057bd <memcmp>
f0104965:	89 c2                	mov    %eax,%edx
f0104967:	83 c4 10             	add    $0x10,%esp
f010496a:	85 c0                	test   %eax,%eax
f010496c:	0f 85 39 01 00 00    	jne    f0104aab <mp_init+0x1e2>
	if (sum(conf, conf->length) != 0) {
f0104972:	0f b7 5f 04          	movzwl 0x4(%edi),%ebx
	for (i = 0; i < len; i++)
f0104976:	66 85 db             	test   %bx,%bx
f0104979:	74 25                	je     f01049a0 <mp_init+0xd7>
f010497b:	0f b7 f3             	movzwl %bx,%esi
f010497e:	01 fe                	add    %edi,%esi
f0104980:	89 f8                	mov    %edi,%eax
	sum = 0;
f0104982:	89 d1                	mov    %edx,%ecx
f0104984:	66 89 5d e2          	mov    %bx,-0x1e(%ebp)
		sum += ((uint8_t *)addr)[i];
f0104988:	0f b6 18             	movzbl (%eax),%ebx
f010498b:	01 d9                	add    %ebx,%ecx
	for (i = 0; i < len; i++)
f010498d:	83 c0 01             	add    $0x1,%eax
f0104990:	39 f0                	cmp    %esi,%eax
f0104992:	75 f4                	jne    f0104988 <mp_init+0xbf>
	if (sum(conf, conf->length) != 0) {
f0104994:	0f b7 5d e2          	movzwl -0x1e(%ebp),%ebx
f0104998:	84 c9                	test   %cl,%cl
f010499a:	0f 85 1d 01 00 00    	jne    f0104abd <mp_init+0x1f4>
	if (conf->version != 1 && conf->version != 4) {
f01049a0:	0f b6 47 06          	movzbl 0x6(%edi),%eax
f01049a4:	3c 01                	cmp    $0x1,%al
f01049a6:	74 08                	je     f01049b0 <mp_init+0xe7>
f01049a8:	3c 04                	cmp    $0x4,%al
f01049aa:	0f 85 22 01 00 00    	jne    f0104ad2 <mp_init+0x209>
	if ((sum((uint8_t *)conf + conf->length, conf->xlength) + conf->xchecksum) & 0xff)
f01049b0:	0f b7 4f 28          	movzwl 0x28(%edi),%ecx
f01049b4:	0f b7 db             	movzwl %bx,%ebx
	for (i = 0; i < len; i++)
f01049b7:	66 85 c9             	test   %cx,%cx
f01049ba:	74 13                	je     f01049cf <mp_init+0x106>
f01049bc:	01 fb                	add    %edi,%ebx
f01049be:	0f b7 c9             	movzwl %cx,%ecx
f01049c1:	01 d9                	add    %ebx,%ecx
		sum += ((uint8_t *)addr)[i];
f01049c3:	0f b6 03             	movzbl (%ebx),%eax
f01049c6:	01 c2                	add    %eax,%edx
	for (i = 0; i < len; i++)
f01049c8:	83 c3 01             	add    $0x1,%ebx
f01049cb:	39 cb                	cmp    %ecx,%ebx
f01049cd:	75 f4                	jne    f01049c3 <mp_init+0xfa>
	if ((sum((uint8_t *)conf + conf->length, conf->xlength) + conf->xchecksum) & 0xff)
f01049cf:	02 57 2a             	add    0x2a(%edi),%dl
f01049d2:	0f 85 13 01 00 00    	jne    f0104aeb <mp_init+0x222>
	if ((conf = mpconfig(&mp)) == 0)
		return;
	ismp = 1;
f01049d8:	c7 05 04 c0 16 f0 01 	movl   $0x1,0xf016c004
f01049df:	00 00 00 
	lapicaddr = conf->lapicaddr;
f01049e2:	8b 47 24             	mov    0x24(%edi),%eax
f01049e5:	a3 6c ba 12 f0       	mov    %eax,0xf012ba6c

	for (p = conf->entries, i = 0; i < conf->entry; i++) {
f01049ea:	8d 77 2c             	lea    0x2c(%edi),%esi
f01049ed:	bb 00 00 00 00       	mov    $0x0,%ebx
f01049f2:	66 83 7f 22 00       	cmpw   $0x0,0x22(%edi)
f01049f7:	0f 85 47 01 00 00    	jne    f0104b44 <mp_init+0x27b>
			ismp = 0;
			i = conf->entry;
		}
	}

	bootcpu->cpu_status = CPU_STARTED;
f01049fd:	a1 08 c0 16 f0       	mov    0xf016c008,%eax
f0104a02:	c7 40 04 01 00 00 00 	movl   $0x1,0x4(%eax)
	if (!ismp) {
f0104a09:	83 3d 04 c0 16 f0 00 	cmpl   $0x0,0xf016c004
f0104a10:	0f 84 7d 01 00 00    	je     f0104b93 <mp_init+0x2ca>
		ncpu = 1;
		lapicaddr = 0;
		cprintf("SMP: configuration not found, SMP disabled\n");
		return;
	}
	cprintf("SMP: CPU %d found %d CPU(s)\n", bootcpu->cpu_id,  ncpu);
f0104a16:	83 ec 04             	sub    $0x4,%esp
f0104a19:	ff 35 00 c0 16 f0    	push   0xf016c000
f0104a1f:	0f b6 00             	movzbl (%eax),%eax
f0104a22:	50                   	push   %eax
f0104a23:	68 f3 78 10 f0       	push   $0xf01078f3
f0104a28:	e8 20 0a 00 00       	call   f010544d <cprintf>

	if (mp->imcrp) {
f0104a2d:	83 c4 10             	add    $0x10,%esp
f0104a30:	8b 45 e4             	mov    -0x1c(%ebp),%eax
f0104a33:	80 78 0c 00          	cmpb   $0x0,0xc(%eax)
f0104a37:	0f 85 7f 01 00 00    	jne    f0104bbc <mp_init+0x2f3>
		// switch to getting interrupts from the LAPIC.
		cprintf("SMP: Setting IMCR to switch from PIC mode to symmetric I/O mode\n");
		outb(0x22, 0x70);   // Select IMCR
		outb(0x23, inb(0x23) | 1);  // Mask external interrupts.
	}
}
f0104a3d:	8d 65 f4             	lea    -0xc(%ebp),%esp
f0104a40:	5b                   	pop    %ebx
f0104a41:	5e                   	pop    %esi
f0104a42:	5f                   	pop    %edi
f0104a43:	5d                   	pop    %ebp
f0104a44:	c3                   	ret
		_panic(file, line, "KADDR called with invalid pa %08lx", pa);
f0104a45:	68 00 04 00 00       	push   $0x400
f0104a4a:	68 e4 62 10 f0       	push   $0xf01062e4
f0104a4f:	6a 70                	push   $0x70
f0104a51:	68 d9 78 10 f0       	push   $0xf01078d9
f0104a56:	e8 fd 10 00 00       	call   f0105b58 <_panic>
		p = *(uint16_t *) (bda + 0x13) * 1024;
f0104a5b:	0f b7 05 13 04 00 f0 	movzwl 0xf0000413,%eax
f0104a62:	c1 e0 0a             	shl    $0xa,%eax
		if ((mp = mpsearch1(p - 1024, 1024)))
f0104a65:	2d 00 04 00 00       	sub    $0x400,%eax
f0104a6a:	ba 00 04 00 00       	mov    $0x400,%edx
f0104a6f:	e8 a8 fd ff ff       	call   f010481c <mpsearch1>
f0104a74:	89 45 e4             	mov    %eax,-0x1c(%ebp)
f0104a77:	85 c0                	test   %eax,%eax
f0104a79:	0f 85 a7 fe ff ff    	jne    f0104926 <mp_init+0x5d>
f0104a7f:	e9 88 fe ff ff       	jmp    f010490c <mp_init+0x43>
		cprintf("SMP: Default configurations not implemented\n");
f0104a84:	83 ec 0c             	sub    $0xc,%esp
f0104a87:	68 4c 77 10 f0       	push   $0xf010774c
f0104a8c:	e8 bc 09 00 00       	call   f010544d <cprintf>
		return NULL;
f0104a91:	83 c4 10             	add    $0x10,%esp
f0104a94:	eb a7                	jmp    f0104a3d <mp_init+0x174>
f0104a96:	57                   	push   %edi
f0104a97:	68 e4 62 10 f0       	push   $0xf01062e4
f0104a9c:	68 91 00 00 00       	push   $0x91
f0104aa1:	68 d9 78 10 f0       	push   $0xf01078d9
f0104aa6:	e8 ad 10 00 00       	call   f0105b58 <_panic>
		cprintf("SMP: Incorrect MP configuration table signature\n");
f0104aab:	83 ec 0c             	sub    $0xc,%esp
f0104aae:	68 7c 77 10 f0       	push   $0xf010777c
f0104ab3:	e8 95 09 00 00       	call   f010544d <cprintf>
		return NULL;
f0104ab8:	83 c4 10             	add    $0x10,%esp
f0104abb:	eb 80                	jmp    f0104a3d <mp_init+0x174>
		cprintf("SMP: Bad MP configuration checksum\n");
f0104abd:	83 ec 0c             	sub    $0xc,%esp
f0104ac0:	68 b0 77 10 f0       	push   $0xf01077b0
f0104ac5:	e8 83 09 00 00       	call   f010544d <cprintf>
		return NULL;
f0104aca:	83 c4 10             	add    $0x10,%esp
f0104acd:	e9 6b ff ff ff       	jmp    f0104a3d <mp_init+0x174>
		cprintf("SMP: Unsupported MP version %d\n", conf->version);
f0104ad2:	83 ec 08             	sub    $0x8,%esp
f0104ad5:	0f b6 c0             	movzbl %al,%eax
f0104ad8:	50                   	push   %eax
f0104ad9:	68 d4 77 10 f0       	push   $0xf01077d4
f0104ade:	e8 6a 09 00 00       	call   f010544d <cprintf>
		return NULL;
f0104ae3:	83 c4 10             	add    $0x10,%esp
f0104ae6:	e9 52 ff ff ff       	jmp    f0104a3d <mp_init+0x174>
		cprintf("SMP: Bad MP configuration extended checksum\n");
f0104aeb:	83 ec 0c             	sub    $0xc,%esp
f0104aee:	68 f4 77 10 f0       	push   $0xf01077f4
f0104af3:	e8 55 09 00 00       	call   f010544d <cprintf>
f0104af8:	83 c4 10             	add    $0x10,%esp
f0104afb:	e9 d8 fe ff ff       	jmp    f01049d8 <mp_init+0x10f>
			if (proc->flags & MPPROC_BOOT)
f0104b00:	f6 46 03 02          	testb  $0x2,0x3(%esi)
f0104b04:	74 11                	je     f0104b17 <mp_init+0x24e>
				bootcpu = &cpus[ncpu];
f0104b06:	6b 05 00 c0 16 f0 74 	imul   $0x74,0xf016c000,%eax
f0104b0d:	05 20 c0 16 f0       	add    $0xf016c020,%eax
f0104b12:	a3 08 c0 16 f0       	mov    %eax,0xf016c008
			if (ncpu < NCPU) {
f0104b17:	a1 00 c0 16 f0       	mov    0xf016c000,%eax
f0104b1c:	83 f8 07             	cmp    $0x7,%eax
f0104b1f:	7f 37                	jg     f0104b58 <mp_init+0x28f>
				cpus[ncpu].cpu_id = ncpu;
f0104b21:	6b d0 74             	imul   $0x74,%eax,%edx
f0104b24:	88 82 20 c0 16 f0    	mov    %al,-0xfe93fe0(%edx)
				ncpu++;
f0104b2a:	83 c0 01             	add    $0x1,%eax
f0104b2d:	a3 00 c0 16 f0       	mov    %eax,0xf016c000
			p += sizeof(struct mpproc);
f0104b32:	83 c6 14             	add    $0x14,%esi
	for (p = conf->entries, i = 0; i < conf->entry; i++) {
f0104b35:	83 c3 01             	add    $0x1,%ebx
f0104b38:	0f b7 47 22          	movzwl 0x22(%edi),%eax
f0104b3c:	39 c3                	cmp    %eax,%ebx
f0104b3e:	0f 83 b9 fe ff ff    	jae    f01049fd <mp_init+0x134>
		switch (*p) {
f0104b44:	0f b6 06             	movzbl (%esi),%eax
f0104b47:	84 c0                	test   %al,%al
f0104b49:	74 b5                	je     f0104b00 <mp_init+0x237>
f0104b4b:	8d 50 ff             	lea    -0x1(%eax),%edx
f0104b4e:	80 fa 03             	cmp    $0x3,%dl
f0104b51:	77 1c                	ja     f0104b6f <mp_init+0x2a6>
			p += 8;
f0104b53:	83 c6 08             	add    $0x8,%esi
			continue;
f0104b56:	eb dd                	jmp    f0104b35 <mp_init+0x26c>
				cprintf("SMP: too many CPUs, CPU %d disabled\n",
f0104b58:	83 ec 08             	sub    $0x8,%esp
f0104b5b:	0f b6 46 01          	movzbl 0x1(%esi),%eax
f0104b5f:	50                   	push   %eax
f0104b60:	68 24 78 10 f0       	push   $0xf0107824
f0104b65:	e8 e3 08 00 00       	call   f010544d <cprintf>
f0104b6a:	83 c4 10             	add    $0x10,%esp
f0104b6d:	eb c3                	jmp    f0104b32 <mp_init+0x269>
			cprintf("mpinit: unknown config type %x\n", *p);
f0104b6f:	83 ec 08             	sub    $0x8,%esp
		switch (*p) {
f0104b72:	0f b6 c0             	movzbl %al,%eax
			cprintf("mpinit: unknown config type %x\n", *p);
f0104b75:	50                   	push   %eax
f0104b76:	68 4c 78 10 f0       	push   $0xf010784c
f0104b7b:	e8 cd 08 00 00       	call   f010544d <cprintf>
			ismp = 0;
f0104b80:	c7 05 04 c0 16 f0 00 	movl   $0x0,0xf016c004
f0104b87:	00 00 00 
			i = conf->entry;
f0104b8a:	0f b7 5f 22          	movzwl 0x22(%edi),%ebx
f0104b8e:	83 c4 10             	add    $0x10,%esp
f0104b91:	eb a2                	jmp    f0104b35 <mp_init+0x26c>
		ncpu = 1;
f0104b93:	c7 05 00 c0 16 f0 01 	movl   $0x1,0xf016c000
f0104b9a:	00 00 00 
		lapicaddr = 0;
f0104b9d:	c7 05 6c ba 12 f0 00 	movl   $0x0,0xf012ba6c
f0104ba4:	00 00 00 
		cprintf("SMP: configuration not found, SMP disabled\n");
f0104ba7:	83 ec 0c             	sub    $0xc,%esp
f0104baa:	68 6c 78 10 f0       	push   $0xf010786c
f0104baf:	e8 99 08 00 00       	call   f010544d <cprintf>
		return;
f0104bb4:	83 c4 10             	add    $0x10,%esp
f0104bb7:	e9 81 fe ff ff       	jmp    f0104a3d <mp_init+0x174>
		cprintf("SMP: Setting IMCR to switch from PIC mode to symmetric I/O mode\n");
f0104bbc:	83 ec 0c             	sub    $0xc,%esp
f0104bbf:	68 98 78 10 f0       	push   $0xf0107898
f0104bc4:	e8 84 08 00 00       	call   f010544d <cprintf>
f0104bc9:	b8 70 00 00 00       	mov    $0x70,%eax
f0104bce:	ba 22 00 00 00       	mov    $0x22,%edx
f0104bd3:	ee                   	out    %al,(%dx)
	asm volatile("inb %w1,%0" : "=a" (data) : "d" (port));
f0104bd4:	ba 23 00 00 00       	mov    $0x23,%edx
f0104bd9:	ec                   	in     (%dx),%al
		outb(0x23, inb(0x23) | 1);  // Mask external interrupts.
f0104bda:	83 c8 01             	or     $0x1,%eax
	asm volatile("outb %0,%w1" : : "a" (data), "d" (port));
f0104bdd:	ee                   	out    %al,(%dx)
}
f0104bde:	83 c4 10             	add    $0x10,%esp
f0104be1:	e9 57 fe ff ff       	jmp    f0104a3d <mp_init+0x174>

f0104be6 <__spin_initlock>:
}
#endif

void
__spin_initlock(struct spinlock *lk, char *name)
{
f0104be6:	55                   	push   %ebp
f0104be7:	89 e5                	mov    %esp,%ebp
f0104be9:	8b 45 08             	mov    0x8(%ebp),%eax
	lk->locked = 0;
f0104bec:	c7 00 00 00 00 00    	movl   $0x0,(%eax)
#ifdef DEBUG_SPINLOCK
	lk->name = name;
f0104bf2:	8b 55 0c             	mov    0xc(%ebp),%edx
f0104bf5:	89 50 04             	mov    %edx,0x4(%eax)
	lk->cpu = 0;
f0104bf8:	c7 40 08 00 00 00 00 	movl   $0x0,0x8(%eax)
#endif
}
f0104bff:	5d                   	pop    %ebp
f0104c00:	c3                   	ret

f0104c01 <spin_lock>:

// Acquire the lock, spinning until it is free.
void
spin_lock(struct spinlock *lk)
{
f0104c01:	55                   	push   %ebp
f0104c02:	89 e5                	mov    %esp,%ebp
f0104c04:	56                   	push   %esi
f0104c05:	53                   	push   %ebx
f0104c06:	8b 5d 08             	mov    0x8(%ebp),%ebx
	return lock->locked && lock->cpu == thiscpu;
f0104c09:	83 3b 00             	cmpl   $0x0,(%ebx)
f0104c0c:	75 75                	jne    f0104c83 <spin_lock+0x82>
	asm volatile("lock; xchgl %0, %1"
f0104c0e:	b8 01 00 00 00       	mov    $0x1,%eax
f0104c13:	f0 87 03             	lock xchg %eax,(%ebx)
f0104c16:	ba 01 00 00 00       	mov    $0x1,%edx
		panic("CPU %d cannot acquire %s: already holding", cpunum(), lk->name);
#endif

	// xchg is atomic and also serializes, so loads and stores in
	// the critical section cannot move before the acquisition.
	while (xchg(&lk->locked, 1) != 0)
f0104c1b:	85 c0                	test   %eax,%eax
f0104c1d:	74 0b                	je     f0104c2a <spin_lock+0x29>
		asm volatile ("pause");
f0104c1f:	f3 90                	pause
f0104c21:	89 d0                	mov    %edx,%eax
f0104c23:	f0 87 03             	lock xchg %eax,(%ebx)
	while (xchg(&lk->locked, 1) != 0)
f0104c26:	85 c0                	test   %eax,%eax
f0104c28:	75 f5                	jne    f0104c1f <spin_lock+0x1e>

#ifdef DEBUG_SPINLOCK
	lk->cpu = thiscpu;
f0104c2a:	e8 7b f9 ff ff       	call   f01045aa <cpunum>
f0104c2f:	6b c0 74             	imul   $0x74,%eax,%eax
f0104c32:	05 20 c0 16 f0       	add    $0xf016c020,%eax
f0104c37:	89 43 08             	mov    %eax,0x8(%ebx)
	asm volatile("movl %%ebp,%0" : "=r" (ebp));
f0104c3a:	89 e8                	mov    %ebp,%eax
	ebp = (uint32_t *)read_ebp();
f0104c3c:	89 c2                	mov    %eax,%edx
		if (ebp == 0 || ebp < (uint32_t *)ULIM)
f0104c3e:	3d ff ff 7f ef       	cmp    $0xef7fffff,%eax
f0104c43:	76 74                	jbe    f0104cb9 <spin_lock+0xb8>
	for (i = 0; i < 10; i++){
f0104c45:	b8 00 00 00 00       	mov    $0x0,%eax
		pcs[i] = ebp[1];          // saved %eip
f0104c4a:	8b 4a 04             	mov    0x4(%edx),%ecx
f0104c4d:	89 4c 83 0c          	mov    %ecx,0xc(%ebx,%eax,4)
		ebp = (uint32_t *)ebp[0]; // saved %ebp
f0104c51:	8b 12                	mov    (%edx),%edx
	for (i = 0; i < 10; i++){
f0104c53:	83 c0 01             	add    $0x1,%eax
		if (ebp == 0 || ebp < (uint32_t *)ULIM)
f0104c56:	83 f8 09             	cmp    $0x9,%eax
f0104c59:	7f 08                	jg     f0104c63 <spin_lock+0x62>
f0104c5b:	81 fa ff ff 7f ef    	cmp    $0xef7fffff,%edx
f0104c61:	77 e7                	ja     f0104c4a <spin_lock+0x49>
	for (; i < 10; i++)
f0104c63:	83 f8 09             	cmp    $0x9,%eax
f0104c66:	7f 14                	jg     f0104c7c <spin_lock+0x7b>
f0104c68:	8d 44 83 0c          	lea    0xc(%ebx,%eax,4),%eax
f0104c6c:	83 c3 34             	add    $0x34,%ebx
		pcs[i] = 0;
f0104c6f:	c7 00 00 00 00 00    	movl   $0x0,(%eax)
	for (; i < 10; i++)
f0104c75:	83 c0 04             	add    $0x4,%eax
f0104c78:	39 d8                	cmp    %ebx,%eax
f0104c7a:	75 f3                	jne    f0104c6f <spin_lock+0x6e>
	get_caller_pcs(lk->pcs);
#endif
}
f0104c7c:	8d 65 f8             	lea    -0x8(%ebp),%esp
f0104c7f:	5b                   	pop    %ebx
f0104c80:	5e                   	pop    %esi
f0104c81:	5d                   	pop    %ebp
f0104c82:	c3                   	ret
	return lock->locked && lock->cpu == thiscpu;
f0104c83:	8b 73 08             	mov    0x8(%ebx),%esi
f0104c86:	e8 1f f9 ff ff       	call   f01045aa <cpunum>
f0104c8b:	6b c0 74             	imul   $0x74,%eax,%eax
f0104c8e:	05 20 c0 16 f0       	add    $0xf016c020,%eax
	if (holding(lk))
f0104c93:	39 c6                	cmp    %eax,%esi
f0104c95:	0f 85 73 ff ff ff    	jne    f0104c0e <spin_lock+0xd>
		panic("CPU %d cannot acquire %s: already holding", cpunum(), lk->name);
f0104c9b:	8b 5b 04             	mov    0x4(%ebx),%ebx
f0104c9e:	e8 07 f9 ff ff       	call   f01045aa <cpunum>
f0104ca3:	83 ec 0c             	sub    $0xc,%esp
f0104ca6:	53                   	push   %ebx
f0104ca7:	50                   	push   %eax
f0104ca8:	68 10 79 10 f0       	push   $0xf0107910
f0104cad:	6a 3e                	push   $0x3e
f0104caf:	68 72 79 10 f0       	push   $0xf0107972
f0104cb4:	e8 9f 0e 00 00       	call   f0105b58 <_panic>
	for (i = 0; i < 10; i++){
f0104cb9:	b8 00 00 00 00       	mov    $0x0,%eax
f0104cbe:	eb a8                	jmp    f0104c68 <spin_lock+0x67>

f0104cc0 <spin_unlock>:

// Release the lock.
void
spin_unlock(struct spinlock *lk)
{
f0104cc0:	55                   	push   %ebp
f0104cc1:	89 e5                	mov    %esp,%ebp
f0104cc3:	57                   	push   %edi
f0104cc4:	56                   	push   %esi
f0104cc5:	53                   	push   %ebx
f0104cc6:	83 ec 5c             	sub    $0x5c,%esp
f0104cc9:	8b 5d 08             	mov    0x8(%ebp),%ebx
	return lock->locked && lock->cpu == thiscpu;
f0104ccc:	83 3b 00             	cmpl   $0x0,(%ebx)
f0104ccf:	75 42                	jne    f0104d13 <spin_unlock+0x53>
#ifdef DEBUG_SPINLOCK
	if (!holding(lk)) {
		int i;
		uint32_t pcs[10];
		// Copy the holder's call chain before it can change.
		memmove(pcs, lk->pcs, sizeof pcs);
f0104cd1:	83 ec 04             	sub    $0x4,%esp
f0104cd4:	6a 28                	push   $0x28
f0104cd6:	8d 43 0c             	lea    0xc(%ebx),%eax
f0104cd9:	50                   	push   %eax
f0104cda:	8d 45 c0             	lea    -0x40(%ebp),%eax
f0104cdd:	50                   	push   %eax
f0104cde:	e8 73 0a 00 00       	call   f0105756 <memmove>
		cprintf("CPU %d cannot release %s: held by CPU %d\nAcquired at:",
			cpunum(), lk->name, lk->cpu ? lk->cpu->cpu_id : -1);
f0104ce3:	8b 43 08             	mov    0x8(%ebx),%eax
		cprintf("CPU %d cannot release %s: held by CPU %d\nAcquired at:",
f0104ce6:	83 c4 10             	add    $0x10,%esp
f0104ce9:	85 c0                	test   %eax,%eax
f0104ceb:	74 58                	je     f0104d45 <spin_unlock+0x85>
f0104ced:	0f b6 30             	movzbl (%eax),%esi
f0104cf0:	8b 5b 04             	mov    0x4(%ebx),%ebx
f0104cf3:	e8 b2 f8 ff ff       	call   f01045aa <cpunum>
f0104cf8:	56                   	push   %esi
f0104cf9:	53                   	push   %ebx
f0104cfa:	50                   	push   %eax
f0104cfb:	68 3c 79 10 f0       	push   $0xf010793c
f0104d00:	e8 48 07 00 00       	call   f010544d <cprintf>
		for (i = 0; i < 10 && pcs[i]; i++) {
f0104d05:	8d 5d c0             	lea    -0x40(%ebp),%ebx
f0104d08:	8d 7d e8             	lea    -0x18(%ebp),%edi
f0104d0b:	83 c4 10             	add    $0x10,%esp
			struct Eipdebuginfo info;
			if (debuginfo_eip(pcs[i], &info) >= 0)
f0104d0e:	8d 75 a8             	lea    -0x58(%ebp),%esi
f0104d11:	eb 55                	jmp    f0104d68 <spin_unlock+0xa8>
	return lock->locked && lock->cpu == thiscpu;
f0104d13:	8b 73 08             	mov    0x8(%ebx),%esi
f0104d16:	e8 8f f8 ff ff       	call   f01045aa <cpunum>
f0104d1b:	6b c0 74             	imul   $0x74,%eax,%eax
f0104d1e:	05 20 c0 16 f0       	add    $0xf016c020,%eax
	if (!holding(lk)) {
f0104d23:	39 c6                	cmp    %eax,%esi
f0104d25:	75 aa                	jne    f0104cd1 <spin_unlock+0x11>
				cprintf("  %08x\n", pcs[i]);
		}
		panic("spin_unlock");
	}

	lk->pcs[0] = 0;
f0104d27:	c7 43 0c 00 00 00 00 	movl   $0x0,0xc(%ebx)
	lk->cpu = 0;
f0104d2e:	c7 43 08 00 00 00 00 	movl   $0x0,0x8(%ebx)
	asm volatile("lock; xchgl %0, %1"
f0104d35:	b8 00 00 00 00       	mov    $0x0,%eax
f0104d3a:	f0 87 03             	lock xchg %eax,(%ebx)
#endif

	// The xchg makes the release atomic and orders every store in
	// the critical section before it.
	xchg(&lk->locked, 0);
}
f0104d3d:	8d 65 f4             	lea    -0xc(%ebp),%esp
f0104d40:	5b                   	pop    %ebx
f0104d41:	5e                   	pop    %esi
f0104d42:	5f                   	pop    %edi
f0104d43:	5d                   	pop    %ebp
f0104d44:	c3                   	ret
		cprintf("CPU %d cannot release %s: held by CPU %d\nAcquired at:",
f0104d45:	be ff ff ff ff       	mov    $0xffffffff,%esi
f0104d4a:	eb a4                	jmp    f0104cf0 <spin_unlock+0x30>
				cprintf("  %08x\n", pcs[i]);
f0104d4c:	83 ec 08             	sub    $0x8,%esp
f0104d4f:	8b 45 a4             	mov    -0x5c(%ebp),%eax
f0104d52:	ff 30                	push   (%eax)
f0104d54:	68 99 79 10 f0       	push   $0xf0107999
f0104d59:	e8 ef 06 00 00       	call   f010544d <cprintf>
f0104d5e:	83 c4 10             	add    $0x10,%esp
		for (i = 0; i < 10 && pcs[i]; i++) {
f0104d61:	83 c3 04             	add    $0x4,%ebx
f0104d64:	39 fb                	cmp    %edi,%ebx
f0104d66:	74 44                	je     f0104dac <spin_unlock+0xec>
f0104d68:	89 5d a4             	mov    %ebx,-0x5c(%ebp)
f0104d6b:	8b 03                	mov    (%ebx),%eax
f0104d6d:	85 c0                	test   %eax,%eax
f0104d6f:	74 3b                	je     f0104dac <spin_unlock+0xec>
			if (debuginfo_eip(pcs[i], &info) >= 0)
f0104d71:	83 ec 08             	sub    $0x8,%esp
f0104d74:	56                   	push   %esi
f0104d75:	50                   	push   %eax
f0104d76:	e8 76 bb ff ff       	call   f01008f1 <debuginfo_eip>
f0104d7b:	83 c4 10             	add    $0x10,%esp
f0104d7e:	85 c0                	test   %eax,%eax
f0104d80:	78 ca                	js     f0104d4c <spin_unlock+0x8c>
					pcs[i] - info.eip_fn_addr);
f0104d82:	8b 45 a4             	mov    -0x5c(%ebp),%eax
f0104d85:	8b 00                	mov    (%eax),%eax
				cprintf("  %08x %s:%d: %.*s+%x\n", pcs[i],
f0104d87:	83 ec 04             	sub    $0x4,%esp
f0104d8a:	89 c2                	mov    %eax,%edx
f0104d8c:	2b 55 b8             	sub    -0x48(%ebp),%edx
f0104d8f:	52                   	push   %edx
f0104d90:	ff 75 b0             	push   -0x50(%ebp)
f0104d93:	ff 75 b4             	push   -0x4c(%ebp)
f0104d96:	ff 75 ac             	push   -0x54(%ebp)
f0104d99:	ff 75 a8             	push   -0x58(%ebp)
f0104d9c:	50                   	push   %eax
f0104d9d:	68 82 79 10 f0       	push   $0xf0107982
f0104da2:	e8 a6 06 00 00       	call   f010544d <cprintf>
f0104da7:	83 c4 20             	add    $0x20,%esp
f0104daa:	eb b5                	jmp    f0104d61 <spin_unlock+0xa1>
		panic("spin_unlock");
f0104dac:	83 ec 04             	sub    $0x4,%esp
f0104daf:	68 a1 79 10 f0       	push   $0xf01079a1
f0104db4:	6a 62                	push   $0x62
f0104db6:	68 72 79 10 f0       	push   $0xf0107972
f0104dbb:	e8 98 0d 00 00       	call   f0105b58 <_panic>

f0104dc0 <sprintputch>:
	int cnt;
};

static void
sprintputch(int ch, struct sprintbuf *b)
{
f0104dc0:	55                   	push   %ebp
f0104dc1:	89 e5                	mov    %esp,%ebp
f0104dc3:	8b 45 0c             	mov    0xc(%ebp),%eax
	b->cnt++;
f0104dc6:	83 40 08 01          	addl   $0x1,0x8(%eax)
	if (b->buf < b->ebuf)
f0104dca:	8b 10                	mov    (%eax),%edx
f0104dcc:	3b 50 04             	cmp    0x4(%eax),%edx
f0104dcf:	73 0a                	jae    f0104ddb <sprintputch+0x1b>
		*b->buf++ = ch;
f0104dd1:	8d 4a 01             	lea    0x1(%edx),%ecx
f0104dd4:	89 08                	mov    %ecx,(%eax)
f0104dd6:	8b 45 08             	mov    0x8(%ebp),%eax
f0104dd9:	88 02                	mov    %al,(%edx)
}
f0104ddb:	5d                   	pop    %ebp
f0104ddc:	c3                   	ret

f0104ddd <printfmt>:
{
f0104ddd:	55                   	push   %ebp
f0104dde:	89 e5                	mov    %esp,%ebp
f0104de0:	83 ec 08             	sub    $0x8,%esp
	va_start(ap, fmt);
f0104de3:	8d 45 14             	lea    0x14(%ebp),%eax
	vprintfmt(putch, putdat, fmt, ap);
f0104de6:	50                   	push   %eax
f0104de7:	ff 75 10             	push   0x10(%ebp)
f0104dea:	ff 75 0c             	push   0xc(%ebp)
f0104ded:	ff 75 08             	push   0x8(%ebp)
f0104df0:	e8 05 00 00 00       	call   f0104dfa <vprintfmt>
}
f0104df5:	83 c4 10             	add    $0x10,%esp
f0104df8:	c9                   	leave
f0104df9:	c3                   	ret

f0104dfa <vprintfmt>:
{
f0104dfa:	55                   	push   %ebp
f0104dfb:	89 e5                	mov    %esp,%ebp
f0104dfd:	57                   	push   %edi
f0104dfe:	56                   	push   %esi
f0104dff:	53                   	push   %ebx
f0104e00:	83 ec 4c             	sub    $0x4c,%esp
		while ((ch = *(unsigned char *) fmt++) != '%') {
f0104e03:	8b 45 10             	mov    0x10(%ebp),%eax
f0104e06:	8d 58 01             	lea    0x1(%eax),%ebx
f0104e09:	0f b6 00             	movzbl (%eax),%eax
f0104e0c:	83 f8 25             	cmp    $0x25,%eax
f0104e0f:	74 24                	je     f0104e35 <vprintfmt+0x3b>
f0104e11:	8b 75 08             	mov    0x8(%ebp),%esi
f0104e14:	8b 7d 0c             	mov    0xc(%ebp),%edi
			if (ch == '\0')
f0104e17:	85 c0                	test   %eax,%eax
f0104e19:	0f 84 d8 05 00 00    	je     f01053f7 <vprintfmt+0x5fd>
			putch(ch, putdat);
f0104e1f:	83 ec 08             	sub    $0x8,%esp
f0104e22:	57                   	push   %edi
f0104e23:	50                   	push   %eax
f0104e24:	ff d6                	call   *%esi
		while ((ch = *(unsigned char *) fmt++) != '%') {
f0104e26:	83 c3 01             	add    $0x1,%ebx
f0104e29:	0f b6 43 ff          	movzbl -0x1(%ebx),%eax
f0104e2d:	83 c4 10             	add    $0x10,%esp
f0104e30:	83 f8 25             	cmp    $0x25,%eax
f0104e33:	75 e2                	jne    f0104e17 <vprintfmt+0x1d>
		padc = ' ';
f0104e35:	c6 45 c4 20          	movb   $0x20,-0x3c(%ebp)
		precision = -1;
f0104e39:	bf ff ff ff ff       	mov    $0xffffffff,%edi
		width = -1;
f0104e3e:	c7 45 ac ff ff ff ff 	movl   $0xffffffff,-0x54(%ebp)
		lflag = 0;
f0104e45:	b9 00 00 00 00       	mov    $0x0,%ecx
f0104e4a:	89 ce                	mov    %ecx,%esi
		switch (ch = *(unsigned char *) fmt++) {
f0104e4c:	8d 53 01             	lea    0x1(%ebx),%edx
f0104e4f:	0f b6 0b             	movzbl (%ebx),%ecx
f0104e52:	8d 41 dd             	lea    -0x23(%ecx),%eax
f0104e55:	3c 55                	cmp    $0x55,%al
f0104e57:	0f 87 21 05 00 00    	ja     f010537e <vprintfmt+0x584>
f0104e5d:	0f b6 c0             	movzbl %al,%eax
f0104e60:	ff 24 85 60 7a 10 f0 	jmp    *-0xfef85a0(,%eax,4)
			for (fmt--; fmt[-1] != '%'; fmt--)
f0104e67:	89 5d 10             	mov    %ebx,0x10(%ebp)
f0104e6a:	eb 97                	jmp    f0104e03 <vprintfmt+0x9>
		switch (ch = *(unsigned char *) fmt++) {
f0104e6c:	89 d3                	mov    %edx,%ebx
			padc = '-';
f0104e6e:	c6 45 c4 2d          	movb   $0x2d,-0x3c(%ebp)
f0104e72:	eb d8                	jmp    f0104e4c <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
f0104e74:	89 d3                	mov    %edx,%ebx
f0104e76:	c6 45 c4 30          	movb   $0x30,-0x3c(%ebp)
f0104e7a:	eb d0                	jmp    f0104e4c <vprintfmt+0x52>
f0104e7c:	0f b6 c9             	movzbl %cl,%ecx
				precision = precision * 10 + ch - '0';
f0104e7f:	8d 79 d0             	lea    -0x30(%ecx),%edi
				ch = *fmt;
f0104e82:	0f be 43 01          	movsbl 0x1(%ebx),%eax
				if (ch < '0' || ch > '9')
f0104e86:	8d 48 d0             	lea    -0x30(%eax),%ecx
f0104e89:	83 f9 09             	cmp    $0x9,%ecx
f0104e8c:	77 54                	ja     f0104ee2 <vprintfmt+0xe8>
			for (precision = 0; ; ++fmt) {
f0104e8e:	83 c2 01             	add    $0x1,%edx
				precision = precision * 10 + ch - '0';
f0104e91:	8d 0c bf             	lea    (%edi,%edi,4),%ecx
f0104e94:	8d 7c 48 d0          	lea    -0x30(%eax,%ecx,2),%edi
				ch = *fmt;
f0104e98:	0f be 02             	movsbl (%edx),%eax
				if (ch < '0' || ch > '9')
f0104e9b:	8d 48 d0             	lea    -0x30(%eax),%ecx
f0104e9e:	83 f9 09             	cmp    $0x9,%ecx
f0104ea1:	76 eb                	jbe    f0104e8e <vprintfmt+0x94>
			for (precision = 0; ; ++fmt) {
f0104ea3:	89 d3                	mov    %edx,%ebx
f0104ea5:	eb 0d                	jmp    f0104eb4 <vprintfmt+0xba>
			precision = va_arg(ap, int);
f0104ea7:	8b 45 14             	mov    0x14(%ebp),%eax
f0104eaa:	8b 38                	mov    (%eax),%edi
f0104eac:	8d 40 04             	lea    0x4(%eax),%eax
f0104eaf:	89 45 14             	mov    %eax,0x14(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
f0104eb2:	89 d3                	mov    %edx,%ebx
			if (width < 0)
f0104eb4:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
f0104eb8:	79 92                	jns    f0104e4c <vprintfmt+0x52>
				width = precision, precision = -1;
f0104eba:	89 7d ac             	mov    %edi,-0x54(%ebp)
f0104ebd:	bf ff ff ff ff       	mov    $0xffffffff,%edi
f0104ec2:	eb 88                	jmp    f0104e4c <vprintfmt+0x52>
			if (width < 0)
f0104ec4:	8b 4d ac             	mov    -0x54(%ebp),%ecx
f0104ec7:	85 c9                	test   %ecx,%ecx
f0104ec9:	b8 00 00 00 00       	mov    $0x0,%eax
f0104ece:	0f 49 c1             	cmovns %ecx,%eax
f0104ed1:	89 45 ac             	mov    %eax,-0x54(%ebp)
		switch (ch = *(unsigned char *) fmt++) {
f0104ed4:	89 d3                	mov    %edx,%ebx
			goto reswitch;
f0104ed6:	e9 71 ff ff ff       	jmp    f0104e4c <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
f0104edb:	89 d3                	mov    %edx,%ebx
			goto reswitch;
f0104edd:	e9 6a ff ff ff       	jmp    f0104e4c <vprintfmt+0x52>
		switch (ch = *(unsigned char *) fmt++) {
f0104ee2:	89 d3                	mov    %edx,%ebx
f0104ee4:	eb ce                	jmp    f0104eb4 <vprintfmt+0xba>
			lflag++;
f0104ee6:	83 c6 01             	add    $0x1,%esi
		switch (ch = *(unsigned char *) fmt++) {
f0104ee9:	89 d3                	mov    %edx,%ebx
			goto reswitch;
f0104eeb:	e9 5c ff ff ff       	jmp    f0104e4c <vprintfmt+0x52>
			putch(va_arg(ap, int), putdat);
f0104ef0:	89 55 10             	mov    %edx,0x10(%ebp)
f0104ef3:	8b 45 14             	mov    0x14(%ebp),%eax
f0104ef6:	8d 58 04             	lea    0x4(%eax),%ebx
f0104ef9:	83 ec 08             	sub    $0x8,%esp
f0104efc:	ff 75 0c             	push   0xc(%ebp)
f0104eff:	ff 30                	push   (%eax)
f0104f01:	ff 55 08             	call   *0x8(%ebp)
			break;
f0104f04:	83 c4 10             	add    $0x10,%esp
			putch(va_arg(ap, int), putdat);
f0104f07:	89 5d 14             	mov    %ebx,0x14(%ebp)
			break;
f0104f0a:	e9 f4 fe ff ff       	jmp    f0104e03 <vprintfmt+0x9>
			err = va_arg(ap, int);
f0104f0f:	89 55 10             	mov    %edx,0x10(%ebp)
f0104f12:	8b 45 14             	mov    0x14(%ebp),%eax
f0104f15:	8d 58 04             	lea    0x4(%eax),%ebx
			if (err < 0)
f0104f18:	8b 10                	mov    (%eax),%edx
f0104f1a:	89 d0                	mov    %edx,%eax
f0104f1c:	f7 d8                	neg    %eax
f0104f1e:	0f 48 c2             	cmovs  %edx,%eax
			if (err >= MAXERROR || (p = error_string[err]) == NULL)
f0104f21:	83 f8 08             	cmp    $0x8,%eax
f0104f24:	7f 27                	jg     f0104f4d <vprintfmt+0x153>
f0104f26:	8b 14 85 c0 7b 10 f0 	mov    -0xfef8440(,%eax,4),%edx
f0104f2d:	85 d2                	test   %edx,%edx
f0104f2f:	74 1c                	je     f0104f4d <vprintfmt+0x153>
				printfmt(putch, putdat, "%s", p);
f0104f31:	52                   	push   %edx
f0104f32:	68 82 64 10 f0       	push   $0xf0106482
f0104f37:	ff 75 0c             	push   0xc(%ebp)
f0104f3a:	ff 75 08             	push   0x8(%ebp)
f0104f3d:	e8 9b fe ff ff       	call   f0104ddd <printfmt>
f0104f42:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
f0104f45:	89 5d 14             	mov    %ebx,0x14(%ebp)
f0104f48:	e9 b6 fe ff ff       	jmp    f0104e03 <vprintfmt+0x9>
				printfmt(putch, putdat, "error %d", err);
f0104f4d:	50                   	push   %eax
f0104f4e:	68 c0 79 10 f0       	push   $0xf01079c0
f0104f53:	ff 75 0c             	push   0xc(%ebp)
f0104f56:	ff 75 08             	push   0x8(%ebp)
f0104f59:	e8 7f fe ff ff       	call   f0104ddd <printfmt>
f0104f5e:	83 c4 10             	add    $0x10,%esp
			err = va_arg(ap, int);
f0104f61:	89 5d 14             	mov    %ebx,0x14(%ebp)
				printfmt(putch, putdat, "error %d", err);
f0104f64:	e9 9a fe ff ff       	jmp    f0104e03 <vprintfmt+0x9>
			if ((p = va_arg(ap, char *)) == NULL)
f0104f69:	89 55 10             	mov    %edx,0x10(%ebp)
f0104f6c:	8b 45 14             	mov    0x14(%ebp),%eax
f0104f6f:	83 c0 04             	add    $0x4,%eax
f0104f72:	89 45 b8             	mov    %eax,-0x48(%ebp)
f0104f75:	8b 45 14             	mov    0x14(%ebp),%eax
f0104f78:	8b 30                	mov    (%eax),%esi
f0104f7a:	85 f6                	test   %esi,%esi
f0104f7c:	0f 84 53 04 00 00    	je     f01053d5 <vprintfmt+0x5db>
			if (width > 0 && padc != '-')
f0104f82:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
f0104f86:	7e 06                	jle    f0104f8e <vprintfmt+0x194>
f0104f88:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
f0104f8c:	75 1b                	jne    f0104fa9 <vprintfmt+0x1af>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
f0104f8e:	8d 5e 01             	lea    0x1(%esi),%ebx
f0104f91:	0f be 06             	movsbl (%esi),%eax
f0104f94:	8b 75 ac             	mov    -0x54(%ebp),%esi
f0104f97:	85 c0                	test   %eax,%eax
f0104f99:	0f 85 80 00 00 00    	jne    f010501f <vprintfmt+0x225>
f0104f9f:	e9 8c 00 00 00       	jmp    f0105030 <vprintfmt+0x236>
				p = "(null)";
f0104fa4:	be b9 79 10 f0       	mov    $0xf01079b9,%esi
				for (width -= strnlen(p, precision); width > 0; width--)
f0104fa9:	83 ec 08             	sub    $0x8,%esp
f0104fac:	57                   	push   %edi
f0104fad:	56                   	push   %esi
f0104fae:	e8 d8 05 00 00       	call   f010558b <strnlen>
f0104fb3:	29 45 ac             	sub    %eax,-0x54(%ebp)
f0104fb6:	8b 55 ac             	mov    -0x54(%ebp),%edx
f0104fb9:	83 c4 10             	add    $0x10,%esp
f0104fbc:	85 d2                	test   %edx,%edx
f0104fbe:	0f 8e f5 03 00 00    	jle    f01053b9 <vprintfmt+0x5bf>
					putch(padc, putdat);
f0104fc4:	0f be 5d c4          	movsbl -0x3c(%ebp),%ebx
f0104fc8:	89 75 c4             	mov    %esi,-0x3c(%ebp)
f0104fcb:	89 d6                	mov    %edx,%esi
f0104fcd:	89 7d b0             	mov    %edi,-0x50(%ebp)
f0104fd0:	8b 7d 0c             	mov    0xc(%ebp),%edi
f0104fd3:	83 ec 08             	sub    $0x8,%esp
f0104fd6:	57                   	push   %edi
f0104fd7:	53                   	push   %ebx
f0104fd8:	ff 55 08             	call   *0x8(%ebp)
				for (width -= strnlen(p, precision); width > 0; width--)
f0104fdb:	83 c4 10             	add    $0x10,%esp
f0104fde:	83 ee 01             	sub    $0x1,%esi
f0104fe1:	75 f0                	jne    f0104fd3 <vprintfmt+0x1d9>
f0104fe3:	89 75 ac             	mov    %esi,-0x54(%ebp)
f0104fe6:	8b 75 c4             	mov    -0x3c(%ebp),%esi
f0104fe9:	8b 7d b0             	mov    -0x50(%ebp),%edi
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
f0104fec:	8d 5e 01             	lea    0x1(%esi),%ebx
f0104fef:	0f be 06             	movsbl (%esi),%eax
f0104ff2:	8b 75 ac             	mov    -0x54(%ebp),%esi
f0104ff5:	85 c0                	test   %eax,%eax
f0104ff7:	75 26                	jne    f010501f <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
f0104ff9:	8b 45 b8             	mov    -0x48(%ebp),%eax
f0104ffc:	89 45 14             	mov    %eax,0x14(%ebp)
f0104fff:	e9 ff fd ff ff       	jmp    f0104e03 <vprintfmt+0x9>
				putch(ch, putdat);
f0105004:	83 ec 08             	sub    $0x8,%esp
f0105007:	ff 75 0c             	push   0xc(%ebp)
f010500a:	50                   	push   %eax
f010500b:	ff 55 08             	call   *0x8(%ebp)
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
f010500e:	83 ee 01             	sub    $0x1,%esi
f0105011:	83 c3 01             	add    $0x1,%ebx
f0105014:	0f be 43 ff          	movsbl -0x1(%ebx),%eax
f0105018:	83 c4 10             	add    $0x10,%esp
f010501b:	85 c0                	test   %eax,%eax
f010501d:	74 0e                	je     f010502d <vprintfmt+0x233>
f010501f:	85 ff                	test   %edi,%edi
f0105021:	78 e1                	js     f0105004 <vprintfmt+0x20a>
f0105023:	83 ef 01             	sub    $0x1,%edi
f0105026:	79 dc                	jns    f0105004 <vprintfmt+0x20a>
f0105028:	89 75 ac             	mov    %esi,-0x54(%ebp)
f010502b:	eb 03                	jmp    f0105030 <vprintfmt+0x236>
f010502d:	89 75 ac             	mov    %esi,-0x54(%ebp)
			for (; width > 0; width--)
f0105030:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
f0105034:	7e 24                	jle    f010505a <vprintfmt+0x260>
f0105036:	8b 5d ac             	mov    -0x54(%ebp),%ebx
f0105039:	8b 75 08             	mov    0x8(%ebp),%esi
f010503c:	8b 7d 0c             	mov    0xc(%ebp),%edi
				putch(' ', putdat);
f010503f:	83 ec 08             	sub    $0x8,%esp
f0105042:	57                   	push   %edi
f0105043:	6a 20                	push   $0x20
f0105045:	ff d6                	call   *%esi
			for (; width > 0; width--)
f0105047:	83 c4 10             	add    $0x10,%esp
f010504a:	83 eb 01             	sub    $0x1,%ebx
f010504d:	75 f0                	jne    f010503f <vprintfmt+0x245>
			if ((p = va_arg(ap, char *)) == NULL)
f010504f:	8b 45 b8             	mov    -0x48(%ebp),%eax
f0105052:	89 45 14             	mov    %eax,0x14(%ebp)
f0105055:	e9 a9 fd ff ff       	jmp    f0104e03 <vprintfmt+0x9>
f010505a:	8b 45 b8             	mov    -0x48(%ebp),%eax
f010505d:	89 45 14             	mov    %eax,0x14(%ebp)
f0105060:	e9 9e fd ff ff       	jmp    f0104e03 <vprintfmt+0x9>
	if (lflag >= 2)
f0105065:	89 55 10             	mov    %edx,0x10(%ebp)
f0105068:	83 fe 01             	cmp    $0x1,%esi
f010506b:	7f 1b                	jg     f0105088 <vprintfmt+0x28e>
	else if (lflag)
f010506d:	85 f6                	test   %esi,%esi
f010506f:	74 39                	je     f01050aa <vprintfmt+0x2b0>
		return va_arg(*ap, long);
f0105071:	8b 45 14             	mov    0x14(%ebp),%eax
f0105074:	8b 00                	mov    (%eax),%eax
f0105076:	89 c6                	mov    %eax,%esi
f0105078:	89 c7                	mov    %eax,%edi
f010507a:	c1 ff 1f             	sar    $0x1f,%edi
f010507d:	8b 45 14             	mov    0x14(%ebp),%eax
f0105080:	8d 40 04             	lea    0x4(%eax),%eax
f0105083:	89 45 14             	mov    %eax,0x14(%ebp)
f0105086:	eb 0e                	jmp    f0105096 <vprintfmt+0x29c>
		return va_arg(*ap, long long);
f0105088:	8b 45 14             	mov    0x14(%ebp),%eax
f010508b:	8b 30                	mov    (%eax),%esi
f010508d:	8b 78 04             	mov    0x4(%eax),%edi
f0105090:	8d 40 08             	lea    0x8(%eax),%eax
f0105093:	89 45 14             	mov    %eax,0x14(%ebp)
			if ((long long) num < 0) {
f0105096:	85 ff                	test   %edi,%edi
f0105098:	78 27                	js     f01050c1 <vprintfmt+0x2c7>
			num = getint(&ap, lflag);
f010509a:	89 75 b0             	mov    %esi,-0x50(%ebp)
f010509d:	89 7d b4             	mov    %edi,-0x4c(%ebp)
			base = 10;
f01050a0:	b8 0a 00 00 00       	mov    $0xa,%eax
f01050a5:	e9 53 01 00 00       	jmp    f01051fd <vprintfmt+0x403>
		return va_arg(*ap, int);
f01050aa:	8b 45 14             	mov    0x14(%ebp),%eax
f01050ad:	8b 00                	mov    (%eax),%eax
f01050af:	89 c6                	mov    %eax,%esi
f01050b1:	89 c7                	mov    %eax,%edi
f01050b3:	c1 ff 1f             	sar    $0x1f,%edi
f01050b6:	8b 45 14             	mov    0x14(%ebp),%eax
f01050b9:	8d 40 04             	lea    0x4(%eax),%eax
f01050bc:	89 45 14             	mov    %eax,0x14(%ebp)
f01050bf:	eb d5                	jmp    f0105096 <vprintfmt+0x29c>
				putch('-', putdat);
f01050c1:	83 ec 08             	sub    $0x8,%esp
f01050c4:	ff 75 0c             	push   0xc(%ebp)
f01050c7:	6a 2d                	push   $0x2d
f01050c9:	ff 55 08             	call   *0x8(%ebp)
				num = -(long long) num;
f01050cc:	f7 de                	neg    %esi
f01050ce:	83 d7 00             	adc    $0x0,%edi
f01050d1:	f7 df                	neg    %edi
f01050d3:	89 75 b0             	mov    %esi,-0x50(%ebp)
f01050d6:	89 7d b4             	mov    %edi,-0x4c(%ebp)
f01050d9:	83 c4 10             	add    $0x10,%esp
			base = 10;
f01050dc:	b8 0a 00 00 00       	mov    $0xa,%eax
f01050e1:	e9 17 01 00 00       	jmp    f01051fd <vprintfmt+0x403>
	if (lflag >= 2)
f01050e6:	89 55 10             	mov    %edx,0x10(%ebp)
f01050e9:	83 fe 01             	cmp    $0x1,%esi
f01050ec:	7f 27                	jg     f0105115 <vprintfmt+0x31b>
	else if (lflag)
f01050ee:	85 f6                	test   %esi,%esi
f01050f0:	74 44                	je     f0105136 <vprintfmt+0x33c>
		return va_arg(*ap, unsigned long);
f01050f2:	8b 45 14             	mov    0x14(%ebp),%eax
f01050f5:	8b 00                	mov    (%eax),%eax
f01050f7:	ba 00 00 00 00       	mov    $0x0,%edx
f01050fc:	89 45 b0             	mov    %eax,-0x50(%ebp)
f01050ff:	89 55 b4             	mov    %edx,-0x4c(%ebp)
f0105102:	8b 45 14             	mov    0x14(%ebp),%eax
f0105105:	8d 40 04             	lea    0x4(%eax),%eax
f0105108:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
f010510b:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long);
f0105110:	e9 e8 00 00 00       	jmp    f01051fd <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
f0105115:	8b 45 14             	mov    0x14(%ebp),%eax
f0105118:	8b 50 04             	mov    0x4(%eax),%edx
f010511b:	8b 00                	mov    (%eax),%eax
f010511d:	89 45 b0             	mov    %eax,-0x50(%ebp)
f0105120:	89 55 b4             	mov    %edx,-0x4c(%ebp)
f0105123:	8b 45 14             	mov    0x14(%ebp),%eax
f0105126:	8d 40 08             	lea    0x8(%eax),%eax
f0105129:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
f010512c:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned long long);
f0105131:	e9 c7 00 00 00       	jmp    f01051fd <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
f0105136:	8b 45 14             	mov    0x14(%ebp),%eax
f0105139:	8b 00                	mov    (%eax),%eax
f010513b:	ba 00 00 00 00       	mov    $0x0,%edx
f0105140:	89 45 b0             	mov    %eax,-0x50(%ebp)
f0105143:	89 55 b4             	mov    %edx,-0x4c(%ebp)
f0105146:	8b 45 14             	mov    0x14(%ebp),%eax
f0105149:	8d 40 04             	lea    0x4(%eax),%eax
f010514c:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 10;
f010514f:	b8 0a 00 00 00       	mov    $0xa,%eax
		return va_arg(*ap, unsigned int);
f0105154:	e9 a4 00 00 00       	jmp    f01051fd <vprintfmt+0x403>
	if (lflag >= 2)
f0105159:	89 55 10             	mov    %edx,0x10(%ebp)
f010515c:	83 fe 01             	cmp    $0x1,%esi
f010515f:	7f 24                	jg     f0105185 <vprintfmt+0x38b>
	else if (lflag)
f0105161:	85 f6                	test   %esi,%esi
f0105163:	74 3e                	je     f01051a3 <vprintfmt+0x3a9>
		return va_arg(*ap, unsigned long);
f0105165:	8b 45 14             	mov    0x14(%ebp),%eax
f0105168:	8b 00                	mov    (%eax),%eax
f010516a:	ba 00 00 00 00       	mov    $0x0,%edx
f010516f:	89 45 b0             	mov    %eax,-0x50(%ebp)
f0105172:	89 55 b4             	mov    %edx,-0x4c(%ebp)
f0105175:	8b 45 14             	mov    0x14(%ebp),%eax
f0105178:	8d 40 04             	lea    0x4(%eax),%eax
f010517b:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
f010517e:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long);
f0105183:	eb 78                	jmp    f01051fd <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
f0105185:	8b 45 14             	mov    0x14(%ebp),%eax
f0105188:	8b 50 04             	mov    0x4(%eax),%edx
f010518b:	8b 00                	mov    (%eax),%eax
f010518d:	89 45 b0             	mov    %eax,-0x50(%ebp)
f0105190:	89 55 b4             	mov    %edx,-0x4c(%ebp)
f0105193:	8b 45 14             	mov    0x14(%ebp),%eax
f0105196:	8d 40 08             	lea    0x8(%eax),%eax
f0105199:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
f010519c:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned long long);
f01051a1:	eb 5a                	jmp    f01051fd <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
f01051a3:	8b 45 14             	mov    0x14(%ebp),%eax
f01051a6:	8b 00                	mov    (%eax),%eax
f01051a8:	ba 00 00 00 00       	mov    $0x0,%edx
f01051ad:	89 45 b0             	mov    %eax,-0x50(%ebp)
f01051b0:	89 55 b4             	mov    %edx,-0x4c(%ebp)
f01051b3:	8b 45 14             	mov    0x14(%ebp),%eax
f01051b6:	8d 40 04             	lea    0x4(%eax),%eax
f01051b9:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 8;
f01051bc:	b8 08 00 00 00       	mov    $0x8,%eax
		return va_arg(*ap, unsigned int);
f01051c1:	eb 3a                	jmp    f01051fd <vprintfmt+0x403>
			putch('0', putdat);
f01051c3:	89 55 10             	mov    %edx,0x10(%ebp)
f01051c6:	83 ec 08             	sub    $0x8,%esp
f01051c9:	ff 75 0c             	push   0xc(%ebp)
f01051cc:	6a 30                	push   $0x30
f01051ce:	ff 55 08             	call   *0x8(%ebp)
			putch('x', putdat);
f01051d1:	83 c4 08             	add    $0x8,%esp
f01051d4:	ff 75 0c             	push   0xc(%ebp)
f01051d7:	6a 78                	push   $0x78
f01051d9:	ff 55 08             	call   *0x8(%ebp)
			num = (unsigned long long)
f01051dc:	8b 45 14             	mov    0x14(%ebp),%eax
f01051df:	8b 00                	mov    (%eax),%eax
f01051e1:	ba 00 00 00 00       	mov    $0x0,%edx
f01051e6:	89 45 b0             	mov    %eax,-0x50(%ebp)
f01051e9:	89 55 b4             	mov    %edx,-0x4c(%ebp)
			goto number;
f01051ec:	83 c4 10             	add    $0x10,%esp
				(uintptr_t) va_arg(ap, void *);
f01051ef:	8b 45 14             	mov    0x14(%ebp),%eax
f01051f2:	8d 40 04             	lea    0x4(%eax),%eax
f01051f5:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
f01051f8:	b8 10 00 00 00       	mov    $0x10,%eax
			printnum(putch, putdat, num, base, width, padc);
f01051fd:	0f be 7d c4          	movsbl -0x3c(%ebp),%edi
f0105201:	89 45 c0             	mov    %eax,-0x40(%ebp)
	int n = 0, pad;
f0105204:	bb 00 00 00 00       	mov    $0x0,%ebx
		digits[n++] = "0123456789abcdef"[num % base];
f0105209:	89 45 b8             	mov    %eax,-0x48(%ebp)
f010520c:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
f0105213:	89 7d a8             	mov    %edi,-0x58(%ebp)
f0105216:	8b 75 b0             	mov    -0x50(%ebp),%esi
f0105219:	8b 7d b4             	mov    -0x4c(%ebp),%edi
f010521c:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
f010521f:	83 45 c4 01          	addl   $0x1,-0x3c(%ebp)
f0105223:	8b 45 c4             	mov    -0x3c(%ebp),%eax
f0105226:	8d 55 cf             	lea    -0x31(%ebp),%edx
f0105229:	8d 1c 10             	lea    (%eax,%edx,1),%ebx
f010522c:	ff 75 bc             	push   -0x44(%ebp)
f010522f:	ff 75 b8             	push   -0x48(%ebp)
f0105232:	57                   	push   %edi
f0105233:	56                   	push   %esi
f0105234:	e8 1d 08 00 00       	call   f0105a56 <__umoddi3>
f0105239:	83 c4 10             	add    $0x10,%esp
f010523c:	0f b6 80 c9 79 10 f0 	movzbl -0xfef8637(%eax),%eax
f0105243:	88 03                	mov    %al,(%ebx)
		num /= base;
f0105245:	89 75 b0             	mov    %esi,-0x50(%ebp)
f0105248:	89 fb                	mov    %edi,%ebx
f010524a:	ff 75 bc             	push   -0x44(%ebp)
f010524d:	ff 75 b8             	push   -0x48(%ebp)
f0105250:	57                   	push   %edi
f0105251:	56                   	push   %esi
f0105252:	e8 e4 07 00 00       	call   f0105a3b <__udivdi3>
f0105257:	83 c4 10             	add    $0x10,%esp
f010525a:	89 c6                	mov    %eax,%esi
f010525c:	89 d7                	mov    %edx,%edi
	} while (num != 0);
f010525e:	8b 4d c0             	mov    -0x40(%ebp),%ecx
f0105261:	39 4d b0             	cmp    %ecx,-0x50(%ebp)
f0105264:	1b 5d bc             	sbb    -0x44(%ebp),%ebx
f0105267:	73 b6                	jae    f010521f <vprintfmt+0x425>
	pad = width - n;
f0105269:	8b 7d a8             	mov    -0x58(%ebp),%edi
f010526c:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
f010526f:	8b 75 ac             	mov    -0x54(%ebp),%esi
f0105272:	29 de                	sub    %ebx,%esi
	if (padc != '-')
f0105274:	83 ff 2d             	cmp    $0x2d,%edi
f0105277:	0f 84 de 00 00 00    	je     f010535b <vprintfmt+0x561>
		for (; pad > 0; pad--)
f010527d:	85 f6                	test   %esi,%esi
f010527f:	0f 8e 27 01 00 00    	jle    f01053ac <vprintfmt+0x5b2>
f0105285:	8b 5d 0c             	mov    0xc(%ebp),%ebx
			putch(padc, putdat);
f0105288:	83 ec 08             	sub    $0x8,%esp
f010528b:	53                   	push   %ebx
f010528c:	57                   	push   %edi
f010528d:	ff 55 08             	call   *0x8(%ebp)
		for (; pad > 0; pad--)
f0105290:	83 c4 10             	add    $0x10,%esp
f0105293:	83 ee 01             	sub    $0x1,%esi
f0105296:	75 f0                	jne    f0105288 <vprintfmt+0x48e>
f0105298:	8b 5d c4             	mov    -0x3c(%ebp),%ebx
	while (n > 0)
f010529b:	85 db                	test   %ebx,%ebx
f010529d:	0f 8e 60 fb ff ff    	jle    f0104e03 <vprintfmt+0x9>
		putch(digits[--n], putdat);
f01052a3:	89 75 c4             	mov    %esi,-0x3c(%ebp)
f01052a6:	8b 75 08             	mov    0x8(%ebp),%esi
f01052a9:	8b 7d 0c             	mov    0xc(%ebp),%edi
f01052ac:	83 eb 01             	sub    $0x1,%ebx
f01052af:	83 ec 08             	sub    $0x8,%esp
f01052b2:	57                   	push   %edi
f01052b3:	0f be 44 2b d0       	movsbl -0x30(%ebx,%ebp,1),%eax
f01052b8:	50                   	push   %eax
f01052b9:	ff d6                	call   *%esi
	while (n > 0)
f01052bb:	83 c4 10             	add    $0x10,%esp
f01052be:	85 db                	test   %ebx,%ebx
f01052c0:	7f ea                	jg     f01052ac <vprintfmt+0x4b2>
f01052c2:	8b 75 c4             	mov    -0x3c(%ebp),%esi
	for (; pad > 0; pad--)
f01052c5:	85 f6                	test   %esi,%esi
f01052c7:	0f 8e 36 fb ff ff    	jle    f0104e03 <vprintfmt+0x9>
f01052cd:	8b 5d 08             	mov    0x8(%ebp),%ebx
f01052d0:	8b 7d 0c             	mov    0xc(%ebp),%edi
		putch(' ', putdat);
f01052d3:	83 ec 08             	sub    $0x8,%esp
f01052d6:	57                   	push   %edi
f01052d7:	6a 20                	push   $0x20
f01052d9:	ff d3                	call   *%ebx
	for (; pad > 0; pad--)
f01052db:	83 c4 10             	add    $0x10,%esp
f01052de:	83 ee 01             	sub    $0x1,%esi
f01052e1:	75 f0                	jne    f01052d3 <vprintfmt+0x4d9>
f01052e3:	e9 1b fb ff ff       	jmp    f0104e03 <vprintfmt+0x9>
	if (lflag >= 2)
f01052e8:	89 55 10             	mov    %edx,0x10(%ebp)
f01052eb:	83 fe 01             	cmp    $0x1,%esi
f01052ee:	7f 27                	jg     f0105317 <vprintfmt+0x51d>
	else if (lflag)
f01052f0:	85 f6                	test   %esi,%esi
f01052f2:	74 44                	je     f0105338 <vprintfmt+0x53e>
		return va_arg(*ap, unsigned long);
f01052f4:	8b 45 14             	mov    0x14(%ebp),%eax
f01052f7:	8b 00                	mov    (%eax),%eax
f01052f9:	ba 00 00 00 00       	mov    $0x0,%edx
f01052fe:	89 45 b0             	mov    %eax,-0x50(%ebp)
f0105301:	89 55 b4             	mov    %edx,-0x4c(%ebp)
f0105304:	8b 45 14             	mov    0x14(%ebp),%eax
f0105307:	8d 40 04             	lea    0x4(%eax),%eax
f010530a:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
f010530d:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long);
f0105312:	e9 e6 fe ff ff       	jmp    f01051fd <vprintfmt+0x403>
		return va_arg(*ap, unsigned long long);
f0105317:	8b 45 14             	mov    0x14(%ebp),%eax
f010531a:	8b 50 04             	mov    0x4(%eax),%edx
f010531d:	8b 00                	mov    (%eax),%eax
f010531f:	89 45 b0             	mov    %eax,-0x50(%ebp)
f0105322:	89 55 b4             	mov    %edx,-0x4c(%ebp)
f0105325:	8b 45 14             	mov    0x14(%ebp),%eax
f0105328:	8d 40 08             	lea    0x8(%eax),%eax
f010532b:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
f010532e:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned long long);
f0105333:	e9 c5 fe ff ff       	jmp    f01051fd <vprintfmt+0x403>
		return va_arg(*ap, unsigned int);
f0105338:	8b 45 14             	mov    0x14(%ebp),%eax
f010533b:	8b 00                	mov    (%eax),%eax
f010533d:	ba 00 00 00 00       	mov    $0x0,%edx
f0105342:	89 45 b0             	mov    %eax,-0x50(%ebp)
f0105345:	89 55 b4             	mov    %edx,-0x4c(%ebp)
f0105348:	8b 45 14             	mov    0x14(%ebp),%eax
f010534b:	8d 40 04             	lea    0x4(%eax),%eax
f010534e:	89 45 14             	mov    %eax,0x14(%ebp)
			base = 16;
f0105351:	b8 10 00 00 00       	mov    $0x10,%eax
		return va_arg(*ap, unsigned int);
f0105356:	e9 a2 fe ff ff       	jmp    f01051fd <vprintfmt+0x403>
	while (n > 0)
f010535b:	85 db                	test   %ebx,%ebx
f010535d:	0f 8f 40 ff ff ff    	jg     f01052a3 <vprintfmt+0x4a9>
f0105363:	e9 5d ff ff ff       	jmp    f01052c5 <vprintfmt+0x4cb>
			putch(ch, putdat);
f0105368:	89 55 10             	mov    %edx,0x10(%ebp)
f010536b:	83 ec 08             	sub    $0x8,%esp
f010536e:	ff 75 0c             	push   0xc(%ebp)
f0105371:	6a 25                	push   $0x25
f0105373:	ff 55 08             	call   *0x8(%ebp)
			break;
f0105376:	83 c4 10             	add    $0x10,%esp
f0105379:	e9 85 fa ff ff       	jmp    f0104e03 <vprintfmt+0x9>
			putch('%', putdat);
f010537e:	83 ec 08             	sub    $0x8,%esp
f0105381:	ff 75 0c             	push   0xc(%ebp)
f0105384:	6a 25                	push   $0x25
f0105386:	ff 55 08             	call   *0x8(%ebp)
			for (fmt--; fmt[-1] != '%'; fmt--)
f0105389:	83 c4 10             	add    $0x10,%esp
f010538c:	80 7b ff 25          	cmpb   $0x25,-0x1(%ebx)
f0105390:	0f 84 d1 fa ff ff    	je     f0104e67 <vprintfmt+0x6d>
f0105396:	89 5d 10             	mov    %ebx,0x10(%ebp)
f0105399:	89 d8                	mov    %ebx,%eax
f010539b:	83 e8 01             	sub    $0x1,%eax
f010539e:	80 78 ff 25          	cmpb   $0x25,-0x1(%eax)
f01053a2:	75 f7                	jne    f010539b <vprintfmt+0x5a1>
f01053a4:	89 45 10             	mov    %eax,0x10(%ebp)
f01053a7:	e9 57 fa ff ff       	jmp    f0104e03 <vprintfmt+0x9>
	while (n > 0)
f01053ac:	85 db                	test   %ebx,%ebx
f01053ae:	0f 8f ef fe ff ff    	jg     f01052a3 <vprintfmt+0x4a9>
f01053b4:	e9 4a fa ff ff       	jmp    f0104e03 <vprintfmt+0x9>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
f01053b9:	8d 5e 01             	lea    0x1(%esi),%ebx
f01053bc:	0f be 06             	movsbl (%esi),%eax
f01053bf:	8b 75 ac             	mov    -0x54(%ebp),%esi
f01053c2:	85 c0                	test   %eax,%eax
f01053c4:	0f 85 55 fc ff ff    	jne    f010501f <vprintfmt+0x225>
			if ((p = va_arg(ap, char *)) == NULL)
f01053ca:	8b 45 b8             	mov    -0x48(%ebp),%eax
f01053cd:	89 45 14             	mov    %eax,0x14(%ebp)
f01053d0:	e9 2e fa ff ff       	jmp    f0104e03 <vprintfmt+0x9>
			if (width > 0 && padc != '-')
f01053d5:	80 7d c4 2d          	cmpb   $0x2d,-0x3c(%ebp)
f01053d9:	74 0a                	je     f01053e5 <vprintfmt+0x5eb>
f01053db:	83 7d ac 00          	cmpl   $0x0,-0x54(%ebp)
f01053df:	0f 8f bf fb ff ff    	jg     f0104fa4 <vprintfmt+0x1aa>
			for (; (ch = *p++) != '\0' && (precision < 0 || --precision >= 0); width--)
f01053e5:	b8 28 00 00 00       	mov    $0x28,%eax
f01053ea:	bb ba 79 10 f0       	mov    $0xf01079ba,%ebx
f01053ef:	8b 75 ac             	mov    -0x54(%ebp),%esi
f01053f2:	e9 28 fc ff ff       	jmp    f010501f <vprintfmt+0x225>
}
f01053f7:	8d 65 f4             	lea    -0xc(%ebp),%esp
f01053fa:	5b                   	pop    %ebx
f01053fb:	5e                   	pop    %esi
f01053fc:	5f                   	pop    %edi
f01053fd:	5d                   	pop    %ebp
f01053fe:	c3                   	ret

f01053ff <vsnprintf>:

int
vsnprintf(char *buf, int n, const char *fmt, va_list ap)
{
f01053ff:	55                   	push   %ebp
f0105400:	89 e5                	mov    %esp,%ebp
f0105402:	83 ec 18             	sub    $0x18,%esp
f0105405:	8b 45 08             	mov    0x8(%ebp),%eax
f0105408:	8b 55 0c             	mov    0xc(%ebp),%edx
	struct sprintbuf b = {buf, buf+n-1, 0};
f010540b:	89 45 ec             	mov    %eax,-0x14(%ebp)
f010540e:	8d 4c 10 ff          	lea    -0x1(%eax,%edx,1),%ecx
f0105412:	89 4d f0             	mov    %ecx,-0x10(%ebp)
f0105415:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)

	if (buf == NULL || n < 1)
f010541c:	85 c0                	test   %eax,%eax
f010541e:	74 26                	je     f0105446 <vsnprintf+0x47>
f0105420:	85 d2                	test   %edx,%edx
f0105422:	7e 22                	jle    f0105446 <vsnprintf+0x47>
		return -E_INVAL;

	// print the string to the buffer
	vprintfmt((void*)sprintputch, &b, fmt, ap);
f0105424:	ff 75 14             	push   0x14(%ebp)
f0105427:	ff 75 10             	push   0x10(%ebp)
f010542a:	8d 45 ec             	lea    -0x14(%ebp),%eax
f010542d:	50                   	push   %eax
f010542e:	68 c0 4d 10 f0       	push   $0xf0104dc0
f0105433:	e8 c2 f9 ff ff       	call   f0104dfa <vprintfmt>

	// null terminate the buffer
	*b.buf = '\0';
f0105438:	8b 45 ec             	mov    -0x14(%ebp),%eax
f010543b:	c6 00 00             	movb   $0x0,(%eax)

	return b.cnt;
f010543e:	8b 45 f4             	mov    -0xc(%ebp),%eax
f0105441:	83 c4 10             	add    $0x10,%esp
}
f0105444:	c9                   	leave
f0105445:	c3                   	ret
		return -E_INVAL;
f0105446:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
f010544b:	eb f7                	jmp    f0105444 <vsnprintf+0x45>

f010544d <cprintf>:
// cprintf is the same in the kernel and in user programs: each supplies
// its own vcprintf (kern/printf.c writes to the console, lib/printf.c
// buffers and calls sys_cputs).
int
cprintf(const char *fmt, ...)
{
f010544d:	55                   	push   %ebp
f010544e:	89 e5                	mov    %esp,%ebp
f0105450:	83 ec 10             	sub    $0x10,%esp
	va_list ap;
	int cnt;

	va_start(ap, fmt);
f0105453:	8d 45 0c             	lea    0xc(%ebp),%eax
	cnt = vcprintf(fmt, ap);
f0105456:	50                   	push   %eax
f0105457:	ff 75 08             	push   0x8(%ebp)
f010545a:	e8 77 b1 ff ff       	call   f01005d6 <vcprintf>
	va_end(ap);

	return cnt;
}
f010545f:	c9                   	leave
f0105460:	c3                   	ret

f0105461 <snprintf>:

int
snprintf(char *buf, int n, const char *fmt, ...)
{
f0105461:	55                   	push   %ebp
f0105462:	89 e5                	mov    %esp,%ebp
f0105464:	83 ec 08             	sub    $0x8,%esp
	va_list ap;
	int rc;

	va_start(ap, fmt);
f0105467:	8d 45 14             	lea    0x14(%ebp),%eax
	rc = vsnprintf(buf, n, fmt, ap);
f010546a:	50                   	push   %eax
f010546b:	ff 75 10             	push   0x10(%ebp)
f010546e:	ff 75 0c             	push   0xc(%ebp)
f0105471:	ff 75 08             	push   0x8(%ebp)
f0105474:	e8 86 ff ff ff       	call   f01053ff <vsnprintf>
	va_end(ap);

	return rc;
}
f0105479:	c9                   	leave
f010547a:	c3                   	ret

f010547b <readline>:
#define BUFLEN 1024
static char buf[BUFLEN];

char *
readline(const char *prompt)
{
f010547b:	55                   	push   %ebp
f010547c:	89 e5                	mov    %esp,%ebp
f010547e:	57                   	push   %edi
f010547f:	56                   	push   %esi
f0105480:	53                   	push   %ebx
f0105481:	83 ec 0c             	sub    $0xc,%esp
f0105484:	8b 45 08             	mov    0x8(%ebp),%eax
	int i, c, echoing;

	if (prompt != NULL)
f0105487:	85 c0                	test   %eax,%eax
f0105489:	74 11                	je     f010549c <readline+0x21>
		cprintf("%s", prompt);
f010548b:	83 ec 08             	sub    $0x8,%esp
f010548e:	50                   	push   %eax
f010548f:	68 82 64 10 f0       	push   $0xf0106482
f0105494:	e8 b4 ff ff ff       	call   f010544d <cprintf>
f0105499:	83 c4 10             	add    $0x10,%esp

	i = 0;
	echoing = iscons(0);
f010549c:	83 ec 0c             	sub    $0xc,%esp
f010549f:	6a 00                	push   $0x0
f01054a1:	e8 0d b1 ff ff       	call   f01005b3 <iscons>
f01054a6:	89 c7                	mov    %eax,%edi
f01054a8:	83 c4 10             	add    $0x10,%esp
	i = 0;
f01054ab:	be 00 00 00 00       	mov    $0x0,%esi
f01054b0:	eb 4b                	jmp    f01054fd <readline+0x82>
	while (1) {
		c = getchar();
		if (c < 0) {
			if (c != -E_EOF)
				cprintf("read error: %e\n", c);
			return NULL;
f01054b2:	b8 00 00 00 00       	mov    $0x0,%eax
			if (c != -E_EOF)
f01054b7:	83 fb f8             	cmp    $0xfffffff8,%ebx
f01054ba:	75 08                	jne    f01054c4 <readline+0x49>
				cputchar('\n');
			buf[i] = 0;
			return buf;
		}
	}
}
f01054bc:	8d 65 f4             	lea    -0xc(%ebp),%esp
f01054bf:	5b                   	pop    %ebx
f01054c0:	5e                   	pop    %esi
f01054c1:	5f                   	pop    %edi
f01054c2:	5d                   	pop    %ebp
f01054c3:	c3                   	ret
				cprintf("read error: %e\n", c);
f01054c4:	83 ec 08             	sub    $0x8,%esp
f01054c7:	53                   	push   %ebx
f01054c8:	68 e4 7b 10 f0       	push   $0xf0107be4
f01054cd:	e8 7b ff ff ff       	call   f010544d <cprintf>
f01054d2:	83 c4 10             	add    $0x10,%esp
			return NULL;
f01054d5:	b8 00 00 00 00       	mov    $0x0,%eax
f01054da:	eb e0                	jmp    f01054bc <readline+0x41>
			if (echoing)
f01054dc:	85 ff                	test   %edi,%edi
f01054de:	75 05                	jne    f01054e5 <readline+0x6a>
			i--;
f01054e0:	83 ee 01             	sub    $0x1,%esi
f01054e3:	eb 18                	jmp    f01054fd <readline+0x82>
				cputchar('\b');
f01054e5:	83 ec 0c             	sub    $0xc,%esp
f01054e8:	6a 08                	push   $0x8
f01054ea:	e8 13 b0 ff ff       	call   f0100502 <cputchar>
f01054ef:	83 c4 10             	add    $0x10,%esp
f01054f2:	eb ec                	jmp    f01054e0 <readline+0x65>
			buf[i++] = c;
f01054f4:	88 9e c0 c3 16 f0    	mov    %bl,-0xfe93c40(%esi)
f01054fa:	8d 76 01             	lea    0x1(%esi),%esi
		c = getchar();
f01054fd:	e8 a0 b0 ff ff       	call   f01005a2 <getchar>
f0105502:	89 c3                	mov    %eax,%ebx
		if (c < 0) {
f0105504:	85 c0                	test   %eax,%eax
f0105506:	78 aa                	js     f01054b2 <readline+0x37>
		} else if ((c == '\b' || c == '\x7f') && i > 0) {
f0105508:	83 f8 08             	cmp    $0x8,%eax
f010550b:	0f 94 c0             	sete   %al
f010550e:	83 fb 7f             	cmp    $0x7f,%ebx
f0105511:	0f 94 c2             	sete   %dl
f0105514:	08 d0                	or     %dl,%al
f0105516:	74 04                	je     f010551c <readline+0xa1>
f0105518:	85 f6                	test   %esi,%esi
f010551a:	7f c0                	jg     f01054dc <readline+0x61>
		} else if (c >= ' ' && i < BUFLEN-1) {
f010551c:	83 fb 1f             	cmp    $0x1f,%ebx
f010551f:	7e 1a                	jle    f010553b <readline+0xc0>
f0105521:	81 fe fe 03 00 00    	cmp    $0x3fe,%esi
f0105527:	7f 12                	jg     f010553b <readline+0xc0>
			if (echoing)
f0105529:	85 ff                	test   %edi,%edi
f010552b:	74 c7                	je     f01054f4 <readline+0x79>
				cputchar(c);
f010552d:	83 ec 0c             	sub    $0xc,%esp
f0105530:	53                   	push   %ebx
f0105531:	e8 cc af ff ff       	call   f0100502 <cputchar>
f0105536:	83 c4 10             	add    $0x10,%esp
f0105539:	eb b9                	jmp    f01054f4 <readline+0x79>
		} else if (c == '\n' || c == '\r') {
f010553b:	83 fb 0a             	cmp    $0xa,%ebx
f010553e:	74 05                	je     f0105545 <readline+0xca>
f0105540:	83 fb 0d             	cmp    $0xd,%ebx
f0105543:	75 b8                	jne    f01054fd <readline+0x82>
			if (echoing)
f0105545:	85 ff                	test   %edi,%edi
f0105547:	75 11                	jne    f010555a <readline+0xdf>
			buf[i] = 0;
f0105549:	c6 86 c0 c3 16 f0 00 	movb   $0x0,-0xfe93c40(%esi)
			return buf;
f0105550:	b8 c0 c3 16 f0       	mov    $0xf016c3c0,%eax
f0105555:	e9 62 ff ff ff       	jmp    f01054bc <readline+0x41>
				cputchar('\n');
f010555a:	83 ec 0c             	sub    $0xc,%esp
f010555d:	6a 0a                	push   $0xa
f010555f:	e8 9e af ff ff       	call   f0100502 <cputchar>
f0105564:	83 c4 10             	add    $0x10,%esp
f0105567:	eb e0                	jmp    f0105549 <readline+0xce>

f0105569 <strlen>:

#include <inc/string.h>

int
strlen(const char *s)
{
f0105569:	55                   	push   %ebp
f010556a:	89 e5                	mov    %esp,%ebp
f010556c:	8b 55 08             	mov    0x8(%ebp),%edx
	int n;

	for (n = 0; *s != '\0'; s++)
f010556f:	80 3a 00             	cmpb   $0x0,(%edx)
f0105572:	74 10                	je     f0105584 <strlen+0x1b>
f0105574:	b8 00 00 00 00       	mov    $0x0,%eax
		n++;
f0105579:	83 c0 01             	add    $0x1,%eax
	for (n = 0; *s != '\0'; s++)
f010557c:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
f0105580:	75 f7                	jne    f0105579 <strlen+0x10>
	return n;
}
f0105582:	5d                   	pop    %ebp
f0105583:	c3                   	ret
	for (n = 0; *s != '\0'; s++)
f0105584:	b8 00 00 00 00       	mov    $0x0,%eax
	return n;
f0105589:	eb f7                	jmp    f0105582 <strlen+0x19>

f010558b <strnlen>:

int
strnlen(const char *s, size_t size)
{
f010558b:	55                   	push   %ebp
f010558c:	89 e5                	mov    %esp,%ebp
f010558e:	8b 4d 08             	mov    0x8(%ebp),%ecx
f0105591:	8b 55 0c             	mov    0xc(%ebp),%edx
	int n;

	for (n = 0; size > 0 && *s != '\0'; s++, size--)
f0105594:	85 d2                	test   %edx,%edx
f0105596:	74 16                	je     f01055ae <strnlen+0x23>
f0105598:	b8 00 00 00 00       	mov    $0x0,%eax
f010559d:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
f01055a1:	74 09                	je     f01055ac <strnlen+0x21>
		n++;
f01055a3:	83 c0 01             	add    $0x1,%eax
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
f01055a6:	39 d0                	cmp    %edx,%eax
f01055a8:	75 f3                	jne    f010559d <strnlen+0x12>
		n++;
f01055aa:	89 d0                	mov    %edx,%eax
	return n;
}
f01055ac:	5d                   	pop    %ebp
f01055ad:	c3                   	ret
	for (n = 0; size > 0 && *s != '\0'; s++, size--)
f01055ae:	b8 00 00 00 00       	mov    $0x0,%eax
f01055b3:	eb f7                	jmp    f01055ac <strnlen+0x21>

f01055b5 <strcpy>:

char *
strcpy(char *dst, const char *src)
{
f01055b5:	55                   	push   %ebp
f01055b6:	89 e5                	mov    %esp,%ebp
f01055b8:	53                   	push   %ebx
f01055b9:	8b 4d 08             	mov    0x8(%ebp),%ecx
f01055bc:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	char *ret = dst;

	while ((*dst++ = *src++) != '\0')
f01055bf:	b8 00 00 00 00       	mov    $0x0,%eax
f01055c4:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
f01055c8:	88 14 01             	mov    %dl,(%ecx,%eax,1)
f01055cb:	83 c0 01             	add    $0x1,%eax
f01055ce:	84 d2                	test   %dl,%dl
f01055d0:	75 f2                	jne    f01055c4 <strcpy+0xf>
		/* do nothing */;
	return ret;
}
f01055d2:	89 c8                	mov    %ecx,%eax
f01055d4:	8b 5d fc             	mov    -0x4(%ebp),%ebx
f01055d7:	c9                   	leave
f01055d8:	c3                   	ret

f01055d9 <strcat>:

char *
strcat(char *dst, const char *src)
{
f01055d9:	55                   	push   %ebp
f01055da:	89 e5                	mov    %esp,%ebp
f01055dc:	53                   	push   %ebx
f01055dd:	83 ec 10             	sub    $0x10,%esp
f01055e0:	8b 5d 08             	mov    0x8(%ebp),%ebx
	strcpy(dst + strlen(dst), src);
f01055e3:	53                   	push   %ebx
f01055e4:	e8 80 ff ff ff       	call   f0105569 <strlen>
f01055e9:	83 c4 08             	add    $0x8,%esp
f01055ec:	ff 75 0c             	push   0xc(%ebp)
f01055ef:	01 d8                	add    %ebx,%eax
f01055f1:	50                   	push   %eax
f01055f2:	e8 be ff ff ff       	call   f01055b5 <strcpy>
	return dst;
}
f01055f7:	89 d8                	mov    %ebx,%eax
f01055f9:	8b 5d fc             	mov    -0x4(%ebp),%ebx
f01055fc:	c9                   	leave
f01055fd:	c3                   	ret

f01055fe <strncpy>:

// Copy exactly 'size' bytes, padding with NULs after the end of src.
char *
strncpy(char *dst, const char *src, size_t size)
{
f01055fe:	55                   	push   %ebp
f01055ff:	89 e5                	mov    %esp,%ebp
f0105601:	56                   	push   %esi
f0105602:	53                   	push   %ebx
f0105603:	8b 75 08             	mov    0x8(%ebp),%esi
f0105606:	8b 55 0c             	mov    0xc(%ebp),%edx
f0105609:	8b 5d 10             	mov    0x10(%ebp),%ebx
	size_t i;
	char *ret = dst;

	for (i = 0; i < size; i++) {
f010560c:	85 db                	test   %ebx,%ebx
f010560e:	74 17                	je     f0105627 <strncpy+0x29>
f0105610:	01 f3                	add    %esi,%ebx
f0105612:	89 f0                	mov    %esi,%eax
		*dst++ = *src;
f0105614:	83 c0 01             	add    $0x1,%eax
f0105617:	0f b6 0a             	movzbl (%edx),%ecx
f010561a:	88 48 ff             	mov    %cl,-0x1(%eax)
		// If strlen(src) < size, null-pad 'dst' out to 'size' chars
		if (*src != '\0')
			src++;
f010561d:	80 f9 01             	cmp    $0x1,%cl
f0105620:	83 da ff             	sbb    $0xffffffff,%edx
	for (i = 0; i < size; i++) {
f0105623:	39 c3                	cmp    %eax,%ebx
f0105625:	75 ed                	jne    f0105614 <strncpy+0x16>
	}
	return ret;
}
f0105627:	89 f0                	mov    %esi,%eax
f0105629:	5b                   	pop    %ebx
f010562a:	5e                   	pop    %esi
f010562b:	5d                   	pop    %ebp
f010562c:	c3                   	ret

f010562d <strlcpy>:

// Copy at most size-1 bytes and always NUL-terminate (if size > 0).
size_t
strlcpy(char *dst, const char *src, size_t size)
{
f010562d:	55                   	push   %ebp
f010562e:	89 e5                	mov    %esp,%ebp
f0105630:	56                   	push   %esi
f0105631:	53                   	push   %ebx
f0105632:	8b 75 08             	mov    0x8(%ebp),%esi
f0105635:	8b 55 0c             	mov    0xc(%ebp),%edx
f0105638:	8b 5d 10             	mov    0x10(%ebp),%ebx
	char *dst_in = dst;

	if (size > 0) {
f010563b:	89 f0                	mov    %esi,%eax
f010563d:	85 db                	test   %ebx,%ebx
f010563f:	74 1e                	je     f010565f <strlcpy+0x32>
		while (--size > 0 && *src != '\0')
f0105641:	83 eb 01             	sub    $0x1,%ebx
f0105644:	74 16                	je     f010565c <strlcpy+0x2f>
f0105646:	01 f3                	add    %esi,%ebx
f0105648:	0f b6 0a             	movzbl (%edx),%ecx
f010564b:	84 c9                	test   %cl,%cl
f010564d:	74 0d                	je     f010565c <strlcpy+0x2f>
			*dst++ = *src++;
f010564f:	83 c2 01             	add    $0x1,%edx
f0105652:	83 c0 01             	add    $0x1,%eax
f0105655:	88 48 ff             	mov    %cl,-0x1(%eax)
		while (--size > 0 && *src != '\0')
f0105658:	39 d8                	cmp    %ebx,%eax
f010565a:	75 ec                	jne    f0105648 <strlcpy+0x1b>
		*dst = '\0';
f010565c:	c6 00 00             	movb   $0x0,(%eax)
	}
	return dst - dst_in;
f010565f:	29 f0                	sub    %esi,%eax
}
f0105661:	5b                   	pop    %ebx
f0105662:	5e                   	pop    %esi
f0105663:	5d                   	pop    %ebp
f0105664:	c3                   	ret

f0105665 <strcmp>:

int
strcmp(const char *p, const char *q)
{
f0105665:	55                   	push   %ebp
f0105666:	89 e5                	mov    %esp,%ebp
f0105668:	8b 4d 08             	mov    0x8(%ebp),%ecx
f010566b:	8b 55 0c             	mov    0xc(%ebp),%edx
	while (*p && *p == *q)
f010566e:	0f b6 01             	movzbl (%ecx),%eax
f0105671:	84 c0                	test   %al,%al
f0105673:	74 11                	je     f0105686 <strcmp+0x21>
f0105675:	38 02                	cmp    %al,(%edx)
f0105677:	75 0d                	jne    f0105686 <strcmp+0x21>
		p++, q++;
f0105679:	83 c1 01             	add    $0x1,%ecx
f010567c:	83 c2 01             	add    $0x1,%edx
	while (*p && *p == *q)
f010567f:	0f b6 01             	movzbl (%ecx),%eax
f0105682:	84 c0                	test   %al,%al
f0105684:	75 ef                	jne    f0105675 <strcmp+0x10>
	return (int) ((unsigned char) *p - (unsigned char) *q);
f0105686:	0f b6 c0             	movzbl %al,%eax
f0105689:	0f b6 12             	movzbl (%edx),%edx
f010568c:	29 d0                	sub    %edx,%eax
}
f010568e:	5d                   	pop    %ebp
f010568f:	c3                   	ret

f0105690 <strncmp>:

int
strncmp(const char *p, const char *q, size_t n)
{
f0105690:	55                   	push   %ebp
f0105691:	89 e5                	mov    %esp,%ebp
f0105693:	53                   	push   %ebx
f0105694:	8b 4d 08             	mov    0x8(%ebp),%ecx
f0105697:	8b 5d 0c             	mov    0xc(%ebp),%ebx
f010569a:	8b 55 10             	mov    0x10(%ebp),%edx
	while (n > 0 && *p && *p == *q)
		n--, p++, q++;
	if (n == 0)
		return 0;
f010569d:	b8 00 00 00 00       	mov    $0x0,%eax
	while (n > 0 && *p && *p == *q)
f01056a2:	85 d2                	test   %edx,%edx
f01056a4:	74 2e                	je     f01056d4 <strncmp+0x44>
f01056a6:	0f b6 01             	movzbl (%ecx),%eax
f01056a9:	84 c0                	test   %al,%al
f01056ab:	74 16                	je     f01056c3 <strncmp+0x33>
f01056ad:	3a 03                	cmp    (%ebx),%al
f01056af:	75 12                	jne    f01056c3 <strncmp+0x33>
		n--, p++, q++;
f01056b1:	83 c1 01             	add    $0x1,%ecx
f01056b4:	83 c3 01             	add    $0x1,%ebx
	while (n > 0 && *p && *p == *q)
f01056b7:	83 ea 01             	sub    $0x1,%edx
f01056ba:	75 ea                	jne    f01056a6 <strncmp+0x16>
		return 0;
f01056bc:	b8 00 00 00 00       	mov    $0x0,%eax
f01056c1:	eb 11                	jmp    f01056d4 <strncmp+0x44>
f01056c3:	b8 00 00 00 00       	mov    $0x0,%eax
	if (n == 0)
f01056c8:	85 d2                	test   %edx,%edx
f01056ca:	74 08                	je     f01056d4 <strncmp+0x44>
	else
		return (int) ((unsigned char) *p - (unsigned char) *q);
f01056cc:	0f b6 01             	movzbl (%ecx),%eax
f01056cf:	0f b6 13             	movzbl (%ebx),%edx
f01056d2:	29 d0                	sub    %edx,%eax
}
f01056d4:	8b 5d fc             	mov    -0x4(%ebp),%ebx
f01056d7:	c9                   	leave
f01056d8:	c3                   	ret

f01056d9 <strchr>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a null pointer if the string has no 'c'.
char *
strchr(const char *s, char c)
{
f01056d9:	55                   	push   %ebp
f01056da:	89 e5                	mov    %esp,%ebp
f01056dc:	8b 45 08             	mov    0x8(%ebp),%eax
f01056df:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
	for (; *s; s++)
f01056e3:	0f b6 10             	movzbl (%eax),%edx
f01056e6:	84 d2                	test   %dl,%dl
f01056e8:	74 15                	je     f01056ff <strchr+0x26>
		if (*s == c)
f01056ea:	38 d1                	cmp    %dl,%cl
f01056ec:	74 0f                	je     f01056fd <strchr+0x24>
	for (; *s; s++)
f01056ee:	83 c0 01             	add    $0x1,%eax
f01056f1:	0f b6 10             	movzbl (%eax),%edx
f01056f4:	84 d2                	test   %dl,%dl
f01056f6:	75 f2                	jne    f01056ea <strchr+0x11>
			return (char *) s;
	return 0;
f01056f8:	b8 00 00 00 00       	mov    $0x0,%eax
}
f01056fd:	5d                   	pop    %ebp
f01056fe:	c3                   	ret
	return 0;
f01056ff:	b8 00 00 00 00       	mov    $0x0,%eax
f0105704:	eb f7                	jmp    f01056fd <strchr+0x24>

f0105706 <strfind>:

// Return a pointer to the first occurrence of 'c' in 's',
// or a pointer to the string-ending null character if the string has no 'c'.
char *
strfind(const char *s, char c)
{
f0105706:	55                   	push   %ebp
f0105707:	89 e5                	mov    %esp,%ebp
f0105709:	53                   	push   %ebx
f010570a:	8b 45 08             	mov    0x8(%ebp),%eax
f010570d:	8b 55 0c             	mov    0xc(%ebp),%edx
	for (; *s; s++)
f0105710:	0f b6 18             	movzbl (%eax),%ebx
		if (*s == c)
f0105713:	38 d3                	cmp    %dl,%bl
f0105715:	74 14                	je     f010572b <strfind+0x25>
f0105717:	89 d1                	mov    %edx,%ecx
f0105719:	84 db                	test   %bl,%bl
f010571b:	74 0e                	je     f010572b <strfind+0x25>
	for (; *s; s++)
f010571d:	83 c0 01             	add    $0x1,%eax
f0105720:	0f b6 10             	movzbl (%eax),%edx
		if (*s == c)
f0105723:	38 ca                	cmp    %cl,%dl
f0105725:	74 04                	je     f010572b <strfind+0x25>
f0105727:	84 d2                	test   %dl,%dl
f0105729:	75 f2                	jne    f010571d <strfind+0x17>
			break;
	return (char *) s;
}
f010572b:	8b 5d fc             	mov    -0x4(%ebp),%ebx
f010572e:	c9                   	leave
f010572f:	c3                   	ret

f0105730 <memset>:

// Byte loops keep these simple; the compiler flags prevent gcc from
// turning them back into calls to themselves.
void *
memset(void *v, int c, size_t n)
{
f0105730:	55                   	push   %ebp
f0105731:	89 e5                	mov    %esp,%ebp
f0105733:	53                   	push   %ebx
f0105734:	8b 5d 08             	mov    0x8(%ebp),%ebx
f0105737:	8b 4d 0c             	mov    0xc(%ebp),%ecx
f010573a:	8b 55 10             	mov    0x10(%ebp),%edx
	char *p = v;

	while (n-- > 0)
f010573d:	85 d2                	test   %edx,%edx
f010573f:	74 0e                	je     f010574f <memset+0x1f>
f0105741:	01 da                	add    %ebx,%edx
	char *p = v;
f0105743:	89 d8                	mov    %ebx,%eax
		*p++ = c;
f0105745:	83 c0 01             	add    $0x1,%eax
f0105748:	88 48 ff             	mov    %cl,-0x1(%eax)
	while (n-- > 0)
f010574b:	39 c2                	cmp    %eax,%edx
f010574d:	75 f6                	jne    f0105745 <memset+0x15>
	return v;
}
f010574f:	89 d8                	mov    %ebx,%eax
f0105751:	8b 5d fc             	mov    -0x4(%ebp),%ebx
f0105754:	c9                   	leave
f0105755:	c3                   	ret

f0105756 <memmove>:

void *
memmove(void *dst, const void *src, size_t n)
{
f0105756:	55                   	push   %ebp
f0105757:	89 e5                	mov    %esp,%ebp
f0105759:	56                   	push   %esi
f010575a:	53                   	push   %ebx
f010575b:	8b 75 08             	mov    0x8(%ebp),%esi
f010575e:	8b 45 0c             	mov    0xc(%ebp),%eax
f0105761:	8b 4d 10             	mov    0x10(%ebp),%ecx
	const char *s = src;
	char *d = dst;

	if (s < d && s + n > d) {
f0105764:	39 f0                	cmp    %esi,%eax
f0105766:	72 20                	jb     f0105788 <memmove+0x32>
		s += n;
		d += n;
		while (n-- > 0)
			*--d = *--s;
	} else
		while (n-- > 0)
f0105768:	8d 1c 08             	lea    (%eax,%ecx,1),%ebx
f010576b:	89 f2                	mov    %esi,%edx
f010576d:	85 c9                	test   %ecx,%ecx
f010576f:	74 11                	je     f0105782 <memmove+0x2c>
			*d++ = *s++;
f0105771:	83 c0 01             	add    $0x1,%eax
f0105774:	83 c2 01             	add    $0x1,%edx
f0105777:	0f b6 48 ff          	movzbl -0x1(%eax),%ecx
f010577b:	88 4a ff             	mov    %cl,-0x1(%edx)
		while (n-- > 0)
f010577e:	39 d8                	cmp    %ebx,%eax
f0105780:	75 ef                	jne    f0105771 <memmove+0x1b>
	return dst;
}
f0105782:	89 f0                	mov    %esi,%eax
f0105784:	5b                   	pop    %ebx
f0105785:	5e                   	pop    %esi
f0105786:	5d                   	pop    %ebp
f0105787:	c3                   	ret
	if (s < d && s + n > d) {
f0105788:	8d 14 08             	lea    (%eax,%ecx,1),%edx
f010578b:	39 d6                	cmp    %edx,%esi
f010578d:	73 d9                	jae    f0105768 <memmove+0x12>
		while (n-- > 0)
f010578f:	8d 51 ff             	lea    -0x1(%ecx),%edx
f0105792:	85 c9                	test   %ecx,%ecx
f0105794:	74 ec                	je     f0105782 <memmove+0x2c>
			*--d = *--s;
f0105796:	0f b6 0c 10          	movzbl (%eax,%edx,1),%ecx
f010579a:	88 0c 16             	mov    %cl,(%esi,%edx,1)
		while (n-- > 0)
f010579d:	83 ea 01             	sub    $0x1,%edx
f01057a0:	83 fa ff             	cmp    $0xffffffff,%edx
f01057a3:	75 f1                	jne    f0105796 <memmove+0x40>
f01057a5:	eb db                	jmp    f0105782 <memmove+0x2c>

f01057a7 <memcpy>:

// gcc may emit calls to memcpy for structure copies even with
// -fno-builtin, so it must exist.
void *
memcpy(void *dst, const void *src, size_t n)
{
f01057a7:	55                   	push   %ebp
f01057a8:	89 e5                	mov    %esp,%ebp
f01057aa:	83 ec 0c             	sub    $0xc,%esp
	return memmove(dst, src, n);
f01057ad:	ff 75 10             	push   0x10(%ebp)
f01057b0:	ff 75 0c             	push   0xc(%ebp)
f01057b3:	ff 75 08             	push   0x8(%ebp)
f01057b6:	e8 9b ff ff ff       	call   f0105756 <memmove>
}
f01057bb:	c9                   	leave
f01057bc:	c3                   	ret

f01057bd <memcmp>:

int
memcmp(const void *v1, const void *v2, size_t n)
{
f01057bd:	55                   	push   %ebp
f01057be:	89 e5                	mov    %esp,%ebp
f01057c0:	56                   	push   %esi
f01057c1:	53                   	push   %ebx
f01057c2:	8b 45 08             	mov    0x8(%ebp),%eax
f01057c5:	8b 55 0c             	mov    0xc(%ebp),%edx
f01057c8:	8b 75 10             	mov    0x10(%ebp),%esi
	const uint8_t *s1 = (const uint8_t *) v1;
	const uint8_t *s2 = (const uint8_t *) v2;

	while (n-- > 0) {
f01057cb:	85 f6                	test   %esi,%esi
f01057cd:	74 29                	je     f01057f8 <memcmp+0x3b>
f01057cf:	01 c6                	add    %eax,%esi
		if (*s1 != *s2)
f01057d1:	0f b6 08             	movzbl (%eax),%ecx
f01057d4:	0f b6 1a             	movzbl (%edx),%ebx
f01057d7:	38 d9                	cmp    %bl,%cl
f01057d9:	75 11                	jne    f01057ec <memcmp+0x2f>
			return (int) *s1 - (int) *s2;
		s1++, s2++;
f01057db:	83 c0 01             	add    $0x1,%eax
f01057de:	83 c2 01             	add    $0x1,%edx
	while (n-- > 0) {
f01057e1:	39 c6                	cmp    %eax,%esi
f01057e3:	75 ec                	jne    f01057d1 <memcmp+0x14>
	}
	return 0;
f01057e5:	b8 00 00 00 00       	mov    $0x0,%eax
f01057ea:	eb 08                	jmp    f01057f4 <memcmp+0x37>
			return (int) *s1 - (int) *s2;
f01057ec:	0f b6 c1             	movzbl %cl,%eax
f01057ef:	0f b6 db             	movzbl %bl,%ebx
f01057f2:	29 d8                	sub    %ebx,%eax
}
f01057f4:	5b                   	pop    %ebx
f01057f5:	5e                   	pop    %esi
f01057f6:	5d                   	pop    %ebp
f01057f7:	c3                   	ret
	return 0;
f01057f8:	b8 00 00 00 00       	mov    $0x0,%eax
f01057fd:	eb f5                	jmp    f01057f4 <memcmp+0x37>

f01057ff <memfind>:

void *
memfind(const void *s, int c, size_t n)
{
f01057ff:	55                   	push   %ebp
f0105800:	89 e5                	mov    %esp,%ebp
f0105802:	8b 45 08             	mov    0x8(%ebp),%eax
f0105805:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const void *ends = (const char *) s + n;
f0105808:	89 c2                	mov    %eax,%edx
f010580a:	03 55 10             	add    0x10(%ebp),%edx

	for (; s < ends; s++)
f010580d:	39 d0                	cmp    %edx,%eax
f010580f:	73 0d                	jae    f010581e <memfind+0x1f>
		if (*(const unsigned char *) s == (unsigned char) c)
f0105811:	38 08                	cmp    %cl,(%eax)
f0105813:	74 0d                	je     f0105822 <memfind+0x23>
	for (; s < ends; s++)
f0105815:	83 c0 01             	add    $0x1,%eax
f0105818:	39 c2                	cmp    %eax,%edx
f010581a:	75 f5                	jne    f0105811 <memfind+0x12>
f010581c:	eb 06                	jmp    f0105824 <memfind+0x25>
f010581e:	89 c2                	mov    %eax,%edx
f0105820:	eb 02                	jmp    f0105824 <memfind+0x25>
f0105822:	89 c2                	mov    %eax,%edx
			break;
	return (void *) s;
}
f0105824:	89 d0                	mov    %edx,%eax
f0105826:	5d                   	pop    %ebp
f0105827:	c3                   	ret

f0105828 <strtol>:

long
strtol(const char *s, char **endptr, int base)
{
f0105828:	55                   	push   %ebp
f0105829:	89 e5                	mov    %esp,%ebp
f010582b:	57                   	push   %edi
f010582c:	56                   	push   %esi
f010582d:	53                   	push   %ebx
f010582e:	8b 55 08             	mov    0x8(%ebp),%edx
f0105831:	8b 5d 10             	mov    0x10(%ebp),%ebx
	int neg = 0;
	long val = 0;

	// gobble initial whitespace
	while (*s == ' ' || *s == '\t')
f0105834:	0f b6 02             	movzbl (%edx),%eax
f0105837:	3c 20                	cmp    $0x20,%al
f0105839:	74 04                	je     f010583f <strtol+0x17>
f010583b:	3c 09                	cmp    $0x9,%al
f010583d:	75 0e                	jne    f010584d <strtol+0x25>
		s++;
f010583f:	83 c2 01             	add    $0x1,%edx
	while (*s == ' ' || *s == '\t')
f0105842:	0f b6 02             	movzbl (%edx),%eax
f0105845:	3c 20                	cmp    $0x20,%al
f0105847:	74 f6                	je     f010583f <strtol+0x17>
f0105849:	3c 09                	cmp    $0x9,%al
f010584b:	74 f2                	je     f010583f <strtol+0x17>

	// plus/minus sign
	if (*s == '+')
f010584d:	3c 2b                	cmp    $0x2b,%al
f010584f:	74 2a                	je     f010587b <strtol+0x53>
	int neg = 0;
f0105851:	bf 00 00 00 00       	mov    $0x0,%edi
		s++;
	else if (*s == '-')
f0105856:	3c 2d                	cmp    $0x2d,%al
f0105858:	74 2b                	je     f0105885 <strtol+0x5d>
		s++, neg = 1;

	// hex or octal base prefix
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
f010585a:	f7 c3 ef ff ff ff    	test   $0xffffffef,%ebx
f0105860:	75 0f                	jne    f0105871 <strtol+0x49>
f0105862:	80 3a 30             	cmpb   $0x30,(%edx)
f0105865:	74 28                	je     f010588f <strtol+0x67>
		s += 2, base = 16;
	else if (base == 0 && s[0] == '0')
		s++, base = 8;
	else if (base == 0)
		base = 10;
f0105867:	85 db                	test   %ebx,%ebx
f0105869:	b8 0a 00 00 00       	mov    $0xa,%eax
f010586e:	0f 44 d8             	cmove  %eax,%ebx
f0105871:	b9 00 00 00 00       	mov    $0x0,%ecx
f0105876:	89 5d 10             	mov    %ebx,0x10(%ebp)
f0105879:	eb 46                	jmp    f01058c1 <strtol+0x99>
		s++;
f010587b:	83 c2 01             	add    $0x1,%edx
	int neg = 0;
f010587e:	bf 00 00 00 00       	mov    $0x0,%edi
f0105883:	eb d5                	jmp    f010585a <strtol+0x32>
		s++, neg = 1;
f0105885:	83 c2 01             	add    $0x1,%edx
f0105888:	bf 01 00 00 00       	mov    $0x1,%edi
f010588d:	eb cb                	jmp    f010585a <strtol+0x32>
	if ((base == 0 || base == 16) && (s[0] == '0' && s[1] == 'x'))
f010588f:	80 7a 01 78          	cmpb   $0x78,0x1(%edx)
f0105893:	74 0e                	je     f01058a3 <strtol+0x7b>
	else if (base == 0 && s[0] == '0')
f0105895:	85 db                	test   %ebx,%ebx
f0105897:	75 d8                	jne    f0105871 <strtol+0x49>
		s++, base = 8;
f0105899:	83 c2 01             	add    $0x1,%edx
f010589c:	bb 08 00 00 00       	mov    $0x8,%ebx
f01058a1:	eb ce                	jmp    f0105871 <strtol+0x49>
		s += 2, base = 16;
f01058a3:	83 c2 02             	add    $0x2,%edx
f01058a6:	bb 10 00 00 00       	mov    $0x10,%ebx
f01058ab:	eb c4                	jmp    f0105871 <strtol+0x49>
	// digits
	while (1) {
		int dig;

		if (*s >= '0' && *s <= '9')
			dig = *s - '0';
f01058ad:	0f be c0             	movsbl %al,%eax
f01058b0:	83 e8 30             	sub    $0x30,%eax
			dig = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'Z')
			dig = *s - 'A' + 10;
		else
			break;
		if (dig >= base)
f01058b3:	3b 45 10             	cmp    0x10(%ebp),%eax
f01058b6:	7d 3a                	jge    f01058f2 <strtol+0xca>
			break;
		s++, val = (val * base) + dig;
f01058b8:	83 c2 01             	add    $0x1,%edx
f01058bb:	0f af 4d 10          	imul   0x10(%ebp),%ecx
f01058bf:	01 c1                	add    %eax,%ecx
		if (*s >= '0' && *s <= '9')
f01058c1:	0f b6 02             	movzbl (%edx),%eax
f01058c4:	8d 70 d0             	lea    -0x30(%eax),%esi
f01058c7:	89 f3                	mov    %esi,%ebx
f01058c9:	80 fb 09             	cmp    $0x9,%bl
f01058cc:	76 df                	jbe    f01058ad <strtol+0x85>
		else if (*s >= 'a' && *s <= 'z')
f01058ce:	8d 70 9f             	lea    -0x61(%eax),%esi
f01058d1:	89 f3                	mov    %esi,%ebx
f01058d3:	80 fb 19             	cmp    $0x19,%bl
f01058d6:	77 08                	ja     f01058e0 <strtol+0xb8>
			dig = *s - 'a' + 10;
f01058d8:	0f be c0             	movsbl %al,%eax
f01058db:	83 e8 57             	sub    $0x57,%eax
f01058de:	eb d3                	jmp    f01058b3 <strtol+0x8b>
		else if (*s >= 'A' && *s <= 'Z')
f01058e0:	8d 70 bf             	lea    -0x41(%eax),%esi
f01058e3:	89 f3                	mov    %esi,%ebx
f01058e5:	80 fb 19             	cmp    $0x19,%bl
f01058e8:	77 08                	ja     f01058f2 <strtol+0xca>
			dig = *s - 'A' + 10;
f01058ea:	0f be c0             	movsbl %al,%eax
f01058ed:	83 e8 37             	sub    $0x37,%eax
f01058f0:	eb c1                	jmp    f01058b3 <strtol+0x8b>
		// we don't properly detect overflow!
	}

	if (endptr)
f01058f2:	83 7d 0c 00          	cmpl   $0x0,0xc(%ebp)
f01058f6:	74 05                	je     f01058fd <strtol+0xd5>
		*endptr = (char *) s;
f01058f8:	8b 45 0c             	mov    0xc(%ebp),%eax
f01058fb:	89 10                	mov    %edx,(%eax)
	return (neg ? -val : val);
f01058fd:	89 c8                	mov    %ecx,%eax
f01058ff:	f7 d8                	neg    %eax
f0105901:	85 ff                	test   %edi,%edi
f0105903:	0f 45 c8             	cmovne %eax,%ecx
}
f0105906:	89 c8                	mov    %ecx,%eax
f0105908:	5b                   	pop    %ebx
f0105909:	5e                   	pop    %esi
f010590a:	5f                   	pop    %edi
f010590b:	5d                   	pop    %ebp
f010590c:	c3                   	ret

f010590d <udivmod64>:

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
f010590d:	55                   	push   %ebp
f010590e:	89 e5                	mov    %esp,%ebp
f0105910:	57                   	push   %edi
f0105911:	56                   	push   %esi
f0105912:	53                   	push   %ebx
f0105913:	83 ec 24             	sub    $0x24,%esp
f0105916:	89 45 e0             	mov    %eax,-0x20(%ebp)
f0105919:	89 55 e4             	mov    %edx,-0x1c(%ebp)
f010591c:	8b 45 08             	mov    0x8(%ebp),%eax
f010591f:	8b 55 0c             	mov    0xc(%ebp),%edx
f0105922:	89 45 d8             	mov    %eax,-0x28(%ebp)
f0105925:	89 55 dc             	mov    %edx,-0x24(%ebp)
f0105928:	8b 5d 10             	mov    0x10(%ebp),%ebx
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
f010592b:	89 d1                	mov    %edx,%ecx
f010592d:	09 c1                	or     %eax,%ecx
f010592f:	74 2f                	je     f0105960 <udivmod64+0x53>
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
f0105931:	8b 55 dc             	mov    -0x24(%ebp),%edx
f0105934:	0b 55 e4             	or     -0x1c(%ebp),%edx
f0105937:	89 d0                	mov    %edx,%eax
f0105939:	83 c8 00             	or     $0x0,%eax
f010593c:	74 48                	je     f0105986 <udivmod64+0x79>
f010593e:	b9 3f 00 00 00       	mov    $0x3f,%ecx
f0105943:	be 00 00 00 00       	mov    $0x0,%esi
f0105948:	bf 00 00 00 00       	mov    $0x0,%edi
f010594d:	c7 45 d0 00 00 00 00 	movl   $0x0,-0x30(%ebp)
f0105954:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
f010595b:	89 5d 10             	mov    %ebx,0x10(%ebp)
f010595e:	eb 5f                	jmp    f01059bf <udivmod64+0xb2>
		return ~0ULL;
f0105960:	c7 45 d0 ff ff ff ff 	movl   $0xffffffff,-0x30(%ebp)
f0105967:	c7 45 d4 ff ff ff ff 	movl   $0xffffffff,-0x2c(%ebp)
		if (rem)
f010596e:	85 db                	test   %ebx,%ebx
f0105970:	0f 84 b7 00 00 00    	je     f0105a2d <udivmod64+0x120>
			*rem = n;
f0105976:	8b 45 e0             	mov    -0x20(%ebp),%eax
f0105979:	8b 55 e4             	mov    -0x1c(%ebp),%edx
f010597c:	89 03                	mov    %eax,(%ebx)
f010597e:	89 53 04             	mov    %edx,0x4(%ebx)
f0105981:	e9 a7 00 00 00       	jmp    f0105a2d <udivmod64+0x120>
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
f0105986:	8b 4d e0             	mov    -0x20(%ebp),%ecx
f0105989:	8b 75 d8             	mov    -0x28(%ebp),%esi
		if (rem)
f010598c:	85 db                	test   %ebx,%ebx
f010598e:	74 12                	je     f01059a2 <udivmod64+0x95>
			*rem = n32 % d32;
f0105990:	89 c8                	mov    %ecx,%eax
f0105992:	ba 00 00 00 00       	mov    $0x0,%edx
f0105997:	f7 f6                	div    %esi
f0105999:	89 13                	mov    %edx,(%ebx)
f010599b:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
		return n32 / d32;
f01059a2:	89 c8                	mov    %ecx,%eax
f01059a4:	ba 00 00 00 00       	mov    $0x0,%edx
f01059a9:	f7 f6                	div    %esi
f01059ab:	89 45 d0             	mov    %eax,-0x30(%ebp)
f01059ae:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
f01059b5:	eb 76                	jmp    f0105a2d <udivmod64+0x120>
	}

	for (i = 63; i >= 0; i--) {
f01059b7:	83 e9 01             	sub    $0x1,%ecx
f01059ba:	83 f9 ff             	cmp    $0xffffffff,%ecx
f01059bd:	74 62                	je     f0105a21 <udivmod64+0x114>
		r = (r << 1) | ((n >> i) & 1);
f01059bf:	89 f0                	mov    %esi,%eax
f01059c1:	89 fa                	mov    %edi,%edx
f01059c3:	0f a4 c2 01          	shld   $0x1,%eax,%edx
f01059c7:	01 c0                	add    %eax,%eax
f01059c9:	8b 75 e0             	mov    -0x20(%ebp),%esi
f01059cc:	8b 7d e4             	mov    -0x1c(%ebp),%edi
f01059cf:	0f ad fe             	shrd   %cl,%edi,%esi
f01059d2:	d3 ef                	shr    %cl,%edi
f01059d4:	f6 c1 20             	test   $0x20,%cl
f01059d7:	74 04                	je     f01059dd <udivmod64+0xd0>
f01059d9:	89 fe                	mov    %edi,%esi
f01059db:	31 ff                	xor    %edi,%edi
f01059dd:	89 f7                	mov    %esi,%edi
f01059df:	83 e7 01             	and    $0x1,%edi
f01059e2:	89 7d e8             	mov    %edi,-0x18(%ebp)
f01059e5:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
f01059ec:	8b 75 e8             	mov    -0x18(%ebp),%esi
f01059ef:	8b 7d ec             	mov    -0x14(%ebp),%edi
f01059f2:	09 c6                	or     %eax,%esi
f01059f4:	09 d7                	or     %edx,%edi
		if (r >= d) {
f01059f6:	8b 45 d8             	mov    -0x28(%ebp),%eax
f01059f9:	8b 55 dc             	mov    -0x24(%ebp),%edx
f01059fc:	39 c6                	cmp    %eax,%esi
f01059fe:	89 fb                	mov    %edi,%ebx
f0105a00:	19 d3                	sbb    %edx,%ebx
f0105a02:	72 b3                	jb     f01059b7 <udivmod64+0xaa>
			r -= d;
f0105a04:	29 c6                	sub    %eax,%esi
f0105a06:	19 d7                	sbb    %edx,%edi
			q |= 1ULL << i;
f0105a08:	31 c0                	xor    %eax,%eax
f0105a0a:	31 d2                	xor    %edx,%edx
f0105a0c:	f6 c1 20             	test   $0x20,%cl
f0105a0f:	0f 94 c0             	sete   %al
f0105a12:	0f 95 c2             	setne  %dl
f0105a15:	d3 e0                	shl    %cl,%eax
f0105a17:	d3 e2                	shl    %cl,%edx
f0105a19:	09 45 d0             	or     %eax,-0x30(%ebp)
f0105a1c:	09 55 d4             	or     %edx,-0x2c(%ebp)
f0105a1f:	eb 96                	jmp    f01059b7 <udivmod64+0xaa>
		}
	}
	if (rem)
f0105a21:	8b 5d 10             	mov    0x10(%ebp),%ebx
f0105a24:	85 db                	test   %ebx,%ebx
f0105a26:	74 05                	je     f0105a2d <udivmod64+0x120>
		*rem = r;
f0105a28:	89 33                	mov    %esi,(%ebx)
f0105a2a:	89 7b 04             	mov    %edi,0x4(%ebx)
	return q;
}
f0105a2d:	8b 45 d0             	mov    -0x30(%ebp),%eax
f0105a30:	8b 55 d4             	mov    -0x2c(%ebp),%edx
f0105a33:	83 c4 24             	add    $0x24,%esp
f0105a36:	5b                   	pop    %ebx
f0105a37:	5e                   	pop    %esi
f0105a38:	5f                   	pop    %edi
f0105a39:	5d                   	pop    %ebp
f0105a3a:	c3                   	ret

f0105a3b <__udivdi3>:
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
f0105a3b:	55                   	push   %ebp
f0105a3c:	89 e5                	mov    %esp,%ebp
	return udivmod64(n, d, NULL);
f0105a3e:	83 ec 04             	sub    $0x4,%esp
f0105a41:	6a 00                	push   $0x0
f0105a43:	ff 75 14             	push   0x14(%ebp)
f0105a46:	ff 75 10             	push   0x10(%ebp)
f0105a49:	8b 45 08             	mov    0x8(%ebp),%eax
f0105a4c:	8b 55 0c             	mov    0xc(%ebp),%edx
f0105a4f:	e8 b9 fe ff ff       	call   f010590d <udivmod64>
}
f0105a54:	c9                   	leave
f0105a55:	c3                   	ret

f0105a56 <__umoddi3>:

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
f0105a56:	55                   	push   %ebp
f0105a57:	89 e5                	mov    %esp,%ebp
f0105a59:	83 ec 14             	sub    $0x14,%esp
	uint64_t r;

	udivmod64(n, d, &r);
f0105a5c:	8d 45 f8             	lea    -0x8(%ebp),%eax
f0105a5f:	50                   	push   %eax
f0105a60:	ff 75 14             	push   0x14(%ebp)
f0105a63:	ff 75 10             	push   0x10(%ebp)
f0105a66:	8b 45 08             	mov    0x8(%ebp),%eax
f0105a69:	8b 55 0c             	mov    0xc(%ebp),%edx
f0105a6c:	e8 9c fe ff ff       	call   f010590d <udivmod64>
	return r;
}
f0105a71:	8b 45 f8             	mov    -0x8(%ebp),%eax
f0105a74:	8b 55 fc             	mov    -0x4(%ebp),%edx
f0105a77:	c9                   	leave
f0105a78:	c3                   	ret

f0105a79 <__divdi3>:

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
f0105a79:	55                   	push   %ebp
f0105a7a:	89 e5                	mov    %esp,%ebp
f0105a7c:	57                   	push   %edi
f0105a7d:	56                   	push   %esi
f0105a7e:	53                   	push   %ebx
f0105a7f:	83 ec 0c             	sub    $0xc,%esp
f0105a82:	8b 4d 08             	mov    0x8(%ebp),%ecx
f0105a85:	8b 5d 0c             	mov    0xc(%ebp),%ebx
f0105a88:	8b 45 10             	mov    0x10(%ebp),%eax
f0105a8b:	8b 55 14             	mov    0x14(%ebp),%edx
	int neg = (n < 0) != (d < 0);
f0105a8e:	89 ce                	mov    %ecx,%esi
f0105a90:	89 df                	mov    %ebx,%edi
f0105a92:	31 c6                	xor    %eax,%esi
f0105a94:	31 d7                	xor    %edx,%edi
f0105a96:	89 75 e8             	mov    %esi,-0x18(%ebp)
f0105a99:	89 7d ec             	mov    %edi,-0x14(%ebp)
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
f0105a9c:	89 c6                	mov    %eax,%esi
f0105a9e:	89 d7                	mov    %edx,%edi
f0105aa0:	85 d2                	test   %edx,%edx
f0105aa2:	78 25                	js     f0105ac9 <__divdi3+0x50>
f0105aa4:	89 c8                	mov    %ecx,%eax
f0105aa6:	89 da                	mov    %ebx,%edx
f0105aa8:	85 db                	test   %ebx,%ebx
f0105aaa:	78 2a                	js     f0105ad6 <__divdi3+0x5d>
f0105aac:	83 ec 04             	sub    $0x4,%esp
f0105aaf:	6a 00                	push   $0x0
f0105ab1:	57                   	push   %edi
f0105ab2:	56                   	push   %esi
f0105ab3:	e8 55 fe ff ff       	call   f010590d <udivmod64>
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
f0105ab8:	83 c4 10             	add    $0x10,%esp
f0105abb:	83 7d ec 00          	cmpl   $0x0,-0x14(%ebp)
f0105abf:	78 1e                	js     f0105adf <__divdi3+0x66>
}
f0105ac1:	8d 65 f4             	lea    -0xc(%ebp),%esp
f0105ac4:	5b                   	pop    %ebx
f0105ac5:	5e                   	pop    %esi
f0105ac6:	5f                   	pop    %edi
f0105ac7:	5d                   	pop    %ebp
f0105ac8:	c3                   	ret
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
f0105ac9:	f7 d8                	neg    %eax
f0105acb:	83 d2 00             	adc    $0x0,%edx
f0105ace:	f7 da                	neg    %edx
f0105ad0:	89 c6                	mov    %eax,%esi
f0105ad2:	89 d7                	mov    %edx,%edi
f0105ad4:	eb ce                	jmp    f0105aa4 <__divdi3+0x2b>
f0105ad6:	f7 d8                	neg    %eax
f0105ad8:	83 d2 00             	adc    $0x0,%edx
f0105adb:	f7 da                	neg    %edx
f0105add:	eb cd                	jmp    f0105aac <__divdi3+0x33>
	return neg ? -(int64_t) q : (int64_t) q;
f0105adf:	f7 d8                	neg    %eax
f0105ae1:	83 d2 00             	adc    $0x0,%edx
f0105ae4:	f7 da                	neg    %edx
f0105ae6:	eb d9                	jmp    f0105ac1 <__divdi3+0x48>

f0105ae8 <__moddi3>:

int64_t
__moddi3(int64_t n, int64_t d)
{
f0105ae8:	55                   	push   %ebp
f0105ae9:	89 e5                	mov    %esp,%ebp
f0105aeb:	57                   	push   %edi
f0105aec:	56                   	push   %esi
f0105aed:	53                   	push   %ebx
f0105aee:	83 ec 14             	sub    $0x14,%esp
f0105af1:	8b 45 08             	mov    0x8(%ebp),%eax
f0105af4:	8b 55 0c             	mov    0xc(%ebp),%edx
f0105af7:	8b 4d 10             	mov    0x10(%ebp),%ecx
f0105afa:	8b 5d 14             	mov    0x14(%ebp),%ebx
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
f0105afd:	89 ce                	mov    %ecx,%esi
f0105aff:	89 df                	mov    %ebx,%edi
f0105b01:	85 db                	test   %ebx,%ebx
f0105b03:	78 23                	js     f0105b28 <__moddi3+0x40>
f0105b05:	85 d2                	test   %edx,%edx
f0105b07:	78 28                	js     f0105b31 <__moddi3+0x49>
f0105b09:	83 ec 04             	sub    $0x4,%esp
f0105b0c:	8d 4d e8             	lea    -0x18(%ebp),%ecx
f0105b0f:	51                   	push   %ecx
f0105b10:	57                   	push   %edi
f0105b11:	56                   	push   %esi
f0105b12:	e8 f6 fd ff ff       	call   f010590d <udivmod64>
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
f0105b17:	8b 45 e8             	mov    -0x18(%ebp),%eax
f0105b1a:	8b 55 ec             	mov    -0x14(%ebp),%edx
f0105b1d:	83 c4 10             	add    $0x10,%esp
}
f0105b20:	8d 65 f4             	lea    -0xc(%ebp),%esp
f0105b23:	5b                   	pop    %ebx
f0105b24:	5e                   	pop    %esi
f0105b25:	5f                   	pop    %edi
f0105b26:	5d                   	pop    %ebp
f0105b27:	c3                   	ret
	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
f0105b28:	f7 de                	neg    %esi
f0105b2a:	83 d7 00             	adc    $0x0,%edi
f0105b2d:	f7 df                	neg    %edi
f0105b2f:	eb d4                	jmp    f0105b05 <__moddi3+0x1d>
f0105b31:	f7 d8                	neg    %eax
f0105b33:	83 d2 00             	adc    $0x0,%edx
f0105b36:	f7 da                	neg    %edx
f0105b38:	83 ec 04             	sub    $0x4,%esp
f0105b3b:	8d 4d e8             	lea    -0x18(%ebp),%ecx
f0105b3e:	51                   	push   %ecx
f0105b3f:	57                   	push   %edi
f0105b40:	56                   	push   %esi
f0105b41:	e8 c7 fd ff ff       	call   f010590d <udivmod64>
	return n < 0 ? -(int64_t) r : (int64_t) r;
f0105b46:	8b 45 e8             	mov    -0x18(%ebp),%eax
f0105b49:	8b 55 ec             	mov    -0x14(%ebp),%edx
f0105b4c:	f7 d8                	neg    %eax
f0105b4e:	83 d2 00             	adc    $0x0,%edx
f0105b51:	f7 da                	neg    %edx
f0105b53:	83 c4 10             	add    $0x10,%esp
f0105b56:	eb c8                	jmp    f0105b20 <__moddi3+0x38>

f0105b58 <_panic>:

// Report a fatal error with the CPU, file and line, then stay in the
// monitor.  A nested panic goes straight to the monitor.
void
_panic(const char *file, int line, const char *fmt,...)
{
f0105b58:	55                   	push   %ebp
f0105b59:	89 e5                	mov    %esp,%ebp
f0105b5b:	53                   	push   %ebx
f0105b5c:	83 ec 04             	sub    $0x4,%esp
	va_list ap;

	if (panicstr)
f0105b5f:	83 3d c0 c7 16 f0 00 	cmpl   $0x0,0xf016c7c0
f0105b66:	74 0f                	je     f0105b77 <_panic+0x1f>
	cprintf("\n");
	va_end(ap);

dead:
	while (1)
		monitor(NULL);
f0105b68:	83 ec 0c             	sub    $0xc,%esp
f0105b6b:	6a 00                	push   $0x0
f0105b6d:	e8 30 ac ff ff       	call   f01007a2 <monitor>
f0105b72:	83 c4 10             	add    $0x10,%esp
f0105b75:	eb f1                	jmp    f0105b68 <_panic+0x10>
	panicstr = fmt;
f0105b77:	8b 45 10             	mov    0x10(%ebp),%eax
f0105b7a:	a3 c0 c7 16 f0       	mov    %eax,0xf016c7c0
	asm volatile("cli; cld");
f0105b7f:	fa                   	cli
f0105b80:	fc                   	cld
	va_start(ap, fmt);
f0105b81:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("kernel panic on CPU %d at %s:%d: ", cpunum(), file, line);
f0105b84:	e8 21 ea ff ff       	call   f01045aa <cpunum>
f0105b89:	ff 75 0c             	push   0xc(%ebp)
f0105b8c:	ff 75 08             	push   0x8(%ebp)
f0105b8f:	50                   	push   %eax
f0105b90:	68 f4 7b 10 f0       	push   $0xf0107bf4
f0105b95:	e8 b3 f8 ff ff       	call   f010544d <cprintf>
	vcprintf(fmt, ap);
f0105b9a:	83 c4 08             	add    $0x8,%esp
f0105b9d:	53                   	push   %ebx
f0105b9e:	ff 75 10             	push   0x10(%ebp)
f0105ba1:	e8 30 aa ff ff       	call   f01005d6 <vcprintf>
	cprintf("\n");
f0105ba6:	c7 04 24 b9 66 10 f0 	movl   $0xf01066b9,(%esp)
f0105bad:	e8 9b f8 ff ff       	call   f010544d <cprintf>
f0105bb2:	83 c4 10             	add    $0x10,%esp
f0105bb5:	eb b1                	jmp    f0105b68 <_panic+0x10>

f0105bb7 <i386_init>:
{
f0105bb7:	55                   	push   %ebp
f0105bb8:	89 e5                	mov    %esp,%ebp
f0105bba:	53                   	push   %ebx
f0105bbb:	83 ec 08             	sub    $0x8,%esp
	memset(edata, 0, end - edata);
f0105bbe:	b8 c8 c7 16 f0       	mov    $0xf016c7c8,%eax
f0105bc3:	2d f8 a6 12 f0       	sub    $0xf012a6f8,%eax
f0105bc8:	50                   	push   %eax
f0105bc9:	6a 00                	push   $0x0
f0105bcb:	68 f8 a6 12 f0       	push   $0xf012a6f8
f0105bd0:	e8 5b fb ff ff       	call   f0105730 <memset>
	cons_init();
f0105bd5:	e8 19 a8 ff ff       	call   f01003f3 <cons_init>
	cprintf("6828 decimal is %o octal!\n", 6828);
f0105bda:	83 c4 08             	add    $0x8,%esp
f0105bdd:	68 ac 1a 00 00       	push   $0x1aac
f0105be2:	68 16 7c 10 f0       	push   $0xf0107c16
f0105be7:	e8 61 f8 ff ff       	call   f010544d <cprintf>
	mem_init();
f0105bec:	e8 d9 b1 ff ff       	call   f0100dca <mem_init>
	env_init();
f0105bf1:	e8 d8 d2 ff ff       	call   f0102ece <env_init>
	trap_init();
f0105bf6:	e8 db d9 ff ff       	call   f01035d6 <trap_init>
	mp_init();
f0105bfb:	e8 c9 ec ff ff       	call   f01048c9 <mp_init>
	lapic_init();
f0105c00:	e8 bb e9 ff ff       	call   f01045c0 <lapic_init>
	pic_init();
f0105c05:	e8 e6 e8 ff ff       	call   f01044f0 <pic_init>
	spin_lock(&kernel_lock);
f0105c0a:	c7 04 24 c0 c3 11 f0 	movl   $0xf011c3c0,(%esp)
f0105c11:	e8 eb ef ff ff       	call   f0104c01 <spin_lock>
	if (PGNUM(pa) >= npages)
f0105c16:	83 c4 10             	add    $0x10,%esp
f0105c19:	83 3d 44 b2 12 f0 07 	cmpl   $0x7,0xf012b244
f0105c20:	76 3a                	jbe    f0105c5c <i386_init+0xa5>
	memmove(code, mpentry_start, mpentry_end - mpentry_start);
f0105c22:	83 ec 04             	sub    $0x4,%esp
f0105c25:	b8 ae 00 10 f0       	mov    $0xf01000ae,%eax
f0105c2a:	2d 34 00 10 f0       	sub    $0xf0100034,%eax
f0105c2f:	50                   	push   %eax
f0105c30:	68 34 00 10 f0       	push   $0xf0100034
f0105c35:	68 00 70 00 f0       	push   $0xf0007000
f0105c3a:	e8 17 fb ff ff       	call   f0105756 <memmove>
	for (c = cpus; c < cpus + ncpu; c++) {
f0105c3f:	6b 05 00 c0 16 f0 74 	imul   $0x74,0xf016c000,%eax
f0105c46:	05 20 c0 16 f0       	add    $0xf016c020,%eax
f0105c4b:	83 c4 10             	add    $0x10,%esp
f0105c4e:	3d 20 c0 16 f0       	cmp    $0xf016c020,%eax
f0105c53:	76 7d                	jbe    f0105cd2 <i386_init+0x11b>
f0105c55:	bb 20 c0 16 f0       	mov    $0xf016c020,%ebx
f0105c5a:	eb 29                	jmp    f0105c85 <i386_init+0xce>
		_panic(file, line, "KADDR called with invalid pa %08lx", pa);
f0105c5c:	68 00 70 00 00       	push   $0x7000
f0105c61:	68 e4 62 10 f0       	push   $0xf01062e4
f0105c66:	6a 4a                	push   $0x4a
f0105c68:	68 31 7c 10 f0       	push   $0xf0107c31
f0105c6d:	e8 e6 fe ff ff       	call   f0105b58 <_panic>
f0105c72:	83 c3 74             	add    $0x74,%ebx
f0105c75:	6b 05 00 c0 16 f0 74 	imul   $0x74,0xf016c000,%eax
f0105c7c:	05 20 c0 16 f0       	add    $0xf016c020,%eax
f0105c81:	39 c3                	cmp    %eax,%ebx
f0105c83:	73 4d                	jae    f0105cd2 <i386_init+0x11b>
		if (c == cpus + cpunum())  // We've started already.
f0105c85:	e8 20 e9 ff ff       	call   f01045aa <cpunum>
f0105c8a:	6b c0 74             	imul   $0x74,%eax,%eax
f0105c8d:	05 20 c0 16 f0       	add    $0xf016c020,%eax
f0105c92:	39 c3                	cmp    %eax,%ebx
f0105c94:	74 dc                	je     f0105c72 <i386_init+0xbb>
		mpentry_kstack = percpu_kstacks[c - cpus] + KSTKSIZE;
f0105c96:	89 d8                	mov    %ebx,%eax
f0105c98:	2d 20 c0 16 f0       	sub    $0xf016c020,%eax
f0105c9d:	c1 f8 02             	sar    $0x2,%eax
f0105ca0:	69 c0 35 c2 72 4f    	imul   $0x4f72c235,%eax,%eax
f0105ca6:	c1 e0 0f             	shl    $0xf,%eax
f0105ca9:	8d 80 00 40 13 f0    	lea    -0xfecc000(%eax),%eax
f0105caf:	a3 c4 c7 16 f0       	mov    %eax,0xf016c7c4
		lapic_startap(c->cpu_id, PADDR(code));
f0105cb4:	83 ec 08             	sub    $0x8,%esp
f0105cb7:	68 00 70 00 00       	push   $0x7000
f0105cbc:	0f b6 03             	movzbl (%ebx),%eax
f0105cbf:	50                   	push   %eax
f0105cc0:	e8 6a ea ff ff       	call   f010472f <lapic_startap>
		while(c->cpu_status != CPU_STARTED)
f0105cc5:	83 c4 10             	add    $0x10,%esp
f0105cc8:	8b 43 04             	mov    0x4(%ebx),%eax
f0105ccb:	83 f8 01             	cmp    $0x1,%eax
f0105cce:	75 f8                	jne    f0105cc8 <i386_init+0x111>
f0105cd0:	eb a0                	jmp    f0105c72 <i386_init+0xbb>
	ENV_CREATE(TEST, ENV_TYPE_USER);
f0105cd2:	83 ec 08             	sub    $0x8,%esp
f0105cd5:	6a 00                	push   $0x0
f0105cd7:	68 f4 c3 11 f0       	push   $0xf011c3f4
f0105cdc:	e8 d6 d3 ff ff       	call   f01030b7 <env_create>
	sched_yield();
f0105ce1:	e8 bd e6 ff ff       	call   f01043a3 <sched_yield>

f0105ce6 <mp_main>:
{
f0105ce6:	55                   	push   %ebp
f0105ce7:	89 e5                	mov    %esp,%ebp
f0105ce9:	83 ec 08             	sub    $0x8,%esp
	lcr3(PADDR(kern_pgdir));
f0105cec:	a1 40 b2 12 f0       	mov    0xf012b240,%eax
	if ((uint32_t)kva < KERNBASE)
f0105cf1:	3d ff ff ff ef       	cmp    $0xefffffff,%eax
f0105cf6:	76 52                	jbe    f0105d4a <mp_main+0x64>
	return (physaddr_t)kva - KERNBASE;
f0105cf8:	05 00 00 00 10       	add    $0x10000000,%eax
	asm volatile("movl %0,%%cr3" : : "r" (val) : "memory");
f0105cfd:	0f 22 d8             	mov    %eax,%cr3
	cprintf("SMP: CPU %d starting\n", cpunum());
f0105d00:	e8 a5 e8 ff ff       	call   f01045aa <cpunum>
f0105d05:	83 ec 08             	sub    $0x8,%esp
f0105d08:	50                   	push   %eax
f0105d09:	68 3d 7c 10 f0       	push   $0xf0107c3d
f0105d0e:	e8 3a f7 ff ff       	call   f010544d <cprintf>
	lapic_init();
f0105d13:	e8 a8 e8 ff ff       	call   f01045c0 <lapic_init>
	env_init_percpu();
f0105d18:	e8 85 d1 ff ff       	call   f0102ea2 <env_init_percpu>
	trap_init_percpu();
f0105d1d:	e8 25 d8 ff ff       	call   f0103547 <trap_init_percpu>
	xchg(&thiscpu->cpu_status, CPU_STARTED); // tell boot_aps() we're up
f0105d22:	e8 83 e8 ff ff       	call   f01045aa <cpunum>
f0105d27:	6b d0 74             	imul   $0x74,%eax,%edx
f0105d2a:	83 c2 04             	add    $0x4,%edx
	asm volatile("lock; xchgl %0, %1"
f0105d2d:	b8 01 00 00 00       	mov    $0x1,%eax
f0105d32:	f0 87 82 20 c0 16 f0 	lock xchg %eax,-0xfe93fe0(%edx)
f0105d39:	c7 04 24 c0 c3 11 f0 	movl   $0xf011c3c0,(%esp)
f0105d40:	e8 bc ee ff ff       	call   f0104c01 <spin_lock>
	sched_yield();
f0105d45:	e8 59 e6 ff ff       	call   f01043a3 <sched_yield>
		_panic(file, line, "PADDR called with invalid kva %08lx", kva);
f0105d4a:	50                   	push   %eax
f0105d4b:	68 90 62 10 f0       	push   $0xf0106290
f0105d50:	6a 5e                	push   $0x5e
f0105d52:	68 31 7c 10 f0       	push   $0xf0107c31
f0105d57:	e8 fc fd ff ff       	call   f0105b58 <_panic>

f0105d5c <_warn>:
}

// Report a problem and carry on.
void
_warn(const char *file, int line, const char *fmt,...)
{
f0105d5c:	55                   	push   %ebp
f0105d5d:	89 e5                	mov    %esp,%ebp
f0105d5f:	53                   	push   %ebx
f0105d60:	83 ec 08             	sub    $0x8,%esp
	va_list ap;

	va_start(ap, fmt);
f0105d63:	8d 5d 14             	lea    0x14(%ebp),%ebx
	cprintf("kernel warning at %s:%d: ", file, line);
f0105d66:	ff 75 0c             	push   0xc(%ebp)
f0105d69:	ff 75 08             	push   0x8(%ebp)
f0105d6c:	68 53 7c 10 f0       	push   $0xf0107c53
f0105d71:	e8 d7 f6 ff ff       	call   f010544d <cprintf>
	vcprintf(fmt, ap);
f0105d76:	83 c4 08             	add    $0x8,%esp
f0105d79:	53                   	push   %ebx
f0105d7a:	ff 75 10             	push   0x10(%ebp)
f0105d7d:	e8 54 a8 ff ff       	call   f01005d6 <vcprintf>
	cprintf("\n");
f0105d82:	c7 04 24 b9 66 10 f0 	movl   $0xf01066b9,(%esp)
f0105d89:	e8 bf f6 ff ff       	call   f010544d <cprintf>
	va_end(ap);
}
f0105d8e:	83 c4 10             	add    $0x10,%esp
f0105d91:	8b 5d fc             	mov    -0x4(%ebp),%ebx
f0105d94:	c9                   	leave
f0105d95:	c3                   	ret
