package j86.launcher;

import static j86.launcher.BadInputTest.assertUsageError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -bios FILE}: images QEMU's pc machine would refuse get one line and status 2 before
 * anything starts; a good image runs without a disk; -help documents the option.
 */
class BiosOptionTest {
    @TempDir
    Path dir;

    private Path file(String name, int bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, new byte[bytes]);
        return p;
    }

    @Test
    void badImagesAreRefused() throws Exception {
        assertUsageError("-bios " + dir.resolve("none.bin") + ": no such BIOS image",
                "-bios", dir.resolve("none.bin").toString());
        assertUsageError("-bios " + dir + ": is a directory", "-bios", dir.toString());
        assertUsageError("-bios " + file("empty.bin", 0) + ": the BIOS image is empty",
                "-bios", dir.resolve("empty.bin").toString());
        assertUsageError("-bios " + file("odd.bin", 0x10001) + ": the BIOS image size (65537 bytes) is not a multiple"
                + " of 64 KiB", "-bios", dir.resolve("odd.bin").toString());
        assertUsageError("-bios " + file("big.bin", (16 << 20) + 0x10000) + ": the BIOS image is larger than 16 MiB",
                "-bios", dir.resolve("big.bin").toString());
        assertUsageError("option -bios needs an argument", "-bios");
    }

    /** A 64 KiB ROM whose reset vector writes 0x21 to isa-debug-exit: status (0x21 << 1) | 1, no disk needed. */
    @Test
    void romRunsFromTheResetVectorWithoutADisk() throws Exception {
        byte[] rom = new byte[0x10000];
        byte[] code = {(byte) 0xB0, 0x21, (byte) 0xBA, 0x01, 0x05, (byte) 0xEE}; // mov al,0x21; mov dx,0x501; out dx,al
        System.arraycopy(code, 0, rom, 0xFFF0, code.length);
        Path p = dir.resolve("exit.bin");
        Files.write(p, rom);
        Object[] r = BadInputTest.execute("-bios", p.toString(), "-display", "none", "-serial", "none");
        assertEquals(0x43, r[0], (String) r[1]);
    }

    /** QEMU's isa-debugcon: iobase 0xE9 unless -global isa-debugcon.iobase says otherwise; bytes into the file. */
    @Test
    void debugconCapturesTheRomsLog() throws Exception {
        byte[] rom = new byte[0x10000];
        byte[] code = {(byte) 0xBA, 0x02, 0x04,                 // mov dx, 0x402
            (byte) 0xB0, 'o', (byte) 0xEE, (byte) 0xB0, 'k', (byte) 0xEE, // out 'o', out 'k'
            (byte) 0xEC,                                        // in al, dx (0xE9 on a live port)
            (byte) 0xBA, 0x01, 0x05, (byte) 0xEE};              // mov dx, 0x501; out dx, al
        System.arraycopy(code, 0, rom, 0xFFF0 - 0x10, code.length);
        rom[0xFFF0] = (byte) 0xEB;                               // jmp short back to the code
        rom[0xFFF1] = (byte) -0x12;
        Path p = dir.resolve("log.bin");
        Files.write(p, rom);
        Path log = dir.resolve("debugcon.log");
        Object[] r = BadInputTest.execute("-bios", p.toString(), "-display", "none", "-serial", "none",
                "-debugcon", "file:" + log, "-global", "isa-debugcon.iobase=0x402");
        assertEquals(((0xE9 << 1) | 1) & 0xFF, r[0], (String) r[1]);
        assertEquals("ok", Files.readString(log));
        Object[] none = BadInputTest.execute("-bios", p.toString(), "-display", "none", "-serial", "none");
        assertEquals(((0xFF << 1) | 1) & 0xFF, none[0], "no debugcon: port 0x402 is unassigned and reads 0xFF");
        assertUsageError("-debugcon tcp::1 is not supported", "-debugcon", "tcp::1");
        assertUsageError("-global isa-debugcon.iobase=x: expected a port number", "-global", "isa-debugcon.iobase=x");
    }

    @Test
    void helpListsBios() {
        assertTrue(Help.TEXT.lines().anyMatch(l -> l.startsWith("-bios FILE")), Help.TEXT);
    }
}
