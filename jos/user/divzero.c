// Divide by zero: the kernel must report the fault and kill us.

#include <inc/lib.h>

// Both operands volatile: with a constant dividend gcc turns 1/x into a
// comparison, and no division (and no fault) would happen at all.
volatile int zero, one = 1;

void
umain(int argc, char **argv)
{
	zero = 0;
	cprintf("1/0 is %08x!\n", one/zero);
}
