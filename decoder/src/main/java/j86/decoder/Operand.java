package j86.decoder;

/** One explicit operand of a decoded instruction. */
public final class Operand {
    public Kind kind;
    /** Width in bits: 8, 16 or 32 (48 for m16:32 / pseudo-descriptors, 64 for m64). */
    public int size;
    /** Register number for REG, SREG, CREG, DREG. */
    public int reg;
    /** Immediate, displacement or far offset. */
    public int value;
    /** Far pointer selector. */
    public int value2;

    public Operand set(Kind kind, int size, int reg, int value, int value2) {
        this.kind = kind;
        this.size = size;
        this.reg = reg;
        this.value = value;
        this.value2 = value2;
        return this;
    }

    @Override
    public String toString() {
        return kind + "/" + size + (kind == Kind.IMM || kind == Kind.REL ? ":" + Integer.toHexString(value) : ":r" + reg);
    }
}
