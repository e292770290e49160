// Register a page fault upcall without allocating an exception stack:
// the kernel must notice it cannot push the UTrapframe and kill us.

#include <inc/lib.h>

void _pgfault_upcall();

void
umain(int argc, char **argv)
{
	sys_env_set_pgfault_upcall(0, (void*) _pgfault_upcall);
	*(volatile int*)0 = 0;
}
