// Raise a breakpoint exception from user mode: the kernel drops into
// its monitor.

#include <inc/lib.h>

void
umain(int argc, char **argv)
{
	asm volatile("int $3");
}
