package j86.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --stats names the scheduler's seed (or fixed turns) that --seed and --quantum chose. */
class StatsTest {
    @TempDir
    Path dir;

    /** Runs j86 on a boot sector that halts with interrupts off (the run ends at once); returns stderr. */
    private String statsOf(String... options) throws Exception {
        byte[] sector = new byte[512];
        sector[0] = (byte) 0xFA; // cli
        sector[1] = (byte) 0xF4; // hlt
        sector[510] = 0x55;
        sector[511] = (byte) 0xAA;
        Path img = dir.resolve("halt.img");
        Files.write(img, sector);
        String[] args = new String[options.length + 6];
        System.arraycopy(options, 0, args, 0, options.length);
        System.arraycopy(new String[] {"--stats", "-serial", "none", "--timeout", "30", img.toString()}, 0, args,
                options.length, 6);
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true));
            assertEquals(0, Main.run(args));
        } finally {
            System.setErr(saved);
        }
        return err.toString();
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
}
