package j86.launcher.grade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a grading suite: a line-based file, one "KEY VALUE" per line, where VALUE is everything
 * after the first space, kept verbatim (expected lines may begin with spaces). Blank lines and
 * lines starting with '#' are skipped. Keys before the first {@code test} set the suite and the
 * defaults; keys after it describe that test.
 *
 * <pre>
 * suite NAME            the suite's name (reports, JUnit XML)
 * images DIR            where NAME.img lives, relative to the suite file (default: the file's directory)
 * out DIR               where console outputs are kept, relative to the suite file (default: grade-out)
 * stop-anywhere REGEX   stops every run once its output contains a match, e.g. the monitor prompt
 * test NAME             starts a test
 * image PATH            its image, relative to the suite file (default: images/NAME.img)
 * part P / points N / cpus N
 * expect REGEX          must match at the start of some console line (repeatable)
 * forbid REGEX          must not match at the start of any console line (repeatable)
 * stop REGEX            stops the run once a complete console line contains a match
 * timeout SECONDS       host (wall) time limit
 * vtime SECONDS         guest (virtual) time limit
 * </pre>
 * Regular expressions are java.util.regex, which agrees with grep -E on what lab graders use.
 * Defaults: part "", points 0, cpus 1, timeout 30, vtime 2.
 */
public final class SuiteParser {
    private final Path file;
    private String suiteName;
    private Path images;
    private Path outDir;
    private Pattern stopAnywhere;
    private final Builder defaults = new Builder();
    private Builder current;
    private final List<TestSpec> tests = new ArrayList<>();
    private int lineNo;

    private SuiteParser(Path file) {
        this.file = file;
        Path dir = file.toAbsolutePath().getParent();
        this.images = dir;
        this.outDir = dir.resolve("grade-out");
        this.suiteName = file.getFileName().toString().replaceFirst("\\.suite$", "");
    }

    public static Suite parse(Path file) throws GradeException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new GradeException(file + ": cannot read the suite file");
        }
        return new SuiteParser(file).parse(lines);
    }

    private Suite parse(List<String> lines) throws GradeException {
        for (String raw : lines) {
            lineNo++;
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int sp = line.indexOf(' ');
            String key = sp < 0 ? line : line.substring(0, sp);
            String value = sp < 0 ? "" : line.substring(sp + 1);
            apply(key, value);
        }
        finishTest();
        if (tests.isEmpty()) {
            lineNo = 0;
            throw error("no tests");
        }
        return new Suite(suiteName, tests, outDir);
    }

    private void apply(String key, String value) throws GradeException {
        switch (key) {
            case "suite" -> suiteName = nonEmpty(key, value);
            case "images" -> images = file.toAbsolutePath().getParent().resolve(nonEmpty(key, value)).normalize();
            case "out" -> outDir = file.toAbsolutePath().getParent().resolve(nonEmpty(key, value)).normalize();
            case "stop-anywhere" -> stopAnywhere = regex(value);
            case "test" -> {
                finishTest();
                current = defaults.copy();
                current.name = nonEmpty(key, value);
            }
            default -> testKey(key, value, current != null ? current : defaults);
        }
    }

    private void testKey(String key, String value, Builder b) throws GradeException {
        if (b == defaults && (key.equals("image") || key.equals("expect") || key.equals("forbid"))) {
            throw error("'" + key + "' belongs to a test (after a 'test NAME' line)");
        }
        switch (key) {
            case "image" -> b.image = file.toAbsolutePath().getParent().resolve(nonEmpty(key, value)).normalize();
            case "part" -> b.part = value.trim();
            case "points" -> b.points = (int) number(value, 0, 1000);
            case "cpus" -> b.cpus = (int) number(value, 1, 32);
            case "expect" -> b.expect.add(anchored(value));
            case "forbid" -> b.forbid.add(anchored(value));
            case "stop" -> b.stop = regex(value);
            case "timeout" -> b.wallSeconds = number(value, 0.001, 1e6);
            case "vtime" -> b.virtualNanos = (long) (number(value, 1e-6, 1e6) * 1e9);
            default -> throw error("unknown key '" + key + "'");
        }
    }

    private void finishTest() {
        if (current == null) {
            return;
        }
        Path img = current.image != null ? current.image : images.resolve(current.name + ".img");
        tests.add(new TestSpec(current.name, current.part, current.points, img, current.cpus, current.expect,
                current.forbid, current.stop, stopAnywhere, current.wallSeconds, current.virtualNanos));
        current = null;
    }

    /** The bash grader's grep -E "^(p)": a match must start at the beginning of the line. */
    private Pattern anchored(String value) throws GradeException {
        regex(value);
        return Pattern.compile("^(?:" + value + ")");
    }

    private Pattern regex(String value) throws GradeException {
        if (value.isEmpty()) {
            throw error("empty regular expression");
        }
        try {
            return Pattern.compile(value);
        } catch (PatternSyntaxException e) {
            throw error("bad regular expression '" + value + "': " + e.getDescription());
        }
    }

    private double number(String value, double min, double max) throws GradeException {
        try {
            double d = Double.parseDouble(value.trim());
            if (d >= min && d <= max) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error("expected a number from " + min + " to " + max + ", got '" + value + "'");
    }

    private String nonEmpty(String key, String value) throws GradeException {
        if (value.isBlank()) {
            throw error("'" + key + "' needs a value");
        }
        return value.trim();
    }

    private GradeException error(String message) {
        return new GradeException(file + (lineNo > 0 ? ":" + lineNo : "") + ": " + message);
    }

    /** A test under construction; the suite-level one holds the defaults. */
    private static final class Builder {
        String name;
        String part = "";
        int points;
        int cpus = 1;
        Path image;
        List<Pattern> expect = new ArrayList<>();
        List<Pattern> forbid = new ArrayList<>();
        Pattern stop;
        double wallSeconds = 30;
        long virtualNanos = 2_000_000_000L;

        Builder copy() {
            Builder b = new Builder();
            b.part = part;
            b.points = points;
            b.cpus = cpus;
            b.stop = stop;
            b.wallSeconds = wallSeconds;
            b.virtualNanos = virtualNanos;
            return b;
        }
    }
}
