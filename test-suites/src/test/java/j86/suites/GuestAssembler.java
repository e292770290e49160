package j86.suites;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Builds a raw boot sector (or a BIOS ROM) from a GNU assembler source shipped as a test resource:
 * as --32, then ld linking it at 0x7C00 (at 0) straight to a flat binary. Done at test time so that the bytes the
 * guest runs come from the assembler, not from us.
 */
final class GuestAssembler {
    private GuestAssembler() {}

    static byte[] bootSector(String resource) throws IOException, InterruptedException {
        byte[] b = assemble(resource, "0x7c00");
        if (b.length != 512) {
            throw new IOException(resource + " assembled to " + b.length + " bytes, not one 512-byte sector");
        }
        return b;
    }

    /** An image of any length linked at 0x7C00 (the test loads it there itself: more than a sector). */
    static byte[] image(String resource) throws IOException, InterruptedException {
        return assemble(resource, "0x7c00");
    }

    /** A BIOS ROM image: the source is linked at offset 0 and must fill whole 64 KiB blocks. */
    static byte[] rom(String resource) throws IOException, InterruptedException {
        byte[] b = assemble(resource, "0");
        if (b.length == 0 || b.length % 0x10000 != 0) {
            throw new IOException(resource + " assembled to " + b.length + " bytes, not a multiple of 64 KiB");
        }
        return b;
    }

    private static byte[] assemble(String resource, String textAddress) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("j86-guest");
        Path src = dir.resolve("guest.S");
        try (InputStream in = GuestAssembler.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no test resource " + resource);
            }
            Files.copy(in, src);
        }
        Path obj = dir.resolve("guest.o");
        Path bin = dir.resolve("guest.bin");
        run(dir, List.of("as", "--32", "-o", obj.toString(), src.toString()));
        run(dir, List.of("ld", "-m", "elf_i386", "-Ttext=" + textAddress, "--oformat=binary", "-e", "start", "-o",
                bin.toString(), obj.toString()));
        return Files.readAllBytes(bin);
    }

    private static void run(Path dir, List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed:\n" + out);
        }
    }
}
