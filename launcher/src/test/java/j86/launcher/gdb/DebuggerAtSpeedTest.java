package j86.launcher.gdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.runtime.cpu.Cpu;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/ARCHITECTURE.md "A debugger changes nothing": a debugger changes nothing but where the
 * guest stops, on both engines: JOS (primes, 2 CPUs) runs a fixed number of scheduler rounds
 * without a debugger, then again with a breakpoint on the system-call dispatcher and a write
 * watchpoint on the page allocator's free list, resumed at every stop; the console output and
 * every CPU's instruction count must be the same, and the points must have stopped it at the right
 * places (EIP = syscall's address for the breakpoint; the free list changed or was written for the
 * watchpoint). Also a bare client (as the lab's grading scripts connect) stopping again and again
 * at hot, translated code.
 */
class DebuggerAtSpeedTest {
    private static final long ROUNDS = 20000;

    @BeforeAll
    static void images() {
        JosMachine.assumeImages();
    }

    private static long symbol(String name) throws Exception {
        return GdbStubTest.nm().get(name);
    }

    /** Runs ROUNDS rounds; returns the console and the per-CPU instruction counts. */
    private static String run(String engine, boolean debug, AtomicInteger breaks, AtomicInteger watches) throws Exception {
        long syscall = symbol("syscall"), freeList = symbol("page_free_list");
        try (JosMachine m = new JosMachine(JosMachine.IMAGE, 2, false, engine)) {
            m.roundLimit = ROUNDS;
            m.onMachine(() -> {
                if (debug) {
                    m.engine.points.add(0, (int) syscall, 1);
                    m.engine.points.add(2, (int) freeList, 4);
                    m.vm.addStopListener(e -> {
                        Cpu c = m.machine.cpus.get(e.cpu());
                        if (e.watchKind() == null) {
                            assertEquals(syscall, c.seg[1].base + c.eip & 0xFFFFFFFFL, "stopped at the breakpoint");
                            breaks.incrementAndGet();
                        } else {
                            assertEquals("watch", e.watchKind());
                            assertEquals(freeList, e.watchAddr() & 0xFFFFFFFFL);
                            watches.incrementAndGet();
                        }
                        m.vm.submit(m.vm::resume);
                    });
                }
                m.vm.resume();
                return null;
            });
            assertTrue(m.awaitEnd(120_000), "the run ended");
            StringBuilder counts = new StringBuilder();
            for (Cpu c : m.machine.cpus) {
                counts.append(" cpu").append(c.index).append('=').append(c.instructions);
            }
            return m.console() + "\n--" + counts;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"interp", "jit"})
    void breakpointsAndWatchpointsChangeNothingButTheStops(String engine) throws Exception {
        AtomicInteger breaks = new AtomicInteger(), watches = new AtomicInteger();
        String plain = run(engine, false, breaks, watches);
        String debugged = run(engine, true, breaks, watches);
        assertEquals(plain, debugged, "console and instruction counts with and without the debugger");
        assertTrue(plain.contains("CPU 1: "), "primes ran on both CPUs:\n" + plain);
        assertTrue(breaks.get() > 100, "system calls stopped at: " + breaks);
        assertTrue(watches.get() > 100, "free-list writes stopped at: " + watches);
        System.out.println("debugger-at-speed " + engine + ": " + breaks + " breakpoint stops, " + watches
                + " watchpoint stops," + debugged.substring(debugged.lastIndexOf("--") + 2));
    }

    /** A bare client (no acks) sets Z1 on hot code and continues 200 times: every stop is there. */
    @ParameterizedTest
    @ValueSource(strings = {"interp", "jit"})
    void aBareClientStopsAgainAndAgainInHotCode(String engine) throws Exception {
        long syscall = symbol("syscall");
        try (JosMachine m = new JosMachine(JosMachine.IMAGE, 2, true, engine); RawClient c = new RawClient(m.server.port())) {
            c.send(String.format("Z1,%x,1", syscall));
            for (int k = 0; k < 200; k++) {
                c.send("c");
                String stop = c.waitFor("T05", 30_000);
                assertTrue(stop.startsWith("T05"), stop);
                c.send("p8"); // EIP
                String eip = c.waitFor("", 10_000);
                while (eip.equals("OK")) {
                    eip = c.waitFor("", 10_000);
                }
                assertEquals(syscall, Long.reverseBytes(Long.parseUnsignedLong(eip, 16)) >>> 32, "stop " + k);
            }
            c.send("k");
        }
    }
}
