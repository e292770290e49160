package j86.suites;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Debian's SeaBIOS ROM (package seabios, /usr/share/seabios/bios.bin) for the -bios suites:
 * -Dj86.seabios=FILE, else the copy bin/fetch-seabios keeps in target/seabios (fetched once if
 * missing), else the installed package's. Null when none can be had: tests then skip, saying why.
 */
final class SeaBios {
    static final String INSTALLED = "/usr/share/seabios/bios.bin";
    private static String why = "";
    private static Path found;

    private SeaBios() {}

    static synchronized Path image() {
        if (found != null) {
            return found;
        }
        String prop = System.getProperty("j86.seabios");
        if (prop != null && !prop.isEmpty()) {
            return found = Path.of(prop);
        }
        Path local = Repo.root().resolve("target/seabios/usr/share/seabios/bios.bin");
        if (!Files.isRegularFile(local)) {
            fetch();
        }
        if (Files.isRegularFile(local)) {
            return found = local;
        }
        if (Files.isRegularFile(Path.of(INSTALLED))) {
            return found = Path.of(INSTALLED);
        }
        return null;
    }

    /** Why {@link #image} found nothing. */
    static String whyMissing() {
        return "no SeaBIOS image: bin/fetch-seabios could not get Debian's seabios package (" + why
                + "), none at " + INSTALLED + ", and -Dj86.seabios is not set";
    }

    private static void fetch() {
        try {
            Process p = new ProcessBuilder(Repo.root().resolve("bin/fetch-seabios").toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                why = out.lines().reduce((a, b) -> b).orElse("failed");
            }
        } catch (IOException e) {
            why = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            why = "interrupted";
        }
    }
}
