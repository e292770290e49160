package j86.decoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Decoder and disassembler against GNU objdump, the independent truth: (a) every instruction of the JOS
 * kernel and user ELF files when they have been built, (b) seeded random streams generated from our tables
 * (see {@link TableStreamGenerator}) in 32-bit and 16-bit code. For each instruction the length and the
 * text must agree.
 *
 * Normalisation (harmless syntax only): runs of blanks become one space; in ELF listings objdump prints a
 * branch target as "f0100160 <sym>", which becomes "0xf0100160" as in its raw-binary listings. For x87
 * and MMX/SSE instructions only the length is compared (we do not name them). In the ELF files, lines objdump
 * itself cannot decode ("(bad)", ".byte": data in .text, a section ending mid-instruction) are skipped.
 */
class DecoderObjdumpTest {
    private static final int STREAM_32 = 70_000, STREAM_16 = 40_000;
    private static final Pattern ELF_TARGET = Pattern.compile("([0-9a-f]+) <[^>]*>$");

    private int compared, mismatches;
    private final List<String> report = new ArrayList<>();

    @Test
    void agreesWithObjdump() throws Exception {
        assumeTrue(Objdump.available(), "objdump not installed");
        compareJos();
        compareRandom(0x5EED32L, true, STREAM_32);
        compareRandom(0x5EED16L, false, STREAM_16);
        System.out.println("SUMMARY decoder-objdump: compared=" + compared + " mismatches=" + mismatches);
        report.forEach(System.out::println);
        assertEquals(0, mismatches, "instructions differing from objdump (first 50 printed above)");
        assertTrue(compared >= 100_000, "compared " + compared);
    }

    private void compareJos() throws Exception {
        Path root = repoRoot();
        List<File> elfs = new ArrayList<>();
        if (root != null) {
            File kernel = root.resolve("jos/obj/kern/kernel").toFile();
            if (kernel.isFile()) {
                elfs.add(kernel);
            }
            File[] users = root.resolve("jos/obj/user").toFile().listFiles(File::isFile);
            if (users != null) {
                for (File f : users) {
                    if (isElf(f)) {
                        elfs.add(f);
                    }
                }
            }
        }
        if (elfs.isEmpty()) {
            System.err.println("note: JOS binaries not built (jos/obj/kern/kernel); objdump comparison uses random streams only");
            return;
        }
        Insn in = new Insn();
        for (File f : elfs) {
            for (Objdump.Line l : Objdump.run("-d", "-w", f.getPath())) {
                byte[] b = l.bytes();
                Decoder.decode(a -> a - (int) l.address() < b.length ? b[a - (int) l.address()] & 0xFF : 0,
                    (int) l.address(), true, in);
                if (l.text().startsWith(".byte") || l.text().trim().equals("(bad)")) {
                    continue; // data objdump cannot decode either (e.g. a section ending mid-instruction)
                }
                Matcher m = ELF_TARGET.matcher(l.text().trim());
                String theirs = m.find() ? l.text().trim().substring(0, m.start()) + "0x" + m.group(1) : l.text();
                check(f.getName(), b, 0, b.length, l.address(), in, theirs);
            }
        }
    }

    private static boolean isElf(File f) throws IOException {
        byte[] head = new byte[4];
        try (var s = Files.newInputStream(f.toPath())) {
            return s.read(head) == 4 && head[0] == 0x7F && head[1] == 'E' && head[2] == 'L' && head[3] == 'F';
        }
    }

    private static Path repoRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("jos")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        return null;
    }

    private void compareRandom(long seed, boolean code32, int count) throws Exception {
        TableStreamGenerator gen = new TableStreamGenerator(seed, code32);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int[] starts = new int[count];
        for (int i = 0; i < count; i++) {
            starts[i] = buf.size();
            gen.next(buf);
        }
        byte[] code = buf.toByteArray();
        Path file = Files.createTempFile("j86-decoder", ".bin");
        try {
            Files.write(file, code);
            List<Objdump.Line> lines = code32
                ? Objdump.run("-D", "-w", "-b", "binary", "-m", "i386", file.toString())
                : Objdump.run("-D", "-w", "-b", "binary", "-m", "i386", "-M", "i8086", file.toString());
            Map<Long, Objdump.Line> byAddress = new HashMap<>();
            lines.forEach(l -> byAddress.put(l.address(), l));
            Insn in = new Insn();
            String where = (code32 ? "random32" : "random16") + " seed " + Long.toHexString(seed);
            for (int at : starts) {
                Decoder.decode(a -> a < code.length ? code[a] & 0xFF : 0, at, code32, in);
                Objdump.Line l = byAddress.get((long) at);
                if (l == null) { // objdump is out of step after an earlier length disagreement
                    check(where, code, at, -1, at, in, "<no instruction starts here>");
                } else {
                    check(where, code, at, l.bytes().length, at, in, l.text());
                }
            }
        } finally {
            Files.delete(file);
        }
    }

    /** Compares one instruction; returns false on a length mismatch. */
    private boolean check(String where, byte[] code, int off, int theirLength, long address, Insn in, String theirs) {
        compared++;
        String ours = in.op == Op.UD ? "(bad)" : Disasm.format(in, (int) address);
        boolean lengthOnly = in.op == Op.X87 || in.op == Op.SIMD;
        boolean lengthOk = in.length == theirLength;
        if (lengthOk && (lengthOnly || normalize(ours).equals(normalize(theirs)))) {
            return true;
        }
        mismatches++;
        if (report.size() < 50) {
            report.add(String.format("MISMATCH %s @%x [%s] objdump: len=%d '%s'  ours: len=%d '%s' (%s)", where, address,
                Objdump.hex(code, off, Math.min(Math.max(Math.max(theirLength, in.length), 1), code.length - off)), theirLength,
                normalize(theirs), in.length, normalize(ours), in.op));
        }
        return lengthOk;
    }

    static String normalize(String s) {
        return s.trim().replaceAll("\\s+", " ");
    }
}
