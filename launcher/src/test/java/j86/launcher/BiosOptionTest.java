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

    @Test
    void helpListsBios() {
        assertTrue(Help.TEXT.lines().anyMatch(l -> l.startsWith("-bios FILE")), Help.TEXT);
    }
}
