package j86.launcher.gdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lab 1's BIOS exercise with the real GDB: a machine started by SeaBIOS (-S -bios) stops at
 * F000:FFF0, where GDB reads the first instruction at linear 0xFFFF0 (CS * 16 + EIP, as the lab's
 * .gdbinit does); one stepi takes the far jump the ROM holds there; a breakpoint at 0x7C00 stops
 * in our boot loader. Truth: the bytes of the ROM image (its last 16) and of the disk's boot
 * sector, and the semantics of a far JMP (CS:IP from the instruction).
 */
class BiosGdbTest {
    /** Debian's SeaBIOS as bin/fetch-seabios keeps it (fetched now if missing), or the installed one. */
    static Path seabios() throws Exception {
        Path root = JosMachine.JOS.getParent();
        Path local = root.resolve("target/seabios/usr/share/seabios/bios.bin");
        if (!Files.isRegularFile(local)) {
            Process p = new ProcessBuilder(root.resolve("bin/fetch-seabios").toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor(120, TimeUnit.SECONDS);
        }
        if (Files.isRegularFile(local)) {
            return local;
        }
        Path installed = Path.of("/usr/share/seabios/bios.bin");
        return Files.isRegularFile(installed) ? installed : null;
    }

    private static String gdb(int port, String... commands) throws Exception {
        return GdbBatch.run(port, "set architecture i8086", commands);
    }

    @ParameterizedTest
    @ValueSource(strings = {"interp", "jit"})
    void stepsFromTheResetVectorIntoTheBootLoader(String engine) throws Exception {
        JosMachine.assumeImages();
        assumeTrue(GdbBatch.installed(), "gdb not installed");
        Path bios = seabios();
        assumeTrue(bios != null, "no SeaBIOS image (bin/fetch-seabios could not get Debian's seabios package)");
        byte[] rom = Files.readAllBytes(bios);
        int v = rom.length - 16;
        assertEquals(0xEA, rom[v] & 0xFF, "SeaBIOS's reset vector holds a far JMP ptr16:16");
        int ip = (rom[v + 1] & 0xFF) | (rom[v + 2] & 0xFF) << 8, cs = (rom[v + 3] & 0xFF) | (rom[v + 4] & 0xFF) << 8;
        byte[] boot = Files.readAllBytes(JosMachine.IMAGE);
        try (JosMachine m = new JosMachine(JosMachine.IMAGE, 1, true, engine, rom)) {
            String out = gdb(m.server.port(),
                    "printf \"RESET CS=%x EIP=%x\\n\", $cs, $eip",
                    "x/i $cs*16+$eip",
                    "stepi",
                    "printf \"JUMPED CS=%x EIP=%x\\n\", $cs, $eip",
                    "stepi",
                    "stepi",
                    "printf \"STEPPED CS=%x EIP=%x\\n\", $cs, $eip",
                    "break *0x7c00",
                    "continue",
                    "printf \"BOOT CS=%x EIP=%x\\n\", $cs, $eip",
                    "x/1xb 0x7c00",
                    "kill");
            String why = "gdb output:\n" + out;
            String reset = out.substring(out.indexOf("RESET"));
            assertEquals(0xF000, GdbBatch.hexAfter(reset, "CS"), why);
            assertEquals(0xFFF0, GdbBatch.hexAfter(reset, "EIP"), why);
            assertTrue(Pattern.compile("0xffff0:\\s+ljmp\\s+\\$0x" + Integer.toHexString(cs) + ",\\$0x"
                    + Integer.toHexString(ip)).matcher(out).find(), "the far JMP at 0xffff0; " + why);
            String jumped = out.substring(out.indexOf("JUMPED"));
            assertEquals(cs, GdbBatch.hexAfter(jumped, "CS"), why);
            assertEquals(ip, GdbBatch.hexAfter(jumped, "EIP"), why);
            assertEquals(0xF000, GdbBatch.hexAfter(out.substring(out.indexOf("STEPPED")), "CS"), "still in the BIOS; " + why);
            assertTrue(out.contains("Breakpoint 1, 0x00007c00"), why);
            String at = out.substring(out.indexOf("BOOT"));
            assertEquals(0, GdbBatch.hexAfter(at, "CS"), why);
            assertEquals(0x7C00, GdbBatch.hexAfter(at, "EIP"), why);
            assertTrue(out.contains(String.format("0x7c00:\t0x%02x", boot[0] & 0xFF)), "our boot sector at 0x7c00; " + why);
        }
    }
}
