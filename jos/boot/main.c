#include <inc/x86.h>
#include <inc/elf.h>

/*
 * Second half of the boot sector: load the kernel and jump to it.
 *
 * Disk layout: sector 0 is this boot block; the kernel, an ELF
 * executable, starts at sector 1.  We read its first page to get the ELF
 * header, then read each loadable segment to its physical load address
 * using ATA PIO (no BIOS calls: we are in 32-bit protected mode).
 *
 * Only the file-backed part of each segment is read; the kernel clears
 * its own .bss.
 */

#define SECTSIZE	512
#define ELFHDR		((struct Elf *) 0x10000) // scratch space

static void readsect(void*, uint32_t);
static void readseg(uint32_t, uint32_t, uint32_t);

void
bootmain(void)
{
	struct Proghdr *ph, *eph;

	readseg((uint32_t) ELFHDR, SECTSIZE*8, 0);
	if (ELFHDR->e_magic != ELF_MAGIC)
		goto bad;

	ph = (struct Proghdr *) ((uint8_t *) ELFHDR + ELFHDR->e_phoff);
	eph = ph + ELFHDR->e_phnum;
	for (; ph < eph; ph++)
		if (ph->p_type == ELF_PROG_LOAD)
			readseg(ph->p_pa, ph->p_filesz, ph->p_offset);

	// The entry point is a physical address (see kern/entry.S).
	((void (*)(void)) (ELFHDR->e_entry))();

bad:
	// Tell a Bochs/QEMU-style debug port we failed, then hang.
	outw(0x8A00, 0x8A00);
	outw(0x8A00, 0x8E00);
	while (1)
		/* do nothing */;
}

// Read 'count' bytes at 'offset' from the kernel into physical address
// 'pa'.  Whole sectors are read, so up to a sector beyond may be written.
static void
readseg(uint32_t pa, uint32_t count, uint32_t offset)
{
	uint32_t end_pa = pa + count;

	// Back up so that pa corresponds to the start of offset's sector.
	pa -= offset % SECTSIZE;

	// Byte offset -> sector number; the kernel starts at sector 1.
	offset = (offset / SECTSIZE) + 1;

	for (; pa < end_pa; pa += SECTSIZE, offset++)
		readsect((uint8_t*) pa, offset);
}

static void
waitdisk(void)
{
	// Wait until the drive is ready (BSY clear, RDY set).
	while ((inb(0x1F7) & 0xC0) != 0x40)
		/* do nothing */;
}

static void
readsect(void *dst, uint32_t offset)
{
	waitdisk();

	outb(0x1F2, 1);		// sector count = 1
	outb(0x1F3, offset);	// LBA bits 0-7
	outb(0x1F4, offset >> 8);	// bits 8-15
	outb(0x1F5, offset >> 16);	// bits 16-23
	outb(0x1F6, (offset >> 24) | 0xE0);	// LBA mode, drive 0, bits 24-27
	outb(0x1F7, 0x20);	// command 0x20: read sectors

	waitdisk();

	insl(0x1F0, dst, SECTSIZE/4);
}
