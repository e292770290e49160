package j86.runtime.cpu;

import static j86.runtime.cpu.SysMachine.*;
import static org.junit.jupiter.api.Assertions.*;

import j86.runtime.ops.Flags;
import org.junit.jupiter.api.Test;

/** Far JMP/CALL/RET/IRET against the Intel SDM Vol. 2 pseudo-code and Vol. 3, 5.8. */
class FarTransferTest {
    @Test
    void farJumpIntoProtectedMode() {
        // SDM Vol. 3, 9.9.1: after setting CR0.PE, a far JMP loads CS from the GDT; CPL = 0.
        SysMachine m = new SysMachine();
        Cpu c = m.c;
        m.flatGdt();
        SystemRegs.writeCr0(c, c.cr0 | Cpu.CR0_PE);
        assertEquals(0xF000, c.seg[Segmentation.CS].selector, "CS unchanged until the jump");
        FarTransfer.jmpFar(c, KCODE, 0x7C32, 32);
        Segment cs = c.seg[Segmentation.CS];
        assertEquals(KCODE, cs.selector);
        assertEquals(0, cs.base);
        assertEquals(0xFFFFFFFF, cs.limit);
        assertTrue(cs.big, "D bit: 32-bit code");
        assertTrue(c.code32());
        assertEquals(0x7C32, c.eip);
        assertEquals(0, c.cpl);
        assertEquals(CODE0 | 1, (m.read32(GDT + KCODE + 4) >>> 8) & 0xFF, "accessed bit set");
    }

    @Test
    void farJumpChecks() {
        // SDM Vol. 2 JMP: null selector -> #GP(0); data segment -> #GP(sel); non-conforming code
        // with DPL != CPL -> #GP(sel); not present -> #NP(sel); offset beyond limit -> #GP(0).
        SysMachine m = new SysMachine().ring0();
        Cpu c = m.c;
        m.expectFault(Vector.GP, 0, () -> FarTransfer.jmpFar(c, 0, 0, 32));
        m.expectFault(Vector.GP, KDATA, () -> FarTransfer.jmpFar(c, KDATA, 0, 32));
        m.expectFault(Vector.GP, UCODE & ~3, () -> FarTransfer.jmpFar(c, UCODE, 0, 32));
        m.descriptor(0x60, 0, 0xFFFFF, CODE0 & 0x7F, 0xC);
        m.expectFault(Vector.NP, 0x60, () -> FarTransfer.jmpFar(c, 0x60, 0, 32));
        m.expectFault(Vector.GP, 0, () -> FarTransfer.jmpFar(c, KCODE16, 0x10000, 32));
        assertEquals(KCODE, c.seg[Segmentation.CS].selector, "faulting jumps change nothing");
        FarTransfer.jmpFar(c, KCODE16, 0x12345, 16);
        assertEquals(0x2345, c.eip, "16-bit operand size truncates the offset");
        assertFalse(c.code32());
    }

    @Test
    void callFarAndRetFarSamePrivilege() {
        // SDM Vol. 2 CALL: push CS then EIP (operand size); RET pops them and releases imm16 bytes.
        SysMachine m = new SysMachine().ring0();
        Cpu c = m.c;
        c.eip = 0x4321;
        FarTransfer.callFar(c, KCODE, 0x9999, 32);
        assertEquals(KSTACK - 8, c.r[Cpu.ESP]);
        assertEquals(0x4321, m.read32(KSTACK - 8));
        assertEquals(KCODE, m.read32(KSTACK - 4) & 0xFFFF);
        assertEquals(0x9999, c.eip);
        FarTransfer.retFar(c, 32, 12);
        assertEquals(KSTACK + 12, c.r[Cpu.ESP]);
        assertEquals(0x4321, c.eip);
    }

    @Test
    void realModeCallAndRet() {
        // SDM Vol. 3, 20.1: real-mode far CALL/RET load CS = selector, base = selector * 16.
        SysMachine m = new SysMachine();
        Cpu c = m.c;
        Segmentation.load(c, Segmentation.SS, 0);
        c.r[Cpu.ESP] = 0x1000;
        c.eip = 0x0005;
        FarTransfer.callFar(c, 0x2000, 0x0100, 16);
        assertEquals(0x0FFC, c.r[Cpu.ESP]);
        assertEquals(0xF000, m.read16(0x0FFE), "old CS");
        assertEquals(0x0005, m.read16(0x0FFC), "return IP");
        assertEquals(0x20000, c.seg[Segmentation.CS].base);
        FarTransfer.retFar(c, 16, 0);
        assertEquals(0xF000, c.seg[Segmentation.CS].selector);
        assertEquals(0x0005, c.eip);
        assertEquals(0x1000, c.r[Cpu.ESP]);
    }

