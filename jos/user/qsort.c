// CPU-bound benchmark: recursive quicksort of QS_N pseudo-random 32-bit
// integers, regenerated each of BENCH_ROUNDS rounds (about 10^9
// instructions at the default of 100 rounds; bench/run lowers it with
// -DBENCH_ROUNDS=n).  Data-dependent branches, calls and returns.
// Recursion goes into the smaller part only, so the depth stays below
// log2(QS_N) frames: JOS gives a user program a single stack page.
//
// The same file builds natively (bench/native) so that the checksum line
// can be compared with the host CPU's.

#include <inc/lib.h>

#ifndef BENCH_ROUNDS
#define BENCH_ROUNDS 100
#endif

#define QS_N 50000

static uint32_t v[QS_N];

static void
fill(uint32_t seed)
{
	uint32_t i, x = seed;

	for (i = 0; i < QS_N; i++) {
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		v[i] = x;
	}
}

static void
swap(uint32_t *p, uint32_t *q)
{
	uint32_t t = *p;

	*p = *q;
	*q = t;
}

// Sort v[lo..hi] (inclusive): Hoare partition around the middle element.
static void
quicksort(int lo, int hi)
{
	while (lo < hi) {
		uint32_t pivot = v[lo + (hi - lo) / 2];
		int i = lo - 1, j = hi + 1;

		for (;;) {
			do i++; while (v[i] < pivot);
			do j--; while (v[j] > pivot);
			if (i >= j)
				break;
			swap(&v[i], &v[j]);
		}
		if (j - lo < hi - j) {
			quicksort(lo, j);
			lo = j + 1;
		} else {
			quicksort(j + 1, hi);
			hi = j;
		}
	}
}

// Order-sensitive hash of the sorted array; also checks that it is sorted.
static uint32_t
digest(void)
{
	uint32_t h = 0, i;

	for (i = 0; i < QS_N; i++) {
		if (i > 0 && v[i - 1] > v[i])
			return 0xBADBAD;
		h = h * 31 + v[i];
	}
	return h;
}

void
umain(int argc, char **argv)
{
	uint32_t r, sum = 0;

	for (r = 0; r < BENCH_ROUNDS; r++) {
		fill(r * 2654435761u + 1);
		quicksort(0, QS_N - 1);
		sum = (sum ^ digest()) * 0x01000193 + r;
	}
	cprintf("qsort: checksum %08x\n", sum);
}
