package j86.runtime.sched;

import java.util.OptionalLong;

/**
 * How many instructions a CPU may run in one turn of the {@link Scheduler}: the quantum varied
 * from a seed (the default), or exactly the quantum every time (fixed turns, j86's old rule).
 *
 * <p>Why vary it: with fixed turns every CPU is switched out after the same instruction count,
 * so a guest whose state repeats with a period that divides the quantum is switched out at the same
 * point of its code in every round. A spin lock without PAUSE (xv6's {@code acquire}: {@code lock
 * xchg} in a loop, interrupts off) then livelocks on 2 CPUs: the holder is switched out while
 * holding the lock each round, and the other CPU spins away its whole turn each time.
 *
 * <p>A seeded length is drawn uniformly from [q - q/2, q + q/2] (q the quantum, integer halves)
 * by SplitMix64 keyed by (seed, round, CPU index), so it is a pure function of those three: the
 * same seed gives the same turns, whatever ran before. Why that range:
 * <ul>
 *   <li>its mean is exactly q, so work per turn, switching overhead and the virtual time of a
 *       round (see {@link Scheduler}) are on average what {@code --quantum} says;</li>
 *   <li>it is a whole quantum wide, so the point where a CPU is switched out moves by up to q
 *       from one round to the next and the CPUs' turn boundaries drift apart as independent random
 *       walks: a guest loop of any period is cut at spread-out phases, and no two CPUs stay in step;</li>
 *   <li>a turn is at least q/2, so turns never shrink to a few instructions, which would make the
 *       per-turn cost (entering the engine, the round hook) dominate;</li>
 *   <li>a turn is at most 3q/2, so how long the other CPUs wait, and how late an interrupt raised
 *       at a round boundary is taken, grows by at most half over fixed turns.</li>
 * </ul>
 */
public final class TurnLengths {
    /** The seed when none is given, so that default runs (launcher, grader, tests) are reproducible. */
    public static final long DEFAULT_SEED = 86;

    private final long quantum;
    private final OptionalLong seed;
    private final long min;
    private final long max;

    private TurnLengths(long quantum, OptionalLong seed) {
        if (quantum < 1) {
            throw new IllegalArgumentException("quantum " + quantum + ": must be positive");
        }
        this.quantum = quantum;
        this.seed = seed;
        long half = seed.isPresent() ? quantum / 2 : 0;
        this.min = quantum - half;
        this.max = quantum > Long.MAX_VALUE - half ? Long.MAX_VALUE : quantum + half;
    }

    /** Every turn is exactly {@code quantum} instructions. */
    public static TurnLengths fixed(long quantum) {
        return new TurnLengths(quantum, OptionalLong.empty());
    }

    /** Turns of {@code quantum} +- half of it, drawn from {@code seed}. */
    public static TurnLengths seeded(long quantum, long seed) {
        return new TurnLengths(quantum, OptionalLong.of(seed));
    }

    /** Seeded turns, or fixed ones when {@code seed} is empty (how the launcher's --seed is held). */
    public static TurnLengths of(long quantum, OptionalLong seed) {
        return new TurnLengths(quantum, seed);
    }

    /** CPU {@code cpu}'s turn in scheduler round {@code round}, in instructions: within [min, max]. */
    public long length(long round, int cpu) {
        if (min == max) {
            return min;
        }
        long r = SplitMix64.hash(seed.getAsLong(), round, cpu);
        return min + Long.remainderUnsigned(r, max - min + 1);
    }

    /** The mean turn length (--quantum). */
    public long quantum() {
        return quantum;
    }

    /** The seed, empty for fixed turns. */
    public OptionalLong seed() {
        return seed;
    }

    public boolean isFixed() {
        return seed.isEmpty();
    }

    public long min() {
        return min;
    }

    public long max() {
        return max;
    }

    /** "seed 86, turns of 2048-6144 instructions" or "fixed turns of 4096 instructions", for --stats. */
    @Override
    public String toString() {
        if (isFixed()) {
            return "fixed turns of " + quantum + " instructions";
        }
        return "seed " + Long.toUnsignedString(seed.getAsLong()) + ", turns of " + min + "-" + max
                + " instructions (mean " + quantum + ")";
    }
}
