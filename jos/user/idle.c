// An environment that does nothing but give the CPU away.  A better idle
// loop would halt the processor, but hlt is privileged.

#include <inc/x86.h>
#include <inc/lib.h>

void
umain(int argc, char **argv)
{
	binaryname = "idle";

	while (1)
		sys_yield();
}
