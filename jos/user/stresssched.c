// Stress the scheduler on several CPUs: twenty children each bump a shared
// (copy-on-write, hence private) counter between yields.  If one
// environment ever ran on two CPUs at once, the increments would race and
// the total would come out wrong.  Each child reports its CPU, so a run on
// 4 CPUs should show all four.

#include <inc/lib.h>

volatile int counter;

void
umain(int argc, char **argv)
{
	int i, j;
	envid_t parent = sys_getenvid();

	// Fork the children.
	for (i = 0; i < 20; i++)
		if (fork() == 0)
			break;
	if (i == 20) {
		sys_yield();
		return;
	}

	// Start together: wait until the parent is gone.
	while (envs[ENVX(parent)].env_status != ENV_FREE)
		asm volatile("pause");

	for (i = 0; i < 10; i++) {
		sys_yield();
		for (j = 0; j < 10000; j++)
			counter++;
	}

	if (counter != 10*10000)
		panic("ran on two CPUs at once (counter is %d)", counter);

	cprintf("[%08x] stresssched on CPU %d\n", thisenv->env_id,
		thisenv->env_cpunum);
}
