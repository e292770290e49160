// Try to raise a page fault with "int $14": the IDT gate's DPL is 0, so
// user mode gets a general protection fault instead.

#include <inc/lib.h>

void
umain(int argc, char **argv)
{
	asm volatile("int $14");
}
