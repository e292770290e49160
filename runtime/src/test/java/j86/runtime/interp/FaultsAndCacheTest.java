package j86.runtime.interp;

import static j86.runtime.cpu.Cpu.EBX;
import static j86.runtime.cpu.Cpu.ECX;
import static j86.runtime.cpu.Cpu.EDI;
import static j86.runtime.cpu.Cpu.EDX;
import static j86.runtime.cpu.Cpu.ESI;
import static j86.runtime.cpu.Cpu.ESP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.runtime.bus.InterruptSource;
import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.Vector;
import org.junit.jupiter.api.Test;

/**
 * Precise exceptions (SDM Vol. 3, 6.5: a fault reports the faulting instruction and leaves no
 * partial state), the decoded-instruction cache under self-modifying code (docs/ARCHITECTURE.md,
 * "A write to code retires that code"), external interrupts with the STI shadow and HLT wake-up
 * (SDM Vol. 2 "STI", "HLT"), the single-step trap (SDM Vol. 3, 17.3.1.4) and the FPU-less escapes
 * (#UD / #NM).
 */
class FaultsAndCacheTest {
    static final int GDT = 0x2000, IDT = 0x3000;

    /** Assembles, installs a GDT and an IDT (every vector -> "bad", {@code vector} -> "handler"), runs. */
    static Snippet run(String name, String body, int vector, java.util.function.Consumer<Machine> setup)
            throws Exception {
        String src = ".code32\n_start:\n" + body + "\nbad:\n    movl $0xBAD, %edi\n    hlt\n";
        GnuAs.Image img = GnuAs.assemble(name, src, Snippet.ORG);
        Machine m = new Machine(1 << 20);
        m.load(Snippet.ORG, img.bytes);
        m.flat32(Snippet.ORG, Snippet.STACK);
        long[] gdt = {0, 0x00CF9A000000FFFFL, 0x00CF92000000FFFFL};
        for (int k = 0; k < gdt.length; k++) {
            m.phys.write32(GDT + 8 * k, (int) gdt[k]);
            m.phys.write32(GDT + 8 * k + 4, (int) (gdt[k] >>> 32));
        }
        m.cpu.gdtBase = GDT;
        m.cpu.gdtLimit = 8 * gdt.length - 1;
        for (int v = 0; v < 256; v++) {
            int target = img.sym(v == vector ? "handler" : "bad");
            m.phys.write32(IDT + 8 * v, (target & 0xFFFF) | 0x08 << 16);
            m.phys.write32(IDT + 8 * v + 4, (target & 0xFFFF0000) | 0x8E00); // P, DPL 0, 32-bit interrupt gate
        }
        m.cpu.idtBase = IDT;
        m.cpu.idtLimit = 256 * 8 - 1;
        setup.accept(m);
        int reason = m.run(100_000);
        Snippet r = new Snippet(m, src, img);
        assertEquals(Interpreter.HALTED, reason, r.why());
        return r;
    }

    @Test
    void faultingReadModifyWriteLeavesFlagsAndMemoryUnchanged() throws Exception {
        Snippet s = run("pf_rmw", String.join("\n",
            "    movl $0, %ecx",
            "    cmpl $1, %ecx",
            "    movl $0x40000, %ebx",
            "    pushl $0x99",
            "fault:",
            "    addl $0x7FFFFFFF, (%ebx)",
            "    hlt",
            "handler:",
            "    movl %cr2, %esi",
            "    hlt"), Vector.PF, m -> {
                // Identity paging with page 0x40000 read-only; CR0.WP makes it read-only for CPL 0 too.
                for (int p = 0; p < 256; p++) {
                    m.phys.write32(0x11000 + 4 * p, p << 12 | (p == 0x40 ? 1 : 3));
                }
                m.phys.write32(0x10000, 0x11000 | 3);
                m.phys.write32(0x40000, 1);
                m.cpu.cr3 = 0x10000;
                m.cpu.cr0 |= Cpu.CR0_PG | Cpu.CR0_WP;
                m.cpu.mmu.flushAll();
            });
        int esp = s.c.r[ESP];
        s.eq(0x7FFC - 16, esp, "error code, EIP, CS, EFLAGS pushed below the one push that succeeded");
        s.eq(3, s.mem32(esp), "error code: P = 1 (protection), W = 1, supervisor");
        s.eq(s.sym("fault"), s.mem32(esp + 4), "EIP of the faulting instruction");
        s.eq(0x08, s.mem32(esp + 8), "CS");
        s.eq(Cpu.CF | Cpu.SF, s.mem32(esp + 12) & (Cpu.CF | Cpu.ZF | Cpu.SF | Cpu.OF), "flags of the CMP, not of the ADD");
        s.eq(0x40000, s.reg(ESI), "CR2");
        s.eq(1, s.mem32(0x40000), "memory unchanged");
    }

