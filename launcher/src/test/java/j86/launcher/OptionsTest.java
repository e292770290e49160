package j86.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.runtime.sched.TurnLengths;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The command lines JOS's GNUmakefile and xv6's Makefile build (their QEMUOPTS), parsed as QEMU would. */
class OptionsTest {
    @Test
    void josQemuNoxCommandLine() throws Exception {
        Options o = Options.parse(("-nographic -drive file=obj/kern/kernel.img,index=0,media=disk,format=raw "
                + "-serial mon:stdio -gdb tcp::26000 -D qemu.log -smp 4").split(" "));
        assertEquals(1, o.drives.size());
        assertEquals("obj/kern/kernel.img", o.drives.get(0).file());
        assertEquals(0, o.drives.get(0).index());
        assertTrue(o.serialMonitor);
        assertEquals(26000, o.gdbPort);
        assertEquals("qemu.log", o.logFile);
        assertEquals(4, o.cpus);
    }

    @Test
    void xv6CommandLine() throws Exception {
        Options o = Options.parse("-nographic -drive file=fs.img,index=1,media=disk,format=raw -drive file=xv6.img,index=0,media=disk,format=raw -smp 2 -m 512".split(" "));
        assertEquals(2, o.drives.size());
        assertEquals(1, o.drives.get(0).index());
        assertEquals(512L << 20, o.memoryBytes);
    }

    @Test
    void smpTopologyCountsTheProduct() throws Exception {
        assertEquals(4, Options.parseSmp("4"));
        assertEquals(4, Options.parseSmp("cpus=4"));
        assertEquals(8, Options.parseSmp("sockets=2,cores=2,threads=2"));
        assertEquals(4, Options.parseSmp("4,sockets=4"));
    }

    @Test
    void accelThreadMultiAsksForTheParallelMode() throws Exception {
        assertEquals(true, Options.parse("-accel tcg,thread=multi x.img".split(" ")).parallel);
        assertEquals(false, Options.parse("-accel tcg,thread=single x.img".split(" ")).parallel);
        assertEquals(false, Options.parse("-accel tcg x.img".split(" ")).parallel);
        assertEquals(false, Options.parse("x.img".split(" ")).parallel);
        assertEquals(true, Options.parse("-accel tcg,tb-size=64,thread=multi x.img".split(" ")).parallel);
        org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
                () -> Options.parse("-accel tcg,thread=many x.img".split(" ")));
    }

    @Test
    void memorySizes() throws Exception {
        assertEquals(128L << 20, Options.parseMemory("128"));
        assertEquals(1L << 30, Options.parseMemory("1G"));
        assertEquals(256L << 20, Options.parseMemory("size=256M"));
    }

    @Test
    void bareImageIsDriveZeroAndHdbIsOne() throws Exception {
        Options o = Options.parse(new String[] {"kernel.img", "-hdb", "fs.img"});
        assertEquals(0, o.drives.get(0).index());
        assertEquals(1, o.drives.get(1).index());
    }

    @Test
    void badInputIsAUsageError() {
        assertThrows(UsageException.class, () -> Options.parse(new String[] {"-frobnicate"}));
        assertThrows(UsageException.class, () -> Options.parse(new String[] {"-m", "lots"}));
        assertThrows(UsageException.class, () -> Options.parse(new String[] {"-smp", "0"}));
        assertThrows(UsageException.class, () -> Options.parse(new String[] {"-smp"}));
        assertThrows(UsageException.class, () -> Options.parse(new String[] {"--timeout", "-3"}));
        assertThrows(UsageException.class, () -> Options.parse(new String[] {"-drive", "file=x.qcow2,format=qcow2"}));
    }

    @Test
    void seedIsDecimalHexOrFixedWithADefault() throws Exception {
        assertEquals(OptionalLong.of(TurnLengths.DEFAULT_SEED), Options.parse(new String[0]).seed);
        assertEquals(OptionalLong.of(12345), Options.parse(new String[] {"--seed", "12345"}).seed);
        assertEquals(OptionalLong.of(0x5eed), Options.parse(new String[] {"--seed", "0x5EED"}).seed);
        assertEquals(OptionalLong.of(-1), Options.parse(new String[] {"--seed", "0xffffffffffffffff"}).seed);
        assertEquals(OptionalLong.of(-1), Options.parse(new String[] {"--seed", "18446744073709551615"}).seed);
        assertEquals(OptionalLong.empty(), Options.parse(new String[] {"--seed", "fixed"}).seed);
        assertEquals("18446744073709551615", SeedArg.format(OptionalLong.of(-1)));
        assertEquals("fixed", SeedArg.format(OptionalLong.empty()));
        for (String bad : new String[] {"-1", "+5", "0x", "12a", "0x1g", "18446744073709551616", "0x10000000000000000", ""}) {
            UsageException e = assertThrows(UsageException.class, () -> Options.parse(new String[] {"--seed", bad}), bad);
            assertTrue(e.getMessage().startsWith("--seed " + bad + ": expected fixed or a number")
                    && !e.getMessage().contains("\n"), e.getMessage());
        }
        assertThrows(UsageException.class, () -> Options.parse(new String[] {"--seed"}));
    }

    @Test
    void unknownOptionIsNamedAsUnknown() {
        UsageException e = assertThrows(UsageException.class, () -> Options.parse(new String[] {"-frob"}));
        assertTrue(e.getMessage().startsWith("unknown option -frob"), e.getMessage());
    }

    @Test
    void helpListsTheLinesMakefilesGrepFor() {
        assertTrue(Help.TEXT.lines().anyMatch(l -> l.startsWith("-D ")));
        assertTrue(Help.TEXT.lines().anyMatch(l -> l.startsWith("-gdb")));
        assertTrue(Help.TEXT.lines().anyMatch(l -> l.trim().startsWith("--seed S|fixed")));
    }
}
