package j86.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The translator's packages in stage order (package-info of j86.translator): no source file
 * names a class of a later stage, by import or by qualified name, so each stage can be read
 * knowing only the ones before it. Reads the sources, as a reader would.
 */
class StageOrderTest {
    static final List<String> ORDER = List.of("block", "scan", "cache", "splice", "codegen", "engine");
    private static final Path SOURCES = Path.of("src/main/java/j86/translator");
    private static final Pattern REFERENCE = Pattern.compile("\\bj86\\.translator\\.(\\w+)\\.");

    @Test
    void noPackageReachesALaterStage() throws IOException {
        List<String> violations = new ArrayList<>();
        int files = 0;
        try (Stream<Path> all = Files.walk(SOURCES)) {
            for (Path p : (Iterable<Path>) all.filter(f -> f.toString().endsWith(".java"))::iterator) {
                Path dir = SOURCES.relativize(p).getParent();
                if (dir == null) {
                    continue; // the overview package-info
                }
                int own = stage(dir.toString());
                Matcher m = REFERENCE.matcher(Files.readString(p));
                while (m.find()) {
                    if (stage(m.group(1)) > own) {
                        violations.add(SOURCES.relativize(p) + " -> " + m.group(1));
                    }
                }
                files++;
            }
        }
        assertTrue(files > 30, "sources found: " + files);
        assertEquals(List.of(), violations);
    }

    @Test
    void everyPackageIsAStage() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            assertEquals(ORDER.stream().sorted().toList(),
                    dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList());
        }
    }

    private static int stage(String pkg) {
        int i = ORDER.indexOf(pkg);
        assertTrue(i >= 0, "package not in the stage order: " + pkg);
        return i;
    }
}
