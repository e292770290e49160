package j86.decoder;

import static j86.decoder.Op.*;
import static j86.decoder.Row.LOCK;
import static j86.decoder.Row.group;
import static j86.decoder.Row.row;

/**
 * Opcode extensions by ModRM.reg: Intel SDM Vol. 2, Appendix A, Table A-6 ("Opcode Extensions for One- and
 * Two-byte Opcodes by Group Number"), in the SDM's group order. An entry written without operands takes the
 * operands of the opcode-map row that selects the group; a missing entry is reserved (#UD).
 * The i386 subset: groups 12-16 (SSE) are decoded for length only, in {@link TwoByteMap}.
 */
final class Groups {
    private Groups() {}

    /** 80-83: immediate ALU. */
    static final Row[] GRP1 = group(
        row(0, ADD, "", LOCK), row(1, OR, "", LOCK), row(2, ADC, "", LOCK), row(3, SBB, "", LOCK),
        row(4, AND, "", LOCK), row(5, SUB, "", LOCK), row(6, XOR, "", LOCK), row(7, CMP));

    /** 8F: POP Ev. */
    static final Row[] GRP1A = group(
        row(0, POP));

    /** C0, C1, D0-D3: shifts and rotates (/6 is an alias of SHL/SAL). */
    static final Row[] GRP2 = group(
        row(0, ROL), row(1, ROR), row(2, RCL), row(3, RCR),
        row(4, SHL), row(5, SHR), row(6, SHL), row(7, SAR));

    /** F6: byte unary group; MUL/DIV use AL/AX implicitly. /1 is an undocumented alias of TEST. */
    static final Row[] GRP3_EB = group(
        row(0, TEST, "Eb,Ib"), row(1, TEST, "Eb,Ib"), row(2, NOT, "Eb", LOCK), row(3, NEG, "Eb", LOCK),
        row(4, MUL, "Eb"), row(5, IMUL, "Eb"), row(6, DIV, "Eb"), row(7, IDIV, "Eb"));

    /** F7: word/doubleword unary group. */
    static final Row[] GRP3_EV = group(
        row(0, TEST, "Ev,Iz"), row(1, TEST, "Ev,Iz"), row(2, NOT, "Ev", LOCK), row(3, NEG, "Ev", LOCK),
        row(4, MUL, "Ev"), row(5, IMUL, "Ev"), row(6, DIV, "Ev"), row(7, IDIV, "Ev"));

    /** FE: INC/DEC Eb. */
    static final Row[] GRP4 = group(
        row(0, INC, "Eb", LOCK), row(1, DEC, "Eb", LOCK));

    /** FF: INC/DEC Ev, near and far indirect CALL/JMP, PUSH Ev. */
    static final Row[] GRP5 = group(
        row(0, INC, "Ev", LOCK), row(1, DEC, "Ev", LOCK), row(2, CALL, "Ev"), row(3, CALLF, "Ep"),
        row(4, JMP, "Ev"), row(5, JMPF, "Ep"), row(6, PUSH, "Ev"));

    /** 0F 00: local descriptor table and task register. */
    static final Row[] GRP6 = group(
        row(0, SLDT, "RvMw"), row(1, STR, "RvMw"), row(2, LLDT, "Ew"), row(3, LTR, "Ew"),
        row(4, VERR, "Ew"), row(5, VERW, "Ew"));

    /** 0F 01 (memory forms; the mod = 3 forms are later extensions, #UD here). */
    static final Row[] GRP7 = group(
        row(0, SGDT, "Ms"), row(1, SIDT, "Ms"), row(2, LGDT, "Ms"), row(3, LIDT, "Ms"),
        row(4, SMSW, "RvMw"), row(6, LMSW, "Ew"), row(7, INVLPG, "Mb"));

    /** 0F BA: bit test with immediate. */
    static final Row[] GRP8 = group(
        row(4, BT), row(5, BTS, "", LOCK), row(6, BTR, "", LOCK), row(7, BTC, "", LOCK));

    /** 0F C7: CMPXCHG8B. */
    static final Row[] GRP9 = group(
        row(1, CMPXCHG8B, "Mq", LOCK));

    /** C6, C7: MOV Eb,Ib / Ev,Iz. */
    static final Row[] GRP11 = group(
        row(0, MOV));
}
