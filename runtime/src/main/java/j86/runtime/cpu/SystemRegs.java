package j86.runtime.cpu;

/**
 * Control, debug and system-segment registers (Intel SDM Vol. 3, 2.5 "Control Registers", 2.4
 * "Memory-Management Registers", 17.2 "Debug Registers"; Vol. 2 pseudo-code of MOV CRn, LMSW, CLTS,
 * LLDT, LTR, MOV DRn).
 *
 * Each method also performs the CPL 0 check (#GP(0) in protected mode at CPL > 0), so callers need
 * not. LGDT/LIDT need no helper: the interpreter stores Cpu.gdtBase/gdtLimit/idtBase/idtLimit.
 */
public final class SystemRegs {
    private SystemRegs() {}

    /** CR0 bits that exist on our CPU; the others are reserved and read as 0. */
    public static final int CR0_DEFINED = Cpu.CR0_PE | Cpu.CR0_MP | Cpu.CR0_EM | Cpu.CR0_TS | Cpu.CR0_ET
            | Cpu.CR0_NE | Cpu.CR0_WP | Cpu.CR0_AM | Cpu.CR0_NW | Cpu.CR0_CD | Cpu.CR0_PG;
    /** CR4 bits we implement (CPUID should report the matching features); setting another is #GP(0). */
    public static final int CR4_ALLOWED = Cpu.CR4_TSD | Cpu.CR4_DE | Cpu.CR4_PSE | Cpu.CR4_PGE;
    /**
     * CR0 bits whose change alters address translation. Not PE: PG requires PE, so PE changes only
     * while paging is off, where every linear address maps to itself at any privilege. (SeaBIOS
     * leaves and re-enters protected mode on every call between its 16- and 32-bit code; a flush
     * each time took a fifth of its start-up, 2026-12-02.)
     */
    private static final int CR0_TLB = Cpu.CR0_PG | Cpu.CR0_WP;

    private static void requireCpl0(Cpu c) {
        if (c.protectedMode() && c.cpl != 0 || (c.eflags & Cpu.VM) != 0) {
            throw CpuFault.of(Vector.GP, 0);
        }
    }

    /** MOV CRn, reg for n = 0, 2, 3, 4; others #UD. */
    public static void writeCr(Cpu c, int n, int v) {
        switch (n) {
            case 0: writeCr0(c, v); break;
            case 2: requireCpl0(c); c.cr2 = v; break;
            case 3: writeCr3(c, v); break;
            case 4: writeCr4(c, v); break;
            default: throw CpuFault.of(Vector.UD);
        }
    }

    /** MOV reg, CRn for n = 0, 2, 3, 4; others #UD. */
    public static int readCr(Cpu c, int n) {
        if (n == 1 || n > 4) {
            throw CpuFault.of(Vector.UD);
        }
        requireCpl0(c);
        return n == 0 ? c.cr0 : n == 2 ? c.cr2 : n == 3 ? c.cr3 : c.cr4;
    }

    /**
     * CR0: ET reads as 1; reserved bits are ignored; PG without PE or NW without CD is #GP(0); a PG
     * or WP change flushes the whole TLB. Leaving protected mode sets CPL to 0; entering it keeps
     * CPL 0 until the far jump that loads CS.
     */
    public static void writeCr0(Cpu c, int v) {
        requireCpl0(c);
        v = (v & CR0_DEFINED) | Cpu.CR0_ET;
        if ((v & Cpu.CR0_PG) != 0 && (v & Cpu.CR0_PE) == 0 || (v & Cpu.CR0_NW) != 0 && (v & Cpu.CR0_CD) == 0) {
            throw CpuFault.of(Vector.GP, 0);
        }
        int old = c.cr0;
        c.cr0 = v;
        if (((old ^ v) & CR0_TLB) != 0) {
            c.mmu.flushAll();
        }
        if ((v & Cpu.CR0_PE) == 0) {
            c.cpl = 0;
        }
    }

    /** CR3: the page-directory base plus PWT/PCD; flushes the non-global TLB entries. */
    public static void writeCr3(Cpu c, int v) {
        requireCpl0(c);
        c.cr3 = v & 0xFFFFF018;
        c.mmu.flush();
    }

