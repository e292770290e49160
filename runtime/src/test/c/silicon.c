/*
 * Silicon vectors: runs ALU, shift, rotate, double-shift, multiply, divide, bit, BCD and flag
 * instructions on the host CPU and prints, per execution, one line
 *     name a b c flagsIn result1 result2 flagsOut conds
 * (hex). "conds" has bit cc set when SETcc cc (cc = 0..15, SDM Vol. 1 Table B-1) is true with
 * flagsOut loaded. The meaning of a, b, c, result1 and result2 per instruction family is listed in
 * SiliconVectorsTest.java, which replays every line on j86.runtime.ops and compares. Lines starting
 * with '#' are notes, not vectors (see "compatibility mode" below).
 *
 * Built as a 64-bit (x86-64) static freestanding program, so that it runs on any x86-64 Linux,
 * including kernels that cannot run i386 programs: no libc, our own _start, Linux x86-64 syscalls
 * via SYSCALL (write 1, exit 60, fork 57, wait4 61, alarm 37, modify_ldt 154, setrlimit 160).
 * Every instruction keeps its 8/16/32-bit operand size; in 64-bit mode those compute the same
 * results and flags as in 32-bit mode (32-bit destinations are zero-extended into the 64-bit
 * registers, which the printed 32-bit values do not see). Only the PUSHF/POPF that load and save
 * the flags around each instruction are 64-bit (PUSHFQ/POPFQ).
 *
 * Compatibility mode: DAA DAS AAA AAS AAM AAD SALC are invalid in 64-bit mode. They run in small
 * 32-bit stubs entered by a far return into a 32-bit code segment -- Linux x86-64's user one
 * (GDT selector 0x23), else one of our own in the LDT (modify_ldt) -- on a stack in .bss (the
 * binary is linked non-PIE at 0x400000, so code and stack are below 4 GiB), and come back by a
 * 32-bit far return to the 64-bit code segment; no syscall is made in 32-bit mode. Whether the
 * host allows this is probed first in a forked child (the segment may be absent, e.g. in some
 * paravirtualised guests). If it does not, those vectors are not executed (their inputs are still
 * drawn, so every other vector is the same) and the program prints
 * "# compat32 unavailable <why>" and per vector name "# not-compared <name> <count>"; otherwise
 * "# compat32 ok <selector>".
 *
 * Inputs come from a fixed-seed xorshift generator plus edge values: the output is reproducible.
 */
typedef unsigned int u32;
typedef unsigned long long u64;
typedef long long s64;

#define ARITH 0x8d5u /* CF PF AF ZF SF OF */

/* ---- tiny runtime ---- */
static long syscall4(long nr, long a, long b, long c, long d)
{
    long r;
    register long r10 asm("r10") = d;
    asm volatile("syscall" : "=a"(r) : "a"(nr), "D"(a), "S"(b), "d"(c), "r"(r10) : "rcx", "r11", "memory");
    return r;
}

static long syscall3(long nr, long a, long b, long c) { return syscall4(nr, a, b, c, 0); }

#define SYS_WRITE 1
#define SYS_ALARM 37
#define SYS_FORK 57
#define SYS_EXIT 60
#define SYS_WAIT4 61
#define SYS_MODIFY_LDT 154
#define SYS_SETRLIMIT 160
#define RLIMIT_CORE 4

static int sys_write(int fd, const void *b, int n) { return (int)syscall3(SYS_WRITE, fd, (long)b, n); }

static void sys_exit(int code)
{
    syscall3(SYS_EXIT, code, 0, 0);
    for (;;) {
    }
}

void *memset(void *d, int c, unsigned long n)
{
    unsigned char *p = d;
    while (n--)
        *p++ = (unsigned char)c;
    return d;
}

void *memcpy(void *d, const void *s, unsigned long n)
{
    unsigned char *p = d;
    const unsigned char *q = s;
    while (n--)
        *p++ = *q++;
    return d;
}

/* The kernel enters _start with RSP 16-byte aligned and no return address: call into C. */
void cmain(void);
asm(".pushsection .text\n"
    ".globl _start\n"
    "_start:\n"
    "\txor %ebp, %ebp\n"
    "\tand $-16, %rsp\n"
    "\tcall cmain\n"
    "\tud2\n"
    ".popsection");

static char out[1 << 16];
static int outLen;

static void flush(void)
{
    int done = 0;
    while (done < outLen) {
        int n = sys_write(1, out + done, outLen - done);
        if (n <= 0)
            sys_exit(2);
        done += n;
    }
    outLen = 0;
}

static void putStr(const char *s)
{
    while (*s)
        out[outLen++] = *s++;
}

