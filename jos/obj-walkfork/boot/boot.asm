
obj-walkfork/boot/boot.out:     file format elf32-i386


Disassembly of section .text:

00007c00 <start>:
.set CR0_PE_ON,      0x1         # protected mode enable flag

.globl start
start:
  .code16
  cli                         # no interrupts until the kernel sets up an IDT
    7c00:	fa                   	cli
  cld                         # string operations increment
    7c01:	fc                   	cld

  # The BIOS leaves the segment registers in an unknown state.
  xorw    %ax,%ax
    7c02:	31 c0                	xor    %eax,%eax
  movw    %ax,%ds
    7c04:	8e d8                	mov    %eax,%ds
  movw    %ax,%es
    7c06:	8e c0                	mov    %eax,%es
  movw    %ax,%ss
    7c08:	8e d0                	mov    %eax,%ss

00007c0a <seta20.1>:

  # Enable A20 through the 8042 so that addresses above 1MB do not wrap.
  # Wait for its input buffer to drain before each write.
seta20.1:
  inb     $0x64,%al
    7c0a:	e4 64                	in     $0x64,%al
  testb   $0x2,%al
    7c0c:	a8 02                	test   $0x2,%al
  jnz     seta20.1
    7c0e:	75 fa                	jne    7c0a <seta20.1>
  movb    $0xd1,%al               # command: write output port
    7c10:	b0 d1                	mov    $0xd1,%al
  outb    %al,$0x64
    7c12:	e6 64                	out    %al,$0x64

00007c14 <seta20.2>:
seta20.2:
  inb     $0x64,%al
    7c14:	e4 64                	in     $0x64,%al
  testb   $0x2,%al
    7c16:	a8 02                	test   $0x2,%al
  jnz     seta20.2
    7c18:	75 fa                	jne    7c14 <seta20.2>
  movb    $0xdf,%al               # output port value with A20 on
    7c1a:	b0 df                	mov    $0xdf,%al
  outb    %al,$0x60
    7c1c:	e6 60                	out    %al,$0x60

  # Load the GDT and enter protected mode.  The GDT maps virtual
  # addresses to identical linear addresses, so nothing moves.
  lgdt    gdtdesc
    7c1e:	0f 01 16             	lgdtl  (%esi)
    7c21:	64 7c 0f             	fs jl  7c33 <protcseg+0x1>
  movl    %cr0, %eax
    7c24:	20 c0                	and    %al,%al
  orl     $CR0_PE_ON, %eax
    7c26:	66 83 c8 01          	or     $0x1,%ax
  movl    %eax, %cr0
    7c2a:	0f 22 c0             	mov    %eax,%cr0

  # A far jump reloads %cs with the 32-bit code segment.
  ljmp    $PROT_MODE_CSEG, $protcseg
    7c2d:	ea                   	.byte 0xea
    7c2e:	32 7c 08 00          	xor    0x0(%eax,%ecx,1),%bh

00007c32 <protcseg>:

  .code32
protcseg:
  movw    $PROT_MODE_DSEG, %ax
    7c32:	66 b8 10 00          	mov    $0x10,%ax
  movw    %ax, %ds
    7c36:	8e d8                	mov    %eax,%ds
  movw    %ax, %es
    7c38:	8e c0                	mov    %eax,%es
  movw    %ax, %fs
    7c3a:	8e e0                	mov    %eax,%fs
  movw    %ax, %gs
    7c3c:	8e e8                	mov    %eax,%gs
  movw    %ax, %ss
    7c3e:	8e d0                	mov    %eax,%ss

  # The stack grows down from just below this sector.
  movl    $start, %esp
    7c40:	bc 00 7c 00 00       	mov    $0x7c00,%esp
  call bootmain
    7c45:	e8 ba 00 00 00       	call   7d04 <bootmain>

00007c4a <spin>:

  # bootmain only returns on failure.
spin:
  jmp spin
    7c4a:	eb fe                	jmp    7c4a <spin>

00007c4c <gdt>:
	...
    7c54:	ff                   	(bad)
    7c55:	ff 00                	incl   (%eax)
    7c57:	00 00                	add    %al,(%eax)
    7c59:	9a cf 00 ff ff 00 00 	lcall  $0x0,$0xffff00cf
    7c60:	00                   	.byte 0x0
    7c61:	92                   	xchg   %eax,%edx
    7c62:	cf                   	iret
	...

00007c64 <gdtdesc>:
    7c64:	17                   	pop    %ss
    7c65:	00 4c 7c 00          	add    %cl,0x0(%esp,%edi,2)
	...

00007c6a <readseg>:

