// CPU-bound benchmark: the sieve of Eratosthenes over SIEVE_N numbers,
// repeated BENCH_ROUNDS times (about 10^9 instructions at the default of
// 100 rounds; bench/run lowers it with -DBENCH_ROUNDS=n for slow engines).
// Byte-array stores with a large stride stress the data TLB and the
// memory path; the scan is a tight compare-and-branch loop.
//
// The same file builds natively (bench/native) so that the checksum line
// can be compared with the host CPU's.

#include <inc/lib.h>

#ifndef BENCH_ROUNDS
#define BENCH_ROUNDS 100
#endif

#define SIEVE_N 600000

static uint8_t composite[SIEVE_N];

// One sieve pass; returns a hash of the primes found (and their count).
static uint32_t
sieve_once(void)
{
	uint32_t i, j, h = 0, count = 0;

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

void
umain(int argc, char **argv)
{
	uint32_t r, sum = 0;

	for (r = 0; r < BENCH_ROUNDS; r++)
		sum = (sum ^ sieve_once()) * 0x01000193 + r;
	cprintf("sieve: checksum %08x\n", sum);
}
