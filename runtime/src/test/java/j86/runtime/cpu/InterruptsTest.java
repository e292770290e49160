package j86.runtime.cpu;

import static j86.runtime.cpu.SysMachine.*;
import static org.junit.jupiter.api.Assertions.*;

import j86.runtime.ops.Flags;
import org.junit.jupiter.api.Test;

/** Interrupt and exception delivery against Intel SDM Vol. 3, chapter 6, and Vol. 2 "INT n". */
class InterruptsTest {
    @Test
    void realModeIvt() {
        // SDM Vol. 3, 20.1.4: IVT entry = offset:segment at 4*vector; push FLAGS, CS, IP; clear IF, TF, AC.
        SysMachine m = new SysMachine();
        Cpu c = m.c;
        m.pm.write16(0x21 * 4, 0x5678);
        m.pm.write16(0x21 * 4 + 2, 0x1234);
        Segmentation.load(c, Segmentation.SS, 0);
        c.r[Cpu.ESP] = 0xABCD7C00;
        c.seg[Segmentation.CS].loadReal(0x0700);
        c.eip = 0x0042;
        c.eflags |= Cpu.IF | Cpu.TF | Cpu.AC;
        int flags = Flags.get(c);
        Interrupts.deliver(c, 0x21, Interrupts.SOFTWARE, 0, false);
        assertEquals(0xABCD7BFA, c.r[Cpu.ESP], "16-bit stack: SP - 6, upper ESP kept\n" + m.dump());
        assertEquals(0x0042, m.read16(0x7BFA), "IP");
        assertEquals(0x0700, m.read16(0x7BFC), "CS");
        assertEquals(flags & 0xFFFF, m.read16(0x7BFE), "FLAGS");
        assertEquals(0x1234, c.seg[Segmentation.CS].selector);
        assertEquals(0x12340, c.seg[Segmentation.CS].base);
        assertEquals(0x5678, c.eip);
        assertEquals(0, c.eflags & (Cpu.IF | Cpu.TF | Cpu.AC));
    }

    @Test
    void ring3ToRing0ThroughInterruptGate() {
        // SDM Vol. 3, 6.12.1 / Figure 6-4: privilege change -> stack from TSS SS0:ESP0, frame
        // (top down) SS, ESP, EFLAGS, CS, EIP; interrupt gate clears IF; TF, NT, RF, VM cleared.
        SysMachine m = new SysMachine().ring3();
        Cpu c = m.c;
        m.gate(0x30, KCODE, 0x123456, INTGATE3);
        assertEquals(3, c.cpl);
        c.eip = 0x5002;
        c.eflags |= Cpu.TF | Cpu.NT;
        int flags = Flags.get(c);
        Interrupts.deliver(c, 0x30, Interrupts.SOFTWARE, 0, false);
        String d = m.dump();
        assertEquals(ESP0 - 20, c.r[Cpu.ESP], d);
        assertEquals(0x5002, m.read32(ESP0 - 20), "EIP");
        assertEquals(UCODE, m.read32(ESP0 - 16) & 0xFFFF, "CS");
        assertEquals(flags, m.read32(ESP0 - 12), "EFLAGS");
        assertEquals(USTACK, m.read32(ESP0 - 8), "ESP");
        assertEquals(UDATA, m.read32(ESP0 - 4) & 0xFFFF, "SS");
        assertEquals(KDATA, c.seg[Segmentation.SS].selector, d);
        assertEquals(KCODE, c.seg[Segmentation.CS].selector, d);
        assertEquals(0, c.cpl);
        assertEquals(0x123456, c.eip);
        assertEquals(0, c.eflags & (Cpu.IF | Cpu.TF | Cpu.NT | Cpu.RF | Cpu.VM), d);
    }

    @Test
    void trapGateKeepsIf() {
        // SDM Vol. 3, 6.12.1.3: a trap gate does not change IF.
        SysMachine m = new SysMachine().ring3();
        m.gate(0x80, KCODE, 0x2000, TRAPGATE3);
        m.c.eip = 0x5002;
        Interrupts.deliver(m.c, 0x80, Interrupts.SOFTWARE, 0, false);
        assertEquals(0x2000, m.c.eip);
        assertNotEquals(0, m.c.eflags & Cpu.IF, m.dump());
        assertEquals(0, m.c.eflags & Cpu.TF);
    }

    @Test
    void softwareIntThroughDpl0GateIsGp() {
        // SDM Vol. 2 INT n: "IF software interrupt AND gate DPL < CPL THEN #GP(vector*8 + 2)"; the
        // fault belongs to the INT instruction, so it is thrown and nothing changes.
        SysMachine m = new SysMachine().ring3();
        Cpu c = m.c;
        c.eip = 0x5002;
        m.expectFault(Vector.GP, 0x0E * 8 + 2, () -> Interrupts.deliver(c, 0x0E, Interrupts.SOFTWARE, 0, false));
        assertEquals(3, c.cpl);
        assertEquals(USTACK, c.r[Cpu.ESP]);
        // The same vector as a hardware interrupt or exception skips the DPL check (SDM 6.12.1.1).
        c.eip = 0x5000;
        Interrupts.deliver(c, 0x0E, Interrupts.EXTERNAL, 0, false);
        assertEquals(handler(0x0E), c.eip, m.dump());
        assertEquals(0, c.cpl);
    }

