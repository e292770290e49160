// Concurrent prime sieve (Doug McIlroy's pipeline).  The generator feeds
// 2, 3, 4, ... to a chain of filter environments.  Each filter's first
// number is a prime p: it prints p, forks the next filter, and passes on
// every later number not divisible by p.
//
// Each filter is one environment, so with NENV = 1024 the chain can hold
// about a thousand primes.

#include <inc/lib.h>

// Body of a filter; never returns.
static void
primeproc(void)
{
	int i, id, p;
	envid_t envid;

	for (;;) {
		// Our first number is our prime.
		p = ipc_recv(&envid, 0, 0);
		cprintf("CPU %d: %d ", thisenv->env_cpunum, p);

		// Fork the right neighbour; the child goes round the loop
		// again to become the next filter.
		if ((id = fork()) < 0)
			panic("fork: %e", id);
		if (id != 0)
			break;
	}

	// Pass on the numbers p does not divide.
	for (;;) {
		i = ipc_recv(&envid, 0, 0);
		if (i % p)
			ipc_send(id, i, 0, 0);
	}
}

void
umain(int argc, char **argv)
{
	int i, id;

	// Fork the first filter ...
	if ((id = fork()) < 0)
		panic("fork: %e", id);
	if (id == 0)
		primeproc();

	// ... and feed it all the integers.
	for (i = 2; ; i++)
		ipc_send(id, i, 0, 0);
}
