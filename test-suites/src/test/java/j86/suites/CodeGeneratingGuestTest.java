package j86.suites;

import static org.junit.jupiter.api.Assertions.assertEquals;

import j86.hw.board.BoardConfig;
import j86.hw.board.Machine;
import j86.runtime.sched.Scheduler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A guest that keeps writing new code (resources/j86/suites/codegen.S), on the board as a user
 * runs it, on both engines: it writes COUNT functions, calls each 80 times as soon as it is written
 * (hot enough for any threshold), and leaves through isa-debug-exit. The sum it stores at 0x7000
 * is computed here from the functions' definition. (The translator's CodeGeneratingGuestTest runs
 * the same pattern under small cache bounds and checks the caches' bookkeeping.)
 */
class CodeGeneratingGuestTest {
    private static final Tally TALLY = new Tally("code-generating-guest");
    private static final int COUNT = 2000, CALLS = 80, RESULT = 0x7000, COUNT_OFFSET = 504;
    /** isa-debug-exit turns the guest's 0x10 into exit status (0x10 << 1) | 1. */
    private static final int SUCCESS = (0x10 << 1) | 1;

    @TestFactory
    List<DynamicTest> writesAndRunsNewCode() throws Throwable {
        return TALLY.build(() -> {
            List<DynamicTest> tests = new ArrayList<>();
            for (EngineChoice engine : EngineChoice.all()) {
                tests.add(TALLY.test("codegen/" + engine.name(), () -> run(engine)));
            }
            return tests;
        });
    }

    private static void run(EngineChoice engine) throws Exception {
        byte[] boot = GuestAssembler.bootSector("codegen.S");
        for (int k = 0; k < 4; k++) {
            boot[COUNT_OFFSET + k] = (byte) (COUNT >>> 8 * k);
        }
        int[] exit = {-1};
        BoardConfig cfg = new BoardConfig(1, 16L << 20, null, null, b -> { }, s -> exit[0] = s, 4096, 1);
        Machine m = new Machine(cfg, boot, engine.factory());
        m.scheduler.setRoundHook(() -> {
            if (exit[0] >= 0 || m.clock.nanos() > 10_000_000_000L) {
                m.scheduler.requestStop();
            }
        });
        Scheduler.Stop stop = m.scheduler.run();
        int expected = 0;
        for (int i = 0; i < COUNT; i++) {
            expected += CALLS * (i ^ i * 0x9e3779b9);
        }
        String state = String.format("stop %s, exit %d, EIP %08x, %,d instructions", stop, exit[0],
                m.cpus.get(0).eip, m.cpus.get(0).instructions);
        assertEquals(SUCCESS, exit[0], "the guest finished and left through 0x501; " + state);
        assertEquals(expected, m.phys.read32(RESULT), "the sum of the functions' results; " + state);
    }

    @AfterAll
    static void summary() {
        TALLY.printSummary();
    }
}