static void putDec(u32 v)
{
    char tmp[10];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    out[outLen++] = ' ';
    while (n)
        out[outLen++] = tmp[--n];
}

static void putHex(u32 v)
{
    static const char digits[] = "0123456789abcdef";
    char tmp[8];
    int n = 0;
    do {
        tmp[n++] = digits[v & 15];
        v >>= 4;
    } while (v);
    out[outLen++] = ' ';
    while (n)
        out[outLen++] = tmp[--n];
}

/* ---- inputs ---- */
static u32 seed = 0x2545F491u;

static u32 rnd(void)
{
    seed ^= seed << 13;
    seed ^= seed >> 17;
    seed ^= seed << 5;
    return seed;
}

static const u32 edges[] = {0, 1, 2, 0x0f, 0x10, 0x7f, 0x80, 0x99, 0x9a, 0xff, 0x7fff, 0x8000, 0xffff,
                            0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff};
#define NEDGES (sizeof(edges) / sizeof(edges[0]))

static u32 maskOf(int width) { return width == 32 ? 0xffffffffu : (1u << width) - 1; }

/* A value of the given width: uniform, an edge value, a small one, or an edge plus a small delta. */
static u32 value(int width)
{
    u32 r = rnd();
    switch (r & 3) {
    case 0: return rnd() & maskOf(width);
    case 1: return edges[(r >> 8) % NEDGES] & maskOf(width);
    case 2: return (r >> 8) & 0x1f;
    default: return (edges[(r >> 8) % NEDGES] + ((r >> 16) & 7) - 3) & maskOf(width);
    }
}

static u32 randFlags(void) { return (rnd() & ARITH) | 2; }

/* ---- compatibility mode: the instructions 64-bit mode does not have ---- */
#define USER32_CS 0x23 /* Linux x86-64 GDT entry 4, the 32-bit user code segment */
#define LDT32_CS 0x07  /* LDT entry 0, RPL 3: our own 32-bit code segment (modify_ldt) */

/*
 * compat_enter (called from 64-bit code, compat_cs set): in EAX, EDX, ECX = flags, ESI = a
 * 32-bit stub; out EAX, EDX, ECX = flags after. Clobbers RDI, RSI, R8-R11. Saves the registers the
 * C ABI keeps, since a mode switch need not preserve their upper halves (SDM Vol. 1, 3.4.1.1).
 * Switches to a
 * stack in .bss, builds a 32-bit far-return frame (back to label 1, current CS) there, enters
 * the 32-bit segment by a 64-bit far return, calls the stub and comes back by a 32-bit far
 * return. A stub: PUSH ECX, POPF, the instruction, PUSHF, POP ECX, RET (only SS:ESP is used:
 * DS and ES may hold null selectors in a 64-bit process).
 */
asm(".pushsection .bss\n"
    "\t.balign 16\n"
    "compat_stack:\n"
    "\t.skip 4096\n"
    "compat_stack_top:\n"
    "compat_rsp:\n"
    "\t.skip 8\n"
    "compat_cs:\n"
    "\t.skip 8\n"
    ".popsection\n"
    ".pushsection .text\n"
    "compat_enter:\n"
    "\tpush %rbx\n\tpush %rbp\n\tpush %r12\n\tpush %r13\n\tpush %r14\n\tpush %r15\n"
    "\tmovq %rsp, compat_rsp(%rip)\n"
    "\tmovl $compat_stack_top, %esp\n"
    "\tsubq $8, %rsp\n"
    "\tmovl $1f, (%rsp)\n"
    "\tmovl %cs, %edi\n"
    "\tmovl %edi, 4(%rsp)\n"
    "\tpushq compat_cs(%rip)\n"
    "\tpushq $2f\n"
    "\tlretq\n"
    ".code32\n"
    "2:\tcall *%esi\n"
    "\tlret\n"
    ".code64\n"
    "1:\tmovq compat_rsp(%rip), %rsp\n"
    "\tpop %r15\n\tpop %r14\n\tpop %r13\n\tpop %r12\n\tpop %rbp\n\tpop %rbx\n"
    "\tret\n"
    ".popsection");
extern char compat_stack_top[];
extern u64 compat_cs; /* the 32-bit code segment's selector */

static int compatOk; /* the probe ran the stubs in a forked child without a fault */
static int skipped;  /* the last instruction was not run (no 32-bit code segment) */

static void compat(const char *stub, u32 *eax, u32 *edx, u32 *fl)
{
    u32 a = *eax, d = *edx, f = *fl;
    if (!compatOk) {
        skipped = 1;
        return;
    }
    asm volatile("call compat_enter"
                 : "+a"(a), "+d"(d), "+c"(f), "+S"(stub)
                 :
                 : "rdi", "r8", "r9", "r10", "r11", "memory", "cc");
    *eax = a;
    *edx = d;
    *fl = f;
}

