package j86.runtime.sched;

/**
 * The output function of SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number
 * generators", 2014; the mixer of java.util.SplittableRandom): a bijection on 64-bit values in
 * which every output bit depends on every input bit. Written out here, not taken from the JDK, so
 * that turn lengths are a pure function of (seed, round, CPU) with no generator state to carry,
 * and cannot change with the JDK version.
 */
final class SplitMix64 {
    /** The generator's increment: 2^64 divided by the golden ratio, odd. */
    static final long GAMMA = 0x9E3779B97F4A7C15L;

    private SplitMix64() {}

    /** Stafford's "variant 13" finaliser, as SplitMix64 uses it. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The b-th output of the generator seeded with the a-th output of the generator seeded with
     * {@code seed}: two nested SplitMix64 streams, so neighbouring (a, b) pairs are unrelated.
     */
    static long hash(long seed, long a, long b) {
        return mix(mix(seed + GAMMA * (a + 1)) + GAMMA * (b + 1));
    }
}
