package j86.runtime.sched;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The turn-length sequence: a pure function of (seed, round, CPU), within [q/2, 3q/2], mean q. */
class TurnLengthsTest {
    private static final int ROUNDS = 20_000;

    private static long[] sequence(TurnLengths t, int cpu) {
        long[] s = new long[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            s[r] = t.length(r, cpu);
        }
        return s;
    }

    @Test
    void sameSeedSameSequence() {
        for (long seed : new long[] {TurnLengths.DEFAULT_SEED, 0, -1, 0x5eedL}) {
            for (int cpu = 0; cpu < 4; cpu++) {
                assertArrayEquals(sequence(TurnLengths.seeded(4096, seed), cpu), sequence(TurnLengths.seeded(4096, seed), cpu));
            }
        }
    }

    @Test
    void boundedAroundTheQuantumWithMeanTheQuantum() {
        TurnLengths t = TurnLengths.seeded(4096, TurnLengths.DEFAULT_SEED);
        assertEquals(2048, t.min());
        assertEquals(6144, t.max());
        for (int cpu = 0; cpu < 8; cpu++) {
            long[] s = sequence(t, cpu);
            long min = Arrays.stream(s).min().orElseThrow();
            long max = Arrays.stream(s).max().orElseThrow();
            double mean = Arrays.stream(s).average().orElseThrow();
            assertTrue(min >= 2048 && max <= 6144, min + ".." + max);
            // Uniform over 4097 values: 20000 draws reach within 1% of both ends, and the mean's
            // standard error is 1183 / sqrt(20000) = 8.4, so 4096 +- 50 is a six-sigma band.
            assertTrue(min < 2048 + 41 && max > 6144 - 41, min + ".." + max);
            assertEquals(4096, mean, 50, "cpu " + cpu);
        }
    }

    @Test
    void cpusAndSeedsGetDifferentSequences() {
        TurnLengths a = TurnLengths.seeded(4096, 1);
        TurnLengths b = TurnLengths.seeded(4096, 2);
        for (int cpu = 0; cpu < 4; cpu++) {
            assertTrue(differences(sequence(a, cpu), sequence(b, cpu)) > ROUNDS * 0.99, "seeds 1 and 2, cpu " + cpu);
            for (int other = cpu + 1; other < 4; other++) {
                // Two CPUs get the same length in a round only by chance, about once in 4097 rounds.
                assertTrue(differences(sequence(a, cpu), sequence(a, other)) > ROUNDS * 0.99, "cpus " + cpu + ", " + other);
            }
        }
    }

    @Test
    void fixedTurnsAreTheQuantum() {
        TurnLengths t = TurnLengths.of(4096, OptionalLong.empty());
        assertTrue(t.isFixed());
        for (int cpu = 0; cpu < 4; cpu++) {
            assertTrue(Arrays.stream(sequence(t, cpu)).allMatch(n -> n == 4096));
        }
        assertEquals("fixed turns of 4096 instructions", t.toString());
    }

    @Test
    void smallAndHugeQuanta() {
        assertTrue(Arrays.stream(sequence(TurnLengths.seeded(1, 7), 0)).allMatch(n -> n == 1));
        assertTrue(Arrays.stream(sequence(TurnLengths.seeded(2, 7), 0)).allMatch(n -> n >= 1 && n <= 3));
        TurnLengths huge = TurnLengths.seeded(Long.MAX_VALUE, 7);
        assertEquals(Long.MAX_VALUE, huge.max());
        assertTrue(Arrays.stream(sequence(huge, 0)).allMatch(n -> n >= huge.min()));
    }

    @Test
    void describesItselfWithTheSeed() {
        assertEquals("seed 86, turns of 2048-6144 instructions (mean 4096)", TurnLengths.seeded(4096, 86).toString());
        assertTrue(TurnLengths.seeded(4096, -1).toString().startsWith("seed 18446744073709551615,"));
    }

    private static int differences(long[] a, long[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            n += a[i] != b[i] ? 1 : 0;
        }
        return n;
    }
}
