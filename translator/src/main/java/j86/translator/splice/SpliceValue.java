package j86.translator.splice;

/**
 * What a splice ({@link Splice}) knows about one operand-stack entry or local variable of the
 * method it is copying: a constant not yet emitted, an int local of the generated method not yet
 * loaded, a value already on the generated method's operand stack (one or two slots), or the Cpu
 * argument (never emitted: the only methods that receive it are inlined or replaced).
 *
 * <p>Only {@link #STACK} and {@link #STACK2} entries exist on the real JVM stack; the others are
 * emitted when an instruction consumes them, so that a constant argument (an operand size, a
 * shift count) folds through the arithmetic and branches that depend on it.
 */
public record SpliceValue(int kind, int value) {
    static final int CONST = 0, LOCAL = 1, STACK = 2, STACK2 = 3, CPU = 4;
    static final SpliceValue ON_STACK = new SpliceValue(STACK, 0);
    static final SpliceValue ON_STACK2 = new SpliceValue(STACK2, 0);
    public static final SpliceValue THE_CPU = new SpliceValue(CPU, 0);

    public static SpliceValue constant(int v) {
        return new SpliceValue(CONST, v);
    }

    public static SpliceValue local(int slot) {
        return new SpliceValue(LOCAL, slot);
    }

    boolean isConst() {
        return kind == CONST;
    }

    /** Not on the real stack yet: emitted (pushed) when consumed. */
    boolean lazy() {
        return kind == CONST || kind == LOCAL;
    }

    boolean onStack() {
        return kind == STACK || kind == STACK2;
    }
}
