package j86.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guest's isa-debug-exit write ends the run at once with QEMU's status, and --timeout ends a
 * run whatever its state: running, paused at -S, paused at a GDB breakpoint.
 */
class GuestExitAndTimeoutTest {
    @TempDir
    Path dir;

    /** Writes 'A' to COM1, then EAX to port 0x501 (DX), then 'B', then 7 to 0x501, then halts. */
    private Path exitImage(int... writeExit) throws IOException {
        List<Integer> code = new ArrayList<>(List.of(
                0xBA, 0xF8, 0x03,       // mov dx, 0x3f8
                0xB0, 0x41,             // mov al, 'A'
                0xEE,                   // out dx, al
                0xBA, 0x01, 0x05));     // mov dx, 0x501
        for (int b : writeExit) {
            code.add(b);                // e.g. mov eax, imm32; out dx, eax
        }
        code.addAll(List.of(
                0xBA, 0xF8, 0x03,       // mov dx, 0x3f8
                0xB0, 0x42,             // mov al, 'B'
                0xEE,                   // out dx, al
                0xBA, 0x01, 0x05,       // mov dx, 0x501
                0xB0, 0x07,             // mov al, 7
                0xEE,                   // out dx, al: a second write, must not change the status
                0xFA, 0xF4));           // cli; hlt
        Path img = dir.resolve("exit" + code.hashCode() + ".img");
        Files.write(img, BadInputTest.bootSector(code.stream().mapToInt(Integer::intValue).toArray()));
        return img;
    }

