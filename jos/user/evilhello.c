// Ask the kernel to print kernel memory on our behalf (the kernel entry
// point): the kernel must refuse, since we may not read it ourselves.

#include <inc/lib.h>

void
umain(int argc, char **argv)
{
	sys_cputs((char*)0xf010000c, 100);
}
