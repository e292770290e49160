// Load a segment selector beyond the GDT: a general protection fault.

#include <inc/lib.h>

void
umain(int argc, char **argv)
{
	asm volatile("movw $0x28,%ax; movw %ax,%ds");
}
