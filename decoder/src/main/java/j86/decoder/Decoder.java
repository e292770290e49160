package j86.decoder;

/** Decodes one x86 instruction (16- or 32-bit code) into an {@link Insn}. Never throws on any byte string. */
public final class Decoder {
    private Decoder() {}

    /**
     * Decodes the instruction at {@code eip} into {@code out} and returns it.
     * @param code32 true when the code segment's D bit is set (32-bit default operand and address size)
     */
    public static Insn decode(ByteSource src, int eip, boolean code32, Insn out) {
        throw new UnsupportedOperationException("decoder: not yet written");
    }
}