/* ---- SETcc on given flags ---- */
#define SETCC(cc, insn)                                                                          \
    do {                                                                                         \
        u32 b;                                                                                   \
        asm volatile("pushq %[f]\n\tpopfq\n\t" insn " %b[b]\n\tmovzbl %b[b], %k[b]"              \
                     : [b] "=q"(b) : [f] "r"(f64) : "cc");                                        \
        m |= b << cc;                                                                            \
    } while (0)

static u32 conds(u32 flags)
{
    u64 f64 = flags;
    u32 m = 0;
    SETCC(0, "seto"); SETCC(1, "setno"); SETCC(2, "setb"); SETCC(3, "setae");
    SETCC(4, "sete"); SETCC(5, "setne"); SETCC(6, "setbe"); SETCC(7, "seta");
    SETCC(8, "sets"); SETCC(9, "setns"); SETCC(10, "setp"); SETCC(11, "setnp");
    SETCC(12, "setl"); SETCC(13, "setge"); SETCC(14, "setle"); SETCC(15, "setg");
    return m;
}

/* Vectors not run, counted per name (chains included) for the "# not-compared" lines. */
static struct {
    char name[32];
    u32 n;
} notRun[200];
static int notRunNames;

static int sameStr(const char *x, const char *y)
{
    while (*x && *x == *y)
        x++, y++;
    return *x == *y;
}

static void countNotRun(const char *name)
{
    int i = 0;
    while (i < notRunNames && !sameStr(notRun[i].name, name))
        i++;
    if (i == notRunNames) {
        if (notRunNames == (int)(sizeof(notRun) / sizeof(notRun[0])))
            sys_exit(3);
        for (int k = 0; name[k] && k < 31; k++)
            notRun[i].name[k] = name[k];
        notRunNames++;
    }
    notRun[i].n++;
}

static void emit(const char *name, u32 a, u32 b, u32 c, u32 fin, u32 r1, u32 r2, u32 fout)
{
    if (skipped) {
        skipped = 0;
        countNotRun(name);
        return;
    }
    if (outLen > (int)sizeof(out) - 200)
        flush();
    putStr(name);
    putHex(a); putHex(b); putHex(c); putHex(fin); putHex(r1); putHex(r2); putHex(fout);
    putHex(conds(fout));
    out[outLen++] = '\n';
}

/* ---- instruction wrappers: load flags, run one instruction, save flags ---- */
/* 64-bit PUSHFQ/POPFQ around the instruction: [f] is always a u64. */
#define PRE "pushq %[f]\n\tpopfq\n\t"
#define POST "\n\tpushfq\n\tpopq %[f]"

typedef u32 (*BinFn)(u32 a, u32 b, u32 *f);
typedef u32 (*ShFn)(u32 a, u32 cnt, u32 *f);
typedef u32 (*DshFn)(u32 a, u32 b, u32 cnt, u32 *f);
typedef void (*AccFn)(u32 *eax, u32 *edx, u32 src, u32 *f);

/* dst op= src, register forms (also BT r,r / BSF r,r / IMUL r,r). */
#define BIN(fn, insn, m)                                                                         \
    static u32 fn(u32 a, u32 b, u32 *fl)                                                         \
    {                                                                                            \
        u64 f = *fl;                                                                             \
        asm volatile(PRE insn " %" m "[b], %" m "[a]" POST                                       \
                     : [a] "+q"(a), [f] "+r"(f) : [b] "q"(b) : "cc");                            \
        *fl = (u32)f;                                                                            \
        return a;                                                                                \
    }
/* op dst (INC DEC NEG NOT BSWAP); cnt ignored. */
#define UN(fn, insn, m)                                                                          \
    static u32 fn(u32 a, u32 cnt, u32 *fl)                                                       \
    {                                                                                            \
        u64 f = *fl;                                                                             \
        (void)cnt;                                                                               \
        asm volatile(PRE insn " %" m "[a]" POST : [a] "+q"(a), [f] "+r"(f) : : "cc");            \
        *fl = (u32)f;                                                                            \
        return a;                                                                                \
    }
/* shift/rotate dst by CL */
#define SH(fn, insn, m)                                                                          \
    static u32 fn(u32 a, u32 cnt, u32 *fl)                                                       \
    {                                                                                            \
        u64 f = *fl;                                                                             \
        asm volatile(PRE insn " %%cl, %" m "[a]" POST : [a] "+q"(a), [f] "+r"(f) : "c"(cnt) : "cc"); \
        *fl = (u32)f;                                                                            \
        return a;                                                                                \
    }
