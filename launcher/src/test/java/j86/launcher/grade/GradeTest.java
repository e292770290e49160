package j86.launcher.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code j86 grade} end to end on a tiny guest (assembled here with GNU as) that prints "hello"
 * and a monitor-style prompt on COM1: report lines, scores, exit status, kept output, JUnit XML;
 * and bad input as one line on stderr with status 2.
 */
class GradeTest {
    static final String GUEST = """
            .code16
            .globl start
            start:
                cli
                xorw %ax, %ax
                movw %ax, %ds
                movw $0x3f8, %dx
                movw $msg, %si
            1:  lodsb
                testb %al, %al
                jz 2f
                outb %al, %dx
                jmp 1b
            2:  hlt
                jmp 2b
            msg: .asciz "hello\\r\\nK> "
                .org 510
                .word 0xaa55
            """;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int grade(String... args) {
        return Grade.run(args, new PrintStream(out, true), new PrintStream(err, true));
    }

    @Test
    void gradesReportsAndKeepsOutputs(@TempDir Path dir) throws Exception {
        assemble(dir);
        Path suite = dir.resolve("t.suite");
        Files.writeString(suite, String.join("\n", "suite tiny", "stop-anywhere K>[ ]", "points 5",
                "test hello", "part A", "expect hello", "forbid goodbye",
                "test missing", "part B", "image hello.img", "expect goodbye", ""));
        Path junit = dir.resolve("report/junit.xml");
        int status = grade("--suite", suite.toString(), "--jobs", "2", "--junit", junit.toString(), "--out",
                dir.resolve("outs").toString());
        String text = out.toString();
        assertEquals(1, status, text);
        assertTrue(text.matches("(?s).*\nhello: OK \\(\\d+\\.\\ds\\)\nPart A score: 5/5\n\nmissing: FAIL .*"), text);
        assertTrue(text.contains("    missing 'goodbye'\n    console output: " + dir.resolve("outs/missing.out")), text);
        assertTrue(text.endsWith("Part B score: 0/5\n\nScore: 5/10\n"), text);
        assertEquals("hello\r\nK> ", Files.readString(dir.resolve("outs/missing.out")));
        assertEquals("", err.toString());

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        Element suiteEl = doc.getDocumentElement();
        assertEquals("2", suiteEl.getAttribute("tests"));
        assertEquals("1", suiteEl.getAttribute("failures"));
        assertEquals(1, doc.getElementsByTagName("failure").getLength());
    }

    @Test
    void passingSuiteExitsZero(@TempDir Path dir) throws Exception {
        assemble(dir);
        Path suite = dir.resolve("t.suite");
        Files.writeString(suite, "stop-anywhere K>[ ]\npoints 3\ntest hello\nexpect hello\n");
        assertEquals(0, grade("--suite", suite.toString(), "--out", dir.toString()), out.toString());
        assertTrue(out.toString().endsWith("Score: 3/3\n"), out.toString());
        assertTrue(out.toString().contains(", seed 86\n"), out.toString());
    }

    @Test
    void statsReportTheSeedAndFixedTurnsWork(@TempDir Path dir) throws Exception {
        assemble(dir);
        Path suite = dir.resolve("t.suite");
        Files.writeString(suite, "stop-anywhere K>[ ]\npoints 3\ntest hello\nexpect hello\n");
        assertEquals(0, grade("--suite", suite.toString(), "--out", dir.toString(), "--stats", "--seed", "0x10"),
                out.toString());
        assertTrue(out.toString().contains(", seed 16\n") && out.toString().contains("[STOPPED: 1 CPUs, seed 16, "),
                out.toString());
        out.reset();
        assertEquals(0, grade("--suite", suite.toString(), "--out", dir.toString(), "--stats", "--seed", "fixed"),
                out.toString());
        assertTrue(out.toString().contains("[STOPPED: 1 CPUs, seed fixed, "), out.toString());
    }

