// Read from address 0, which is never mapped: the kernel must kill us
// with a page fault (err 4: user-mode read of a non-present page).

#include <inc/lib.h>

void
umain(int argc, char **argv)
{
	cprintf("I read %08x from location 0!\n", *(volatile unsigned*)0);
}
