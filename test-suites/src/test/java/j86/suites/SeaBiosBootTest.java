package j86.suites;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.launcher.grade.RunResult;
import j86.launcher.grade.TestRunner;
import j86.launcher.grade.TestSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * SeaBIOS (Debian's bios.bin, as {@code -bios} runs it; also its bios-256k.bin) boots the default
 * JOS disk on 1 and 4 CPUs and every engine to the same console output as the built-in firmware, up to the first
 * environment: SeaBIOS finds the disk through the PIIX3 IDE function, loads the boot sector by
 * INT 13h, wakes the APs with INIT/SIPI to count them and builds the MP table JOS reads. What
 * SeaBIOS itself prints before JOS's first line (nothing on COM1 without QEMU's sercon) is cut.
 */
class SeaBiosBootTest {
    private static final Tally TALLY = new Tally("seabios-boot");
    /** JOS's first console line (kern/init.c). */
    private static final String JOS_FIRST = "6828 decimal is";

    @TestFactory
    List<DynamicTest> bootsJos() throws Throwable {
        return TALLY.build(() -> {
            List<DynamicTest> tests = new ArrayList<>();
            for (EngineChoice engine : EngineChoice.all()) {
                for (int n : List.of(1, 4)) {
                    String name = "seabios/" + engine.name() + "/smp" + n;
                    tests.add(TALLY.test(name, () -> check(name, engine, n, "bios.bin")));
                }
            }
            // The 256 KiB build QEMU's pc machine loads by default: flash from 0xFFFC0000, half of it aliased.
            EngineChoice jit = EngineChoice.all().get(EngineChoice.all().size() - 1);
            tests.add(TALLY.test("seabios-256k/" + jit.name() + "/smp4",
                    () -> check("seabios-256k/" + jit.name() + "/smp4", jit, 4, "bios-256k.bin")));
            return tests;
        });
    }

    private static void check(String name, EngineChoice engine, int cpus, String file) throws Exception {
        Path image = SeaBios.image();
        Assumptions.assumeTrue(image != null, SeaBios::whyMissing);
        Path bios = image.resolveSibling(file);
        Assumptions.assumeTrue(Files.isRegularFile(bios), () -> "no " + bios);
        TestSpec spec = BootTest.spec(name, cpus);
        byte[] disk = Files.readAllBytes(spec.image());
        RunResult builtIn = TestRunner.run(spec, disk, engine.factory());
        RunResult seabios = TestRunner.run(spec, disk, engine.factory(), TestRunner.DEFAULT_SEED, Files.readAllBytes(bios));
        Runs.assertPasses(name + "/built-in", builtIn);
        Runs.assertPasses(name, seabios);
        String expected = builtIn.text();
        String got = josPart(seabios.text());
        assertTrue(expected.startsWith(JOS_FIRST), name + ": the built-in boot starts with JOS's first line");
        assertEquals(expected, got, name + ": JOS's console under SeaBIOS (" + Runs.describe(seabios)
                + "; saved in " + Runs.save(name, seabios) + ")");
        if (cpus > 1) { // design invariant 4 holds for a real BIOS too: the same run, byte for byte
            RunResult again = TestRunner.run(spec, disk, engine.factory(), TestRunner.DEFAULT_SEED,
                    Files.readAllBytes(bios));
            assertEquals(seabios.text(), again.text(), name + ": the same console twice");
            assertArrayEquals(seabios.instructions(), again.instructions(), name + ": the same instruction counts");
        }
    }

    /** The console from JOS's first line on. */
    static String josPart(String console) {
        int at = console.indexOf(JOS_FIRST);
        return at < 0 ? console : console.substring(at);
    }

    @AfterAll
    static void summary() {
        TALLY.printSummary();
    }
}
