package j86.decoder;

/** AT&T-syntax disassembler (as objdump -d prints), driven by the decoder's tables. */
public final class Disasm {
    private Disasm() {}

    /** The text of {@code insn} located at {@code eip}; branch targets are absolute. */
    public static String format(Insn insn, int eip) {
        throw new UnsupportedOperationException("disassembler: not yet written");
    }
}
