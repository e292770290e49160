package j86.runtime.interp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Assembles a GNU as (AT&T) source at test time with the host binutils: {@code as --32}, then
 * {@code ld -m elf_i386 -Ttext=ORG} and {@code objcopy -O binary}. The symbol table ({@code nm}) gives
 * label addresses, so tests take instruction addresses from the assembler rather than from us.
 */
final class GnuAs {
    /** A flat binary and its symbols. */
    static final class Image {
        final byte[] bytes;
        final Map<String, Integer> symbols;

        Image(byte[] bytes, Map<String, Integer> symbols) {
            this.bytes = bytes;
            this.symbols = symbols;
        }

        int sym(String name) {
            Integer v = symbols.get(name);
            if (v == null) {
                throw new IllegalArgumentException("no symbol " + name);
            }
            return v;
        }
    }

    private GnuAs() {}

    static Image assemble(String name, String source, int org) throws IOException, InterruptedException {
        Path dir = Paths.get("target", "guest-asm");
        Files.createDirectories(dir);
        Path s = dir.resolve(name + ".S");
        Path o = dir.resolve(name + ".o");
        Path elf = dir.resolve(name + ".elf");
        Path bin = dir.resolve(name + ".bin");
        Files.writeString(s, source, StandardCharsets.UTF_8);
        run("as", "--32", "-o", o.toString(), s.toString());
        run("ld", "-m", "elf_i386", "-e", "0", "-Ttext=0x" + Integer.toHexString(org), "-o", elf.toString(), o.toString());
        run("objcopy", "-O", "binary", "-j", ".text", elf.toString(), bin.toString());
        Map<String, Integer> syms = new HashMap<>();
        for (String line : run("nm", elf.toString()).split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 3) {
                syms.put(f[2], (int) Long.parseLong(f[0], 16));
            }
        }
        return new Image(Files.readAllBytes(bin), syms);
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(cmd)).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed:\n" + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