/* SHLD/SHRD dst, src, CL */
#define DSH(fn, insn, m)                                                                         \
    static u32 fn(u32 a, u32 b, u32 cnt, u32 *fl)                                                \
    {                                                                                            \
        u64 f = *fl;                                                                             \
        asm volatile(PRE insn " %%cl, %" m "[b], %" m "[a]" POST                                 \
                     : [a] "+q"(a), [f] "+r"(f) : [b] "q"(b), "c"(cnt) : "cc");                  \
        *fl = (u32)f;                                                                            \
        return a;                                                                                \
    }
/* one-operand instructions on EAX/EDX with a register source (MUL DIV ...) */
#define ACC(fn, insn, m)                                                                         \
    static void fn(u32 *eax, u32 *edx, u32 src, u32 *fl)                                         \
    {                                                                                            \
        u64 f = *fl;                                                                             \
        u32 a = *eax, d = *edx;                                                                  \
        asm volatile(PRE insn " %" m "[s]" POST                                                  \
                     : "+a"(a), "+d"(d), [f] "+r"(f) : [s] "q"(src) : "cc");                     \
        *fl = (u32)f; *eax = a; *edx = d;                                                        \
    }
/* instructions with implicit EAX/EDX operands (CBW, LAHF, SAHF, CLC...); src ignored */
#define IMP(fn, insn)                                                                            \
    static void fn(u32 *eax, u32 *edx, u32 src, u32 *fl)                                         \
    {                                                                                            \
        u64 f = *fl;                                                                             \
        u32 a = *eax, d = *edx;                                                                  \
        (void)src;                                                                               \
        asm volatile(PRE insn POST : "+a"(a), "+d"(d), [f] "+r"(f) : : "cc");                    \
        *fl = (u32)f; *eax = a; *edx = d;                                                        \
    }

