// User-level console I/O, built on the console system calls.

#include <inc/string.h>
#include <inc/lib.h>

void
cputchar(int ch)
{
	char c = ch;

	// Pass a one-byte buffer rather than the int itself: the kernel
	// prints bytes, and the int's low byte is not portable to address.
	sys_cputs(&c, 1);
}

int
getchar(void)
{
	int r;

	// sys_cgetc returns 0 while no key is waiting; yield rather than
	// spin so other environments make progress meanwhile.
	while ((r = sys_cgetc()) == 0)
		sys_yield();
	return r;
}

int
iscons(int fdnum)
{
	// Without a file system every descriptor is the console.
	return 1;
}
