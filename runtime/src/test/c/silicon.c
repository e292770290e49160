/*
 * Silicon vectors: runs ALU, shift, rotate, double-shift, multiply, divide, bit, BCD and flag
 * instructions on the host CPU and prints, per execution, one line
 *     name a b c flagsIn result1 result2 flagsOut conds
 * (hex). "conds" has bit cc set when SETcc cc (cc = 0..15, SDM Vol. 1 Table B-1) is true with
 * flagsOut loaded. The meaning of a, b, c, result1 and result2 per instruction family is listed in
 * SiliconVectorsTest.java, which replays every line on j86.runtime.ops and compares.
 *
 * Built as a 32-bit static freestanding program (BCD and SALC do not exist in 64-bit mode), so
 * there is no libc: our own _start, and Linux i386 syscalls write(4) / exit(1) via int $0x80.
 * Inputs come from a fixed-seed xorshift generator plus edge values: the output is reproducible.
 */
typedef unsigned int u32;
typedef unsigned long long u64;
typedef long long s64;

#define ARITH 0x8d5u /* CF PF AF ZF SF OF */

/* ---- tiny runtime ---- */
static int sys_write(int fd, const void *b, int n)
{
    int r;
    asm volatile("int $0x80" : "=a"(r) : "a"(4), "b"(fd), "c"(b), "d"(n) : "memory");
    return r;
}

static void sys_exit(int code)
{
    asm volatile("int $0x80" : : "a"(1), "b"(code));
    for (;;) {
    }
}

void *memset(void *d, int c, unsigned n)
{
    unsigned char *p = d;
    while (n--)
        *p++ = (unsigned char)c;
    return d;
}

void *memcpy(void *d, const void *s, unsigned n)
{
    unsigned char *p = d;
    const unsigned char *q = s;
    while (n--)
        *p++ = *q++;
    return d;
}

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

/* ---- SETcc on given flags ---- */
#define SETCC(cc, insn)                                                                          \
    do {                                                                                         \
        u32 b;                                                                                   \
        asm volatile("push %[f]\n\tpopf\n\t" insn " %b[b]\n\tmovzbl %b[b], %[b]"                 \
                     : [b] "=q"(b) : [f] "r"(flags) : "cc");                                      \
        m |= b << cc;                                                                            \
    } while (0)

static u32 conds(u32 flags)
{
    u32 m = 0;
    SETCC(0, "seto"); SETCC(1, "setno"); SETCC(2, "setb"); SETCC(3, "setae");
    SETCC(4, "sete"); SETCC(5, "setne"); SETCC(6, "setbe"); SETCC(7, "seta");
    SETCC(8, "sets"); SETCC(9, "setns"); SETCC(10, "setp"); SETCC(11, "setnp");
    SETCC(12, "setl"); SETCC(13, "setge"); SETCC(14, "setle"); SETCC(15, "setg");
    return m;
}

static void emit(const char *name, u32 a, u32 b, u32 c, u32 fin, u32 r1, u32 r2, u32 fout)
{
    if (outLen > (int)sizeof(out) - 200)
        flush();
    putStr(name);
    putHex(a); putHex(b); putHex(c); putHex(fin); putHex(r1); putHex(r2); putHex(fout);
    putHex(conds(fout));
    out[outLen++] = '\n';
}

/* ---- instruction wrappers: load flags, run one instruction, save flags ---- */
#define PRE "push %[f]\n\tpopf\n\t"
#define POST "\n\tpushf\n\tpop %[f]"

typedef u32 (*BinFn)(u32 a, u32 b, u32 *f);
typedef u32 (*ShFn)(u32 a, u32 cnt, u32 *f);
typedef u32 (*DshFn)(u32 a, u32 b, u32 cnt, u32 *f);
typedef void (*AccFn)(u32 *eax, u32 *edx, u32 src, u32 *f);

/* dst op= src, register forms (also BT r,r / BSF r,r / IMUL r,r). */
#define BIN(fn, insn, m)                                                                         \
    static u32 fn(u32 a, u32 b, u32 *fl)                                                         \
    {                                                                                            \
        u32 f = *fl;                                                                             \
        asm volatile(PRE insn " %" m "[b], %" m "[a]" POST                                       \
                     : [a] "+q"(a), [f] "+r"(f) : [b] "q"(b) : "cc");                            \
        *fl = f;                                                                                 \
        return a;                                                                                \
    }
