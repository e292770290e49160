package j86.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets a one-line usage error; a guest that triple-faults stops with status 3. */
class BadInputTest {
    @TempDir
    Path dir;

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
    void tripleFaultStopsWithStatusThree() throws Exception {
        byte[] sector = new byte[512];
        byte[] code = {(byte) 0xFA, 0x0F, 0x01, 0x1E, 0x10, 0x7C, (byte) 0xCC, (byte) 0xF4};
        System.arraycopy(code, 0, sector, 0, code.length);
        // The 6-byte pseudo-descriptor at 0x7C10 stays zero: limit 0, base 0.
        sector[510] = 0x55;
        sector[511] = (byte) 0xAA;
        Path img = dir.resolve("tf.img");
        Files.write(img, sector);
        assertEquals(Main.EXIT_TRIPLE_FAULT, Main.run(new String[] {"-nographic", "-serial", "none", "--timeout", "30", img.toString()}));
    }
}
