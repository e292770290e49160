package j86.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The .text section of a 32-bit little-endian ELF file (the JOS kernel), read from its section
 * header table: ELF header fields e_shoff (0x20), e_shentsize (0x2E), e_shnum (0x30), e_shstrndx
 * (0x32); section header fields sh_name, sh_addr (+0x0C), sh_offset (+0x10), sh_size (+0x14), as
 * in the System V ABI's ELF chapter. Enough for the decoder benchmark; nothing else.
 */
public record ElfText(int address, byte[] bytes) {

    public static ElfText read(Path elf) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(elf)).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt(0) != 0x464C457F || b.get(4) != 1) {
            throw new IOException(elf + ": not a 32-bit ELF file");
        }
        int shoff = b.getInt(0x20), shentsize = b.getShort(0x2E) & 0xFFFF, shnum = b.getShort(0x30) & 0xFFFF;
        int strtab = b.getInt(shoff + shentsize * (b.getShort(0x32) & 0xFFFF) + 0x10);
        for (int i = 0; i < shnum; i++) {
            int sh = shoff + i * shentsize;
            if (name(b, strtab + b.getInt(sh)).equals(".text")) {
                byte[] text = new byte[b.getInt(sh + 0x14)];
                b.get(b.getInt(sh + 0x10), text);
                return new ElfText(b.getInt(sh + 0x0C), text);
            }
        }
        throw new IOException(elf + ": no .text section");
    }

    private static String name(ByteBuffer b, int at) {
        StringBuilder sb = new StringBuilder();
        for (int i = at; b.get(i) != 0; i++) {
            sb.append((char) b.get(i));
        }
        return sb.toString();
    }

    /**
     * The JOS kernel ELF: the system property j86.kernel, else jos/obj/kern/kernel looked for from
     * the working directory upwards (benchmarks run from the repository or from bench/).
     */
    public static Path josKernel() throws IOException {
        String p = System.getProperty("j86.kernel");
        if (p != null) {
            return Path.of(p);
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path k = d.resolve("jos/obj/kern/kernel");
            if (Files.isRegularFile(k)) {
                return k;
            }
        }
        throw new IOException("jos/obj/kern/kernel not found (build JOS, or pass -Dj86.kernel=PATH)");
    }
}
