package j86.runtime.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Builds src/test/c/silicon.c with the host gcc into target/silicon/ (32-bit, static, no libc) and
 * runs it. The binary is rebuilt on every test run: it is a build output, never committed.
 */
final class HostProgram {
    private HostProgram() {}

    static Path moduleDir() {
        Path here = Path.of(System.getProperty("user.dir"));
        return Files.isDirectory(here.resolve("src/test/c")) ? here : here.resolve("runtime");
    }

    static boolean gccPresent() {
        try {
            Process p = new ProcessBuilder("gcc", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Compiles the program and returns its output lines. */
    static List<String> buildAndRun() throws IOException, InterruptedException {
        Path dir = moduleDir();
        Path outDir = dir.resolve("target/silicon");
        Files.createDirectories(outDir);
        Path exe = outDir.resolve("silicon");
        run(List.of("gcc", "-m32", "-static", "-nostdlib", "-ffreestanding", "-fno-pie", "-no-pie", "-O1",
                "-Wall", "-o", exe.toString(), dir.resolve("src/test/c/silicon.c").toString()), outDir.resolve("gcc.log"));
        Path out = outDir.resolve("vectors.txt");
        run(List.of(exe.toString()), out);
        return Files.readAllLines(out, StandardCharsets.US_ASCII);
    }

    private static void run(List<String> cmd, Path output) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + cmd);
        }
        if (p.exitValue() != 0) {
            throw new IOException(cmd.get(0) + " exited " + p.exitValue() + ":\n" + Files.readString(output));
        }
    }
}