    @Test
    void notPresentGate() {
        // SDM Vol. 2 INT n: gate not present -> #NP(vector*8 + 2 + EXT). For INT n (EXT = 0) the
        // fault is the instruction's; for an external event the #NP is delivered with EXT = 1.
        SysMachine m = new SysMachine().ring0();
        Cpu c = m.c;
        m.gate(0x40, KCODE, 0x1000, INTGATE3 & 0x7F);
        m.expectFault(Vector.NP, 0x40 * 8 + 2, () -> Interrupts.deliver(c, 0x40, Interrupts.SOFTWARE, 0, false));
        c.eip = 0x777;
        Interrupts.deliver(c, 0x40, Interrupts.EXTERNAL, 0, false);
        assertEquals(handler(Vector.NP), c.eip, m.dump());
        assertEquals(KSTACK - 16, c.r[Cpu.ESP], "same privilege: EFLAGS, CS, EIP, error code");
        assertEquals(0x40 * 8 + 3, m.read32(KSTACK - 16), "error code with EXT");
        assertEquals(0x777, m.read32(KSTACK - 12), "EIP of the interrupted instruction");
    }

    @Test
    void beyondIdtLimitIsGp() {
        // SDM Vol. 3, 6.10: a vector beyond the IDT limit -> #GP(vector*8 + 2 + EXT).
        SysMachine m = new SysMachine().ring0();
        m.c.idtLimit = 0x30 * 8 - 1;
        m.expectFault(Vector.GP, 0x30 * 8 + 2, () -> Interrupts.deliver(m.c, 0x30, Interrupts.SOFTWARE, 0, false));
    }

    @Test
    void errorCodePushedForGp() {
        // SDM Vol. 3, 6.13: #GP pushes an error code after EIP; same privilege frame (Figure 6-4).
        SysMachine m = new SysMachine().ring0();
        Cpu c = m.c;
        c.eip = 0x1234;
        int flags = Flags.get(c);
        Interrupts.raise(c, CpuFault.of(Vector.GP, TSS_SEL));
        assertEquals(KSTACK - 16, c.r[Cpu.ESP], m.dump());
        assertEquals(TSS_SEL, m.read32(KSTACK - 16));
        assertEquals(0x1234, m.read32(KSTACK - 12));
        assertEquals(KCODE, m.read32(KSTACK - 8) & 0xFFFF);
        assertEquals(flags, m.read32(KSTACK - 4));
        assertEquals(handler(Vector.GP), c.eip);
    }

    @Test
    void noErrorCodeForUdAndBp() {
        // SDM Vol. 3, Table 6-1: #UD and #BP have no error code: a three-word frame.
        SysMachine m = new SysMachine().ring0();
        m.c.eip = 0x4444;
        Interrupts.raise(m.c, CpuFault.of(Vector.UD));
        assertEquals(KSTACK - 12, m.c.r[Cpu.ESP], m.dump());
        assertEquals(0x4444, m.read32(KSTACK - 12));
        m.c.r[Cpu.ESP] = KSTACK;
        m.gate(Vector.BP, KCODE, handler(Vector.BP), INTGATE3);
        m.c.eip = 0x5555;
        Interrupts.deliver(m.c, Vector.BP, Interrupts.SOFTWARE, 0, false);
        assertEquals(KSTACK - 12, m.c.r[Cpu.ESP], m.dump());
        assertEquals(0x5555, m.read32(KSTACK - 12));
    }

    @Test
    void sixteenBitGatePushesWords() {
        // SDM Vol. 3, 6.12.1: a 16-bit gate pushes 16-bit values and loads a 16-bit offset.
        SysMachine m = new SysMachine().ring0();
        m.gate(0x50, KCODE, 0x89AB, INTGATE16_0);
        m.c.eip = 0x1357;
        Interrupts.deliver(m.c, 0x50, Interrupts.EXTERNAL, 0, false);
        assertEquals(KSTACK - 6, m.c.r[Cpu.ESP], m.dump());
        assertEquals(0x1357, m.read16(KSTACK - 6));
        assertEquals(KCODE, m.read16(KSTACK - 4));
        assertEquals(0x89AB, m.c.eip);
    }

    @Test
    void externalInterruptWakesHaltedCpu() {
        SysMachine m = new SysMachine().ring0();
        m.c.halted = true;
        Interrupts.deliver(m.c, 0x20, Interrupts.EXTERNAL, 0, false);
        assertFalse(m.c.halted);
        assertEquals(handler(0x20), m.c.eip);
    }

    @Test
    void badTssStackIsTs() {
        // SDM Vol. 2 INT n, INTER-PRIVILEGE-LEVEL-INTERRUPT: a TSS SS0 whose RPL != new CPL ->
        // #TS(SS0 selector + EXT). The #TS handler is DPL 3 code, so it runs without a stack switch.
        SysMachine m = new SysMachine().ring3();
        m.pm.write16(TSS + 8, KDATA | 1);
        m.gate(Vector.TS, UCODE, 0x6000, INTGATE0);
        m.c.eip = 0x5000;
        Interrupts.deliver(m.c, 0x21, Interrupts.EXTERNAL, 0, false);
        assertEquals(0x6000, m.c.eip, m.dump());
        assertEquals(USTACK - 16, m.c.r[Cpu.ESP]);
        assertEquals(KDATA | 1, m.read32(USTACK - 16), "error code: selector + EXT");
        assertEquals(3, m.c.cpl);
    }

    @Test
    void stackSwitchFailureEscalatesToTripleFault() {
        // The same bad SS0 with a ring-0 #TS handler: #TS during #TS -> #DF (Table 6-5), and #DF
        // needs the same stack switch -> triple fault (SDM 6.15).
        SysMachine m = new SysMachine().ring3();
        m.pm.write16(TSS + 8, KDATA | 1);
        Interrupts.deliver(m.c, 0x21, Interrupts.EXTERNAL, 0, false);
        assertTrue(m.c.shutdown, m.dump());
        assertTrue(m.c.shutdownReason.startsWith("Triple fault"), m.c.shutdownReason);
        assertEquals(3, m.c.cpl);
    }
}