    @Test
    void iretToRing3NullsKernelDataSegments() {
        // SDM Vol. 2 IRET, RETURN-TO-OUTER-PRIVILEGE-LEVEL: pop EIP, CS, EFLAGS, ESP, SS; CPL = CS.RPL;
        // DS/ES/FS/GS holding data with DPL < new CPL become null.
        SysMachine m = new SysMachine().ring0();
        Cpu c = m.c;
        Segmentation.load(c, Segmentation.ES, UDATA);
        int esp = KSTACK - 20;
        m.pm.write32(esp, 0x5000);
        m.pm.write32(esp + 4, UCODE);
        m.pm.write32(esp + 8, Cpu.IF | Cpu.IOPL | Cpu.CF | 2);
        m.pm.write32(esp + 12, USTACK);
        m.pm.write32(esp + 16, UDATA);
        c.r[Cpu.ESP] = esp;
        FarTransfer.iret(c, 32);
        String d = m.dump();
        assertEquals(3, c.cpl, d);
        assertEquals(UCODE, c.seg[Segmentation.CS].selector);
        assertEquals(UDATA, c.seg[Segmentation.SS].selector);
        assertEquals(USTACK, c.r[Cpu.ESP]);
        assertEquals(0x5000, c.eip);
        assertEquals(UDATA, c.seg[Segmentation.ES].selector, "DPL 3 data kept");
        assertFalse(c.seg[Segmentation.DS].usable(), "DPL 0 data nulled\n" + d);
        assertFalse(c.seg[Segmentation.FS].usable());
        assertEquals(Cpu.IF | Cpu.IOPL | Cpu.CF, Flags.get(c) & (Cpu.IF | Cpu.IOPL | Cpu.CF), "CPL 0 may set IOPL and IF");
    }

    @Test
    void iretWithinRing0() {
        // SDM Vol. 2 IRET, RETURN-TO-SAME-PRIVILEGE-LEVEL: pop EIP, CS, EFLAGS; ESP += 12.
        SysMachine m = new SysMachine().ring0();
        Cpu c = m.c;
        int esp = KSTACK - 12;
        m.pm.write32(esp, 0xABC);
        m.pm.write32(esp + 4, KCODE);
        m.pm.write32(esp + 8, Cpu.ZF | Cpu.DF | 2);
        c.r[Cpu.ESP] = esp;
        FarTransfer.iret(c, 32);
        assertEquals(KSTACK, c.r[Cpu.ESP]);
        assertEquals(0xABC, c.eip);
        assertEquals(Cpu.ZF | Cpu.DF | 2, Flags.get(c));
        assertEquals(KDATA, c.seg[Segmentation.DS].selector, "same privilege: data segments untouched");
    }

    @Test
    void iretAtRing3CannotChangeIoplOrIf() {
        // SDM Vol. 2 IRET: IOPL changes only at CPL 0; IF only when CPL <= IOPL.
        SysMachine m = new SysMachine().ring3();
        Cpu c = m.c;
        assertEquals(0, c.eflags & Cpu.IOPL);
        int esp = USTACK - 12;
        m.pm.write32(esp, 0x6000);
        m.pm.write32(esp + 4, UCODE);
        m.pm.write32(esp + 8, Cpu.IOPL | Cpu.SF | 2); // IF clear, IOPL 3 requested
        c.r[Cpu.ESP] = esp;
        FarTransfer.iret(c, 32);
        int fl = Flags.get(c);
        assertEquals(0, fl & Cpu.IOPL, "IOPL kept");
        assertNotEquals(0, fl & Cpu.IF, "IF kept");
        assertNotEquals(0, fl & Cpu.SF);
    }

