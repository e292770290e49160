package j86.decoder;

/**
 * Operations the decoder can produce. One constant per distinct behaviour; the operand size lives in
 * {@link Insn#opSize}, the condition of Jcc/SETcc/CMOVcc in {@link Insn#cond}. The string is the
 * AT&T base mnemonic the disassembler prints (it adds size suffixes and condition names itself).
 * Attribute bits say which instructions end a basic block and which are privileged.
 */
public enum Op {
    // Arithmetic and logic (Intel SDM Vol. 2, one-byte map rows 0-3, group 1)
    ADD("add"), OR("or"), ADC("adc"), SBB("sbb"), AND("and"), SUB("sub"), XOR("xor"), CMP("cmp"),
    INC("inc"), DEC("dec"), NEG("neg"), NOT("not"), TEST("test"),
    MUL("mul"), IMUL("imul"), DIV("div"), IDIV("idiv"),
    ROL("rol"), ROR("ror"), RCL("rcl"), RCR("rcr"), SHL("shl"), SHR("shr"), SAR("sar"),
    SHLD("shld"), SHRD("shrd"),
    DAA("daa"), DAS("das"), AAA("aaa"), AAS("aas"), AAM("aam"), AAD("aad"),
    BT("bt"), BTS("bts"), BTR("btr"), BTC("btc"), BSF("bsf"), BSR("bsr"),
    BSWAP("bswap"), XADD("xadd"), CMPXCHG("cmpxchg"), CMPXCHG8B("cmpxchg8b"),
    CBW("cbw"), CWD("cwd"), SALC("salc"),

    // Data movement
    MOV("mov"), MOVZX("movz"), MOVSX("movs"), LEA("lea"), XCHG("xchg"), XLAT("xlat"),
    MOV_FROM_SEG("mov"), MOV_TO_SEG("mov", Op.ENDS),
    MOV_FROM_CR("mov", Op.PRIV), MOV_TO_CR("mov", Op.PRIV | Op.ENDS), MOV_FROM_DR("mov", Op.PRIV),
    MOV_TO_DR("mov", Op.PRIV | Op.ENDS),
    SETCC("set"), CMOVCC("cmov"),
    PUSH("push"), POP("pop"), PUSH_SEG("push"), POP_SEG("pop", Op.ENDS), PUSHA("pusha"), POPA("popa"),
    PUSHF("pushf"), POPF("popf", Op.ENDS), LAHF("lahf"), SAHF("sahf"),
    LDS("lds"), LES("les"), LSS("lss", Op.ENDS), LFS("lfs"), LGS("lgs"),
    ENTER("enter"), LEAVE("leave"),

    // Strings (operands implicit: opSize, addrSize, segment override, rep prefixes)
    MOVS("movs"), CMPS("cmps"), STOS("stos"), LODS("lods"), SCAS("scas"), INS("ins"), OUTS("outs"),

    // Control transfer
    JCC("j", Op.BRANCH), JMP("jmp", Op.BRANCH), JMPF("ljmp", Op.BRANCH),
    CALL("call", Op.BRANCH), CALLF("lcall", Op.BRANCH), RET("ret", Op.BRANCH), RETF("lret", Op.BRANCH),
    LOOP("loop", Op.BRANCH), LOOPE("loope", Op.BRANCH), LOOPNE("loopne", Op.BRANCH), JCXZ("jcxz", Op.BRANCH),
    INT("int", Op.BRANCH), INT3("int3", Op.BRANCH), INT1("int1", Op.BRANCH), INTO("into", Op.BRANCH), IRET("iret", Op.BRANCH),
    BOUND("bound"),

    // Flags
    CLC("clc"), STC("stc"), CMC("cmc"), CLD("cld"), STD("std"), CLI("cli"), STI("sti", Op.ENDS),

    // I/O (IOPL-sensitive; checked at run time)
    IN("in"), OUT("out"),

    // System
    HLT("hlt", Op.PRIV | Op.ENDS), NOP("nop"), PAUSE("pause"), HINT_NOP("nop"),
    CPUID("cpuid"), RDTSC("rdtsc"), RDMSR("rdmsr", Op.PRIV), WRMSR("wrmsr", Op.PRIV | Op.ENDS),
    LGDT("lgdt", Op.PRIV | Op.ENDS), LIDT("lidt", Op.PRIV | Op.ENDS), SGDT("sgdt"), SIDT("sidt"),
    LLDT("lldt", Op.PRIV | Op.ENDS), SLDT("sldt"), LTR("ltr", Op.PRIV | Op.ENDS), STR("str"),
    LMSW("lmsw", Op.PRIV | Op.ENDS), SMSW("smsw"), CLTS("clts", Op.PRIV),
    INVLPG("invlpg", Op.PRIV | Op.ENDS), WBINVD("wbinvd", Op.PRIV), INVD("invd", Op.PRIV),
    LAR("lar"), LSL("lsl"), VERR("verr"), VERW("verw"), ARPL("arpl"),

    /** x87 escape (D8-DF): decoded with its length; a CPU without an FPU raises #NM (CR0.EM/TS) or #UD. */
    X87("fpu"),
    /** MMX/SSE instruction: decoded with its length; raises #UD on this CPU. */
    SIMD("simd"),
    /** Invalid encoding (including UD2): raises #UD. */
    UD("(bad)", Op.ENDS);

    /** Ends a basic block by transferring control. */
    public static final int BRANCH = 1;
    /** Requires CPL 0 in protected mode (else #GP(0)). */
    public static final int PRIV = 2;
    /** Changes mode, paging or interrupt state: a translated block ends after it. */
    public static final int ENDS = 4;

    public final String mnemonic;
    public final int attrs;

    Op(String mnemonic) {
        this(mnemonic, 0);
    }

    Op(String mnemonic, int attrs) {
        this.mnemonic = mnemonic;
        this.attrs = attrs;
    }

    public boolean endsBlock() {
        return (attrs & (BRANCH | ENDS)) != 0;
    }
}
