// User-level spin lock on a shared page, the way xv6's acquire() spins:
// xchg in a loop, with no pause instruction in it.  NWORKERS environments,
// spread over the CPUs, each add 1 to a shared counter ITERS times under
// the lock; the increment is a separate load and store, so a broken lock
// (or an emulator that ran two CPUs' xchg non-atomically) loses updates.
// The parent prints the total: "spinlock: counter 1000000 ok".
//
// Emulators meet here the loop that real hardware runs well and that
// a naive vCPU scheduler does not: a waiter spins at full speed, without
// a pause hint, until the holder, perhaps on a descheduled vCPU, lets go.

#include <inc/lib.h>
#include <inc/x86.h>

#define NWORKERS	4
#define ITERS		250000

struct shared {
	volatile uint32_t locked;
	volatile uint32_t counter;
	volatile uint32_t done;		// workers finished
	volatile uint32_t cpus;		// bit k: a worker finished on CPU k
};

// Below UTOP and far from the program, the stack and the exception stack.
#define SHARED	((struct shared *) 0x10000000)

static void
acquire(volatile uint32_t *lock)
{
	while (xchg(lock, 1) != 0)
		;
}

static void
release(volatile uint32_t *lock)
{
	xchg(lock, 0);
}

static void
worker(void)
{
	struct shared *sh = SHARED;
	uint32_t v;
	int i;

	// Wait until the parent has put the shared page in place of our
	// copy-on-write copy of it.
	ipc_recv(NULL, NULL, NULL);

	for (i = 0; i < ITERS; i++) {
		acquire(&sh->locked);
		v = sh->counter;
		sh->counter = v + 1;
		release(&sh->locked);
	}

	acquire(&sh->locked);
	sh->done++;
	sh->cpus |= 1 << thisenv->env_cpunum;
	release(&sh->locked);
}

void
umain(int argc, char **argv)
{
	struct shared *sh = SHARED;
	envid_t id, workers[NWORKERS];
	int i, r, ncpu;

	if ((r = sys_page_alloc(0, sh, PTE_P | PTE_U | PTE_W)) < 0)
		panic("sys_page_alloc: %e", r);

	// Fork every worker first: each fork makes our page copy-on-write
	// again.  Then write to it, which leaves us a private writable copy,
	// and give that very page to each worker before letting it go.
	for (i = 0; i < NWORKERS; i++) {
		if ((id = fork()) < 0)
			panic("fork: %e", id);
		if (id == 0) {
			worker();
			return;
		}
		workers[i] = id;
	}
	sh->counter = 0;
	for (i = 0; i < NWORKERS; i++) {
		if ((r = sys_page_map(0, sh, workers[i], sh, PTE_P | PTE_U | PTE_W)) < 0)
			panic("sys_page_map: %e", r);
		ipc_send(workers[i], 0, NULL, 0);
	}

	while (sh->done < NWORKERS)
		sys_yield();

	for (ncpu = 0, i = 0; i < 32; i++)
		ncpu += (sh->cpus >> i) & 1;
	cprintf("spinlock: workers finished on %d CPU(s)\n", ncpu);
	cprintf("spinlock: counter %d %s\n", sh->counter,
		sh->counter == NWORKERS * ITERS ? "ok" : "BAD");
}
