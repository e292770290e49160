package j86.translator.splice;

/**
 * A flag record made by a spliced semantics method (its call of Flags.record or
 * Flags.recordRes), held back so that the caller decides when it lands in the flag locals: after
 * a memory destination is written (a faulting write must leave the record of the instruction
 * before), and never when liveness says nobody reads it. Operands are int locals of the
 * generated method; {@code bits} is -1 when the K_RES bits are the constant 0.
 */
public record FlagRecord(boolean res, int kind, int sizeLog2, int a, int b, int result, int bits) {
    static FlagRecord of(int kind, int sizeLog2, int a, int b, int result) {
        return new FlagRecord(false, kind, sizeLog2, a, b, result, -1);
    }

    static FlagRecord ofResult(int sizeLog2, int result, int bits) {
        return new FlagRecord(true, 0, sizeLog2, -1, -1, result, bits);
    }

    /** Whether the record reads local {@code slot} (which must then not be overwritten first). */
    boolean reads(int slot) {
        return slot == a || slot == b || slot == result || slot == bits;
    }
}