    /** bin/j86 as a process (the class path of this test): status and stdout. */
    private static Object[] runProcess(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "j86.launcher.Main"));
        cmd.addAll(List.of(args));
        Path err = Files.createTempFile("j86-test", ".err");
        try {
            Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            return new Object[] {p.exitValue(), new String(out, StandardCharsets.ISO_8859_1), Files.readString(err)};
        } finally {
            Files.deleteIfExists(err);
        }
    }

    /**
     * Protected mode, flat; prints 'A', then loops (one block, hot: the translator compiles it):
     * each turn writes 0x40000001 to port dx = 0x80 (POST), then 'B' to port 0x80, except in the
     * 5000th, where the ports are 0x501 and 0x3F8. From as --32:
     * <pre>
     * loop: incl %ecx; xorl %ebx,%ebx; cmpl $5000,%ecx; sete %bl
     *       imull $0x481,%ebx,%edx; addl $0x80,%edx; movl $0x40000001,%eax; outl %eax,%dx
     *       imull $0x378,%ebx,%edx; addl $0x80,%edx; movb $0x42,%al; outb %al,%dx; jmp loop
     * </pre>
     */
    private static final int[] HOT_LOOP_EXIT = {
        0xFA, 0x0F, 0x01, 0x16, 0x78, 0x7C, 0x0F, 0x20, 0xC0, 0x66, 0x83, 0xC8, 0x01, 0x0F, 0x22, 0xC0, 0xEA, 0x15,
        0x7C, 0x08, 0x00, 0x66, 0xB8, 0x10, 0x00, 0x8E, 0xD8, 0x8E, 0xC0, 0x8E, 0xD0, 0xBC, 0x00, 0x7C, 0x00, 0x00,
        0x66, 0xBA, 0xF8, 0x03, 0xB0, 0x41, 0xEE, 0x31, 0xC9, 0x41, 0x31, 0xDB, 0x81, 0xF9, 0x88, 0x13, 0x00, 0x00,
        0x0F, 0x94, 0xC3, 0x69, 0xD3, 0x81, 0x04, 0x00, 0x00, 0x81, 0xC2, 0x80, 0x00, 0x00, 0x00, 0xB8, 0x01, 0x00,
        0x00, 0x40, 0xEF, 0x69, 0xD3, 0x78, 0x03, 0x00, 0x00, 0x81, 0xC2, 0x80, 0x00, 0x00, 0x00, 0xB0, 0x42, 0xEE,
        0xEB, 0xD1, 0x8D, 0x74, 0x26, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00,
        0x00, 0x9A, 0xCF, 0x00, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x92, 0xCF, 0x00, 0x17, 0x00, 0x60, 0x7C, 0x00, 0x00,
    };

    @Test
    void debugExitStopsAtOnceWithQemusStatus() throws Exception {
        // The dword 0x40000001 has bit 30 set: QEMU exits with ((v << 1) | 1) & 0xFF = 3.
        Path img = dir.resolve("hot.img");
        Files.write(img, BadInputTest.bootSector(HOT_LOOP_EXIT));
        for (String engine : new String[] {"interp", "jit"}) {
            Object[] r = runProcess("-nographic", "--engine", engine, "--timeout", "30", img.toString());
            assertEquals(3, r[0], engine + ": " + r[1] + " / " + r[2]);
            assertEquals("A", r[1], engine + ": nothing the guest wrote after the exit appears");
        }
        // Real mode, on the interpreter; a second write (of 7) follows each and must not count.
        // mov eax, 0x40000002; out dx, eax: 5.
        assertEquals(5, Main.run(new String[] {"-serial", "none", "--timeout", "30",
                exitImage(0x66, 0xB8, 0x02, 0x00, 0x00, 0x40, 0x66, 0xEF).toString()}));
        // mov al, 0x7f; out dx, al: 255. mov ax, 0x180; out dx, ax: only the low 8 bits of 0x301 stay.
        assertEquals(255, Main.run(new String[] {"-serial", "none", "--timeout", "30",
                exitImage(0xB0, 0x7F, 0xEE).toString()}));
        assertEquals(1, Main.run(new String[] {"-serial", "none", "--timeout", "30",
                exitImage(0xB8, 0x80, 0x01, 0xEE).toString()}));
    }

    @Test
    @Timeout(30)
    void timeoutEndsARunningMachine() throws Exception {
        Path img = dir.resolve("spin.img");
        Files.write(img, BadInputTest.bootSector(0xEB, 0xFE)); // jmp $
        long t0 = System.nanoTime();
        assertEquals(Main.EXIT_TIMEOUT, Main.run(new String[] {"-serial", "none", "--timeout", "0.5", img.toString()}));
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(10));
    }

    @Test
    @Timeout(30)
    void timeoutEndsAMachineWaitingAtMinusS() throws Exception {
        Path img = dir.resolve("spin.img");
        Files.write(img, BadInputTest.bootSector(0xEB, 0xFE));
        assertEquals(Main.EXIT_TIMEOUT, Main.run(new String[] {"-serial", "none", "-S", "-gdb", "tcp::" + freePort(),
                "--timeout", "0.5", img.toString()}));
    }

    /** A GDB client sets a breakpoint and continues; the CPU stops there and stays until the timeout. */
    @Test
    @Timeout(30)
    void timeoutEndsAMachinePausedAtABreakpoint() throws Exception {
        Path img = dir.resolve("bp.img");
        Files.write(img, BadInputTest.bootSector(0x90, 0x90, 0xEB, 0xFE)); // nop; nop; jmp $
        int port = freePort();
        int[] status = {-1};
        Thread run = new Thread(() -> {
            try {
                status[0] = Main.run(new String[] {"-serial", "none", "-S", "-gdb", "tcp::" + port, "--timeout", "2", img.toString()});
            } catch (Exception e) {
                status[0] = -2;
            }
        });
        run.start();
        String seen;
        try (Socket s = connect(port)) {
            s.setSoTimeout(20_000);
            send(s, "Z0,7c01,1");
            send(s, "c");
            seen = readUntil(s.getInputStream(), "$W");
        }
        run.join(20_000);
        assertEquals(Main.EXIT_TIMEOUT, status[0]);
        assertTrue(seen.contains("$T05"), seen); // the breakpoint was hit before the timeout
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static Socket connect(int port) throws Exception {
        for (int tries = 0; ; tries++) {
            try {
                return new Socket("127.0.0.1", port);
            } catch (IOException e) {
                if (tries > 100) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    private static void send(Socket s, String body) throws IOException {
        int sum = 0;
        for (char ch : body.toCharArray()) {
            sum += ch;
        }
        OutputStream out = s.getOutputStream();
        out.write(String.format("$%s#%02x", body, sum & 0xFF).getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Reads (acknowledging each packet) until {@code marker} arrives or the stream ends. */
    private static String readUntil(InputStream in, String marker) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int b; (b = in.read()) >= 0; ) {
            sb.append((char) b);
            if (sb.indexOf(marker) >= 0) {
                break;
            }
        }
        return sb.toString();
    }
}
