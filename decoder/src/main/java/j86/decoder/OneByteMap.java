package j86.decoder;

import static j86.decoder.Op.*;
import static j86.decoder.Row.LOCK;
import static j86.decoder.Row.grp;
import static j86.decoder.Row.row;

/**
 * The one-byte opcode map: Intel SDM Vol. 2, Appendix A, Table A-2, row by row (00-FF), i386 view
 * (32-bit and 16-bit code; no REX, VEX or EVEX). Prefix bytes (26 2E 36 3E 64 65 66 67 F0 F2 F3) and the
 * 0F escape have no row: the decoder handles them. D8-DF are the x87 escapes (decoded for length).
 */
final class OneByteMap {
    private OneByteMap() {}

    static final Row[] MAP = Row.map(
        row(0x00, ADD, "Eb,Gb", LOCK), row(0x01, ADD, "Ev,Gv", LOCK), row(0x02, ADD, "Gb,Eb"), row(0x03, ADD, "Gv,Ev"),
        row(0x04, ADD, "AL,Ib"), row(0x05, ADD, "eAX,Iz"), row(0x06, PUSH_SEG, "ES"), row(0x07, POP_SEG, "ES"),
        row(0x08, OR, "Eb,Gb", LOCK), row(0x09, OR, "Ev,Gv", LOCK), row(0x0A, OR, "Gb,Eb"), row(0x0B, OR, "Gv,Ev"),
        row(0x0C, OR, "AL,Ib"), row(0x0D, OR, "eAX,Iz"), row(0x0E, PUSH_SEG, "CS"),

        row(0x10, ADC, "Eb,Gb", LOCK), row(0x11, ADC, "Ev,Gv", LOCK), row(0x12, ADC, "Gb,Eb"), row(0x13, ADC, "Gv,Ev"),
        row(0x14, ADC, "AL,Ib"), row(0x15, ADC, "eAX,Iz"), row(0x16, PUSH_SEG, "SS"), row(0x17, POP_SEG, "SS"),
        row(0x18, SBB, "Eb,Gb", LOCK), row(0x19, SBB, "Ev,Gv", LOCK), row(0x1A, SBB, "Gb,Eb"), row(0x1B, SBB, "Gv,Ev"),
        row(0x1C, SBB, "AL,Ib"), row(0x1D, SBB, "eAX,Iz"), row(0x1E, PUSH_SEG, "DS"), row(0x1F, POP_SEG, "DS"),

        row(0x20, AND, "Eb,Gb", LOCK), row(0x21, AND, "Ev,Gv", LOCK), row(0x22, AND, "Gb,Eb"), row(0x23, AND, "Gv,Ev"),
        row(0x24, AND, "AL,Ib"), row(0x25, AND, "eAX,Iz"), row(0x27, DAA),
        row(0x28, SUB, "Eb,Gb", LOCK), row(0x29, SUB, "Ev,Gv", LOCK), row(0x2A, SUB, "Gb,Eb"), row(0x2B, SUB, "Gv,Ev"),
        row(0x2C, SUB, "AL,Ib"), row(0x2D, SUB, "eAX,Iz"), row(0x2F, DAS),

        row(0x30, XOR, "Eb,Gb", LOCK), row(0x31, XOR, "Ev,Gv", LOCK), row(0x32, XOR, "Gb,Eb"), row(0x33, XOR, "Gv,Ev"),
        row(0x34, XOR, "AL,Ib"), row(0x35, XOR, "eAX,Iz"), row(0x37, AAA),
        row(0x38, CMP, "Eb,Gb"), row(0x39, CMP, "Ev,Gv"), row(0x3A, CMP, "Gb,Eb"), row(0x3B, CMP, "Gv,Ev"),
        row(0x3C, CMP, "AL,Ib"), row(0x3D, CMP, "eAX,Iz"), row(0x3F, AAS),

        row(0x40, INC, "eAX"), row(0x41, INC, "eCX"), row(0x42, INC, "eDX"), row(0x43, INC, "eBX"),
        row(0x44, INC, "eSP"), row(0x45, INC, "eBP"), row(0x46, INC, "eSI"), row(0x47, INC, "eDI"),
        row(0x48, DEC, "eAX"), row(0x49, DEC, "eCX"), row(0x4A, DEC, "eDX"), row(0x4B, DEC, "eBX"),
        row(0x4C, DEC, "eSP"), row(0x4D, DEC, "eBP"), row(0x4E, DEC, "eSI"), row(0x4F, DEC, "eDI"),

        row(0x50, PUSH, "eAX"), row(0x51, PUSH, "eCX"), row(0x52, PUSH, "eDX"), row(0x53, PUSH, "eBX"),
        row(0x54, PUSH, "eSP"), row(0x55, PUSH, "eBP"), row(0x56, PUSH, "eSI"), row(0x57, PUSH, "eDI"),
        row(0x58, POP, "eAX"), row(0x59, POP, "eCX"), row(0x5A, POP, "eDX"), row(0x5B, POP, "eBX"),
        row(0x5C, POP, "eSP"), row(0x5D, POP, "eBP"), row(0x5E, POP, "eSI"), row(0x5F, POP, "eDI"),

        row(0x60, PUSHA), row(0x61, POPA), row(0x62, BOUND, "Gv,Ma"), row(0x63, ARPL, "Ew,Gw"),
        row(0x68, PUSH, "Iz"), row(0x69, IMUL, "Gv,Ev,Iz"), row(0x6A, PUSH, "Ibs"), row(0x6B, IMUL, "Gv,Ev,Ibs"),
        row(0x6C, INS, "Yb,DX"), row(0x6D, INS, "Yv,DX"), row(0x6E, OUTS, "DX,Xb"), row(0x6F, OUTS, "DX,Xv"),

        row(0x70, JCC, "Jb"), row(0x71, JCC, "Jb"), row(0x72, JCC, "Jb"), row(0x73, JCC, "Jb"),
        row(0x74, JCC, "Jb"), row(0x75, JCC, "Jb"), row(0x76, JCC, "Jb"), row(0x77, JCC, "Jb"),
        row(0x78, JCC, "Jb"), row(0x79, JCC, "Jb"), row(0x7A, JCC, "Jb"), row(0x7B, JCC, "Jb"),
        row(0x7C, JCC, "Jb"), row(0x7D, JCC, "Jb"), row(0x7E, JCC, "Jb"), row(0x7F, JCC, "Jb"),

        grp(0x80, Groups.GRP1, "Eb,Ib"), grp(0x81, Groups.GRP1, "Ev,Iz"), grp(0x82, Groups.GRP1, "Eb,Ib"),
        grp(0x83, Groups.GRP1, "Ev,Ibs"),
        row(0x84, TEST, "Eb,Gb"), row(0x85, TEST, "Ev,Gv"), row(0x86, XCHG, "Eb,Gb", LOCK), row(0x87, XCHG, "Ev,Gv", LOCK),
        row(0x88, MOV, "Eb,Gb"), row(0x89, MOV, "Ev,Gv"), row(0x8A, MOV, "Gb,Eb"), row(0x8B, MOV, "Gv,Ev"),
        row(0x8C, MOV_FROM_SEG, "RvMw,Sw"), row(0x8D, LEA, "Gv,M"), row(0x8E, MOV_TO_SEG, "Sw,Ew"),
        grp(0x8F, Groups.GRP1A, "Ev"),

        row(0x90, NOP), row(0x91, XCHG, "eCX,eAX"), row(0x92, XCHG, "eDX,eAX"), row(0x93, XCHG, "eBX,eAX"),
        row(0x94, XCHG, "eSP,eAX"), row(0x95, XCHG, "eBP,eAX"), row(0x96, XCHG, "eSI,eAX"), row(0x97, XCHG, "eDI,eAX"),
        row(0x98, CBW), row(0x99, CWD), row(0x9A, CALLF, "Ap"), row(0x9B, X87),
        row(0x9C, PUSHF), row(0x9D, POPF), row(0x9E, SAHF), row(0x9F, LAHF),

        row(0xA0, MOV, "AL,Ob"), row(0xA1, MOV, "eAX,Ov"), row(0xA2, MOV, "Ob,AL"), row(0xA3, MOV, "Ov,eAX"),
        row(0xA4, MOVS, "Yb,Xb"), row(0xA5, MOVS, "Yv,Xv"), row(0xA6, CMPS, "Xb,Yb"), row(0xA7, CMPS, "Xv,Yv"),
        row(0xA8, TEST, "AL,Ib"), row(0xA9, TEST, "eAX,Iz"), row(0xAA, STOS, "Yb,AL"), row(0xAB, STOS, "Yv,eAX"),
        row(0xAC, LODS, "AL,Xb"), row(0xAD, LODS, "eAX,Xv"), row(0xAE, SCAS, "AL,Yb"), row(0xAF, SCAS, "eAX,Yv"),

        row(0xB0, MOV, "AL,Ib"), row(0xB1, MOV, "CL,Ib"), row(0xB2, MOV, "DL,Ib"), row(0xB3, MOV, "BL,Ib"),
        row(0xB4, MOV, "AH,Ib"), row(0xB5, MOV, "CH,Ib"), row(0xB6, MOV, "DH,Ib"), row(0xB7, MOV, "BH,Ib"),
        row(0xB8, MOV, "eAX,Iv"), row(0xB9, MOV, "eCX,Iv"), row(0xBA, MOV, "eDX,Iv"), row(0xBB, MOV, "eBX,Iv"),
        row(0xBC, MOV, "eSP,Iv"), row(0xBD, MOV, "eBP,Iv"), row(0xBE, MOV, "eSI,Iv"), row(0xBF, MOV, "eDI,Iv"),

        grp(0xC0, Groups.GRP2, "Eb,Ib"), grp(0xC1, Groups.GRP2, "Ev,Ib"), row(0xC2, RET, "Iw"), row(0xC3, RET),
        row(0xC4, LES, "Gv,Mp"), row(0xC5, LDS, "Gv,Mp"), grp(0xC6, Groups.GRP11, "Eb,Ib"), grp(0xC7, Groups.GRP11, "Ev,Iz"),
        row(0xC8, ENTER, "Iw,Ib"), row(0xC9, LEAVE), row(0xCA, RETF, "Iw"), row(0xCB, RETF),
        row(0xCC, INT3), row(0xCD, INT, "Ib"), row(0xCE, INTO), row(0xCF, IRET),

        grp(0xD0, Groups.GRP2, "Eb,1"), grp(0xD1, Groups.GRP2, "Ev,1"), grp(0xD2, Groups.GRP2, "Eb,CL"),
        grp(0xD3, Groups.GRP2, "Ev,CL"), row(0xD4, AAM, "Ib"), row(0xD5, AAD, "Ib"), row(0xD6, SALC), row(0xD7, XLAT),
        row(0xD8, X87, "Ev"), row(0xD9, X87, "Ev"), row(0xDA, X87, "Ev"), row(0xDB, X87, "Ev"),
        row(0xDC, X87, "Ev"), row(0xDD, X87, "Ev"), row(0xDE, X87, "Ev"), row(0xDF, X87, "Ev"),

        row(0xE0, LOOPNE, "Jb"), row(0xE1, LOOPE, "Jb"), row(0xE2, LOOP, "Jb"), row(0xE3, JCXZ, "Jb"),
        row(0xE4, IN, "AL,Ib"), row(0xE5, IN, "eAX,Ib"), row(0xE6, OUT, "Ib,AL"), row(0xE7, OUT, "Ib,eAX"),
        row(0xE8, CALL, "Jz"), row(0xE9, JMP, "Jz"), row(0xEA, JMPF, "Ap"), row(0xEB, JMP, "Jb"),
        row(0xEC, IN, "AL,DX"), row(0xED, IN, "eAX,DX"), row(0xEE, OUT, "DX,AL"), row(0xEF, OUT, "DX,eAX"),

        row(0xF1, INT1), row(0xF4, HLT), row(0xF5, CMC),
        grp(0xF6, Groups.GRP3_EB, "Eb"), grp(0xF7, Groups.GRP3_EV, "Ev"),
        row(0xF8, CLC), row(0xF9, STC), row(0xFA, CLI), row(0xFB, STI),
        row(0xFC, CLD), row(0xFD, STD), grp(0xFE, Groups.GRP4, "Eb"), grp(0xFF, Groups.GRP5, "Ev"));
}
