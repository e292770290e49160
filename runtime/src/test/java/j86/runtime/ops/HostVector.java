package j86.runtime.ops;

/**
 * One line printed by src/test/c/silicon.c: an instruction executed on the host CPU.
 * Fields (hex in the text): name a b c flagsIn r1 r2 flagsOut conds; {@code conds} bit cc is the
 * host's SETcc cc with flagsOut loaded. What a, b, c, r1, r2 mean depends on the family (see
 * {@link Replay}).
 */
record HostVector(String name, int a, int b, int c, int flagsIn, int r1, int r2, int flagsOut, int conds) {

    static HostVector parse(String line) {
        String[] f = line.trim().split(" ");
        if (f.length != 9) {
            throw new IllegalArgumentException("bad vector line: " + line);
        }
        int[] v = new int[8];
        for (int i = 0; i < 8; i++) {
            v[i] = Integer.parseUnsignedInt(f[i + 1], 16);
        }
        return new HostVector(f[0], v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
    }

    /** The operand width from the name's size suffix (8, 16 or 32; 8 for AL-only instructions). */
    int width() {
        if (name.endsWith("32")) {
            return 32;
        }
        return name.endsWith("16") ? 16 : 8;
    }

    /** The instruction without its size suffix ("adc16" -> "adc", "aam_10" -> "aam", "imul2_16" -> "imul2"). */
    String base() {
        String s = name.replaceAll("(8|16|32)$", "");
        int u = s.indexOf('_');
        return u < 0 ? s : s.substring(0, u);
    }

    /** A chain "op1>op2": op1 sets the flags, op2 consumes them (see silicon.c runChains). */
    boolean isChain() {
        return name.indexOf('>') >= 0;
    }

    /** The chain's first instruction: operands a, b (b is also the count of a shift). */
    HostVector first() {
        return new HostVector(name.substring(0, name.indexOf('>')), a, b, b, flagsIn, 0, 0, 0, 0);
    }

    /** The chain's second instruction: operands c and op1's result {@code x}, count 1. */
    HostVector second(int x) {
        return new HostVector(name.substring(name.indexOf('>') + 1), c, x, 1, 0, r1, r2, flagsOut, conds);
    }

    @Override
    public String toString() {
        return String.format("%s a=%08x b=%08x c=%08x flagsIn=%03x", name, a, b, c, flagsIn & 0xFFF);
    }
}
