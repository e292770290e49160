// Read kernel memory directly: a protection fault, which kills us.

#include <inc/lib.h>

void
umain(int argc, char **argv)
{
	cprintf("I read %08x from location 0xf0100000!\n",
		*(volatile unsigned*)0xf0100000);
}
