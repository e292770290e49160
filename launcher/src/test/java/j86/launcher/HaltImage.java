package j86.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test disk: a boot sector that halts with interrupts off, so a run ends at once. */
final class HaltImage {
    private HaltImage() {}

    /** Writes it as {@code dir}/halt.img and returns its path. */
    static Path in(Path dir) throws IOException {
        byte[] sector = new byte[512];
        sector[0] = (byte) 0xFA; // cli
        sector[1] = (byte) 0xF4; // hlt
        sector[510] = 0x55;
        sector[511] = (byte) 0xAA;
        Path img = dir.resolve("halt.img");
        Files.write(img, sector);
        return img;
    }
}