    @Test
    void selfModifyingCodeIsSeen() throws Exception {
        Snippet s = Snippet.run32("smc", String.join("\n",
            "    call patch",
            "    movl %ebx, %esi",
            "    movl $0x22222222, patch + 1",
            "    call patch",
            "    hlt",
            "patch:",
            "    movl $0x11111111, %ebx",
            "    ret"));
        s.eq(0x11111111, s.reg(ESI), "first call");
        s.eq(0x22222222, s.reg(EBX), "the patched immediate is executed");
        assertTrue(s.m.interp.cache().droppedPages() > 0, "the write dropped the decoded page");
    }

    @Test
    void instructionCrossingAPageIsRedecoded() throws Exception {
        Snippet s = Snippet.run32("cross", String.join("\n",
            "    jmp cross",
            ".org 0xFFE",
            "cross:",
            "    movl $0x33333333, %ecx",
            "    cmpl $0x33333333, %ecx",
            "    jne done",
            "    movb $0x44, 0x2002",
            "    jmp cross",
            "done:"));
        s.eq(0x1FFE, s.sym("cross"), "the MOV starts 2 bytes before the page end");
        s.eq(0x44333333, s.reg(ECX), "the patched byte in the second page is executed");
    }

    @Test
    void stiShadowThenHltWakesOnInterrupt() throws Exception {
        int[] acks = {0};
        Snippet s = run("intr", String.join("\n",
            "    sti",
            "    hlt",
            "after:",
            "    hlt",
            "handler:",
            "    movl (%esp), %esi",
            "    movl $0x77, %edi",
            "    hlt"), 0x20, m -> m.cpu.intr = new InterruptSource() {
                @Override
                public boolean pending() {
                    return acks[0] == 0;
                }

                @Override
                public int acknowledge() {
                    acks[0]++;
                    return 0x20;
                }
            });
        s.eq(0x77, s.reg(EDI), "vector 0x20 delivered through its gate");
        s.eq(s.sym("after"), s.reg(ESI), "STI's shadow lets the HLT run; the interrupt returns after it");
        assertEquals(1, acks[0], s.why());
        s.eq(0, s.c.eflags & Cpu.IF, "the interrupt gate cleared IF");
    }

    /**
     * An NMI (SDM Vol. 3, 6.7.1): taken with IF clear right after the OUT that raised it, through
     * vector 2; a second one raised inside the handler waits until its IRET, then is taken.
     */
    @Test
    void nmiIsTakenWhateverIfAndBlockedUntilIret() throws Exception {
        Snippet s = run("nmi", String.join("\n",
            "    cli",
            "    movl $1, %ecx",
            "    outb %al, $0x99",
            "    movl $2, %ecx",
            "    hlt",
            "handler:",
            "    movl %ecx, %esi",
            "    incl %ebx",
            "    cmpl $1, %ebx",
            "    jne 1f",
            "    outb %al, $0x99",
            "    movl %ebx, %edx",
            "1:  iret"), Vector.NMI, m -> m.cpu.io = new j86.runtime.bus.PortDevice() {
                @Override
                public int in(int port, int size) {
                    return 0;
                }

                @Override
                public void out(int port, int size, int value) {
                    m.cpu.raiseNmi();
                }
            });
        s.eq(1, s.reg(ESI), "the first NMI came right after the OUT that raised it, IF clear");
        s.eq(1, s.reg(EDX), "the second did not interrupt the first handler");
        s.eq(2, s.reg(EBX), "the second was taken after the first handler's IRET");
        s.eq(2, s.reg(ECX), "then the program went on");
        assertEquals(0, s.c.nmi, s.why());
    }

    @Test
    void singleStepTrapsAfterTheNextInstruction() throws Exception {
        Snippet s = run("tf", String.join("\n",
            "    pushl $0x102",
            "    popfl",
            "    nop",
            "second:",
            "    hlt",
            "handler:",
            "    movl (%esp), %esi",
            "    movl %dr6, %edi",
            "    hlt"), Vector.DB, m -> { });
        s.eq(s.sym("second"), s.reg(ESI), "#DB after the NOP, EIP = the next instruction");
        s.eq(0x4000, s.reg(EDI) & 0x4000, "DR6.BS");
    }

    @Test
    void x87EscapeIsUdWithoutFpuAndNmWithEm() throws Exception {
        String body = String.join("\n",
            "fpu:",
            "    fld1",
            "    hlt",
            "handler:",
            "    movl (%esp), %esi",
            "    hlt");
        Snippet ud = run("x87ud", body, Vector.UD, m -> { });
        ud.eq(ud.sym("fpu"), ud.reg(ESI), "#UD at the escape");
        Snippet nm = run("x87nm", body, Vector.NM, m -> m.cpu.cr0 |= Cpu.CR0_EM);
        nm.eq(nm.sym("fpu"), nm.reg(ESI), "#NM at the escape when CR0.EM = 1");
    }

