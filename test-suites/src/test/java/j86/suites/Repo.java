package j86.suites;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository and the JOS build outputs are, found by walking up from the working directory. */
final class Repo {
    private Repo() {}

    /** The repository root; -Dj86.root=DIR points the suites at another checkout's JOS build. */
    static Path root() {
        String override = System.getProperty("j86.root");
        if (override != null && !override.isEmpty()) {
            return Path.of(override).toAbsolutePath();
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("jos/grade-lab4")) && Files.isRegularFile(d.resolve("pom.xml"))) {
                return d;
            }
        }
        throw new IllegalStateException("no repository root (a directory with jos/grade-lab4) above "
                + Path.of("").toAbsolutePath());
    }

    static Path jos() {
        return root().resolve("jos");
    }

    /** The lab 4 grading suite (jos/grade/lab4.suite). */
    static Path lab4Suite() {
        return jos().resolve("grade/lab4.suite");
    }

    /** The default kernel image (it runs user/primes). */
    static Path kernelImage() {
        return requireFile(jos().resolve("obj/kern/kernel.img"));
    }

    static Path requireFile(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException(p + " is missing: build JOS first (make -C jos, or the jos Maven module)");
        }
        return p;
    }

    /** Where tests keep console outputs of failed runs: target/grade-out of this module. */
    static Path outDir() {
        Path d = Path.of("target", "grade-out").toAbsolutePath();
        try {
            Files.createDirectories(d);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create " + d, e);
        }
        return d;
    }
}
