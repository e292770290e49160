// SMP scaling workload (bench/smp-scaling): SMPWORK_ENVS environments
// (default 8) each run the same CPU-bound loop, independently: a sieve over a
// private array, SMPWORK_ROUNDS times.  The parent forks the others, does its
// own share, then collects each child's checksum by IPC (blocked in
// ipc_recv, it uses no CPU) and prints one line.  The sum does not depend on
// the order the children finish in, so every run prints the same line.
//
// With more CPUs than environments nothing more runs in parallel; with fewer,
// the kernel's round robin shares them.  smpwork2.c is the same with 2.

#include <inc/lib.h>

#ifndef SMPWORK_ENVS
#define SMPWORK_ENVS 8
#endif
#ifndef SMPWORK_ROUNDS
#define SMPWORK_ROUNDS 20
#endif

#define SIEVE_N 200000

static uint8_t composite[SIEVE_N];

static uint32_t
sieve_once(uint32_t salt)
{
	uint32_t i, j, h = salt, count = 0;

	for (i = 0; i < SIEVE_N; i++)
		composite[i] = 0;
	for (i = 2; i * i < SIEVE_N; i++)
		if (!composite[i])
			for (j = i * i; j < SIEVE_N; j += i)
				composite[j] = 1;
	for (i = 2; i < SIEVE_N; i++)
		if (!composite[i]) {
			count++;
			h = h * 31 + i;
		}
	return h ^ count;
}

static uint32_t
work(uint32_t who)
{
	uint32_t r, sum = 0;

	for (r = 0; r < SMPWORK_ROUNDS; r++)
		sum = (sum ^ sieve_once(who)) * 0x01000193 + r;
	return sum;
}

void
umain(int argc, char **argv)
{
	uint32_t sum;
	int i;

	for (i = 1; i < SMPWORK_ENVS; i++) {
		envid_t id = fork();
		if (id < 0)
			panic("smpwork: fork: %e", id);
		if (id == 0) {
			ipc_send(thisenv->env_parent_id, work(i), 0, 0);
			return;
		}
	}
	sum = work(0);
	for (i = 1; i < SMPWORK_ENVS; i++)
		sum += ipc_recv(0, 0, 0);
	cprintf("smpwork: %d envs, checksum %08x\n", SMPWORK_ENVS, sum);
}
