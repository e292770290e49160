package j86.decoder;

import static j86.decoder.Op.*;
import static j86.decoder.Row.LOCK;
import static j86.decoder.Row.grp;
import static j86.decoder.Row.row;

/**
 * The two-byte opcode map (0F xx): Intel SDM Vol. 2, Appendix A, Table A-3, in order. The i386 system and
 * integer instructions plus the later ones toolchains emit (CMOVcc, CPUID, RDTSC, RDMSR/WRMSR, CMPXCHG8B,
 * XADD, BSWAP, hint NOPs). MMX/SSE cells decode as {@link Op#SIMD} with their ModRM and imm8 so that
 * lengths are right; the 66/F2/F3 mandatory prefixes do not change those lengths. 0F 38 and 0F 3A
 * (three-byte maps, Tables) are handled by the decoder: ModRM, plus imm8 for 0F 3A.
 */
final class TwoByteMap {
    private TwoByteMap() {}

    static final Row[] MAP = Row.map(
        grp(0x0F00, Groups.GRP6, "Ew"), grp(0x0F01, Groups.GRP7, "Ms"), row(0x0F02, LAR, "Gv,Ew"),
        row(0x0F03, LSL, "Gv,Ew"), row(0x0F06, CLTS), row(0x0F08, INVD), row(0x0F09, WBINVD), row(0x0F0B, UD),
        row(0x0F0D, HINT_NOP, "Ev"),

        row(0x0F10, SIMD, "Ev"), row(0x0F11, SIMD, "Ev"), row(0x0F12, SIMD, "Ev"), row(0x0F13, SIMD, "Ev"),
        row(0x0F14, SIMD, "Ev"), row(0x0F15, SIMD, "Ev"), row(0x0F16, SIMD, "Ev"), row(0x0F17, SIMD, "Ev"),
        row(0x0F18, HINT_NOP, "Ev"), row(0x0F19, HINT_NOP, "Ev"), row(0x0F1A, HINT_NOP, "Ev"),
        row(0x0F1B, HINT_NOP, "Ev"), row(0x0F1C, HINT_NOP, "Ev"), row(0x0F1D, HINT_NOP, "Ev"),
        row(0x0F1E, HINT_NOP, "Ev"), row(0x0F1F, HINT_NOP, "Ev"),

        row(0x0F20, MOV_FROM_CR, "Rd,Cd"), row(0x0F21, MOV_FROM_DR, "Rd,Dd"), row(0x0F22, MOV_TO_CR, "Cd,Rd"),
        row(0x0F23, MOV_TO_DR, "Dd,Rd"),
        row(0x0F28, SIMD, "Ev"), row(0x0F29, SIMD, "Ev"), row(0x0F2A, SIMD, "Ev"), row(0x0F2B, SIMD, "Ev"),
        row(0x0F2C, SIMD, "Ev"), row(0x0F2D, SIMD, "Ev"), row(0x0F2E, SIMD, "Ev"), row(0x0F2F, SIMD, "Ev"),

        row(0x0F30, WRMSR), row(0x0F31, RDTSC), row(0x0F32, RDMSR),

        row(0x0F40, CMOVCC, "Gv,Ev"), row(0x0F41, CMOVCC, "Gv,Ev"), row(0x0F42, CMOVCC, "Gv,Ev"),
        row(0x0F43, CMOVCC, "Gv,Ev"), row(0x0F44, CMOVCC, "Gv,Ev"), row(0x0F45, CMOVCC, "Gv,Ev"),
        row(0x0F46, CMOVCC, "Gv,Ev"), row(0x0F47, CMOVCC, "Gv,Ev"), row(0x0F48, CMOVCC, "Gv,Ev"),
        row(0x0F49, CMOVCC, "Gv,Ev"), row(0x0F4A, CMOVCC, "Gv,Ev"), row(0x0F4B, CMOVCC, "Gv,Ev"),
        row(0x0F4C, CMOVCC, "Gv,Ev"), row(0x0F4D, CMOVCC, "Gv,Ev"), row(0x0F4E, CMOVCC, "Gv,Ev"),
        row(0x0F4F, CMOVCC, "Gv,Ev"),

        row(0x0F50, SIMD, "Ev"), row(0x0F51, SIMD, "Ev"), row(0x0F52, SIMD, "Ev"), row(0x0F53, SIMD, "Ev"),
        row(0x0F54, SIMD, "Ev"), row(0x0F55, SIMD, "Ev"), row(0x0F56, SIMD, "Ev"), row(0x0F57, SIMD, "Ev"),
        row(0x0F58, SIMD, "Ev"), row(0x0F59, SIMD, "Ev"), row(0x0F5A, SIMD, "Ev"), row(0x0F5B, SIMD, "Ev"),
        row(0x0F5C, SIMD, "Ev"), row(0x0F5D, SIMD, "Ev"), row(0x0F5E, SIMD, "Ev"), row(0x0F5F, SIMD, "Ev"),
        row(0x0F60, SIMD, "Ev"), row(0x0F61, SIMD, "Ev"), row(0x0F62, SIMD, "Ev"), row(0x0F63, SIMD, "Ev"),
        row(0x0F64, SIMD, "Ev"), row(0x0F65, SIMD, "Ev"), row(0x0F66, SIMD, "Ev"), row(0x0F67, SIMD, "Ev"),
        row(0x0F68, SIMD, "Ev"), row(0x0F69, SIMD, "Ev"), row(0x0F6A, SIMD, "Ev"), row(0x0F6B, SIMD, "Ev"),
        row(0x0F6C, SIMD, "Ev"), row(0x0F6D, SIMD, "Ev"), row(0x0F6E, SIMD, "Ev"), row(0x0F6F, SIMD, "Ev"),
        row(0x0F70, SIMD, "Ev,Ib"), row(0x0F71, SIMD, "Ev,Ib"), row(0x0F72, SIMD, "Ev,Ib"), row(0x0F73, SIMD, "Ev,Ib"),
        row(0x0F74, SIMD, "Ev"), row(0x0F75, SIMD, "Ev"), row(0x0F76, SIMD, "Ev"), row(0x0F77, SIMD),
        row(0x0F78, SIMD, "Ev"), row(0x0F79, SIMD, "Ev"), row(0x0F7C, SIMD, "Ev"), row(0x0F7D, SIMD, "Ev"),
        row(0x0F7E, SIMD, "Ev"), row(0x0F7F, SIMD, "Ev"),

        row(0x0F80, JCC, "Jz"), row(0x0F81, JCC, "Jz"), row(0x0F82, JCC, "Jz"), row(0x0F83, JCC, "Jz"),
        row(0x0F84, JCC, "Jz"), row(0x0F85, JCC, "Jz"), row(0x0F86, JCC, "Jz"), row(0x0F87, JCC, "Jz"),
        row(0x0F88, JCC, "Jz"), row(0x0F89, JCC, "Jz"), row(0x0F8A, JCC, "Jz"), row(0x0F8B, JCC, "Jz"),
        row(0x0F8C, JCC, "Jz"), row(0x0F8D, JCC, "Jz"), row(0x0F8E, JCC, "Jz"), row(0x0F8F, JCC, "Jz"),

        row(0x0F90, SETCC, "Eb"), row(0x0F91, SETCC, "Eb"), row(0x0F92, SETCC, "Eb"), row(0x0F93, SETCC, "Eb"),
        row(0x0F94, SETCC, "Eb"), row(0x0F95, SETCC, "Eb"), row(0x0F96, SETCC, "Eb"), row(0x0F97, SETCC, "Eb"),
        row(0x0F98, SETCC, "Eb"), row(0x0F99, SETCC, "Eb"), row(0x0F9A, SETCC, "Eb"), row(0x0F9B, SETCC, "Eb"),
        row(0x0F9C, SETCC, "Eb"), row(0x0F9D, SETCC, "Eb"), row(0x0F9E, SETCC, "Eb"), row(0x0F9F, SETCC, "Eb"),

        row(0x0FA0, PUSH_SEG, "FS"), row(0x0FA1, POP_SEG, "FS"), row(0x0FA2, CPUID), row(0x0FA3, BT, "Ev,Gv"),
        row(0x0FA4, SHLD, "Ev,Gv,Ib"), row(0x0FA5, SHLD, "Ev,Gv,CL"),
        row(0x0FA8, PUSH_SEG, "GS"), row(0x0FA9, POP_SEG, "GS"), row(0x0FAB, BTS, "Ev,Gv", LOCK),
        row(0x0FAC, SHRD, "Ev,Gv,Ib"), row(0x0FAD, SHRD, "Ev,Gv,CL"), row(0x0FAE, SIMD, "Ev"), row(0x0FAF, IMUL, "Gv,Ev"),

        row(0x0FB0, CMPXCHG, "Eb,Gb", LOCK), row(0x0FB1, CMPXCHG, "Ev,Gv", LOCK), row(0x0FB2, LSS, "Gv,Mp"),
        row(0x0FB3, BTR, "Ev,Gv", LOCK), row(0x0FB4, LFS, "Gv,Mp"), row(0x0FB5, LGS, "Gv,Mp"),
        row(0x0FB6, MOVZX, "Gv,Eb"), row(0x0FB7, MOVZX, "Gv,Ew"),
        row(0x0FB8, SIMD, "Ev"), row(0x0FB9, UD, "Ev"), grp(0x0FBA, Groups.GRP8, "Ev,Ib"), row(0x0FBB, BTC, "Ev,Gv", LOCK),
        row(0x0FBC, BSF, "Gv,Ev"), row(0x0FBD, BSR, "Gv,Ev"), row(0x0FBE, MOVSX, "Gv,Eb"), row(0x0FBF, MOVSX, "Gv,Ew"),

        row(0x0FC0, XADD, "Eb,Gb", LOCK), row(0x0FC1, XADD, "Ev,Gv", LOCK), row(0x0FC2, SIMD, "Ev,Ib"),
        row(0x0FC3, SIMD, "Ev"), row(0x0FC4, SIMD, "Ev,Ib"), row(0x0FC5, SIMD, "Ev,Ib"), row(0x0FC6, SIMD, "Ev,Ib"),
        grp(0x0FC7, Groups.GRP9, "Mq"),
        row(0x0FC8, BSWAP, "eAX"), row(0x0FC9, BSWAP, "eCX"), row(0x0FCA, BSWAP, "eDX"), row(0x0FCB, BSWAP, "eBX"),
        row(0x0FCC, BSWAP, "eSP"), row(0x0FCD, BSWAP, "eBP"), row(0x0FCE, BSWAP, "eSI"), row(0x0FCF, BSWAP, "eDI"),

        row(0x0FD0, SIMD, "Ev"), row(0x0FD1, SIMD, "Ev"), row(0x0FD2, SIMD, "Ev"), row(0x0FD3, SIMD, "Ev"),
        row(0x0FD4, SIMD, "Ev"), row(0x0FD5, SIMD, "Ev"), row(0x0FD6, SIMD, "Ev"), row(0x0FD7, SIMD, "Ev"),
        row(0x0FD8, SIMD, "Ev"), row(0x0FD9, SIMD, "Ev"), row(0x0FDA, SIMD, "Ev"), row(0x0FDB, SIMD, "Ev"),
        row(0x0FDC, SIMD, "Ev"), row(0x0FDD, SIMD, "Ev"), row(0x0FDE, SIMD, "Ev"), row(0x0FDF, SIMD, "Ev"),
        row(0x0FE0, SIMD, "Ev"), row(0x0FE1, SIMD, "Ev"), row(0x0FE2, SIMD, "Ev"), row(0x0FE3, SIMD, "Ev"),
        row(0x0FE4, SIMD, "Ev"), row(0x0FE5, SIMD, "Ev"), row(0x0FE6, SIMD, "Ev"), row(0x0FE7, SIMD, "Ev"),
        row(0x0FE8, SIMD, "Ev"), row(0x0FE9, SIMD, "Ev"), row(0x0FEA, SIMD, "Ev"), row(0x0FEB, SIMD, "Ev"),
        row(0x0FEC, SIMD, "Ev"), row(0x0FED, SIMD, "Ev"), row(0x0FEE, SIMD, "Ev"), row(0x0FEF, SIMD, "Ev"),
        row(0x0FF0, SIMD, "Ev"), row(0x0FF1, SIMD, "Ev"), row(0x0FF2, SIMD, "Ev"), row(0x0FF3, SIMD, "Ev"),
        row(0x0FF4, SIMD, "Ev"), row(0x0FF5, SIMD, "Ev"), row(0x0FF6, SIMD, "Ev"), row(0x0FF7, SIMD, "Ev"),
        row(0x0FF8, SIMD, "Ev"), row(0x0FF9, SIMD, "Ev"), row(0x0FFA, SIMD, "Ev"), row(0x0FFB, SIMD, "Ev"),
        row(0x0FFC, SIMD, "Ev"), row(0x0FFD, SIMD, "Ev"), row(0x0FFE, SIMD, "Ev"), row(0x0FFF, SIMD, "Ev"));

    /** Three-byte maps 0F 38 xx (ModRM) and 0F 3A xx (ModRM + imm8): SSSE3/SSE4 and later, length only. */
    static final Row ESC_0F38 = row(0x0F38, SIMD, "Ev");
    static final Row ESC_0F3A = row(0x0F3A, SIMD, "Ev,Ib");
}
