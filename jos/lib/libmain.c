// Called from entry.S: set up the C environment of a user program, run
// umain(), and exit when it returns.

#include <inc/lib.h>

extern void umain(int argc, char **argv);

// Points at this environment's slot in the read-only envs[] array.
// It lives on the private data page (see user.ld) so that it stays
// per-environment even when sfork() shares the rest of memory.
const volatile struct Env *thisenv __attribute__((section(".bss.private")));

// Name used by panic() messages.
const char *binaryname = "<unknown>";

void
libmain(int argc, char **argv)
{
	// The Env is found by index: the low bits of an envid name the slot.
	thisenv = &envs[ENVX(sys_getenvid())];

	if (argc > 0)
		binaryname = argv[0];

	umain(argc, argv);

	exit();
}
