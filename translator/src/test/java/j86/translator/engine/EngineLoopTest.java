package j86.translator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import j86.runtime.bus.InterruptSource;
import j86.runtime.cpu.Cpu;
import org.junit.jupiter.api.Test;

/**
 * The engine's loop against the interpreter's: instruction counting at every quantum size, an
 * interrupt raised by a device access in the middle of a block (taken at the same instruction
 * boundary as the interpreter takes it), and thresholds (cold blocks run on the interpreter).
 */
class EngineLoopTest {
    static final int CODE = 0x20000, STACK = 0x30000;

    /** An INTR line that asserts vector 0x40 once port 0x99 has been written, until acknowledged. */
    static final class PortIrq implements InterruptSource {
        boolean raised;

        @Override
        public boolean pending() {
            return raised;
        }

        @Override
        public int acknowledge() {
            raised = false;
            return 0x40;
        }
    }

    private static GuestMachine machine(boolean translate, int threshold, byte[] code, int eflags) {
        GuestMachine m = new GuestMachine(translate, threshold, true) {
            @Override
            public void out(int port, int sizeBytes, int value) {
                super.out(port, sizeBytes, value);
                if (port == 0x99) {
                    ((PortIrq) cpu.intr).raised = true;
                } else if (port == 0x98) {
                    cpu.raiseNmi();
                }
            }
        };
        m.cpu.intr = new PortIrq();
        m.phys.writeBytes(CODE, code, 0, code.length);
        m.reset(CODE, new int[] {0, 0, 0, 0, STACK, 0, 0, 0}, 0);
        m.cpu.eflags |= eflags;
        return m;
    }

    /** inc %eax ; out %al, $0x99 ; inc %eax ; inc %eax ; hlt -- with IF set the interrupt comes right after OUT. */
    @Test
    void anInterruptRaisedByAnOutInsideABlockIsTakenAfterThatOut() {
        byte[] code = {0x40, (byte) 0xE6, (byte) 0x99, 0x40, 0x40, (byte) 0xF4};
        GuestMachine ref = machine(false, 0, code, Cpu.IF), jit = machine(true, 0, code, Cpu.IF);
        ref.run(100);
        jit.run(100);
        assertEquals(GuestMachine.HANDLERS + 0x40 + 1, ref.cpu.eip, "the handler ran");
        assertEquals(1, ref.cpu.r[Cpu.EAX], "interrupted right after the OUT");
        assertEquals(null, ref.differs(jit));
    }

    /** inc %eax ; out %al, $0x98 ; inc %eax ; inc %eax ; hlt -- IF clear: the NMI still comes right after OUT. */
    @Test
    void anNmiRaisedInsideABlockIsTakenAfterThatOutWhateverIf() {
        byte[] code = {0x40, (byte) 0xE6, (byte) 0x98, 0x40, 0x40, (byte) 0xF4};
        GuestMachine ref = machine(false, 0, code, 0), jit = machine(true, 0, code, 0);
        ref.run(100);
        jit.run(100);
        assertEquals(GuestMachine.HANDLERS + j86.runtime.cpu.Vector.NMI + 1, ref.cpu.eip, "the NMI handler ran");
        assertEquals(1, ref.cpu.r[Cpu.EAX], "interrupted right after the OUT");
        assertEquals(null, ref.differs(jit));
        assertEquals(Cpu.NMI_BLOCKED, jit.cpu.nmi, "blocked until IRET");
    }

    /** A loop of 5 instructions x 50 iterations, run in quanta of every size from 1 to 40. */
    @Test
    void quantumBoundariesAndCountsMatchTheInterpreter() {
        // mov $50, %ecx ; L: add %ecx, %eax ; push %eax ; pop %ebx ; dec %ecx ; jnz L ; hlt
        byte[] code = {(byte) 0xB9, 50, 0, 0, 0, 0x01, (byte) 0xC8, 0x50, 0x5B, 0x49, 0x75, (byte) 0xF9, (byte) 0xF4};
        for (int threshold : new int[] {0, 3}) {
            for (int quantum = 1; quantum <= 40; quantum++) {
                GuestMachine ref = machine(false, 0, code, 0), jit = machine(true, threshold, code, 0);
                for (int round = 0; round < 400 && !ref.cpu.halted; round++) {
                    ref.run(quantum);
                    jit.run(quantum);
                    assertEquals(null, ref.differs(jit), "quantum " + quantum + " round " + round);
                }
                assertEquals(1 + 5 * 50 + 1, ref.cpu.instructions);
                assertEquals(50 * 51 / 2, ref.cpu.r[Cpu.EAX]);
            }
        }
    }

    /**
     * Regression: in a block that loops on itself, a fallback (XCHG) reads EAX, which the previous
     * iteration wrote in its local after the fallback's place in the code: it must be written back.
     * mov $50, %ecx ; L: xchg %eax, %ebx ; add %ecx, %eax ; dec %ecx ; jnz L ; hlt
     */
    @Test
    void aLoopingBlockWritesBackRegistersBeforeAFallbackReadsThem() {
        byte[] code = {(byte) 0xB9, 50, 0, 0, 0, (byte) 0x93, 0x01, (byte) 0xC8, 0x49, 0x75, (byte) 0xFA, (byte) 0xF4};
        for (int quantum : new int[] {7, 40, 1000}) {
            GuestMachine ref = machine(false, 0, code, 0), jit = machine(true, 0, code, 0);
            for (int round = 0; round < 400 && !ref.cpu.halted; round++) {
                ref.run(quantum);
                jit.run(quantum);
                assertEquals(null, ref.differs(jit), "quantum " + quantum + " round " + round);
            }
            assertEquals(true, ref.cpu.halted);
        }
    }

