package j86.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import j86.runtime.cpu.Cpu;
import org.junit.jupiter.api.Test;

/**
 * The microbenchmarks measure what they claim: each fixture is checked against a truth of its own
 * (binutils for the kernel's .text, arithmetic for the loop, physical RAM for the mapped page).
 * No timing here: JMH runs only from bench/target/benchmarks.jar.
 */
class BenchSetupTest {

    @Test
    void textSectionMatchesObjdump() throws Exception {
        Path kernel = kernelOrSkip();
        String headers = host("objdump", "-h", kernel.toString());
        assumeTrue(headers != null, "objdump not installed");
        // objdump -h: "Idx Name Size VMA LMA File off Algn", numbers in hex.
        Matcher m = Pattern.compile("\\s\\.text\\s+([0-9a-f]+)\\s+([0-9a-f]+)").matcher(headers);
        assumeTrue(m.find(), "objdump -h lists no .text:\n" + headers);
        ElfText t = ElfText.read(kernel);
        assertEquals(Long.parseLong(m.group(1), 16), t.bytes().length, "size of .text");
        assertEquals(Long.parseLong(m.group(2), 16), t.address() & 0xFFFFFFFFL, "address of .text");
        byte[] file = Files.readAllBytes(kernel);
        assertEquals(t.bytes()[0], file[fileOffset(headers)], "first byte of .text");
    }

    @Test
    void loopSumsLikeArithmetic() {
        InterpBench b = new InterpBench();
        b.load();
        for (int run = 0; run < 2; run++) {
            long before = b.m.cpu.instructions;
            int eax = b.runLoop();
            long n = InterpBench.ITER;
            assertEquals((int) (n * (n + 1) / 2), eax, "EAX after the loop");
            assertEquals(3 * n + 3, b.m.cpu.instructions - before, "instructions per invocation");
        }
    }

    @Test
    void mappedPageReadsAndWritesRam() {
        FlatMachine m = new FlatMachine(16 << 20).identityPaging();
        Random rnd = new Random(86);
        for (int i = 0; i < 1000; i++) {
            int la = TlbBench.PAGE + (rnd.nextInt(1024) << 2);
            int v = rnd.nextInt();
            m.cpu.mmu.write32(la, v);
            assertEquals(v, m.phys.read32(la), "RAM after MMU write at " + Integer.toHexString(la));
            m.phys.write32(la, ~v);
            assertEquals(~v, m.cpu.mmu.read32(la), "MMU read after RAM write at " + Integer.toHexString(la));
        }
        assertEquals(Cpu.CR0_PG, m.cpu.cr0 & Cpu.CR0_PG);
    }

    private static int fileOffset(String headers) {
        Matcher m = Pattern.compile("\\s\\.text\\s+[0-9a-f]+\\s+[0-9a-f]+\\s+[0-9a-f]+\\s+([0-9a-f]+)").matcher(headers);
        m.find();
        return Integer.parseInt(m.group(1), 16);
    }

    /** The JOS kernel ELF; the test is skipped when JOS is not built (e.g. `mvn -pl bench` alone). */
    static Path kernelOrSkip() {
        try {
            return ElfText.josKernel();
        } catch (IOException e) {
            assumeTrue(false, e.getMessage());
            return null;
        }
    }

    /** Output of a host command, or null when it cannot run. */
    static String host(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            try (InputStream in = p.getInputStream()) {
                String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return p.waitFor() == 0 ? out : null;
            }
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
