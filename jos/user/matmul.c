// CPU-bound benchmark: integer matrix product C = A x B of MAT_N x MAT_N
// matrices (32-bit wrap-around arithmetic), with A and B regenerated each
// of BENCH_ROUNDS rounds (about 10^9 instructions at the default of 100
// rounds; bench/run lowers it with -DBENCH_ROUNDS=n).  IMUL, indexed
// addressing and a column walk of B that strides across pages.
//
// The same file builds natively (bench/native) so that the checksum line
// can be compared with the host CPU's.

#include <inc/lib.h>

#ifndef BENCH_ROUNDS
#define BENCH_ROUNDS 100
#endif

#define MAT_N 120

static int32_t a[MAT_N][MAT_N], b[MAT_N][MAT_N], c[MAT_N][MAT_N];

static void
fill(uint32_t seed)
{
	uint32_t x = seed;
	int i, j;

	for (i = 0; i < MAT_N; i++)
		for (j = 0; j < MAT_N; j++) {
			x = x * 1664525 + 1013904223;
			a[i][j] = (int32_t) (x >> 20) - 2048;
			x = x * 1664525 + 1013904223;
			b[i][j] = (int32_t) (x >> 20) - 2048;
		}
}

static void
multiply(void)
{
	int i, j, k;
	int32_t s;

	for (i = 0; i < MAT_N; i++)
		for (j = 0; j < MAT_N; j++) {
			s = 0;
			for (k = 0; k < MAT_N; k++)
				s += a[i][k] * b[k][j];
			c[i][j] = s;
		}
}

static uint32_t
digest(void)
{
	uint32_t h = 0;
	int i, j;

	for (i = 0; i < MAT_N; i++)
		for (j = 0; j < MAT_N; j++)
			h = h * 31 + (uint32_t) c[i][j];
	return h;
}

void
umain(int argc, char **argv)
{
	uint32_t r, sum = 0;

	for (r = 0; r < BENCH_ROUNDS; r++) {
		fill(r + 1);
		multiply();
		sum = (sum ^ digest()) * 0x01000193 + r;
	}
	cprintf("matmul: checksum %08x\n", sum);
}