    /** CR4: only {@link #CR4_ALLOWED} bits; a PSE/PGE change flushes the whole TLB. */
    public static void writeCr4(Cpu c, int v) {
        requireCpl0(c);
        if ((v & ~CR4_ALLOWED) != 0) {
            throw CpuFault.of(Vector.GP, 0);
        }
        int old = c.cr4;
        c.cr4 = v;
        if (((old ^ v) & (Cpu.CR4_PSE | Cpu.CR4_PGE)) != 0) {
            c.mmu.flushAll();
        }
    }

    /** LMSW: loads CR0 bits 0..3 (PE, MP, EM, TS); it can set PE but never clear it. */
    public static void lmsw(Cpu c, int v) {
        writeCr0(c, (c.cr0 & ~0xE) | (v & 0xF));
    }

    /** CLTS: clears CR0.TS. */
    public static void clts(Cpu c) {
        requireCpl0(c);
        c.cr0 &= ~Cpu.CR0_TS;
    }

    /** LLDT: a null selector leaves no LDT; otherwise an LDT descriptor in the GDT (#GP(sel), #NP(sel)). */
    public static void lldt(Cpu c, int selector) {
        requireCpl0(c);
        selector &= 0xFFFF;
        if ((selector & 0xFFFC) == 0) {
            c.ldtr.loadNull(selector);
            return;
        }
        long d = systemDescriptor(c, selector);
        int a = Descriptor.access(d);
        if (Descriptor.systemType(a) != Descriptor.LDT) {
            throw CpuFault.of(Vector.GP, selector & 0xFFFC);
        }
        if (!Descriptor.present(a)) {
            throw CpuFault.of(Vector.NP, selector & 0xFFFC);
        }
        Descriptor.loadInto(c.ldtr, selector, d);
    }

    /** LTR: an available TSS descriptor in the GDT; it is marked busy in the GDT and in TR. */
    public static void ltr(Cpu c, int selector) {
        requireCpl0(c);
        selector &= 0xFFFF;
        if ((selector & 0xFFFC) == 0) {
            throw CpuFault.of(Vector.GP, 0);
        }
        long d = systemDescriptor(c, selector);
        int a = Descriptor.access(d);
        int type = Descriptor.systemType(a);
        if (type != Descriptor.TSS32_AVAIL && type != Descriptor.TSS16_AVAIL) {
            throw CpuFault.of(Vector.GP, selector & 0xFFFC);
        }
        if (!Descriptor.present(a)) {
            throw CpuFault.of(Vector.NP, selector & 0xFFFC);
        }
        int addr = Segmentation.descriptorAddress(c, selector, Vector.GP, 0);
        c.mmu.writeSys8(addr + 5, a | 2);
        Descriptor.loadInto(c.tr, selector, d);
        c.tr.access = a | 2;
    }

    /** A descriptor that must live in the GDT (TI = 0), else #GP(selector). */
    private static long systemDescriptor(Cpu c, int selector) {
        if ((selector & 4) != 0) {
            throw CpuFault.of(Vector.GP, selector & 0xFFFC);
        }
        return Segmentation.read(c, Segmentation.descriptorAddress(c, selector, Vector.GP, 0));
    }

    /** MOV reg, DRn. DR4/DR5 alias DR6/DR7 unless CR4.DE is set (then #UD). */
    public static int readDr(Cpu c, int n) {
        requireCpl0(c);
        return c.dr[alias(c, n)];
    }

    /** MOV DRn, reg, keeping the fixed bits of DR6 and DR7. */
    public static void writeDr(Cpu c, int n, int v) {
        requireCpl0(c);
        n = alias(c, n);
        if (n == 6) {
            v = (v & 0x0000E00F) | 0xFFFF0FF0;
        } else if (n == 7) {
            v = (v & ~0xD800) | 0x400;
        }
        c.dr[n] = v;
    }

    private static int alias(Cpu c, int n) {
        if (n == 4 || n == 5) {
            if ((c.cr4 & Cpu.CR4_DE) != 0) {
                throw CpuFault.of(Vector.UD);
            }
            return n + 2;
        }
        return n & 7;
    }
}
