package j86.runtime.cpu;

import static j86.runtime.cpu.SysMachine.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Control and system registers against Intel SDM Vol. 3, 2.5 and the Vol. 2 MOV CR/LTR/LLDT pages. */
class SystemRegsTest {
    @Test
    void cr0Rules() {
        SysMachine m = new SysMachine();
        Cpu c = m.c;
        // Vol. 2 MOV CRn: setting PG with PE clear, or NW with CD clear -> #GP(0).
        m.expectFault(Vector.GP, 0, () -> SystemRegs.writeCr0(c, Cpu.CR0_PG));
        m.expectFault(Vector.GP, 0, () -> SystemRegs.writeCr0(c, Cpu.CR0_PE | Cpu.CR0_NW));
        // ET is hardwired to 1 on 486+ (2.5).
        SystemRegs.writeCr0(c, Cpu.CR0_PE | Cpu.CR0_CD | Cpu.CR0_NW);
        assertEquals(Cpu.CR0_PE | Cpu.CR0_ET | Cpu.CR0_CD | Cpu.CR0_NW, c.cr0);
        // LMSW cannot clear PE; CLTS clears TS.
        SystemRegs.lmsw(c, Cpu.CR0_TS);
        assertEquals(Cpu.CR0_PE | Cpu.CR0_TS, c.cr0 & 0xF);
        SystemRegs.clts(c);
        assertEquals(0, c.cr0 & Cpu.CR0_TS);
    }

    @Test
    void cr4ReservedBitsAndPrivilege() {
        SysMachine m = new SysMachine().ring0();
        Cpu c = m.c;
        m.expectFault(Vector.GP, 0, () -> SystemRegs.writeCr4(c, Cpu.CR4_PAE));
        SystemRegs.writeCr4(c, Cpu.CR4_PSE | Cpu.CR4_PGE);
        assertEquals(Cpu.CR4_PSE | Cpu.CR4_PGE, SystemRegs.readCr(c, 4));
        // MOV CRn at CPL > 0 -> #GP(0).
        SysMachine u = new SysMachine().ring3();
        u.expectFault(Vector.GP, 0, () -> SystemRegs.writeCr3(u.c, 0));
        u.expectFault(Vector.GP, 0, () -> SystemRegs.readCr(u.c, 0));
    }

    @Test
    void ltrMarksTssBusy() {
        // Vol. 2 LTR: the TSS descriptor must be an available TSS; LTR sets its busy bit (type 9 -> 11).
        SysMachine m = new SysMachine().ring0();
        Cpu c = m.c;
        assertEquals(0x8B, (m.read32(GDT + TSS_SEL + 4) >>> 8) & 0xFF);
        assertEquals(TSS_SEL, c.tr.selector);
        assertEquals(TSS, c.tr.base);
        assertEquals(0x67, c.tr.limit);
        // Loading a busy TSS again -> #GP(sel); a data segment -> #GP(sel); null -> #GP(0).
        m.expectFault(Vector.GP, TSS_SEL, () -> SystemRegs.ltr(c, TSS_SEL));
        m.expectFault(Vector.GP, KDATA, () -> SystemRegs.ltr(c, KDATA));
        m.expectFault(Vector.GP, 0, () -> SystemRegs.ltr(c, 0));
    }

    @Test
    void lldtAndLdtSegments() {
        // Vol. 2 LLDT: an LDT descriptor (type 2) in the GDT; then TI=1 selectors index the LDT.
        SysMachine m = new SysMachine().ring0();
        Cpu c = m.c;
        int ldt = 0x4000;
        m.descriptor(0x58, ldt, 0x0F, 0x82, 0);
        m.pm.write32(ldt + 8, 0x0000FFFF);
        m.pm.write32(ldt + 12, 0x00CF9200 | 0x05); // base 0x050000, flat data DPL 0
        SystemRegs.lldt(c, 0x58);
        Segmentation.load(c, Segmentation.FS, 0x0C);
        assertEquals(0x50000, c.seg[Segmentation.FS].base);
        m.expectFault(Vector.GP, 0x14, () -> Segmentation.load(c, Segmentation.FS, 0x14)); // beyond LDT limit
        m.expectFault(Vector.GP, KDATA, () -> SystemRegs.lldt(c, KDATA));
    }

    @Test
    void debugRegisterAliases() {
        // SDM Vol. 3, 17.2.2: DR4/DR5 alias DR6/DR7 when CR4.DE = 0; #UD when CR4.DE = 1.
        SysMachine m = new SysMachine().ring0();
        Cpu c = m.c;
        SystemRegs.writeDr(c, 5, 0x3);
        assertEquals(0x403, c.dr[7]);
        assertEquals(0x403, SystemRegs.readDr(c, 7));
        SystemRegs.writeCr4(c, Cpu.CR4_DE);
        CpuFault f = assertThrows(CpuFault.class, () -> SystemRegs.readDr(c, 4));
        assertEquals(Vector.UD, f.vector);
    }

    @Test
    void dumpHasQemuLayout() {
        SysMachine m = new SysMachine().ring0();
        m.c.r[Cpu.EAX] = 0x12345678;
        String d = CpuDump.dump(m.c);
        assertTrue(d.startsWith("EAX=12345678 EBX=00000000"), d);
        assertTrue(d.contains("CS =0008 00000000 ffffffff 00cf9b00"), d);
        assertTrue(d.contains("TR =0028 00003000 00000067 00008b00"), d);
        assertTrue(d.contains("GDT=     00001000 000000ff"), d);
    }
}
