package j86.decoder;

/** What an operand of a decoded instruction is. */
public enum Kind {
    /** A general register: {@link Operand#reg} 0..7 in encoding order; for 8-bit operands 0..7 = AL,CL,DL,BL,AH,CH,DH,BH. */
    REG,
    /** A segment register: {@link Operand#reg} 0..5 = ES,CS,SS,DS,FS,GS (see {@link Seg}). */
    SREG,
    /** A control register CR0..CR7 (only 0, 2, 3, 4 exist; others decode but fault at run time). */
    CREG,
    /** A debug register DR0..DR7. */
    DREG,
    /** The one memory operand described by the {@code mem*} fields of {@link Insn}. */
    MEM,
    /** An immediate, already sign- or zero-extended as the encoding says, in {@link Operand#value}. */
    IMM,
    /** A relative branch displacement (sign-extended) in {@link Operand#value}; target = next EIP + value. */
    REL,
    /** A far pointer ptr16:16 / ptr16:32: offset in {@link Operand#value}, selector in {@link Operand#value2}. */
    FAR,
    /** The constant 1 of the shift-by-one forms (D0/D1). */
    ONE,
}
