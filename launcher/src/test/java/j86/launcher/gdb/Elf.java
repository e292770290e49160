package j86.launcher.gdb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a 32-bit ELF file's loadable segments (ELF spec, program header table): bytes at a virtual address. */
final class Elf {
    private final ByteBuffer b;

    Elf(Path p) throws IOException {
        b = ByteBuffer.wrap(Files.readAllBytes(p)).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** {@code n} bytes of the file image at virtual address {@code va} (inside a PT_LOAD segment's file part). */
    byte[] at(long va, int n) {
        int phoff = b.getInt(0x1C), phentsize = b.getShort(0x2A) & 0xFFFF, phnum = b.getShort(0x2C) & 0xFFFF;
        for (int i = 0; i < phnum; i++) {
            int ph = phoff + i * phentsize;
            long vaddr = b.getInt(ph + 8) & 0xFFFFFFFFL, filesz = b.getInt(ph + 16) & 0xFFFFFFFFL;
            if (b.getInt(ph) == 1 && va >= vaddr && va + n <= vaddr + filesz) {
                byte[] out = new byte[n];
                b.get(b.getInt(ph + 4) + (int) (va - vaddr), out, 0, n);
                return out;
            }
        }
        throw new IllegalArgumentException("no loadable bytes at " + Long.toHexString(va));
    }
}