    /**
     * Regression (found booting JOS with 2 CPUs): PAUSE ends the CPU's quantum in the interpreter;
     * the engine must return right after it too, whether the PAUSE ran cold or translated.
     * Loop: inc %eax ; pause ; dec %ecx ; jnz L ; hlt.
     */
    @Test
    void pauseEndsTheQuantumAsInTheInterpreter() {
        byte[] code = {(byte) 0xB9, 20, 0, 0, 0, 0x40, (byte) 0xF3, (byte) 0x90, 0x49, 0x75, (byte) 0xFA, (byte) 0xF4};
        for (int threshold : new int[] {0, 2, 100}) {
            GuestMachine ref = machine(false, 0, code, 0), jit = machine(true, threshold, code, 0);
            for (int round = 0; round < 30; round++) {
                ref.run(1000);
                jit.run(1000);
                assertEquals(null, ref.differs(jit), "threshold " + threshold + " round " + round);
            }
            assertEquals(20, ref.cpu.r[Cpu.EAX]);
            assertEquals(true, ref.cpu.halted);
        }
    }

    /**
     * Regression: RDTSC inside a block must see the instructions the block already retired (blocks
     * add their count at exit). nop ; nop ; nop ; rdtsc ; hlt -- EAX = 3 + the TSC offset (0).
     */
    @Test
    void rdtscInsideABlockSeesTheInstructionsRetiredBeforeIt() {
        byte[] code = {(byte) 0x90, (byte) 0x90, (byte) 0x90, 0x0F, 0x31, (byte) 0xF4};
        GuestMachine ref = machine(false, 0, code, 0), jit = machine(true, 0, code, 0);
        ref.run(100);
        jit.run(100);
        assertEquals(3, ref.cpu.r[Cpu.EAX]);
        assertEquals(null, ref.differs(jit));
    }

    /** A device register that counts its reads (and returns the count). */
    static final class Counter implements j86.runtime.bus.MmioDevice {
        int reads;

        @Override
        public int read(int offset, int sizeBytes) {
            return ++reads;
        }

        @Override
        public void write(int offset, int sizeBytes, int value) {
        }
    }

    /**
     * mov $1000,%ecx ; xor %eax,%eax ; 1: add 0xA0000,%eax ; dec %ecx ; jnz 1b ; hlt -- a loop
     * polling a device register: its side exits (an access that never becomes a TLB hit) make
     * the engine translate the loop again with a call to the device (EmitMemory, slowSite), and
     * every read still happens once, as the program says.
     */
    @Test
    void aLoopPollingADeviceIsTranslatedAgainWithCallsAndReadsItOncePerIteration() {
        byte[] code = {(byte) 0xB9, (byte) 0xE8, 0x03, 0, 0, 0x31, (byte) 0xC0, 0x03, 0x05, 0, 0, 0x0A, 0,
            0x49, 0x75, (byte) 0xF7, (byte) 0xF4};
        GuestMachine ref = machine(false, 0, code, 0), jit = machine(true, 0, code, 0);
        Counter a = new Counter(), b = new Counter();
        ref.phys.mapMmio(0xA0000, 0x1000, a);
        jit.phys.mapMmio(0xA0000, 0x1000, b);
        ref.run(100_000);
        jit.run(100_000);
        assertEquals(1000, a.reads, "the interpreter reads once per iteration");
        assertEquals(1000, b.reads, "so does the translating engine, side exits included");
        assertEquals(1000 * 1001 / 2, jit.cpu.r[Cpu.EAX]);
        assertEquals(null, ref.differs(jit));
        assertEquals(1, jit.jit.translator.slowSites.size(), "the polling instruction became a call site");
    }

    /**
     * mov $100,%ecx ; 1: mov %ecx,0xA0000 ; dec %ecx ; jnz 1b ; hlt -- with IF set, a device that
     * raises INTR when written the value {@code at}: the interrupt is taken right after that
     * write, at the same instruction count on both engines (InterruptSampling), whether the write
     * ran on the interpreter, side-exited from the translated loop (the first 64 iterations) or
     * was a slow-path call in the loop translated again (after them).
     */
    @Test
    void anInterruptRaisedByADeviceWriteInsideALoopIsTakenAfterThatWriteOnBothEngines() {
        byte[] code = {(byte) 0xB9, 100, 0, 0, 0, (byte) 0x89, 0x0D, 0, 0, 0x0A, 0, 0x49, 0x75, (byte) 0xF7,
            (byte) 0xF4};
        for (int at : new int[] {100, 90, 20, 1}) {
            GuestMachine ref = machine(false, 0, code, Cpu.IF), jit = machine(true, 0, code, Cpu.IF);
            ref.phys.mapMmio(0xA0000, 0x1000, raiser(ref, at));
            jit.phys.mapMmio(0xA0000, 0x1000, raiser(jit, at));
            ref.run(100_000);
            jit.run(100_000);
            assertEquals(GuestMachine.HANDLERS + 0x40 + 1, ref.cpu.eip, "the handler ran, at " + at);
            assertEquals(at, ref.cpu.r[Cpu.ECX], "interrupted right after the write, at " + at);
            assertEquals(null, ref.differs(jit), "at " + at);
        }
    }

    /** A device register whose write of {@code value} raises m's INTR line (a PortIrq). */
    private static j86.runtime.bus.MmioDevice raiser(GuestMachine m, int value) {
        return new j86.runtime.bus.MmioDevice() {
            @Override
            public int read(int offset, int sizeBytes) {
                return 0;
            }

            @Override
            public void write(int offset, int size, int v) {
                if (v == value) {
                    ((PortIrq) m.cpu.intr).raised = true;
                }
            }
        };
    }
}
