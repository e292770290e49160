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
 * Runs resources/j86/suites/resetrom.S, assembled at test time into a 64 KiB BIOS image, as
 * {@code -bios} does, on every engine. The ROM checks the state at the reset vector against the
 * Intel SDM's Table 9-1, CS base FFFF0000H through the i440FX PAM (no far jump), and that no
 * interrupt arrives after STI before the 8259s are initialized while one does after; it exits
 * through isa-debug-exit with 0x10 (status 0x21) or the number of the failed check. The board has
 * two CPUs: the AP, waiting for INIT and STARTUP, runs nothing meanwhile.
 */
class ResetRomTest {
    private static final Tally TALLY = new Tally("reset-rom");
    private static final int SUCCESS = (0x10 << 1) | 1;
    /** The ROM's POST code after its last check. */
    private static final int LAST_POST = 0x7E;
    /** What each of the ROM's failure numbers checks (index = number). */
    private static final String[] FAILURES = {"?", "EAX = 0", "EBX = 0", "ECX = 0", "ESI = 0", "EDI = 0",
        "EBP = 0", "ESP = 0", "EDX = 000n06xxH", "EDX = CPUID.1:EAX", "EFLAGS = 2", "CR0 = 60000010H", "CR2 = 0",
        "CR3 = 0", "CR4 = 0", "DR6 = FFFF0FF0H", "DR7 = 400H", "CS = F000", "DS = 0", "ES = 0", "SS = 0", "FS = 0",
        "GS = 0", "GDTR limit FFFFH", "GDTR base 0", "IDTR limit FFFFH", "IDTR base 0", "00:00.0 is 8086:1237",
        "PAM0 = 30H makes 0xF0000 writable DRAM", "CS base is FFFF0000H (CS reads ROM, not the DRAM alias)",
        "PAM0 = 0 shows the ROM at 0xF0000 again", "IRQ 0 arrives once the 8259 is initialized",
        "no interrupt before the 8259s are initialized"};

    @TestFactory
    List<DynamicTest> resetState() throws Throwable {
        return TALLY.build(() -> {
            List<DynamicTest> tests = new ArrayList<>();
            for (EngineChoice engine : EngineChoice.all()) {
                tests.add(TALLY.test("reset-rom/" + engine.name(), () -> run(engine)));
            }
            return tests;
        });
    }

    private static void run(EngineChoice engine) throws Exception {
        byte[] rom = GuestAssembler.rom("resetrom.S");
        int[] exit = {-1};
        BoardConfig cfg = new BoardConfig(2, 16L << 20, null, null, b -> { }, s -> exit[0] = s, 4096, 1).withBios(rom);
        Machine m = new Machine(cfg, null, engine.factory());
        m.scheduler.setRoundHook(() -> {
            if (exit[0] >= 0 || m.clock.nanos() > 2_000_000_000L) {
                m.scheduler.requestStop();
            }
        });
        Scheduler.Stop stop = m.scheduler.run();
        int failed = exit[0] >> 1;
        String what = exit[0] == SUCCESS ? "" : failed > 0 && failed < FAILURES.length ? FAILURES[failed] : "no exit";
        assertEquals(SUCCESS, exit[0], "check " + failed + " failed: " + what + " (stop " + stop + ", POST "
                + Integer.toHexString(m.post.lastPostCode()) + ")");
        assertEquals(LAST_POST, m.post.lastPostCode(), "the last POST code");
        assertEquals(0, m.cpus.get(1).instructions, "the AP waits for INIT/STARTUP and runs nothing");
    }

    @AfterAll
    static void summary() {
        TALLY.printSummary();
    }
}