/* the same for instructions invalid in 64-bit mode (DAA, SALC, AAM imm...): a 32-bit stub */
#define CIMP(fn, insn)                                                                           \
    asm(".pushsection .text\n.code32\n" #fn "_stub32:\n\tpush %ecx\n\tpopf\n\t" insn           \
        "\n\tpushf\n\tpop %ecx\n\tret\n.code64\n.popsection");                                   \
    extern char fn##_stub32[];                                                                   \
    static void fn(u32 *eax, u32 *edx, u32 src, u32 *fl)                                         \
    {                                                                                            \
        (void)src;                                                                               \
        compat(fn##_stub32, eax, edx, fl);                                                       \
    }

/* XADD dst, src: returns the new dst, *src receives the old dst. */
#define XADD(fn, insn, m)                                                                        \
    static u32 fn(u32 a, u32 *src, u32 *fl)                                                      \
    {                                                                                            \
        u64 f = *fl;                                                                             \
        u32 b = *src;                                                                            \
        asm volatile(PRE insn " %" m "[b], %" m "[a]" POST                                       \
                     : [a] "+q"(a), [b] "+q"(b), [f] "+r"(f) : : "cc");                          \
        *fl = (u32)f;                                                                            \
        *src = b;                                                                                \
        return a;                                                                                \
    }

#define SIZED(X, name, insn) X(name##8, insn "b", "b") X(name##16, insn "w", "w") X(name##32, insn "l", "k")
SIZED(BIN, add, "add") SIZED(BIN, or, "or") SIZED(BIN, adc, "adc") SIZED(BIN, sbb, "sbb")
SIZED(BIN, and, "and") SIZED(BIN, sub, "sub") SIZED(BIN, xor, "xor") SIZED(BIN, cmp, "cmp")
SIZED(BIN, test, "test")
SIZED(UN, inc, "inc") SIZED(UN, dec, "dec") SIZED(UN, neg, "neg") SIZED(UN, not, "not")
SIZED(SH, rol, "rol") SIZED(SH, ror, "ror") SIZED(SH, rcl, "rcl") SIZED(SH, rcr, "rcr")
SIZED(SH, shl, "shl") SIZED(SH, shr, "shr") SIZED(SH, sar, "sar")
SIZED(XADD, xadd, "xadd") SIZED(ACC, mul, "mul") SIZED(ACC, imul, "imul") SIZED(ACC, div, "div") SIZED(ACC, idiv, "idiv")
BIN(imul2_16, "imulw", "w") BIN(imul2_32, "imull", "k")
BIN(bt16, "btw", "w") BIN(bt32, "btl", "k") BIN(bts16, "btsw", "w") BIN(bts32, "btsl", "k")
BIN(btr16, "btrw", "w") BIN(btr32, "btrl", "k") BIN(btc16, "btcw", "w") BIN(btc32, "btcl", "k")
BIN(bsf16, "bsfw", "w") BIN(bsf32, "bsfl", "k") BIN(bsr16, "bsrw", "w") BIN(bsr32, "bsrl", "k")
UN(bswap32, "bswap", "k")
DSH(shld16, "shldw", "w") DSH(shld32, "shldl", "k") DSH(shrd16, "shrdw", "w") DSH(shrd32, "shrdl", "k")
CIMP(daa, "daa") CIMP(das, "das") CIMP(aaa, "aaa") CIMP(aas, "aas")
IMP(cbw, "cbtw") IMP(cwde, "cwtl") IMP(cwd, "cwtd") IMP(cdq, "cltd")
CIMP(salc, ".byte 0xd6") IMP(lahf, "lahf") IMP(sahf, "sahf") IMP(clc, "clc") IMP(stc, "stc") IMP(cmc, "cmc")
/* AAM/AAD take an immediate: one wrapper per tested base. */
#define BASES(X) X(10) X(16) X(2) X(3) X(7) X(1) X(0x80) X(0xff)
#define AAMD(n) CIMP(aam_##n, "aam $" #n) CIMP(aad_##n, "aad $" #n)
BASES(AAMD)

/* ---- drivers ---- */
static void runBin(const char *name, BinFn fn, int width, int nrand)
{
    u32 m = maskOf(width);
    for (unsigned i = 0; i < NEDGES + nrand; i++) {
        for (unsigned j = 0; j < (i < NEDGES ? NEDGES : 1); j++) {
            u32 a = i < NEDGES ? edges[i] & m : value(width);
            u32 b = i < NEDGES ? edges[j] & m : value(width);
            u32 fin = randFlags(), f = fin;
            u32 r = fn(a, b, &f);
            emit(name, a, b, 0, fin, r & m, 0, f);
        }
    }
}

/* Shifts and unary ops: every count 0..33 against edge and random values, then random counts. */
static void runSh(const char *name, ShFn fn, int width, int unary)
{
    u32 m = maskOf(width);
    int counts = unary ? 1 : 34;
    for (int cnt = 0; cnt < counts; cnt++) {
        for (unsigned i = 0; i < NEDGES + 24; i++) {
            u32 a = i < NEDGES ? edges[i] & m : value(width);
            u32 fin = randFlags(), f = fin;
            u32 r = fn(a, cnt, &f);
            emit(name, a, 0, cnt, fin, r & m, 0, f);
        }
    }
    for (int i = 0; i < 300; i++) {
        u32 a = value(width), cnt = unary ? 0 : rnd() & 0xff;
        u32 fin = randFlags(), f = fin;
        u32 r = fn(a, cnt, &f);
        emit(name, a, 0, cnt, fin, r & m, 0, f);
    }
}

/* SHLD/SHRD; 16-bit counts above 16 are undefined (SDM) and not generated. */
static void runDsh(const char *name, DshFn fn, int width)
{
    u32 m = maskOf(width);
    for (int cnt = 0; cnt < 34; cnt++) {
        if ((cnt & 31) > width)
            continue;
        for (int i = 0; i < 40; i++) {
            u32 a = value(width), b = value(width);
            u32 fin = randFlags(), f = fin;
            u32 r = fn(a, b, cnt, &f);
            emit(name, a, b, cnt, fin, r & m, 0, f);
        }
    }
}

static void runMul(const char *name, AccFn fn, int width, int n)
{
    for (int i = 0; i < n; i++) {
        u32 eax = (rnd() & ~maskOf(width)) | value(width), edx = rnd(), src = value(width);
        u32 fin = randFlags(), f = fin, a = eax, d = edx;
        fn(&a, &d, src, &f);
        emit(name, eax, edx, src, fin, a, d, f);
    }
}

static u32 absU(u32 v) { return (int)v < 0 ? -v : v; }

static s64 sext(u32 v, int width) { return width == 32 ? (s64)(int)v : (s64)(int)(v << (32 - width)) >> (32 - width); }

/*
 * Non-faulting divisions, built as dividend = q * d + r with q in range and |r| < |d| (r taking
 * the dividend's sign for IDIV), so that no 64-bit division is needed on the host side.
 */
static void runDiv(const char *name, AccFn fn, int width, int isSigned, int n)
{
    u32 m = maskOf(width);
    for (int i = 0; i < n; i++) {
        u32 d = value(width), q = value(width);
        if (d == 0)
            d = 1 + (rnd() & 0xf);
        s64 sd = isSigned ? sext(d, width) : d, sq = isSigned ? sext(q, width) : q;
        u32 ad = isSigned ? absU((u32)sd) : d;
        u32 r = (width == 32 ? rnd() : rnd() & m) % ad;
        s64 prod = sq * sd;
        u64 dividend = (u64)(prod + (prod < 0 ? -(s64)r : (s64)r));
        if (prod == 0 && isSigned && (rnd() & 1))
            dividend = (u64)(-(s64)r);
        u32 eax = rnd(), edx = rnd();
        if (width == 8) {
            eax = (eax & ~0xffffu) | ((u32)dividend & 0xffff);
        } else if (width == 16) {
            eax = (eax & ~0xffffu) | ((u32)dividend & 0xffff);
            edx = (edx & ~0xffffu) | ((u32)(dividend >> 16) & 0xffff);
        } else {
            eax = (u32)dividend;
            edx = (u32)(dividend >> 32);
        }
        u32 fin = randFlags(), f = fin, a = eax, dx = edx;
        fn(&a, &dx, d, &f);
        emit(name, eax, edx, d, fin, a, dx, f);
    }
}

/* Implicit-operand instructions: every AL with each CF/AF combination, random AH and upper bits. */
static void runImp(const char *name, AccFn fn, int reps)
{
    for (int k = 0; k < reps; k++) {
        for (u32 al = 0; al < 256; al++) {
            u32 eax = (rnd() & ~0xffu) | al, edx = rnd();
            u32 fin = (randFlags() & ~0x11u) | (k & 1) | ((k & 2) << 3), f = fin, a = eax, d = edx;
            fn(&a, &d, 0, &f);
            emit(name, eax, edx, 0, fin, a, d, f);
        }
    }
}

static void runXadd(const char *name, u32 (*fn)(u32, u32 *, u32 *), int width)
{
    u32 m = maskOf(width);
    for (int i = 0; i < 400; i++) {
        u32 a = value(width), b = value(width), fin = randFlags(), f = fin, src = b;
        u32 r = fn(a, &src, &f);
        emit(name, a, b, 0, fin, r & m, src & m, f);
    }
}

static void runCmpxchg(void)
{
    static const int widths[] = {8, 16, 32};
    for (int w = 0; w < 3; w++) {
        u32 m = maskOf(widths[w]);
        for (int i = 0; i < 400; i++) {
            u32 acc = value(widths[w]), dst = (rnd() & 1) ? acc : value(widths[w]), src = value(widths[w]);
            u32 fin = randFlags(), a = acc, dd = dst;
            u64 f = fin;
            if (w == 0)
                asm volatile(PRE "cmpxchgb %b[s], %b[d]" POST : "+a"(a), [d] "+q"(dd), [f] "+r"(f) : [s] "q"(src) : "cc");
            else if (w == 1)
                asm volatile(PRE "cmpxchgw %w[s], %w[d]" POST : "+a"(a), [d] "+q"(dd), [f] "+r"(f) : [s] "q"(src) : "cc");
            else
                asm volatile(PRE "cmpxchgl %k[s], %k[d]" POST : "+a"(a), [d] "+q"(dd), [f] "+r"(f) : [s] "q"(src) : "cc");
            emit(widths[w] == 8 ? "cmpxchg8" : widths[w] == 16 ? "cmpxchg16" : "cmpxchg32", acc, dst, src, fin,
                 a & m, dd & m, f);
        }
    }
}

/*
 * Chains: op1 (a, b) sets the flags, op2 reads them. Printed as "op1>op2 a b c fin r1 r2 fout":
 * op2's operands are (c, op1's result) -- for implicit-operand op2 EAX = c, EDX = op1's result --
 * with shift/rotate counts of 1; r1, r2 are op2's results. This checks that every lazy flag state
 * is read correctly by the instructions that consume flags. Op1s whose flags are partly undefined
 * are only followed by op2s that do not read the undefined ones.
 */
struct Op1 { const char *name; BinFn bin; ShFn sh; int width; int fullyDefined; };
struct Op2 { const char *name; BinFn bin; ShFn sh; AccFn imp; int width; int readsOnlyCf; };

static const struct Op1 op1s[] = {
    {"add8", add8, 0, 8, 1}, {"add16", add16, 0, 16, 1}, {"add32", add32, 0, 32, 1},
    {"adc8", adc8, 0, 8, 1}, {"adc32", adc32, 0, 32, 1}, {"sub8", sub8, 0, 8, 1},
    {"sub16", sub16, 0, 16, 1}, {"sub32", sub32, 0, 32, 1}, {"sbb16", sbb16, 0, 16, 1},
    {"sbb32", sbb32, 0, 32, 1}, {"cmp8", cmp8, 0, 8, 1}, {"cmp32", cmp32, 0, 32, 1},
    {"inc8", 0, inc8, 8, 1}, {"inc32", 0, inc32, 32, 1}, {"dec16", 0, dec16, 16, 1},
    {"dec32", 0, dec32, 32, 1}, {"neg8", 0, neg8, 8, 1}, {"neg32", 0, neg32, 32, 1},
    {"and32", and32, 0, 32, 0}, {"xor8", xor8, 0, 8, 0}, {"or16", or16, 0, 16, 0},
    {"shl32", 0, shl32, 32, 0}, {"shr16", 0, shr16, 16, 0}, {"sar8", 0, sar8, 8, 0},
    {"imul2_32", imul2_32, 0, 32, 0}, {"rol8", 0, rol8, 8, 0},
};
static const struct Op2 op2s[] = {
    {"adc8", adc8, 0, 0, 8, 1}, {"adc32", adc32, 0, 0, 32, 1}, {"sbb16", sbb16, 0, 0, 16, 1},
    {"sbb32", sbb32, 0, 0, 32, 1}, {"inc32", 0, inc32, 0, 32, 1}, {"dec8", 0, dec8, 0, 8, 1},
    {"rcl32", 0, rcl32, 0, 32, 1}, {"rcr8", 0, rcr8, 0, 8, 1}, {"salc", 0, 0, salc, 8, 1},
    {"cmc", 0, 0, cmc, 8, 1}, {"daa", 0, 0, daa, 8, 0}, {"das", 0, 0, das, 8, 0},
    {"aaa", 0, 0, aaa, 8, 0}, {"aas", 0, 0, aas, 8, 0}, {"lahf", 0, 0, lahf, 8, 0},
};

static void runChains(int reps)
{
    char name[40];
    for (unsigned i = 0; i < sizeof(op1s) / sizeof(op1s[0]); i++) {
        const struct Op1 *p = &op1s[i];
        for (unsigned j = 0; j < sizeof(op2s) / sizeof(op2s[0]); j++) {
            const struct Op2 *q = &op2s[j];
            if (!p->fullyDefined && !q->readsOnlyCf)
                continue;
            int n = 0;
            for (const char *s = p->name; *s; s++) name[n++] = *s;
            name[n++] = '>';
            for (const char *s = q->name; *s; s++) name[n++] = *s;
            name[n] = 0;
            for (int k = 0; k < reps; k++) {
                u32 a = value(p->width), b = p->sh ? 1 : value(p->width), c = value(q->width);
                u32 fin = randFlags(), f = fin, r1, r2 = 0;
                u32 x = (p->bin ? p->bin(a, b, &f) : p->sh(a, b, &f)) & maskOf(p->width);
                if (q->bin) {
                    r1 = q->bin(c, x, &f) & maskOf(q->width);
                } else if (q->sh) {
                    r1 = q->sh(c, 1, &f) & maskOf(q->width);
                } else {
                    r1 = c;
                    r2 = x;
                    q->imp(&r1, &r2, 0, &f);
                }
                emit(name, a, b, c, fin, r1, r2, f);
            }
        }
    }
}

#define SIZES3(X, name, ...) X(#name "8", name##8, 8, __VA_ARGS__); X(#name "16", name##16, 16, __VA_ARGS__); \
    X(#name "32", name##32, 32, __VA_ARGS__)

/*
 * Runs every 32-bit stub once through code segment sel in a forked child (a missing or 64-bit
 * segment faults there, not here). Returns 0 if the child exited normally, else the reason.
 */
static const char *probeCompat(u32 sel, u32 *detail)
{
    static const AccFn stubs[] = {daa, das, aaa, aas, salc, aam_10, aad_10};
    *detail = 0;
    compat_cs = sel;
    if ((u64)compat_stack_top > 0xffffffffu || (u64)daa_stub32 > 0xffffffffu)
        return "code-or-stack-above-4GiB";
    long pid = syscall3(SYS_FORK, 0, 0, 0);
    if (pid < 0) {
        *detail = (u32)-pid;
        return "fork-failed-errno";
    }
    if (pid == 0) {
        static const u64 noCore[2] = {0, 0};
        syscall3(SYS_SETRLIMIT, RLIMIT_CORE, (long)noCore, 0); /* a fault here leaves no core file */
        syscall3(SYS_ALARM, 10, 0, 0);
        compatOk = 1;
        for (unsigned i = 0; i < sizeof(stubs) / sizeof(stubs[0]); i++) {
            u32 a = 0x9a, d = 0, f = 2;
            stubs[i](&a, &d, 0, &f);
        }
        sys_exit(0);
    }
    int status = 0;
    if (syscall4(SYS_WAIT4, pid, (long)&status, 0, 0) != pid)
        return "wait4-failed";
    if ((status & 0x7f) != 0) {
        *detail = (u32)(status & 0x7f);
        return "signal";
    }
    if ((status >> 8) & 0xff) {
        *detail = (u32)((status >> 8) & 0xff);
        return "exit-status";
    }
    return 0;
}

/*
 * Linux's 32-bit user code segment first; if that faults, a 32-bit code segment of our own in
 * the LDT (modify_ldt, as Wine does). Prints "# compat32 ok <selector>" or
 * "# compat32 unavailable <why...>".
 */
static void setUpCompat(void)
{
    u32 gdtDetail, ldtDetail = 0;
    const char *gdtWhy = probeCompat(USER32_CS, &gdtDetail), *ldtWhy = 0;
    if (gdtWhy) {
        /* struct user_desc: entry 0, base 0, limit 0xfffff pages, 32-bit code, present */
        u32 desc[4] = {0, 0, 0xfffff, 0x1 | 0x2 << 1 | 0x1 << 4};
        long r = syscall3(SYS_MODIFY_LDT, 0x11, (long)desc, sizeof(desc));
        if (r < 0) {
            ldtWhy = "modify_ldt-errno";
            ldtDetail = (u32)-r;
        } else {
            ldtWhy = probeCompat(LDT32_CS, &ldtDetail);
        }
    }
    compatOk = gdtWhy == 0 || ldtWhy == 0;
    if (compatOk) {
        putStr("# compat32 ok");
        putHex((u32)compat_cs);
        out[outLen++] = '\n';
    } else {
        putStr("# compat32 unavailable GDT 0x23: ");
        putStr(gdtWhy);
        putDec(gdtDetail);
        putStr("; LDT: ");
        putStr(ldtWhy);
        putDec(ldtDetail);
        out[outLen++] = '\n';
    }
}

void cmain(void)
{
    setUpCompat();
    SIZES3(runBin, add, 250); SIZES3(runBin, or, 120); SIZES3(runBin, adc, 250); SIZES3(runBin, sbb, 250);
    SIZES3(runBin, and, 120); SIZES3(runBin, sub, 250); SIZES3(runBin, xor, 120); SIZES3(runBin, cmp, 250);
    SIZES3(runBin, test, 120);
    SIZES3(runSh, inc, 1); SIZES3(runSh, dec, 1); SIZES3(runSh, neg, 1); SIZES3(runSh, not, 1);
    runSh("bswap32", bswap32, 32, 1);
    SIZES3(runSh, rol, 0); SIZES3(runSh, ror, 0); SIZES3(runSh, rcl, 0); SIZES3(runSh, rcr, 0);
    SIZES3(runSh, shl, 0); SIZES3(runSh, shr, 0); SIZES3(runSh, sar, 0);
    runDsh("shld16", shld16, 16); runDsh("shld32", shld32, 32);
    runDsh("shrd16", shrd16, 16); runDsh("shrd32", shrd32, 32);
    SIZES3(runMul, mul, 1500); SIZES3(runMul, imul, 1500);
    runBin("imul2_16", imul2_16, 16, 250); runBin("imul2_32", imul2_32, 32, 250);
    SIZES3(runDiv, div, 0, 1500); SIZES3(runDiv, idiv, 1, 1500);
    runBin("bt16", bt16, 16, 120); runBin("bt32", bt32, 32, 120);
    runBin("bts16", bts16, 16, 120); runBin("bts32", bts32, 32, 120);
    runBin("btr16", btr16, 16, 120); runBin("btr32", btr32, 32, 120);
    runBin("btc16", btc16, 16, 120); runBin("btc32", btc32, 32, 120);
    runBin("bsf16", bsf16, 16, 250); runBin("bsf32", bsf32, 32, 250);
    runBin("bsr16", bsr16, 16, 250); runBin("bsr32", bsr32, 32, 250);
    runImp("daa", daa, 4); runImp("das", das, 4); runImp("aaa", aaa, 4); runImp("aas", aas, 4);
#define RUN_AAMD(n) runImp("aam_" #n, aam_##n, 2); runImp("aad_" #n, aad_##n, 2);
    BASES(RUN_AAMD)
    runImp("cbw", cbw, 1); runImp("cwde", cwde, 1); runImp("cwd", cwd, 1); runImp("cdq", cdq, 1);
    runImp("salc", salc, 4); runImp("lahf", lahf, 4); runImp("sahf", sahf, 4);
    runImp("clc", clc, 4); runImp("stc", stc, 4); runImp("cmc", cmc, 4);
    runCmpxchg();
    runXadd("xadd8", xadd8, 8); runXadd("xadd16", xadd16, 16); runXadd("xadd32", xadd32, 32);
    runChains(100);
    for (int i = 0; i < notRunNames; i++) {
        if (outLen > (int)sizeof(out) - 200)
            flush();
        putStr("# not-compared ");
        putStr(notRun[i].name);
        putDec(notRun[i].n);
        out[outLen++] = '\n';
    }
    flush();
    sys_exit(0);
}
