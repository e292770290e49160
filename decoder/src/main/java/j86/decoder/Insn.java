package j86.decoder;

/**
 * One decoded instruction. Decoding fills an Insn in place (no allocation on the hot path);
 * the interpreter keeps decoded Insns per physical page and the translator reads the same objects.
 */
public final class Insn {
    // Prefix bits (Intel SDM Vol. 2, 2.1.1)
    public static final int PFX_LOCK = 1, PFX_REP = 2, PFX_REPNE = 4, PFX_OPSIZE = 8, PFX_ADSIZE = 16;

    public Op op = Op.UD;
    /** Instruction length in bytes (1..15); an instruction longer than 15 bytes decodes as UD with length 15. */
    public int length;
    /** Operation width in bits: 8, 16 or 32. */
    public int opSize;
    /** Address width in bits: 16 or 32. */
    public int addrSize;
    /** PFX_* bits seen. */
    public int prefixes;
    /** Segment override prefix ({@link Seg}) or -1. */
    public int segOverride = -1;
    /** Condition code 0..15 (O,NO,B,AE,E,NE,BE,A,S,NS,P,NP,L,GE,LE,G) for JCC, SETCC, CMOVCC. */
    public int cond;
    /** Opcode: one-byte 0x00-0xFF, two-byte 0x0F00-0x0FFF. */
    public int opcode;
    /** Raw ModRM byte, or -1 when the instruction has none. */
    public int modrm = -1;

    /** Explicit operands in Intel order (destination first). */
    public final Operand[] operands = {new Operand(), new Operand(), new Operand()};
    public int operandCount;

    // The memory operand, when some operand has kind MEM.
    /** Base register 0..7 or -1. In 16-bit addressing these are the registers of the ModRM rm table (BX+SI etc.) mapped to base/index. */
    public int memBase = -1;
    /** Index register 0..7 or -1. */
    public int memIndex = -1;
    /** Scale as a shift count 0..3. */
    public int memScale;
    /** Displacement (sign-extended). */
    public int memDisp;
    /** Effective segment of the memory operand: the override, else SS for EBP/ESP-based forms, else DS. */
    public int memSeg = Seg.DS;
    /** The prefix bytes in order, the last 8 of them packed in the low bytes (the disassembler prints unused ones). */
    public long prefixBytes;
    /** How many prefix bytes precede the opcode. */
    public int prefixCount;
    /** Raw SIB byte, or -1 when the instruction has none. */
    public int sib = -1;
    /** The opcode-map row this instruction was decoded from (the disassembler reads it). */
    Row row;

    public Operand op(int i) {
        return operands[i];
    }

    public boolean has(int prefixBit) {
        return (prefixes & prefixBit) != 0;
    }

    /** The operation needs CPL 0 in protected mode (#GP(0) otherwise); IOPL checks are the interpreter's. */
    public boolean privileged() {
        return (op.attrs & Op.PRIV) != 0;
    }

    /** A basic block ends after this instruction (control transfer, or mode/paging/interrupt-state change). */
    public boolean endsBlock() {
        return op.endsBlock();
    }

    /** Resets every field before decoding into this object again. */
    public void clear() {
        op = Op.UD;
        length = 0;
        opSize = 32;
        addrSize = 32;
        prefixes = 0;
        segOverride = -1;
        cond = 0;
        opcode = 0;
        modrm = -1;
        operandCount = 0;
        memBase = -1;
        memIndex = -1;
        memScale = 0;
        memDisp = 0;
        memSeg = Seg.DS;
        sib = -1;
        row = null;
        prefixBytes = 0;
        prefixCount = 0;
    }
}
