package j86.decoder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs GNU objdump and parses its listing into instructions (address, bytes, text). */
final class Objdump {
    private Objdump() {}

    record Line(long address, byte[] bytes, String text) {}

    private static final Pattern FIRST = Pattern.compile("^\\s*([0-9a-f]+):\\t([0-9a-f ]+?)\\s*\\t(.*)$");
    private static final Pattern CONT = Pattern.compile("^\\s*([0-9a-f]+):\\t([0-9a-f ]+?)\\s*$");

    static boolean available() {
        try {
            return new ProcessBuilder("objdump", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static List<Line> run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add("objdump");
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            out = buf.toString(StandardCharsets.UTF_8);
        }
        if (p.waitFor() != 0) {
            throw new IOException("objdump failed: " + cmd);
        }
        return parse(out);
    }

    static List<Line> parse(String listing) {
        List<Line> lines = new ArrayList<>();
        for (String s : listing.split("\n")) {
            Matcher m = FIRST.matcher(s);
            if (m.matches()) {
                lines.add(new Line(Long.parseLong(m.group(1), 16), hexBytes(m.group(2)), m.group(3)));
                continue;
            }
            m = CONT.matcher(s);
            if (m.matches() && !lines.isEmpty()) {
                Line last = lines.remove(lines.size() - 1);
                byte[] more = hexBytes(m.group(2));
                byte[] all = new byte[last.bytes().length + more.length];
                System.arraycopy(last.bytes(), 0, all, 0, last.bytes().length);
                System.arraycopy(more, 0, all, last.bytes().length, more.length);
                lines.add(new Line(last.address(), all, last.text()));
            }
        }
        return lines;
    }

    private static byte[] hexBytes(String s) {
        String[] parts = s.trim().split(" +");
        byte[] b = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            b[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return b;
    }

    static String hex(byte[] b, int off, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            sb.append(String.format("%02x ", b[off + i] & 0xFF));
        }
        return sb.toString().trim();
    }
}
