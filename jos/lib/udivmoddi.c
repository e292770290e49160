// 64-bit division helpers that gcc calls on i386 for 'long long'
// division and remainder (normally in libgcc, which a fresh 64-bit
// machine does not have in its 32-bit flavour).
//
// Plain shift-and-subtract long division: at most 64 iterations,
// which is plenty fast for printing numbers.

#include <inc/types.h>

// Divide n by d; store the remainder in *rem if rem is not NULL.
// Division by zero is undefined: we return all ones instead of trapping.
static uint64_t
udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
	uint64_t q = 0, r = 0;
	int i;

	if (d == 0) {
		if (rem)
			*rem = n;
		return ~0ULL;
	}

	// Fast path when both fit in 32 bits: one hardware divide.
	if ((n >> 32) == 0 && (d >> 32) == 0) {
		uint32_t n32 = (uint32_t) n, d32 = (uint32_t) d;
		if (rem)
			*rem = n32 % d32;
		return n32 / d32;
	}

	for (i = 63; i >= 0; i--) {
		r = (r << 1) | ((n >> i) & 1);
		if (r >= d) {
			r -= d;
			q |= 1ULL << i;
		}
	}
	if (rem)
		*rem = r;
	return q;
}

uint64_t __udivdi3(uint64_t n, uint64_t d);
uint64_t __umoddi3(uint64_t n, uint64_t d);
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

uint64_t
__udivdi3(uint64_t n, uint64_t d)
{
	return udivmod64(n, d, NULL);
}

uint64_t
__umoddi3(uint64_t n, uint64_t d)
{
	uint64_t r;

	udivmod64(n, d, &r);
	return r;
}

// Signed versions truncate toward zero like C: the quotient is negative
// when the signs differ, and the remainder takes the sign of n.
int64_t
__divdi3(int64_t n, int64_t d)
{
	int neg = (n < 0) != (d < 0);
	uint64_t q = udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
			       d < 0 ? -(uint64_t) d : (uint64_t) d, NULL);

	return neg ? -(int64_t) q : (int64_t) q;
}

int64_t
__moddi3(int64_t n, int64_t d)
{
	uint64_t r;

	udivmod64(n < 0 ? -(uint64_t) n : (uint64_t) n,
		  d < 0 ? -(uint64_t) d : (uint64_t) d, &r);
	return n < 0 ? -(int64_t) r : (int64_t) r;
}
