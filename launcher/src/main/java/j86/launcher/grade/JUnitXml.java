package j86.launcher.grade;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes results as a JUnit XML report (the Ant/Surefire "testsuite" format CI servers read): one
 * testcase per test, a failure element listing what failed, the console output as system-out.
 */
public final class JUnitXml {
    private JUnitXml() {}

    public static void write(Path file, String suiteName, List<Graded> results) throws IOException {
        long failures = results.stream().filter(g -> !g.passed()).count();
        double time = results.stream().mapToLong(g -> g.run().wallNanos()).sum() / 1e9;
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append(String.format("<testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"0\" time=\"%.3f\">%n",
                esc(suiteName), results.size(), failures, time));
        for (Graded g : results) {
            TestSpec s = g.spec();
            b.append(String.format("  <testcase classname=\"%s\" name=\"%s\" time=\"%.3f\">%n",
                    esc(suiteName + ".part" + s.part()), esc(s.name()), g.run().wallNanos() / 1e9));
            if (!g.passed()) {
                b.append("    <failure message=\"").append(esc(g.problems().get(0))).append("\">")
                        .append(esc(String.join("\n", g.problems()) + g.note())).append("</failure>\n");
            }
            b.append("    <system-out>").append(esc(g.run().text())).append("</system-out>\n");
            b.append("  </testcase>\n");
        }
        b.append("</testsuite>\n");
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Files.writeString(file, b, StandardCharsets.UTF_8);
    }

    /** XML text: markup escaped, and control characters XML 1.0 forbids shown as '?'. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c < 0x20 && c != '\n' && c != '\t' || c > 0xFFFD ? '?' : c);
            }
        }
        return b.toString();
    }
}