/* op dst (INC DEC NEG NOT BSWAP); cnt ignored. */
#define UN(fn, insn, m)                                                                          \
    static u32 fn(u32 a, u32 cnt, u32 *fl)                                                       \
    {                                                                                            \
        u32 f = *fl;                                                                             \
        (void)cnt;                                                                               \
        asm volatile(PRE insn " %" m "[a]" POST : [a] "+q"(a), [f] "+r"(f) : : "cc");            \
        *fl = f;                                                                                 \
        return a;                                                                                \
    }
/* shift/rotate dst by CL */
#define SH(fn, insn, m)                                                                          \
    static u32 fn(u32 a, u32 cnt, u32 *fl)                                                       \
    {                                                                                            \
        u32 f = *fl;                                                                             \
        asm volatile(PRE insn " %%cl, %" m "[a]" POST : [a] "+q"(a), [f] "+r"(f) : "c"(cnt) : "cc"); \
        *fl = f;                                                                                 \
        return a;                                                                                \
    }
/* SHLD/SHRD dst, src, CL */
#define DSH(fn, insn, m)                                                                         \
    static u32 fn(u32 a, u32 b, u32 cnt, u32 *fl)                                                \
    {                                                                                            \
        u32 f = *fl;                                                                             \
        asm volatile(PRE insn " %%cl, %" m "[b], %" m "[a]" POST                                 \
                     : [a] "+q"(a), [f] "+r"(f) : [b] "q"(b), "c"(cnt) : "cc");                  \
        *fl = f;                                                                                 \
        return a;                                                                                \
    }
/* one-operand instructions on EAX/EDX with a register source (MUL DIV ...) */
#define ACC(fn, insn, m)                                                                         \
    static void fn(u32 *eax, u32 *edx, u32 src, u32 *fl)                                         \
    {                                                                                            \
        u32 f = *fl, a = *eax, d = *edx;                                                         \
        asm volatile(PRE insn " %" m "[s]" POST                                                  \
                     : "+a"(a), "+d"(d), [f] "+r"(f) : [s] "q"(src) : "cc");                     \
        *fl = f; *eax = a; *edx = d;                                                             \
    }
/* instructions with implicit EAX/EDX operands (DAA, CBW, LAHF, AAM imm...); src ignored */
#define IMP(fn, insn)                                                                            \
    static void fn(u32 *eax, u32 *edx, u32 src, u32 *fl)                                         \
    {                                                                                            \
        u32 f = *fl, a = *eax, d = *edx;                                                         \
        (void)src;                                                                               \
        asm volatile(PRE insn POST : "+a"(a), "+d"(d), [f] "+r"(f) : : "cc");                    \
        *fl = f; *eax = a; *edx = d;                                                             \
    }

/* XADD dst, src: returns the new dst, *src receives the old dst. */
#define XADD(fn, insn, m)                                                                        \
    static u32 fn(u32 a, u32 *src, u32 *fl)                                                      \
    {                                                                                            \
        u32 f = *fl, b = *src;                                                                   \
        asm volatile(PRE insn " %" m "[b], %" m "[a]" POST                                       \
                     : [a] "+q"(a), [b] "+q"(b), [f] "+r"(f) : : "cc");                          \
        *fl = f;                                                                                 \
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
IMP(daa, "daa") IMP(das, "das") IMP(aaa, "aaa") IMP(aas, "aas")
IMP(cbw, "cbtw") IMP(cwde, "cwtl") IMP(cwd, "cwtd") IMP(cdq, "cltd")
IMP(salc, ".byte 0xd6") IMP(lahf, "lahf") IMP(sahf, "sahf") IMP(clc, "clc") IMP(stc, "stc") IMP(cmc, "cmc")
/* AAM/AAD take an immediate: one wrapper per tested base. */
#define BASES(X) X(10) X(16) X(2) X(3) X(7) X(1) X(0x80) X(0xff)
#define AAMD(n) IMP(aam_##n, "aam $" #n) IMP(aad_##n, "aad $" #n)
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
            u32 fin = randFlags(), f = fin, a = acc, dd = dst;
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

void _start(void)
{
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
    flush();
    sys_exit(0);
}
