package j86.launcher;

import java.util.OptionalLong;

/**
 * The value of {@code --seed} (j86 and j86 grade): the seed of the scheduler's turn lengths as an
 * unsigned 64-bit number, decimal or 0x hex, or {@code fixed} for turns of exactly the quantum
 * (an empty result; see j86.runtime.sched.TurnLengths).
 */
public final class SeedArg {
    private SeedArg() {}

    /** @throws IllegalArgumentException with a one-line message naming the option and the value */
    public static OptionalLong parse(String v) {
        String s = v.trim();
        if (s.equals("fixed")) {
            return OptionalLong.empty();
        }
        try {
            boolean hex = s.startsWith("0x") || s.startsWith("0X");
            String digits = hex ? s.substring(2) : s;
            // parseUnsignedLong would accept a leading '+'; only digits are a seed.
            if (!digits.isEmpty() && digits.chars().allMatch(c -> Character.digit(c, hex ? 16 : 10) >= 0)) {
                return OptionalLong.of(Long.parseUnsignedLong(digits, hex ? 16 : 10));
            }
        } catch (NumberFormatException e) {
            // out of range: reported below
        }
        throw new IllegalArgumentException("--seed " + v + ": expected fixed or a number from 0 to 2^64-1 "
                + "(decimal or 0x hex)");
    }

    /** The seed as --stats and the grader print it and --seed reads it back. */
    public static String format(OptionalLong seed) {
        return seed.isPresent() ? Long.toUnsignedString(seed.getAsLong()) : "fixed";
    }
}
