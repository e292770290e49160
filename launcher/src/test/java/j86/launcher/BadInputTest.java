package j86.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input gets one line {@code j86: ...} on stderr and status 2 (never an internal error or a
 * stack trace); a guest that triple-faults stops with status 4.
 */
class BadInputTest {
    @TempDir
    Path dir;

    /** A boot sector holding {@code code} at 0x7C00 (real mode) and the 0x55AA signature. */
    static byte[] bootSector(int... code) {
        byte[] sector = new byte[512];
        for (int i = 0; i < code.length; i++) {
            sector[i] = (byte) code[i];
        }
        sector[510] = 0x55;
        sector[511] = (byte) 0xAA;
        return sector;
    }

    /** Runs the command in-process: its status and what it wrote on stderr. */
    static Object[] execute(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.execute(args, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Object[] {status, err.toString(StandardCharsets.UTF_8)};
    }

    /** One line, "j86: " then {@code expected} (a prefix of the message), and status 2. */
    static void assertUsageError(String expected, String... args) {
        Object[] r = execute(args);
        String err = (String) r[1];
        String shown = String.join(" ", args) + " -> " + err;
        assertEquals(2, r[0], shown);
        assertTrue(err.startsWith("j86: " + expected), shown);
        assertEquals(1, err.lines().count(), shown);
        assertFalse(err.contains("internal error") || err.contains("Exception") || err.contains("\tat "), shown);
    }

    /**
     * Each bad input with the start of its message: the user's input echoed as typed; numbers
     * out of range refused (never wrapped to another value, as -smp 4294967297 once ran 1 CPU).
     */
    @Test
    void badInputTable() throws Exception {
        Path img = dir.resolve("hlt.img");
        Files.write(img, bootSector(0xFA, 0xF4)); // cli; hlt
        String i = img.toString();
        String[][] table = {
            {"-m 2G: guest memory must be between 2M and 2047M", "-m", "2G", i},
            {"-m 3G: guest memory must be between 2M and 2047M", "-m", "3G", i},
            {"-m 2048: guest memory must be between 2M and 2047M", "-m", "2048", i},
            {"-m 2097152K: guest memory must be between 2M and 2047M", "-m", "2097152K", i},
            {"-m 1M: guest memory must be between 2M and 2047M", "-m", "1M", i},
            {"-m 99999999999999999999G: guest memory must be between", "-m", "99999999999999999999G", i},
            {"-m 17179869184G: guest memory must be between", "-m", "17179869184G", i},
            {"-m junk: expected a number", "-m", "junk", i},
            {"-m size=lots: expected a number", "-m", "size=lots", i},
            {"-smp 4294967297: between 1 and 32 CPUs are supported", "-smp", "4294967297", i},
            {"-smp 33: between 1 and 32 CPUs", "-smp", "33", i},
            {"-smp cpus=4294967297: between 1 and 32 CPUs", "-smp", "cpus=4294967297", i},
            {"-smp sockets=65536,cores=65536: between 1 and 32 CPUs", "-smp", "sockets=65536,cores=65536", i},
            {"-smp 99999999999999999999: between 1 and 32 CPUs", "-smp", "99999999999999999999", i},
            {"-smp 4k: expected a number", "-smp", "4k", i},
            {"--quantum 0: expected a number from 1 to 1073741824", "--quantum", "0", i},
            {"--quantum 4294967296: expected a number from 1 to 1073741824", "--quantum", "4294967296", i},
            {"--quantum 18446744073709551617: expected a number from 1", "--quantum", "18446744073709551617", i},
            {"--jit-threshold 4294967296: expected a number from 0 to 1048576", "--jit-threshold", "4294967296", i},
            {"--jit-threshold -1: expected a number", "--jit-threshold", "-1", i},
            {"--timeout 1e400: expected a positive number of seconds", "--timeout", "1e400", i},
            {"--timeout NaN: expected a positive number of seconds", "--timeout", "NaN", i},
            {"-gdb tcp::4294967297: the port must be between 1 and 65535", "-gdb", "tcp::4294967297", i},
            {"-gdb tcp::65536: the port must be between 1 and 65535", "-gdb", "tcp::65536", i},
            {"-gdb tcp::0: the port must be between 1 and 65535", "-gdb", "tcp::0", i},
            {"-gdb tcp::x: expected a number", "-gdb", "tcp::x", i},
            {"-p 70000: expected a number from 1 to 65535", "-p", "70000", i},
            {"-drive index=4294967296: only drive indexes 0 and 1", "-drive", "file=" + i + ",index=4294967296"},
            {"unknown option --frobnicate", "--frobnicate", i},
            {"option -m needs an argument", "-m"},
            {dir + ": is a directory, not a disk image", dir.toString()},
            {i + "x: no such disk image", i + "x"},
            {"-D " + dir.resolve("none/log") + ": cannot create the log file (no such directory)",
                "-D", dir.resolve("none/log").toString(), "-d", "int", i},
            {"-D " + dir + ": is a directory", "-D", dir.toString(), "-d", "int", i},
        };
        for (String[] row : table) {
            String[] args = java.util.Arrays.copyOfRange(row, 1, row.length);
            assertUsageError(row[0], args);
        }
        assertFalse(Files.exists(dir.resolve("none")));
    }

    /** Without -snapshot j86 writes the image: a read-only one is refused, with -snapshot it runs. */
    @Test
    void readOnlyImageNeedsSnapshot() throws Exception {
        Path img = dir.resolve("ro.img");
        Files.write(img, bootSector(0xFA, 0xF4)); // cli; hlt: every CPU halted for good, status 0
        img.toFile().setWritable(false, false);
        boolean immutable = false;
        if (Files.isWritable(img)) { // root writes read-only files: try an immutable one instead
            immutable = new ProcessBuilder("chattr", "+i", img.toString()).redirectErrorStream(true).start().waitFor() == 0;
        }
        try {
            Assumptions.assumeFalse(Files.isWritable(img), "cannot make a file read-only for this user");
            assertUsageError(img + ": the disk image is read-only; add -snapshot", "-serial", "none", img.toString());
            assertEquals(0, execute("-serial", "none", "-snapshot", "--timeout", "30", img.toString())[0]);
            assertEquals(0, execute("-serial", "none", "-drive", "file=" + img + ",snapshot=on", "--timeout", "30")[0]);
        } finally {
            if (immutable) {
                new ProcessBuilder("chattr", "-i", img.toString()).start().waitFor();
            }
        }
    }

    /** -m accepts what -help says: up to 2047M, a plain number in MiB, suffixes K, M, G. */
    @Test
    void memoryLimitMatchesHelp() throws Exception {
        assertEquals(2047L << 20, Options.parseMemory("2047"));
        assertEquals(2047L << 20, Options.parseMemory("2047M"));
        assertEquals(1L << 30, Options.parseMemory("1g"));
        assertEquals(2047L << 20, Options.parseMemory("2096128K"));
        assertTrue(Help.TEXT.contains("2M-2047M"), Help.TEXT);
        assertFalse(Help.TEXT.contains("3 GiB") || Help.TEXT.contains("3G"), Help.TEXT);
    }

    @Test
    void missingImage() {
        UsageException e = assertThrows(UsageException.class, () -> Main.run(new String[] {dir.resolve("none.img").toString()}));
        assertTrue(e.getMessage().contains("no such disk image"), e.getMessage());
    }

    @Test
    void imageWithoutBootSignature() throws Exception {
        Path img = dir.resolve("zero.img");
        Files.write(img, new byte[1024]);
        UsageException e = assertThrows(UsageException.class, () -> Main.run(new String[] {img.toString()}));
        assertTrue(e.getMessage().contains("0x55AA"), e.getMessage());
    }

    @Test
    void noDiskAtAll() {
        assertThrows(UsageException.class, () -> Main.run(new String[] {"-smp", "2"}));
    }

    /**
     * cli; lidt with limit 0; int3. The IDT cannot hold vector 3, so #GP (SDM Vol. 3, 6.12.1.1
     * and 6.10: a vector beyond the IDT limit raises #GP); #GP cannot be delivered either, giving
     * #DF, and #DF fails too: a triple fault, after which the CPU shuts down (SDM 6.15, #DF).
     * Real mode here: the IVT "limit" check applies the same way (SDM 20.1.4).
     */
    @Test
    void tripleFaultStopsWithStatusFour() throws Exception {
        byte[] sector = new byte[512];
        byte[] code = {(byte) 0xFA, 0x0F, 0x01, 0x1E, 0x10, 0x7C, (byte) 0xCC, (byte) 0xF4};
        System.arraycopy(code, 0, sector, 0, code.length);
        // The 6-byte pseudo-descriptor at 0x7C10 stays zero: limit 0, base 0.
        sector[510] = 0x55;
        sector[511] = (byte) 0xAA;
        Path img = dir.resolve("tf.img");
        Files.write(img, sector);
        assertEquals(Main.EXIT_TRIPLE_FAULT, Main.run(new String[] {"-nographic", "-serial", "none", "--timeout", "30", img.toString()}));
        // Even: no isa-debug-exit write ((v << 1) | 1, odd) can produce it, nor any other j86 status.
        assertEquals(4, Main.EXIT_TRIPLE_FAULT);
        assertTrue(Help.TEXT.contains("4 guest triple fault"), Help.TEXT);
    }
}
