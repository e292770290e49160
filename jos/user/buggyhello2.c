// Pass the kernel a valid pointer with a length that runs far past the
// end of our mapped memory: the whole range must be checked, not just the
// first byte.

#include <inc/lib.h>

const char *hello = "hello, world\n";

void
umain(int argc, char **argv)
{
	sys_cputs(hello, 1024*1024);
}
