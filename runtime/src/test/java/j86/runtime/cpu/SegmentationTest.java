package j86.runtime.cpu;

import static j86.runtime.cpu.SysMachine.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Segment register loads and address checks against Intel SDM Vol. 3, 5.3-5.7, and Vol. 2 MOV. */
class SegmentationTest {
    @Test
    void realModeLoadIsSelectorTimes16() {
        // SDM Vol. 3, 20.1.1: in real-address mode the base is the selector shifted left by 4.
        SysMachine m = new SysMachine();
        Segmentation.load(m.c, Segmentation.DS, 0x1234);
        assertEquals(0x12340, m.c.seg[Segmentation.DS].base);
        assertEquals(0x12345 + 0x10, Segmentation.linear(m.c, Segmentation.DS, 0x15, 2, true));
        // Real-mode limit check (cached limit 0xFFFF): an access past it is #GP(0), or #SS(0) for SS.
        m.expectFault(Vector.GP, 0, () -> Segmentation.linear(m.c, Segmentation.DS, 0xFFFF, 2, false));
        m.expectFault(Vector.SS, 0, () -> Segmentation.linear(m.c, Segmentation.SS, 0x10000, 1, false));
    }

    @Test
    void loadsDescriptorAndSetsAccessedBit() {
        // SDM Vol. 3, 3.4.5.1: the processor sets the accessed bit (bit 40) when it loads the selector.
        SysMachine m = new SysMachine().ring0();
        Segment ds = m.c.seg[Segmentation.DS];
        assertEquals(KDATA, ds.selector);
        assertEquals(0, ds.base);
        assertEquals(0xFFFFFFFF, ds.limit, "G=1: limit 0xFFFFF scaled to 4 GiB - 1");
        assertTrue(ds.big);
        assertEquals(DATA0 | 1, (m.read32(GDT + KDATA + 4) >>> 8) & 0xFF, "accessed bit in the GDT");
        Segmentation.load(m.c, Segmentation.FS, KDATA_SMALL);
        Segment fs = m.c.seg[Segmentation.FS];
        assertEquals(0x20000, fs.base);
        assertEquals(0xFFF, fs.limit, "G=0: byte granular limit");
        assertFalse(fs.big);
    }

    @Test
    void nullSsIsGp0AndNullDsIsUnusable() {
        // SDM Vol. 2 MOV: "IF SS is loaded ... IF segment selector is NULL THEN #GP(0)"; a null
        // selector in DS..GS loads, and a later memory reference through it is #GP(0) (Vol. 3, 3.4.2).
        SysMachine m = new SysMachine().ring0();
        m.expectFault(Vector.GP, 0, () -> Segmentation.load(m.c, Segmentation.SS, 0));
        m.expectFault(Vector.GP, 0, () -> Segmentation.load(m.c, Segmentation.SS, 3));
        assertEquals(KDATA, m.c.seg[Segmentation.SS].selector, "a faulting load changes nothing");
        Segmentation.load(m.c, Segmentation.DS, 0);
        assertEquals(0, m.c.seg[Segmentation.DS].selector);
        m.expectFault(Vector.GP, 0, () -> Segmentation.linear(m.c, Segmentation.DS, 0x1000, 4, false));
        m.expectFault(Vector.GP, 0, () -> Segmentation.linear(m.c, Segmentation.DS, 0x1000, 1, true));
    }

    @Test
    void notPresentIsNpForDataAndSsForStack() {
        // SDM Vol. 2 MOV: segment not present -> #NP(selector) for DS..GS, #SS(selector) for SS.
        SysMachine m = new SysMachine().ring0();
        m.expectFault(Vector.NP, KDATA_NP, () -> Segmentation.load(m.c, Segmentation.DS, KDATA_NP));
        m.expectFault(Vector.SS, KDATA_NP, () -> Segmentation.load(m.c, Segmentation.SS, KDATA_NP));
        assertEquals(KDATA, m.c.seg[Segmentation.DS].selector, "a faulting load changes nothing");
    }

    @Test
    void typeAndPrivilegeChecks() {
        SysMachine m = new SysMachine().ring0();
        // Beyond the GDT limit -> #GP(selector & 0xFFFC) (Vol. 3, 3.5.1).
        m.expectFault(Vector.GP, 0x200, () -> Segmentation.load(m.c, Segmentation.DS, 0x203));
        // TI=1 with no LDT loaded -> #GP(selector).
        m.expectFault(Vector.GP, 0x14, () -> Segmentation.load(m.c, Segmentation.DS, 0x14));
        // SS must be a writable data segment (Vol. 3, 5.7): read-only data and code are #GP(sel).
        m.expectFault(Vector.GP, KDATA_RO, () -> Segmentation.load(m.c, Segmentation.SS, KDATA_RO));
        m.expectFault(Vector.GP, KCODE, () -> Segmentation.load(m.c, Segmentation.SS, KCODE));
        // SS: RPL and DPL must equal CPL.
        m.expectFault(Vector.GP, UDATA & ~3, () -> Segmentation.load(m.c, Segmentation.SS, UDATA));
        m.expectFault(Vector.GP, KDATA, () -> Segmentation.load(m.c, Segmentation.SS, KDATA | 3));
        // DS may hold readable code; a system descriptor (the TSS) is #GP(sel).
        Segmentation.load(m.c, Segmentation.DS, KCODE);
        m.expectFault(Vector.GP, TSS_SEL, () -> Segmentation.load(m.c, Segmentation.DS, TSS_SEL));
        // Data segment: max(CPL, RPL) <= DPL (Vol. 3, 5.6): RPL 3 cannot load a DPL 0 segment.
        m.expectFault(Vector.GP, KDATA, () -> Segmentation.load(m.c, Segmentation.ES, KDATA | 3));
    }