// Read 'count' bytes at 'offset' from the kernel into physical address
// 'pa'.  Whole sectors are read, so up to a sector beyond may be written.
static void
readseg(uint32_t pa, uint32_t count, uint32_t offset)
{
    7c6a:	55                   	push   %ebp
    7c6b:	89 e5                	mov    %esp,%ebp
    7c6d:	57                   	push   %edi
	uint32_t end_pa = pa + count;
    7c6e:	8d 3c 10             	lea    (%eax,%edx,1),%edi

	// Back up so that pa corresponds to the start of offset's sector.
	pa -= offset % SECTSIZE;
    7c71:	89 ca                	mov    %ecx,%edx
{
    7c73:	56                   	push   %esi
	pa -= offset % SECTSIZE;
    7c74:	81 e2 ff 01 00 00    	and    $0x1ff,%edx

	// Byte offset -> sector number; the kernel starts at sector 1.
	offset = (offset / SECTSIZE) + 1;
    7c7a:	c1 e9 09             	shr    $0x9,%ecx
{
    7c7d:	53                   	push   %ebx
	pa -= offset % SECTSIZE;
    7c7e:	29 d0                	sub    %edx,%eax
	offset = (offset / SECTSIZE) + 1;
    7c80:	8d 71 01             	lea    0x1(%ecx),%esi
{
    7c83:	53                   	push   %ebx
	pa -= offset % SECTSIZE;
    7c84:	89 c3                	mov    %eax,%ebx
	uint32_t end_pa = pa + count;
    7c86:	89 7d f0             	mov    %edi,-0x10(%ebp)

	for (; pa < end_pa; pa += SECTSIZE, offset++)
    7c89:	8b 45 f0             	mov    -0x10(%ebp),%eax
    7c8c:	39 c3                	cmp    %eax,%ebx
    7c8e:	73 6e                	jae    7cfe <readseg+0x94>

static inline uint8_t
inb(int port)
{
	uint8_t data;
	asm volatile("inb %w1,%0" : "=a" (data) : "d" (port));
    7c90:	ba f7 01 00 00       	mov    $0x1f7,%edx
    7c95:	ec                   	in     (%dx),%al

static void
waitdisk(void)
{
	// Wait until the drive is ready (BSY clear, RDY set).
	while ((inb(0x1F7) & 0xC0) != 0x40)
    7c96:	83 e0 c0             	and    $0xffffffc0,%eax
    7c99:	3c 40                	cmp    $0x40,%al
    7c9b:	75 f3                	jne    7c90 <readseg+0x26>
}

static inline void
outb(int port, uint8_t data)
{
	asm volatile("outb %0,%w1" : : "a" (data), "d" (port));
    7c9d:	ba f2 01 00 00       	mov    $0x1f2,%edx
    7ca2:	b0 01                	mov    $0x1,%al
    7ca4:	ee                   	out    %al,(%dx)
    7ca5:	ba f3 01 00 00       	mov    $0x1f3,%edx
    7caa:	89 f0                	mov    %esi,%eax
    7cac:	ee                   	out    %al,(%dx)
{
	waitdisk();

	outb(0x1F2, 1);		// sector count = 1
	outb(0x1F3, offset);	// LBA bits 0-7
	outb(0x1F4, offset >> 8);	// bits 8-15
    7cad:	89 f0                	mov    %esi,%eax
    7caf:	ba f4 01 00 00       	mov    $0x1f4,%edx
    7cb4:	c1 e8 08             	shr    $0x8,%eax
    7cb7:	ee                   	out    %al,(%dx)
	outb(0x1F5, offset >> 16);	// bits 16-23
    7cb8:	89 f0                	mov    %esi,%eax
    7cba:	ba f5 01 00 00       	mov    $0x1f5,%edx
    7cbf:	c1 e8 10             	shr    $0x10,%eax
    7cc2:	ee                   	out    %al,(%dx)
	outb(0x1F6, (offset >> 24) | 0xE0);	// LBA mode, drive 0, bits 24-27
    7cc3:	89 f0                	mov    %esi,%eax
    7cc5:	ba f6 01 00 00       	mov    $0x1f6,%edx
    7cca:	c1 e8 18             	shr    $0x18,%eax
    7ccd:	83 c8 e0             	or     $0xffffffe0,%eax
    7cd0:	ee                   	out    %al,(%dx)
    7cd1:	b0 20                	mov    $0x20,%al
    7cd3:	ba f7 01 00 00       	mov    $0x1f7,%edx
    7cd8:	ee                   	out    %al,(%dx)
	asm volatile("inb %w1,%0" : "=a" (data) : "d" (port));
    7cd9:	ba f7 01 00 00       	mov    $0x1f7,%edx
    7cde:	ec                   	in     (%dx),%al
	while ((inb(0x1F7) & 0xC0) != 0x40)
    7cdf:	83 e0 c0             	and    $0xffffffc0,%eax
    7ce2:	3c 40                	cmp    $0x40,%al
    7ce4:	75 f3                	jne    7cd9 <readseg+0x6f>
	asm volatile("cld\n\trepne\n\tinsl"
    7ce6:	89 df                	mov    %ebx,%edi
    7ce8:	b9 80 00 00 00       	mov    $0x80,%ecx
    7ced:	ba f0 01 00 00       	mov    $0x1f0,%edx
    7cf2:	fc                   	cld
    7cf3:	f2 6d                	repnz insl (%dx),%es:(%edi)
	for (; pa < end_pa; pa += SECTSIZE, offset++)
    7cf5:	81 c3 00 02 00 00    	add    $0x200,%ebx
    7cfb:	46                   	inc    %esi
    7cfc:	eb 8b                	jmp    7c89 <readseg+0x1f>
}
    7cfe:	58                   	pop    %eax
    7cff:	5b                   	pop    %ebx
    7d00:	5e                   	pop    %esi
    7d01:	5f                   	pop    %edi
    7d02:	5d                   	pop    %ebp
    7d03:	c3                   	ret

00007d04 <bootmain>:
{
    7d04:	55                   	push   %ebp
	readseg((uint32_t) ELFHDR, SECTSIZE*8, 0);
    7d05:	31 c9                	xor    %ecx,%ecx
    7d07:	ba 00 10 00 00       	mov    $0x1000,%edx
    7d0c:	b8 00 00 01 00       	mov    $0x10000,%eax
{
    7d11:	89 e5                	mov    %esp,%ebp
    7d13:	56                   	push   %esi
    7d14:	53                   	push   %ebx
	readseg((uint32_t) ELFHDR, SECTSIZE*8, 0);
    7d15:	e8 50 ff ff ff       	call   7c6a <readseg>
	if (ELFHDR->e_magic != ELF_MAGIC)
    7d1a:	81 3d 00 00 01 00 7f 	cmpl   $0x464c457f,0x10000
    7d21:	45 4c 46 
    7d24:	75 39                	jne    7d5f <bootmain+0x5b>
	ph = (struct Proghdr *) ((uint8_t *) ELFHDR + ELFHDR->e_phoff);
    7d26:	a1 1c 00 01 00       	mov    0x1001c,%eax
	eph = ph + ELFHDR->e_phnum;
    7d2b:	0f b7 35 2c 00 01 00 	movzwl 0x1002c,%esi
	ph = (struct Proghdr *) ((uint8_t *) ELFHDR + ELFHDR->e_phoff);
    7d32:	8d 98 00 00 01 00    	lea    0x10000(%eax),%ebx
	eph = ph + ELFHDR->e_phnum;
    7d38:	c1 e6 05             	shl    $0x5,%esi
    7d3b:	01 de                	add    %ebx,%esi
	for (; ph < eph; ph++)
    7d3d:	39 f3                	cmp    %esi,%ebx
    7d3f:	73 18                	jae    7d59 <bootmain+0x55>
		if (ph->p_type == ELF_PROG_LOAD)
    7d41:	83 3b 01             	cmpl   $0x1,(%ebx)
    7d44:	75 0e                	jne    7d54 <bootmain+0x50>
			readseg(ph->p_pa, ph->p_filesz, ph->p_offset);
    7d46:	8b 4b 04             	mov    0x4(%ebx),%ecx
    7d49:	8b 53 10             	mov    0x10(%ebx),%edx
    7d4c:	8b 43 0c             	mov    0xc(%ebx),%eax
    7d4f:	e8 16 ff ff ff       	call   7c6a <readseg>
	for (; ph < eph; ph++)
    7d54:	83 c3 20             	add    $0x20,%ebx
    7d57:	eb e4                	jmp    7d3d <bootmain+0x39>
	((void (*)(void)) (ELFHDR->e_entry))();
    7d59:	ff 15 18 00 01 00    	call   *0x10018
}

static inline void
outw(int port, uint16_t data)
{
	asm volatile("outw %0,%w1" : : "a" (data), "d" (port));
    7d5f:	ba 00 8a 00 00       	mov    $0x8a00,%edx
    7d64:	b8 00 8a ff ff       	mov    $0xffff8a00,%eax
    7d69:	66 ef                	out    %ax,(%dx)
    7d6b:	b8 00 8e ff ff       	mov    $0xffff8e00,%eax
    7d70:	66 ef                	out    %ax,(%dx)
	while (1)
    7d72:	eb fe                	jmp    7d72 <bootmain+0x6e>
