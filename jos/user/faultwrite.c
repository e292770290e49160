// Write to address 0, which is never mapped: the kernel must kill us
// with a page fault (err 6: user-mode write to a non-present page).

#include <inc/lib.h>

void
umain(int argc, char **argv)
{
	*(volatile unsigned*)0 = 0;
}