    @Test
    void iretToInnerRingIsGp() {
        // SDM Vol. 2 IRET: return CS RPL < CPL -> #GP(selector); state unchanged (precise).
        SysMachine m = new SysMachine().ring3();
        Cpu c = m.c;
        int esp = USTACK - 12;
        m.pm.write32(esp, 0x6000);
        m.pm.write32(esp + 4, KCODE);
        m.pm.write32(esp + 8, 2);
        c.r[Cpu.ESP] = esp;
        m.expectFault(Vector.GP, KCODE, () -> FarTransfer.iret(c, 32));
        assertEquals(esp, c.r[Cpu.ESP]);
        assertEquals(3, c.cpl);
    }

    @Test
    void iretOuterStackChecks() {
        // SDM Vol. 2 IRET: return SS RPL != return CS RPL -> #GP(SS selector); null SS -> #GP(0).
        SysMachine m = new SysMachine().ring0();
        Cpu c = m.c;
        int esp = KSTACK - 20;
        m.pm.write32(esp, 0x5000);
        m.pm.write32(esp + 4, UCODE);
        m.pm.write32(esp + 8, 2);
        m.pm.write32(esp + 12, USTACK);
        m.pm.write32(esp + 16, KDATA);
        c.r[Cpu.ESP] = esp;
        m.expectFault(Vector.GP, KDATA, () -> FarTransfer.iret(c, 32));
        m.pm.write32(esp + 16, 3);
        m.expectFault(Vector.GP, 0, () -> FarTransfer.iret(c, 32));
        assertEquals(0, c.cpl);
        assertEquals(esp, c.r[Cpu.ESP]);
        assertEquals(KCODE, c.seg[Segmentation.CS].selector);
    }

    @Test
    void retFarToOuterRing() {
        // SDM Vol. 2 RET, RETURN-TO-OUTER-PRIVILEGE-LEVEL: EIP, CS, then (after imm16 bytes) ESP, SS;
        // ESP is then increased by imm16 again on the new stack.
        SysMachine m = new SysMachine().ring0();
        Cpu c = m.c;
        int esp = KSTACK - 24;
        m.pm.write32(esp, 0x5555);
        m.pm.write32(esp + 4, UCODE);
        m.pm.write32(esp + 16, USTACK);
        m.pm.write32(esp + 20, UDATA);
        c.r[Cpu.ESP] = esp;
        FarTransfer.retFar(c, 32, 8);
        assertEquals(3, c.cpl, m.dump());
        assertEquals(USTACK + 8, c.r[Cpu.ESP]);
        assertEquals(0x5555, c.eip);
        assertFalse(c.seg[Segmentation.DS].usable());
    }

    @Test
    void realModeIret() {
        // SDM Vol. 2 IRET, REAL-ADDRESS-MODE: pop IP, CS, FLAGS.
        SysMachine m = new SysMachine();
        Cpu c = m.c;
        Segmentation.load(c, Segmentation.SS, 0);
        c.r[Cpu.ESP] = 0x2000;
        m.pm.write16(0x2000, 0x0123);
        m.pm.write16(0x2002, 0x4000);
        m.pm.write16(0x2004, Cpu.IF | Cpu.CF | 2);
        FarTransfer.iret(c, 16);
        assertEquals(0x2006, c.r[Cpu.ESP]);
        assertEquals(0x0123, c.eip);
        assertEquals(0x40000, c.seg[Segmentation.CS].base);
        assertEquals(Cpu.IF | Cpu.CF | 2, Flags.get(c));
    }

    @Test
    void conformingCodeKeepsCpl() {
        // SDM Vol. 3, 5.8.1.2: a jump to a conforming segment with DPL <= CPL keeps CPL; CS.RPL = CPL.
        SysMachine m = new SysMachine().ring3();
        m.descriptor(0x60, 0, 0xFFFFF, 0x9E, 0xC); // conforming readable code, DPL 0
        FarTransfer.jmpFar(m.c, 0x63, 0x7000, 32);
        assertEquals(3, m.c.cpl);
        assertEquals(0x63, m.c.seg[Segmentation.CS].selector);
        // Conforming with DPL > CPL -> #GP(selector).
        SysMachine k = new SysMachine().ring0();
        k.descriptor(0x60, 0, 0xFFFFF, 0xFE, 0xC); // conforming, DPL 3
        k.expectFault(Vector.GP, 0x60, () -> FarTransfer.jmpFar(k.c, 0x60, 0, 32));
    }
}
