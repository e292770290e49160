package j86.launcher.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteParserTest {
    @Test
    void readsDefaultsTestsAndVerbatimValues(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("lab.suite");
        Files.writeString(f, String.join("\n",
                "# comment", "suite demo", "images imgs", "out o", "stop-anywhere K>[ ]", "points 5", "timeout 30",
                "vtime 0.5", "", "test one", "part A", "expect   trap 0x0000000e Page Fault", "forbid x.*",
                "test two", "part B", "cpus 4", "points 7", "image other/two.img", "stop ^CPU .: 1877", "timeout 60",
                ""));
        Suite s = SuiteParser.parse(f);
        assertEquals("demo", s.name());
        assertEquals(dir.resolve("o").toAbsolutePath(), s.outDir());
        TestSpec one = s.test("one");
        assertEquals(dir.resolve("imgs/one.img").toAbsolutePath(), one.image());
        assertEquals(5, one.points());
        assertEquals(1, one.cpus());
        assertEquals("^(?:  trap 0x0000000e Page Fault)", one.expect().get(0).pattern(), "leading spaces kept");
        assertEquals(1, one.forbid().size());
        assertNull(one.stopLine());
        assertEquals("K>[ ]", one.stopAnywhere().pattern());
        assertEquals(30.0, one.wallSeconds());
        assertEquals(500_000_000L, one.virtualNanos());
        TestSpec two = s.test("two");
        assertEquals(dir.resolve("other/two.img").toAbsolutePath(), two.image());
        assertEquals(7, two.points());
        assertEquals(4, two.cpus());
        assertEquals("^CPU .: 1877", two.stopLine().pattern());
        assertEquals(60.0, two.wallSeconds());
        assertEquals(java.util.List.of("A", "B"), s.parts());
    }

    @Test
    void badInputNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.suite");
        Files.writeString(f, "test a\nexpect (unclosed\n");
        GradeException e = assertThrows(GradeException.class, () -> SuiteParser.parse(f));
        assertTrue(e.getMessage().startsWith(f + ":2: bad regular expression"), e.getMessage());
        Files.writeString(f, "test a\ncolour blue\n");
        e = assertThrows(GradeException.class, () -> SuiteParser.parse(f));
        assertTrue(e.getMessage().contains(":2: unknown key 'colour'"), e.getMessage());
        Files.writeString(f, "expect x\n");
        e = assertThrows(GradeException.class, () -> SuiteParser.parse(f));
        assertTrue(e.getMessage().contains(":1: 'expect' belongs to a test"), e.getMessage());
        Files.writeString(f, "cpus 0\n");
        assertThrows(GradeException.class, () -> SuiteParser.parse(f));
        Files.writeString(f, "# nothing\n");
        e = assertThrows(GradeException.class, () -> SuiteParser.parse(f));
        assertTrue(e.getMessage().endsWith("no tests"), e.getMessage());
    }

    @Test
    void selectKeepsSuiteOrderAndRejectsUnknownNames(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("s.suite");
        Files.writeString(f, "test a\ntest b\ntest c\n");
        Suite s = SuiteParser.parse(f);
        assertEquals(java.util.List.of("a", "c"),
                s.select(java.util.List.of("c", "a")).tests().stream().map(TestSpec::name).toList());
        assertThrows(GradeException.class, () -> s.select(java.util.List.of("zz")));
    }
}
