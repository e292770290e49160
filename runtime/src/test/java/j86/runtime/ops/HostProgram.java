package j86.runtime.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Builds src/test/c/silicon.c with the host gcc into target/silicon/ and runs it. The program is
 * 64-bit (x86-64), static, freestanding (no libc, raw Linux syscalls), linked non-PIE so that its
 * code and data lie below 4 GiB: the instructions 64-bit mode lacks (BCD, SALC) run in 32-bit
 * compatibility-mode stubs when the host kernel provides a 32-bit code segment, which the program
 * probes itself (see silicon.c). Nothing here needs the kernel to run i386 programs. The binary is
 * rebuilt on every test run: it is a build output, never committed.
 */
final class HostProgram {
    private HostProgram() {}

    static Path moduleDir() {
        Path here = Path.of(System.getProperty("user.dir"));
        return Files.isDirectory(here.resolve("src/test/c")) ? here : here.resolve("runtime");
    }

    /** The program is x86-64 code: the host CPU must run it. */
    static boolean hostIsX86_64() {
        String arch = System.getProperty("os.arch", "");
        String os = System.getProperty("os.name", "");
        return (arch.equals("amd64") || arch.equals("x86_64")) && os.startsWith("Linux");
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
        // -mno-red-zone: the wrappers push and pop (PUSHFQ/POPFQ, CALL) below RSP inside inline asm;
        // -fno-stack-protector: a canary would read %fs:0x28, and there is no TLS without libc.
        run(List.of("gcc", "-m64", "-static", "-nostdlib", "-ffreestanding", "-fno-pie", "-no-pie",
                "-fno-stack-protector", "-mno-red-zone", "-O1", "-Wall", "-o", exe.toString(),
                dir.resolve("src/test/c/silicon.c").toString()), outDir.resolve("gcc.log"));
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