    @Test
    void virtualTimeLimitStopsASpinningGuestAtTheSameInstruction(@TempDir Path dir) throws Exception {
        // The guest loops on "jmp ." after its message, never printing the prompt.
        Files.writeString(dir.resolve("hello.S"), GUEST.replace("2:  hlt", "2:  jmp 2b").replace("K> ", ""));
        assemble(dir, "hello.S");
        Path suite = dir.resolve("t.suite");
        Files.writeString(suite, "stop-anywhere K>[ ]\npoints 1\nvtime 0.01\ntimeout 600\ntest hello\nexpect bye\n");
        assertEquals(1, grade("--suite", suite.toString(), "--out", dir.toString()), out.toString());
        assertTrue(out.toString().contains("hello: FAIL (") && out.toString().contains(" (virtual time limit 0.010s)"),
                out.toString());
        assertTrue(out.toString().contains("    its last lines:\n    | hello\n"), out.toString());
        // 1 ns of virtual time per instruction: on one CPU the clock is its instructions, so the
        // run stops in the first round that ends at or after 10 million, within one (longest) turn.
        TestSpec spec = SuiteParser.parse(suite).test("hello");
        RunResult r = TestRunner.run(spec, Files.readAllBytes(dir.resolve("hello.img")), j86.runtime.interp.Interpreter::new);
        assertEquals(RunResult.Outcome.VIRTUAL_TIMEOUT, r.outcome());
        assertEquals(r.virtualNanos(), r.totalInstructions());
        assertTrue(r.totalInstructions() >= 10_000_000L && r.totalInstructions() - 10_000_000L < r.turns().max(),
                "" + r.totalInstructions());
        assertEquals(TestRunner.DEFAULT_SEED, r.turns().seed());
    }

    /** --help lists every option GradeOptions accepts (read from its source), on lines of at most 100. */
    @Test
    void helpDescribesEveryOption() throws Exception {
        assertEquals(0, grade("--help"));
        String help = out.toString();
        assertTrue(help.startsWith("usage: j86 grade [--suite FILE]"), help);
        String src = Files.readString(Path.of("src/main/java/j86/launcher/grade/GradeOptions.java"));
        java.util.regex.Matcher cases = java.util.regex.Pattern.compile("case ((?:\"-[-\\w]+\",? ?)+)->").matcher(src);
        int options = 0;
        while (cases.find()) {
            for (String o : cases.group(1).split(",")) {
                String name = o.strip().replace("\"", "");
                assertTrue(help.matches("(?s).*\\s" + java.util.regex.Pattern.quote(name) + "[\\s,].*"), name + " missing:\n" + help);
                options++;
            }
        }
        assertTrue(options >= 12, options + " options found in GradeOptions.java");
        for (String l : help.split("\n")) {
            assertTrue(l.length() <= 100, l);
        }
        for (String words : List.of("TEST...", "Exit status", "jos/grade/lab4.suite", "JUnit XML", "GRADE_TIMEOUT")) {
            assertTrue(help.contains(words), words);
        }
        out.reset();
        assertEquals(0, grade("-h"));
        assertEquals(help, out.toString());
    }

    @Test
    void badInputIsOneLineAndStatusTwo(@TempDir Path dir) throws Exception {
        Path suite = dir.resolve("t.suite");
        Files.writeString(suite, "test nothere\n");
        for (List<String> args : List.of(List.of("--engine", "bogus"), List.of("--jobs", "0"), List.of("--frob"), List.of("--timeout-factor", "-1"),
                List.of("--seed", "-3"), List.of("--seed"),
                List.of("--suite", dir.resolve("none.suite").toString()), List.of("--suite", suite.toString()),
                List.of("--suite", suite.toString(), "zz"), List.of("--suite"))) {
            err.reset();
            assertEquals(2, grade(args.toArray(String[]::new)), args.toString());
            String e = err.toString();
            assertTrue(e.startsWith("j86 grade: ") && e.indexOf('\n') == e.length() - 1, args + ": " + e);
        }
    }

    private static void assemble(Path dir) throws Exception {
        Files.writeString(dir.resolve("hello.S"), GUEST);
        assemble(dir, "hello.S");
    }

    private static void assemble(Path dir, String src) throws Exception {
        run(dir, "as", "--32", "-o", "hello.o", src);
        run(dir, "ld", "-m", "elf_i386", "-Ttext=0x7c00", "--oformat=binary", "-e", "start", "-o", "hello.img", "hello.o");
    }

    private static void run(Path dir, String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String o = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", cmd) + ": " + o);
    }
}
