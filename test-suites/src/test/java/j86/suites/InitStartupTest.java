package j86.suites;

import static org.junit.jupiter.api.Assertions.assertEquals;

import j86.hw.board.BoardConfig;
import j86.hw.board.Machine;
import j86.runtime.mem.PhysicalMemory;
import j86.runtime.sched.Scheduler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Wakes an AP by hand, with a guest assembled from resources/j86/suites/initsipi.S: the BSP sends
 * INIT, INIT de-assert, STARTUP and STARTUP (MP specification B.4) to APIC ID 1 with vector 0x09.
 * Expectations from the Intel SDM vol. 3 (8.4.4.1, 10.6.1, 10.4.6) and the MP specification:
 * after INIT the AP waits and runs nothing until STARTUP; it then starts in real mode (CR0.PE = 0)
 * at CS:IP = (vector << 8):0000, i.e. physical vector * 0x1000; a STARTUP that arrives when the AP is
 * not waiting for one is ignored, so the trampoline runs once; its local APIC ID register reads 1
 * in bits 31:24, the BSP's 0.
 */
class InitStartupTest {
    private static final Tally TALLY = new Tally("init-startup");
    private static final int VECTOR = 0x09;
    /** isa-debug-exit turns the guest's success code 0x10 into exit status (0x10 << 1) | 1. */
    private static final int SUCCESS = (0x10 << 1) | 1;

    @TestFactory
    List<DynamicTest> wakeAp() throws Throwable {
        return TALLY.build(this::wakeApTests);
    }

    private List<DynamicTest> wakeApTests() {
        List<DynamicTest> tests = new ArrayList<>();
        for (EngineChoice engine : EngineChoice.all()) {
            tests.add(TALLY.test("init-startup/" + engine.name(), () -> run(engine)));
        }
        return tests;
    }

    private static void run(EngineChoice engine) throws Exception {
        byte[] boot = GuestAssembler.bootSector("initsipi.S");
        StringBuilder console = new StringBuilder();
        int[] exit = {-1};
        BoardConfig cfg = new BoardConfig(2, 16L << 20, null, null, b -> console.append((char) b),
                s -> exit[0] = s, 4096, 1);
        Machine m = new Machine(cfg, boot, engine.factory());
        m.scheduler.setRoundHook(() -> {
            if (exit[0] >= 0 || m.clock.nanos() > 1_000_000_000L) {
                m.scheduler.requestStop();
            }
        });
        Scheduler.Stop stop = m.scheduler.run();
        PhysicalMemory mem = m.phys;
        String state = String.format("stop %s, exit %d, console '%s', CPU 1 EIP %08x CS %04x, results %s", stop,
                exit[0], console, m.cpus.get(1).eip, m.cpus.get(1).seg[1].selector, results(mem));

        assertEquals(SUCCESS, exit[0], "the BSP saw the AP's marker and exited through 0x501; " + state);
        assertEquals(0, mem.read32(0x7004), "after INIT the AP runs nothing until STARTUP; " + state);
        assertEquals(1, mem.read32(0x7008), "the AP entered its trampoline once (the 2nd STARTUP is ignored); " + state);
        assertEquals(VECTOR << 8, mem.read16(0x7012), "the AP's CS is vector << 8; " + state);
        assertEquals(0, mem.read16(0x7010), "the AP's IP is 0; " + state);
        assertEquals(0, mem.read32(0x7014) & 1, "the AP starts in real mode (CR0.PE clear); " + state);
        assertEquals(1, mem.read32(0x7018) >>> 24, "the AP's local APIC ID register reads 1; " + state);
        assertEquals(0, mem.read32(0x7000) >>> 24, "the BSP's local APIC ID register reads 0; " + state);
        assertEquals(0xA5A5A5A5, mem.read32(0x701C), "the AP's marker; " + state);
        assertEquals("AB", console.toString(), "the AP's byte on COM1, then the BSP's; " + state);
        assertEquals(1, m.inits, "one INIT reached the board (the de-assert is not one); " + state);
        assertEquals(1, m.startups, "one STARTUP reached the board; " + state);
    }

    private static String results(PhysicalMemory mem) {
        StringBuilder b = new StringBuilder();
        for (int a = 0x7000; a < 0x7020; a += 4) {
            b.append(String.format("%04x:%08x ", a, mem.read32(a)));
        }
        return b.toString().trim();
    }

    @AfterAll
    static void summary() {
        TALLY.printSummary();
    }
}
