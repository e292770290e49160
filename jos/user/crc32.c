// CPU-bound benchmark: table-driven CRC-32 (the reflected IEEE 802.3
// polynomial 0xEDB88320) of a CRC_BYTES buffer of pseudo-random bytes,
// refilled and summed BENCH_ROUNDS times (about 10^9 instructions at the
// default of 100 rounds; bench/run lowers it with -DBENCH_ROUNDS=n).
// Byte loads, a dependent table lookup and shifts: a load-heavy loop.
//
// The same file builds natively (bench/native) so that the checksum line
// can be compared with the host CPU's.

#include <inc/lib.h>

#ifndef BENCH_ROUNDS
#define BENCH_ROUNDS 100
#endif

#define CRC_BYTES (640 * 1024)

static uint32_t table[256];
static uint8_t buf[CRC_BYTES];

static void
make_table(void)
{
	uint32_t n, c;
	int k;

	for (n = 0; n < 256; n++) {
		c = n;
		for (k = 0; k < 8; k++)
			c = (c & 1) ? 0xEDB88320 ^ (c >> 1) : c >> 1;
		table[n] = c;
	}
}

// Fill the buffer from a linear congruential generator seeded per round.
static void
fill(uint32_t seed)
{
	uint32_t i, x = seed;

	for (i = 0; i < CRC_BYTES; i++) {
		x = x * 1103515245 + 12345;
		buf[i] = x >> 16;
	}
}

static uint32_t
crc32(const uint8_t *p, uint32_t n)
{
	uint32_t c = 0xFFFFFFFF;

	while (n--)
		c = table[(c ^ *p++) & 0xFF] ^ (c >> 8);
	return c ^ 0xFFFFFFFF;
}

void
umain(int argc, char **argv)
{
	uint32_t r, sum = 0;

	make_table();
	for (r = 0; r < BENCH_ROUNDS; r++) {
		fill(r + 1);
		sum = (sum ^ crc32(buf, CRC_BYTES)) * 0x01000193 + r;
	}
	cprintf("crc32: checksum %08x\n", sum);
}
