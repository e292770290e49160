package j86.launcher.grade;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A named list of graded tests, in the order they are reported; parts in order of first appearance.
 *
 * @param outDir where console outputs go unless the command line says otherwise
 */
public record Suite(String name, List<TestSpec> tests, Path outDir) {
    public Suite {
        tests = List.copyOf(tests);
    }

    public List<String> parts() {
        List<String> parts = new ArrayList<>();
        for (TestSpec t : tests) {
            if (!parts.contains(t.part())) {
                parts.add(t.part());
            }
        }
        return parts;
    }

    public TestSpec test(String name) {
        for (TestSpec t : tests) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }

    /** The tests named, in suite order; an unknown name is bad input. */
    public Suite select(List<String> names) throws GradeException {
        if (names.isEmpty()) {
            return this;
        }
        for (String n : names) {
            if (test(n) == null) {
                throw new GradeException("no test named '" + n + "' in suite " + name);
            }
        }
        return new Suite(name, tests.stream().filter(t -> names.contains(t.name())).toList(), outDir);
    }
}