    @Test
    void privilegedInstructionAtCpl3IsGp() throws Exception {
        // Ring 3 by hand: CS/SS with DPL 3 and CPL 3; the IDT gate needs a ring-0 stack from a TSS.
        Snippet s = run("priv", String.join("\n",
            "user:",
            "    movl %cr0, %eax",
            "    hlt",
            "handler:",
            "    movl (%esp), %edi",
            "    movl 4(%esp), %esi",
            "    movl 8(%esp), %ebx",
            "    hlt"), Vector.GP, m -> {
                Cpu c = m.cpu;
                m.phys.write32(GDT + 24, 0x0000FFFF);
                m.phys.write32(GDT + 28, 0x00CFFA00);
                m.phys.write32(GDT + 32, 0x0000FFFF);
                m.phys.write32(GDT + 36, 0x00CFF200);
                m.phys.write32(GDT + 40, 0x5000 << 16 | 103); // TSS at 0x5000
                m.phys.write32(GDT + 44, 0x00008900);
                c.gdtLimit = 47;
                m.phys.write32(0x5004, 0x9000);
                m.phys.write32(0x5008, 0x10);
                c.tr.load(0x28, 0x5000, 103, 0x8B, false);
                c.seg[1].load(0x1B, 0, -1, 0xFB, true);
                c.seg[2].load(0x23, 0, -1, 0xF3, true);
                c.cpl = 3;
            });
        s.eq(0, s.reg(EDI), "#GP error code 0");
        s.eq(s.sym("user"), s.reg(ESI), "EIP of the MOV from CR0");
        s.eq(0x1B, s.reg(EBX), "from ring 3");
    }

    @Test
    void tripleFaultStopsTheCpuWithoutAJavaException() throws Exception {
        // An IDT too small for #UD: #UD -> #GP (beyond the IDT limit) -> #DF -> #GP -> shutdown (SDM Vol. 3, 6.15).
        GnuAs.Image img = GnuAs.assemble("triple", ".code32\n_start:\n    ud2\n    hlt\n", Snippet.ORG);
        Machine m = new Machine(1 << 20);
        m.load(Snippet.ORG, img.bytes);
        m.flat32(Snippet.ORG, Snippet.STACK);
        m.cpu.idtLimit = 7;
        int reason = m.run(1000);
        assertEquals(Interpreter.SHUTDOWN, reason, m.describe());
        assertTrue(m.cpu.shutdown, m.describe());
        assertEquals(Interpreter.SHUTDOWN, m.run(1000), "stays stopped");
    }

    @Test
    void theDecodedCacheIsSharedPerPhysicalMemory() {
        Machine m = new Machine(1 << 20);
        Interpreter other = new Interpreter(m.phys);
        assertTrue(other.cache() == m.interp.cache(), "one cache per PhysicalMemory");
        assertTrue(CodeCache.of(m.phys) == m.interp.cache(), "CodeCache.of finds it");
    }

    @Test
    void repMovsFaultingMidwayRestartsWhereItStopped() throws Exception {
        // The destination runs into an absent page: the #PF sees ECX/ESI/EDI of the iterations that
        // completed (SDM Vol. 2, "REP": restartable), the handler maps the page and the IRET restarts.
        Snippet s = run("rep_pf", String.join("\n",
            "    movl $0x30000, %esi",
            "    movl $0x40800, %edi",
            "    movl $0x2000, %ecx",
            "    cld",
            "copy:",
            "    rep movsb",
            "    hlt",
            "handler:",
            "    movl %ecx, 0x5000",
            "    movl %edi, 0x5004",
            "    movl %cr2, %eax",
            "    movl %eax, 0x500C",
            "    movl 4(%esp), %eax",
            "    movl %eax, 0x5010",
            "    orl $1, 0x11000 + 0x41 * 4",
            "    invlpg 0x41000",
            "    incl 0x5008",
            "    addl $4, %esp",
            "    iret"), Vector.PF, m -> {
                for (int p = 0; p < 256; p++) {
                    m.phys.write32(0x11000 + 4 * p, p << 12 | (p == 0x41 ? 2 : 3));
                }
                m.phys.write32(0x10000, 0x11000 | 3);
                for (int k = 0; k < 0x2000; k++) {
                    m.phys.write8(0x30000 + k, k * 7 + 1);
                }
                m.cpu.cr3 = 0x10000;
                m.cpu.cr0 |= Cpu.CR0_PG;
                m.cpu.mmu.flushAll();
            });
        s.eq(1, s.mem32(0x5008), "exactly one page fault");
        s.eq(0x41000, s.mem32(0x500C), "CR2 = first byte of the absent page");
        s.eq(s.sym("copy"), s.mem32(0x5010), "EIP of the REP MOVSB");
        s.eq(0x2000 - 0x800, s.mem32(0x5000), "ECX at the fault: 0x800 bytes were copied");
        s.eq(0x41000, s.mem32(0x5004), "EDI at the fault");
        s.eq(0, s.reg(ECX), "completed after the restart");
        for (int k = 0; k < 0x2000; k += 0x1FF) {
            s.eq((k * 7 + 1) & 0xFF, s.mem8(0x40800 + k), "byte " + k);
        }
    }
}