    @Test
    void ring3CannotLoadKernelData() {
        // SDM Vol. 3, 5.6: CPL 3 > DPL 0 -> #GP(selector).
        SysMachine m = new SysMachine().ring3();
        m.expectFault(Vector.GP, KDATA, () -> Segmentation.load(m.c, Segmentation.DS, KDATA));
        Segmentation.load(m.c, Segmentation.GS, UDATA);
        assertEquals(UDATA, m.c.seg[Segmentation.GS].selector);
    }

    @Test
    void limitAndWriteChecks() {
        // SDM Vol. 3, 5.3: expand-up segment, an access whose last byte exceeds the limit -> #GP(0);
        // 5.4: a write to a read-only data segment or to a code segment -> #GP(0).
        SysMachine m = new SysMachine().ring0();
        Segmentation.load(m.c, Segmentation.FS, KDATA_SMALL);
        assertEquals(0x20FFE, Segmentation.linear(m.c, Segmentation.FS, 0xFFE, 2, true));
        m.expectFault(Vector.GP, 0, () -> Segmentation.linear(m.c, Segmentation.FS, 0xFFF, 2, false));
        m.expectFault(Vector.GP, 0, () -> Segmentation.linear(m.c, Segmentation.FS, 0x1000, 1, true));
        Segmentation.load(m.c, Segmentation.GS, KDATA_RO);
        assertEquals(0x1234, Segmentation.linear(m.c, Segmentation.GS, 0x1234, 4, false));
        m.expectFault(Vector.GP, 0, () -> Segmentation.linear(m.c, Segmentation.GS, 0x1234, 4, true));
        Segmentation.load(m.c, Segmentation.ES, KCODE);
        assertEquals(0x10, Segmentation.linear(m.c, Segmentation.ES, 0x10, 4, false));
        m.expectFault(Vector.GP, 0, () -> Segmentation.linear(m.c, Segmentation.ES, 0x10, 4, true));
        // A stack segment limit violation is #SS(0).
        Segmentation.load(m.c, Segmentation.SS, KSTACK16);
        m.expectFault(Vector.SS, 0, () -> Segmentation.linear(m.c, Segmentation.SS, 0xFFFE, 4, true));
    }

    @Test
    void flatSegmentIsIdentity() {
        SysMachine m = new SysMachine().ring0();
        long seed = 0x5eed;
        java.util.Random rnd = new java.util.Random(seed);
        for (int i = 0; i < 1000; i++) {
            int off = rnd.nextInt() & 0x7FFFFFFF;
            assertEquals(off, Segmentation.linear(m.c, Segmentation.DS, off, 4, rnd.nextBoolean()));
        }
    }

    @Test
    void expandDownLimits() {
        // SDM Vol. 3, 5.3: expand-down data: valid offsets are limit+1 .. 0xFFFF (B=0) or
        // 0xFFFFFFFF (B=1); an access touching offset <= limit is #GP(0), #SS(0) through SS.
        SysMachine m = new SysMachine().ring0();
        m.descriptor(0x60, 0x100000, 0x0FFF, 0x96, 0); // expand-down, writable, B=0, limit 0xFFF
        m.descriptor(0x68, 0, 0x0FFFF, 0x96, 0x4);      // expand-down, writable, B=1, limit 0xFFFF
        Segmentation.load(m.c, Segmentation.ES, 0x60);
        assertEquals(0x101000, Segmentation.linear(m.c, Segmentation.ES, 0x1000, 4, true));
        assertEquals(0x10FFFC, Segmentation.linear(m.c, Segmentation.ES, 0xFFFC, 4, true));
        m.expectFault(Vector.GP, 0, () -> Segmentation.linear(m.c, Segmentation.ES, 0xFFF, 1, false));
        m.expectFault(Vector.GP, 0, () -> Segmentation.linear(m.c, Segmentation.ES, 0xFFFD, 4, false));
        Segmentation.load(m.c, Segmentation.SS, 0x68);
        assertEquals(0x7FFFFFF0, Segmentation.linear(m.c, Segmentation.SS, 0x7FFFFFF0, 4, true));
        m.expectFault(Vector.SS, 0, () -> Segmentation.linear(m.c, Segmentation.SS, 0xFFFE, 4, true));
    }
}
