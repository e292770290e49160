// Divide by zero: the kernel must report the fault and kill us.

#include <inc/lib.h>

// volatile, so the compiler cannot see the division coming and fold it.
volatile int zero;

void
umain(int argc, char **argv)
{
	zero = 0;
	cprintf("1/0 is %08x!\n", 1/zero);
}
