package j86.runtime.cpu;

import j86.runtime.mem.PhysicalMemory;

/**
 * Test fixture: one CPU on 4 MiB of RAM with descriptor tables written byte by byte in the formats of
 * Intel SDM Vol. 3, Figure 3-8 (segment descriptor), Figure 6-2 (IDT gates) and Figure 7-2 (32-bit
 * TSS). The encodings here are written from the SDM independently of {@link Descriptor}.
 */
final class SysMachine {
    static final int GDT = 0x1000, IDT = 0x2000, TSS = 0x3000;
    static final int ESP0 = 0x9000, KSTACK = 0x8000, USTACK = 0x7000;
    /** Selectors of the GDT built by {@link #flatGdt}. */
    static final int KCODE = 0x08, KDATA = 0x10, UCODE = 0x1B, UDATA = 0x23, TSS_SEL = 0x28, KDATA_NP = 0x30,
            KDATA_RO = 0x38, KDATA_SMALL = 0x40, KCODE16 = 0x48, KSTACK16 = 0x50;
    /** Access bytes (P | DPL | S | type). */
    static final int CODE0 = 0x9A, DATA0 = 0x92, CODE3 = 0xFA, DATA3 = 0xF2, TSS32 = 0x89;
    /** Gate type bytes: P=1, DPL, S=0, type 0xE (interrupt) or 0xF (trap). */
    static final int INTGATE0 = 0x8E, INTGATE3 = 0xEE, TRAPGATE0 = 0x8F, TRAPGATE3 = 0xEF, INTGATE16_0 = 0x86;

    final PhysicalMemory pm = new PhysicalMemory(4 << 20);
    final Cpu c = new Cpu(0, pm);

    /** Handler address of vector v in the IDT built by {@link #idt}. */
    static int handler(int v) {
        return 0x100000 + v * 0x10;
    }

    void descriptor(int sel, int base, int limit, int access, int gdNibble) {
        int lo = (limit & 0xFFFF) | (base << 16);
        int hi = ((base >>> 16) & 0xFF) | (access << 8) | (limit & 0xF0000) | (gdNibble << 20) | (base & 0xFF000000);
        pm.write32(GDT + (sel & ~7), lo);
        pm.write32(GDT + (sel & ~7) + 4, hi);
    }

    void gate(int vector, int sel, int offset, int typeByte) {
        pm.write32(IDT + vector * 8, (offset & 0xFFFF) | (sel << 16));
        pm.write32(IDT + vector * 8 + 4, (offset & 0xFFFF0000) | (typeByte << 8));
    }

    /** Flat 4 GiB segments (G=1, D/B=1: nibble 0xC), a TSS, and odd segments for the checks. */
    void flatGdt() {
        for (int i = 0; i < 0x100; i += 4) {
            pm.write32(GDT + i, 0);
        }
        descriptor(KCODE, 0, 0xFFFFF, CODE0, 0xC);
        descriptor(KDATA, 0, 0xFFFFF, DATA0, 0xC);
        descriptor(UCODE, 0, 0xFFFFF, CODE3, 0xC);
        descriptor(UDATA, 0, 0xFFFFF, DATA3, 0xC);
        descriptor(TSS_SEL, TSS, 0x67, TSS32, 0);
        descriptor(KDATA_NP, 0, 0xFFFFF, DATA0 & 0x7F, 0xC);
        descriptor(KDATA_RO, 0, 0xFFFFF, 0x90, 0xC);
        descriptor(KDATA_SMALL, 0x20000, 0xFFF, DATA0, 0);
        descriptor(KCODE16, 0, 0xFFFF, CODE0, 0);
        descriptor(KSTACK16, 0, 0xFFFF, DATA0, 0);
        c.gdtBase = GDT;
        c.gdtLimit = 0x100 - 1;
    }

    /** Every vector: a 32-bit interrupt gate, DPL 0, to KCODE:handler(v). */
    void idt() {
        for (int v = 0; v < 256; v++) {
            gate(v, KCODE, handler(v), INTGATE0);
        }
        c.idtBase = IDT;
        c.idtLimit = 256 * 8 - 1;
    }

    /** 32-bit TSS with SS0:ESP0 (SDM Figure 7-2: ESP0 at offset 4, SS0 at offset 8). */
    void tss() {
        for (int i = 0; i < 0x68; i += 4) {
            pm.write32(TSS + i, 0);
        }
        pm.write32(TSS + 4, ESP0);
        pm.write16(TSS + 8, KDATA);
    }

    /** Protected mode at ring 0 with flat segments, IDT, TSS loaded; ESP = KSTACK. */
    SysMachine ring0() {
        flatGdt();
        idt();
        tss();
        SystemRegs.writeCr0(c, c.cr0 | Cpu.CR0_PE);
        FarTransfer.jmpFar(c, KCODE, 0x100, 32);
        for (int s : new int[] {Segmentation.SS, Segmentation.DS, Segmentation.ES, Segmentation.FS, Segmentation.GS}) {
            Segmentation.load(c, s, KDATA);
        }
        SystemRegs.ltr(c, TSS_SEL);
        c.r[Cpu.ESP] = KSTACK;
        return this;
    }

    /** From ring0(): enter ring 3 with IRET (user CS/SS/DS/ES), IF set, ESP = USTACK, EIP = 0x5000. */
    SysMachine ring3() {
        ring0();
        Segmentation.load(c, Segmentation.DS, UDATA);
        Segmentation.load(c, Segmentation.ES, UDATA);
        int esp = KSTACK - 20;
        pm.write32(esp, 0x5000);
        pm.write32(esp + 4, UCODE);
        pm.write32(esp + 8, Cpu.IF | 2);
        pm.write32(esp + 12, USTACK);
        pm.write32(esp + 16, UDATA);
        c.r[Cpu.ESP] = esp;
        FarTransfer.iret(c, 32);
        return this;
    }

    int read32(int la) {
        return pm.read32(la);
    }

    int read16(int la) {
        return pm.read16(la);
    }

    String dump() {
        return CpuDump.dump(c);
    }

    /** Runs {@code r}, which must raise {@code vector} with {@code error}; returns the fault. */
    CpuFault expectFault(int vector, int error, Runnable r) {
        try {
            r.run();
        } catch (CpuFault f) {
            if (f.vector != vector || !f.hasErrorCode || f.errorCode != error) {
                throw new AssertionError("expected vector " + vector + " error " + Integer.toHexString(error)
                        + ", got " + f.getMessage() + "\n" + dump());
            }
            return f;
        }
        throw new AssertionError("expected vector " + vector + " error " + Integer.toHexString(error)
                + ", nothing raised\n" + dump());
    }
}
