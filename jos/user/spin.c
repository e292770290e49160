// Test preemption: fork a child that spins forever without yielding.  The
// parent still gets to run (the timer interrupt takes the CPU away from
// the child), lets the child have a few time slices, then kills it.

#include <inc/lib.h>

void
umain(int argc, char **argv)
{
	envid_t env;
	int i;

	cprintf("I am the parent.  Forking the child...\n");
	if ((env = fork()) == 0) {
		cprintf("I am the child.  Spinning...\n");
		while (1)
			/* do nothing */;
	}

	cprintf("I am the parent.  Running the child...\n");
	for (i = 0; i < 8; i++)
		sys_yield();

	cprintf("I am the parent.  Killing the child...\n");
	sys_env_destroy(env);
}
