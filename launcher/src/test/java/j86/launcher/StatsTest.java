package j86.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --stats names the scheduler's seed (or fixed turns) that --seed and --quantum chose, keeps its
 * lines within {@link Stats#WIDTH} characters, and counts the interrupts each CPU took.
 */
class StatsTest {
    @TempDir
    Path dir;

    /** Runs j86 with {@code args}; returns stderr. */
    private static String stderrOf(String... args) throws Exception {
        PrintStream saved = System.err;
        java.io.InputStream savedIn = System.in;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true));
            System.setIn(new java.io.ByteArrayInputStream(new byte[0])); // -nographic: the console reads stdin
            assertEquals(0, Main.run(args));
        } finally {
            System.setErr(saved);
            System.setIn(savedIn);
        }
        return err.toString();
    }

    private static void assertLinesFit(String s) {
        for (String line : s.split("\n")) {
            assertTrue(line.length() <= Stats.WIDTH, line.length() + " characters: " + line);
        }
    }

    /** Runs j86 on a boot sector that halts with interrupts off (the run ends at once); returns stderr. */
    private String statsOf(String... options) throws Exception {
        Path img = HaltImage.in(dir);
        String[] args = new String[options.length + 6];
        System.arraycopy(options, 0, args, 0, options.length);
        System.arraycopy(new String[] {"--stats", "-serial", "none", "--timeout", "30", img.toString()}, 0, args,
                options.length, 6);
        return stderrOf(args);
    }

    @Test
    void statsNameTheSeed() throws Exception {
        assertTrue(statsOf().contains("\n  scheduler: seed 86, turns of 2048-6144 instructions (mean 4096)\n"),
                "default");
        String s = statsOf("--seed", "0x10", "--quantum", "1000");
        assertTrue(s.contains("\n  scheduler: seed 16, turns of 500-1500 instructions (mean 1000)\n"), s);
        s = statsOf("--seed", "fixed", "--quantum", "1000");
        assertTrue(s.contains("\n  scheduler: fixed turns of 1000 instructions\n"), s);
    }

    @Test
    void linesFitAndTheEngineFiguresAreWrapped() throws Exception {
        String s = statsOf();
        assertLinesFit(s);
        assertTrue(s.contains("\n  cpu 0: ") && s.contains(" interrupts, ") && s.contains("\n  engine: translator\n    "), s);
        assertTrue(statsOf("--engine", "interp").contains("\n  engine: interpreter\n"));
        String summary = "translated=303 regions of 694 blocks (1953 ms, define 1032 ms, 6448 us each) aliases=114 shared=0 "
                + "bytecode=377503 regionsRun=100652952 insnsTranslated=1254146927 specialised=93.7% cold=1169721 "
                + "flagRecordsDropped=125 invalidated=7 evicted=0 jumpCacheMisses=7633514 dispatches=48033036 sideExits=251963 "
                + "aVeryLongItemWithoutSpacesThatCannotBeBroken=" + "9".repeat(120);
        List<String> lines = Stats.wrap(summary, "    ", 60);
        assertEquals(summary, String.join(" ", lines.stream().map(String::strip).toList()), "nothing lost or reordered");
        for (String l : lines) {
            assertTrue(l.startsWith("    ") && (l.length() <= 60 || !l.strip().matches(".*\\s[A-Za-z]\\w*=.*")), l);
        }
        assertTrue(lines.get(0).startsWith("    translated=303 regions of 694 blocks (1953 ms,"), lines.get(0));
    }

    /** JOS's spin test on 2 CPUs: each CPU takes its LAPIC timer's interrupts (100 Hz in JOS). */
    @Test
    void interruptsPerCpuOnAJosBoot() throws Exception {
        Path img = Path.of("").toAbsolutePath().getParent().resolve("jos/obj/images/spin.img");
        assumeTrue(Files.isRegularFile(img), "JOS images not built");
        String s = stderrOf("-smp", "2", "-nographic", "--stats", "--exit-on", "K> ", "--timeout", "120", img.toString());
        assertLinesFit(s);
        Matcher vt = Pattern.compile("virtual time: ([0-9.]+) s").matcher(s);
        assertTrue(vt.find(), s);
        double vtime = Double.parseDouble(vt.group(1));
        Matcher cpu = Pattern.compile("(?m)^  cpu (\\d): ([0-9,]+) instructions, ([0-9,]+) interrupts(?: \\(and [0-9,]+ spurious\\))?, "
                + "([0-9,]+) IPIs sent$").matcher(s);
        long total = 0;
        int cpus = 0;
        while (cpu.find()) {
            long n = Long.parseLong(cpu.group(3).replace(",", ""));
            assertTrue(n >= 1 && n <= vtime * 100 + 10, "cpu " + cpu.group(1) + ": " + n + " interrupts in " + vtime + " s\n" + s);
            total += n;
            cpus++;
        }
        assertEquals(2, cpus, s);
        assertTrue(s.contains(String.format("), %,d interrupts%n", total)), s);
        assertTrue(s.matches("(?s).*\n  cpu 0: [^\n]*, [1-9][0-9]* IPIs sent\n.*"), "the BSP started the AP\n" + s);
    }
}
