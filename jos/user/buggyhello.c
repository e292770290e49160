// Pass the kernel an invalid pointer (address 1, never mapped): the
// kernel's user_mem_check must catch it and destroy us.

#include <inc/lib.h>

void
umain(int argc, char **argv)
{
	sys_cputs((char*)1, 1);
}
