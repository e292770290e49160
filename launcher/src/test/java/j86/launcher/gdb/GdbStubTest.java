package j86.launcher.gdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The GDB stub against the real GDB (batch mode) and against a bare client like the lab grading
 * scripts' (no acknowledgements, only Z1 and c). The truth is the kernel ELF (symbol addresses from
 * nm, code bytes from its program headers) and the i386 semantics of the instruction stepped.
 */
class GdbStubTest {
    static Map<String, Long> symbols;

    @BeforeAll
    static void images() throws Exception {
        JosMachine.assumeImages();
        symbols = nm();
    }

    static Map<String, Long> nm() throws Exception {
        Process p = new ProcessBuilder("nm", JosMachine.KERNEL.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Map<String, Long> m = new HashMap<>();
        for (String line : out.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 3) {
                m.put(f[2], Long.parseLong(f[0], 16));
            }
        }
        return m;
    }

    static String gdb(int port, String... commands) throws Exception {
        return GdbBatch.run(port, "symbol-file " + JosMachine.KERNEL, commands);
    }

    @ParameterizedTest
    @ValueSource(strings = {"interp", "jit"})
    void realGdbBreaksStepsReadsWatchesAndListsCpus(String engine) throws Exception {
        assumeTrue(GdbBatch.installed(), "gdb not installed");
        long init = symbols.get("i386_init");
        byte[] code = new Elf(JosMachine.KERNEL).at(init, 8);
        try (JosMachine m = new JosMachine(JosMachine.IMAGE, 2, true, engine)) {
            String out = gdb(m.server.port(),
                    "info threads",
                    "break i386_init",
                    "continue",
                    "printf \"AT EIP=%x ESP=%x EBP=%x CS=%x EFL=%x\\n\", $eip, $esp, $ebp, $cs, $eflags",
                    "x/8xb $eip",
                    "stepi",
                    "printf \"STEP EIP=%x ESP=%x TOP=%x\\n\", $eip, $esp, *(int*)$esp",
                    "watch pages",
                    "continue",
                    "printf \"WATCH PAGES=%x\\n\", pages",
                    "info registers eip",
                    "kill");
            String why = "gdb output:\n" + out;
            assertTrue(out.contains("Thread 1 ") && out.contains("Thread 2 ") && !out.contains("Thread 3 "), why);
            assertTrue(out.contains("Breakpoint 1, i386_init"), why);
            String at = out.substring(out.indexOf("AT EIP"));
            assertEquals(init, GdbBatch.hexAfter(at, "EIP"), why);
            assertEquals(8, GdbBatch.hexAfter(at, "CS"), why);
            long esp = GdbBatch.hexAfter(at, "ESP"), ebp = GdbBatch.hexAfter(at, "EBP");
            assertTrue(esp > symbols.get("bootstack") && esp <= symbols.get("bootstacktop"), why);
            assertEquals(2, GdbBatch.hexAfter(at, "EFL") & 2, why);
            StringBuilder bytes = new StringBuilder();
            for (byte b : code) {
                bytes.append(String.format("\t0x%02x", b & 0xFF));
            }
            assertTrue(out.contains(bytes.toString()), "expected code bytes" + bytes + " " + why);
            // i386_init opens with push %ebp (0x55): one byte, ESP - 4, the old EBP on top of the stack.
            assertEquals(0x55, code[0] & 0xFF, "i386_init does not start with push %ebp");
            String step = out.substring(out.indexOf("STEP EIP"));
            assertEquals(init + 1, GdbBatch.hexAfter(step, "EIP"), why);
            assertEquals(esp - 4, GdbBatch.hexAfter(step, "ESP"), why);
            assertEquals(ebp, GdbBatch.hexAfter(step, "TOP"), why);
            assertTrue(out.contains("Hardware watchpoint 2: pages"), why);
            assertTrue(out.contains("Old value = (struct PageInfo *) 0x0"), why);
            Matcher nv = Pattern.compile("New value = \\(struct PageInfo \\*\\) 0x([0-9a-f]+)").matcher(out);
            assertTrue(nv.find(), why);
            assertEquals(Long.parseLong(nv.group(1), 16), GdbBatch.hexAfter(out.substring(out.indexOf("WATCH")), "PAGES"), why);
            assertTrue(out.contains("mem_init () at kern/pmap.c"), "the write to pages is in mem_init; " + why);
        }
    }

    /**
     * A boot sector that loads an empty real-mode IVT (LIDT with limit 0) and executes INT3: #GP
     * delivering it, #DF delivering that, then shutdown (SDM Vol. 3, 6.15 "Interrupt 8").
     */
    @Test
    void tripleFaultIsReportedToTheDebuggerInsteadOfEndingTheRun(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        byte[] sector = new byte[512];
        byte[] code = {(byte) 0xFA, 0x0F, 0x01, 0x1E, 0x10, 0x7C, (byte) 0xCC, (byte) 0xF4}; // cli; lidt [0x7c10]; int3; hlt
        System.arraycopy(code, 0, sector, 0, code.length);
        sector[510] = 0x55;
        sector[511] = (byte) 0xAA;
        java.nio.file.Path img = dir.resolve("triple.img");
        java.nio.file.Files.write(img, sector);
        try (JosMachine m = new JosMachine(img, 1, true); RawClient c = new RawClient(m.server.port())) {
            c.send("c");
            String o = c.waitFor("O", 30_000);
            assertTrue(Hex.decodeText(o.substring(1)).startsWith("Triple fault"), o);
            assertEquals("T0bthread:1;", c.waitFor("T", 10_000));
            c.send("g");
            String g = c.waitFor("", 10_000);
            assertEquals(0x7C06L, Long.reverseBytes(Long.parseUnsignedLong(g.substring(64, 72), 16)) >>> 32,
                    "EIP at the INT3 that could not be delivered");
            assertEquals(null, m.stop, "the run has not ended while the debugger looks");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"interp", "jit"})
    void bareClientWithoutAcksGetsT05AndInterruptGetsT02(String engine) throws Exception {
        long init = symbols.get("i386_init");
        try (JosMachine m = new JosMachine(JosMachine.IMAGE, 1, true, engine); RawClient c = new RawClient(m.server.port())) {
            c.send(String.format("Z1,%x,1", init));
            c.send("c");
            String stop = c.waitFor("T05", 30_000);
            assertTrue(stop.startsWith("T05"), stop);
            c.send("g");
            String g = c.waitFor("", 10_000);
            while (g.equals("OK")) {
                g = c.waitFor("", 10_000); // the reply to Z1 may come first
            }
            assertEquals(344 * 2, g.length(), g);
            assertEquals(init, Long.reverseBytes(Long.parseUnsignedLong(g.substring(64, 72), 16)) >>> 32);
            c.send("z1," + Long.toHexString(init) + ",1");
            assertEquals("OK", c.waitFor("", 10_000));
            c.send("m40000000,4");
            assertEquals("E14", c.waitFor("", 10_000), "unmapped linear address");
            c.send("qXfer:features:read:target.xml:0,fff");
            String xml = c.waitFor("", 10_000);
            // the first 4095 bytes: 'm' (more follows; QEMU's i386 description is longer), or 'l' (last)
            assertTrue(xml.matches("(?s)[ml]<\\?xml.*") && xml.contains("org.gnu.gdb.i386.core"), xml);
            c.send("c");
            Thread.sleep(300);
            c.interrupt();
            String intr = c.waitFor("T02", 30_000);
            assertTrue(intr.startsWith("T02thread:1;"), intr);
            c.send("k");
        }
    }
}
