package j86.translator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.runtime.cpu.Cpu;
import j86.runtime.debug.DebugStop;
import j86.runtime.debug.Watchpoints;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Breakpoints and watchpoints on both engines, checked against the interpreter and against the
 * instruction counts the program implies: the translator stops exactly where the interpreter
 * does (before a breakpoint's instruction, after a watched access), including inside a translated
 * loop, when a breakpoint is set or cleared after its code was translated, and it does not stop
 * at the same page offset on another page. A run with points armed ends in the same state, with
 * the same instruction count, as a run without.
 */
class DebugPointsTest {
    static final int CODE = 0x20000, STACK = 0x30000, VAR = 0x21000;
    static final int ITERATIONS = 2000;

    /**
     * mov $2000, %ecx ; L: add %ecx, %eax ; mov %eax, VAR ; inc %ebx ; push %eax ; pop %edx ;
     * dec %ecx ; jnz L ; hlt -- 7 instructions per iteration, INC at CODE+12.
     */
    static final byte[] LOOP = {(byte) 0xB9, (byte) 0xD0, 0x07, 0, 0, 0x01, (byte) 0xC8, (byte) 0xA3, 0, 0x10, 0x02, 0,
        0x43, 0x50, 0x5A, 0x49, 0x75, (byte) 0xF3, (byte) 0xF4};
    static final int INC = CODE + 12, PER_ITERATION = 7;

    private static GuestMachine machine(boolean translate) {
        GuestMachine m = new GuestMachine(translate, 0, true);
        m.phys.writeBytes(CODE, LOOP, 0, LOOP.length);
        m.reset(CODE, new int[] {0, 0, 0, 0, STACK, 0, 0, 0}, 0);
        return m;
    }

    /**
     * Runs to HLT in quanta of {@code quantum}, recording every debugger stop as "kind@eip#count"
     * and resuming as the debugger does (over a breakpoint's instruction); {@code atRound} may
     * change the points between quanta.
     */
    private static List<String> runStopping(GuestMachine m, int quantum, Consumer<Integer> atRound) {
        List<String> stops = new ArrayList<>();
        for (int round = 0; round < 10_000 && !m.cpu.halted; round++) {
            atRound.accept(round);
            long end = m.cpu.instructions + quantum;
            while (m.cpu.instructions < end && !m.cpu.halted) {
                m.run(end - m.cpu.instructions);
                int why = m.cpu.debugStop;
                m.cpu.debugStop = DebugStop.NONE;
                if (why == DebugStop.NONE) {
                    break;
                }
                if (why == DebugStop.BREAKPOINT) {
                    stops.add("break@" + Integer.toHexString(m.cpu.eip) + "#" + m.cpu.instructions);
                    m.interp.stepOver(m.cpu);
                } else {
                    stops.add(m.cpu.mmu.watchHit.kind() + "@" + Integer.toHexString(m.cpu.eip) + "#" + m.cpu.instructions);
                    m.cpu.mmu.watchHit = null;
                }
            }
        }
        assertTrue(m.cpu.halted, "ran to its HLT");
        return stops;
    }

    private static GuestMachine plainRun() {
        GuestMachine m = machine(false);
        m.run(1_000_000);
        return m;
    }

    @Test
    void aBreakpointInATranslatedLoopStopsEveryIterationAsInTheInterpreter() {
        GuestMachine plain = plainRun();
        for (int quantum : new int[] {50, 1000}) {
            List<List<String>> both = new ArrayList<>();
            for (boolean jit : new boolean[] {false, true}) {
                GuestMachine m = machine(jit);
                // Armed after round 2 (the loop is translated by then), cleared after round 20.
                List<String> stops = runStopping(m, quantum, round -> {
                    if (round == 2) {
                        m.interp.breakpoints().add(INC);
                    } else if (round == 8) {
                        m.interp.breakpoints().remove(INC);
                    }
                });
                assertNull(plain.differs(m), "same end state as without the breakpoint (jit=" + jit + ")");
                both.add(stops);
            }
            assertEquals(both.get(0), both.get(1), "translator stops = interpreter stops, quantum " + quantum);
            List<String> stops = both.get(0);
            assertTrue(!stops.isEmpty(), "it stopped");
            for (String s : stops) {
                long count = Long.parseLong(s.substring(s.indexOf('#') + 1));
                assertTrue(s.startsWith("break@" + Integer.toHexString(INC)), s);
                assertEquals(3, count % PER_ITERATION, "before the INC of an iteration: " + s);
            }
        }
    }

    @Test
    void aBreakpointAtTheSameOffsetOfAnotherPageNeverStops() {
        GuestMachine plain = plainRun();
        for (boolean jit : new boolean[] {false, true}) {
            GuestMachine m = machine(jit);
            m.interp.breakpoints().add(INC + 0x1000);
            assertEquals(List.of(), runStopping(m, 4096, round -> { }));
            assertNull(plain.differs(m));
        }
    }

    @Test
    void aBreakpointSetBeforeTheRunStopsAtTheFirstIteration() {
        for (boolean jit : new boolean[] {false, true}) {
            GuestMachine m = machine(jit);
            m.interp.breakpoints().add(INC);
            List<String> stops = runStopping(m, 4096, round -> { });
            assertEquals(ITERATIONS, stops.size());
            assertEquals("break@" + Integer.toHexString(INC) + "#3", stops.get(0));
        }
    }

    /** Write watch on VAR (explicit MOV) and access watch on the stack slot (implicit PUSH and POP). */
    @Test
    void watchpointsSeeExplicitAndImplicitAccessesOnBothEngines() {
        GuestMachine plain = plainRun();
        List<List<String>> both = new ArrayList<>();
        for (boolean jit : new boolean[] {false, true}) {
            GuestMachine m = machine(jit);
            Watchpoints w = new Watchpoints();
            List<String> stops = runStopping(m, 1000, round -> {
                if (round == 2) {
                    w.add(Watchpoints.WRITE, VAR, 4);
                    w.add(Watchpoints.ACCESS, STACK - 4, 4);
                    m.phys.setWatchpoints(w);
                }
            });
            assertNull(plain.differs(m), "same end state (jit=" + jit + ")");
            both.add(stops);
        }
        assertEquals(both.get(0), both.get(1), "translator stops = interpreter stops");
        List<String> stops = both.get(0);
        // Each iteration: after the MOV (watch, EIP at the INC), after the PUSH and after the POP (awatch).
        long movs = stops.stream().filter(x -> x.startsWith("watch@")).count();
        assertTrue(movs > ITERATIONS / 2, "stopped after the MOV of most iterations: " + movs);
        long extra = stops.size() - 3 * movs; // armed in the middle of an iteration: its PUSH/POP only
        assertTrue(extra >= 0 && extra <= 2, "and after its PUSH and POP: " + stops.size() + " stops, " + movs + " MOVs");
        for (String s : stops) {
            assertTrue(s.matches("(watch@" + Integer.toHexString(INC) + "|awatch@2000e|awatch@2000f)#\\d+"), s);
        }
    }

    /** REP STOSB over a watched byte: the string instruction's implicit writes are seen too. */
    @Test
    void aRepeatedStringStoreIsSeen() {
        // mov $VAR-16, %edi ; mov $64, %ecx ; rep stosb ; hlt
        byte[] code = {(byte) 0xBF, (byte) 0xF0, 0x0F, 0x02, 0, (byte) 0xB9, 64, 0, 0, 0, (byte) 0xF3, (byte) 0xAA, (byte) 0xF4};
        for (boolean jit : new boolean[] {false, true}) {
            GuestMachine m = new GuestMachine(jit, 0, true);
            m.phys.writeBytes(CODE, code, 0, code.length);
            m.reset(CODE, new int[] {0x11, 0, 0, 0, STACK, 0, 0, 0}, 0);
            Watchpoints w = new Watchpoints();
            w.add(Watchpoints.WRITE, VAR + 8, 1);
            m.phys.setWatchpoints(w);
            List<String> stops = runStopping(m, 4096, round -> { });
            assertEquals(1, stops.size(), "jit=" + jit + " " + stops);
            assertTrue(stops.get(0).startsWith("watch@"), stops.get(0));
            assertEquals(0x11, m.phys.ram[VAR + 8]);
            assertEquals(0, m.cpu.r[Cpu.ECX]);
        }
    }
}
