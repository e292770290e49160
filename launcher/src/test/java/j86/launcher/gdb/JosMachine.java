package j86.launcher.gdb;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import j86.hw.board.BoardConfig;
import j86.hw.board.Firmware;
import j86.hw.board.Machine;
import j86.hw.dev.FileDiskImage;
import j86.runtime.interp.Interpreter;
import j86.runtime.sched.Engine;
import j86.translator.engine.TranslatingEngine;
import j86.runtime.sched.Scheduler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Test harness: the JOS kernel image booted on an in-process machine wired as the launcher's Run
 * wires it (DebugEngine around the interpreter or the translator, VmControl between rounds), started paused (-S), with
 * an optional GDB server on a free loopback port. The scheduler runs on its own thread.
 */
public final class JosMachine implements AutoCloseable {
    public static final Path JOS = locate();
    public static final Path IMAGE = JOS.resolve("obj/kern/kernel.img");
    public static final Path KERNEL = JOS.resolve("obj/kern/kernel");

    public final Machine machine;
    public final VmControl vm = new VmControl();
    public final DebugEngine engine;
    public final ByteArrayOutputStream console = new ByteArrayOutputStream();
    public GdbStub stub;
    public GdbServer server;
    private final Thread thread;
    public volatile Scheduler.Stop stop;
    /** The scheduler stops after this many rounds (set before the machine is resumed); 0: never. */
    public volatile long roundLimit;
    private long rounds;

    private static Path locate() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("jos"))) {
            p = p.getParent();
        }
        return p == null ? Path.of("jos") : p.resolve("jos");
    }

    public static void assumeImages() {
        assumeTrue(Files.isRegularFile(IMAGE) && Files.isRegularFile(KERNEL), "JOS images not built");
    }

    public JosMachine(int cpus, boolean gdb) throws IOException {
        this(IMAGE, cpus, gdb);
    }

    public JosMachine(Path image, int cpus, boolean gdb) throws IOException {
        this(image, cpus, gdb, "interp");
    }

    /** {@code engineName}: "interp" or "jit" (the translator, threshold 2 so that JOS's hot code is translated). */
    public JosMachine(Path image, int cpus, boolean gdb, String engineName) throws IOException {
        this(image, cpus, gdb, engineName, null);
    }

    /** As above, started by the BIOS image {@code bios} from the reset vector (null: built-in firmware). */
    public JosMachine(Path image, int cpus, boolean gdb, String engineName, byte[] bios) throws IOException {
        FileDiskImage disk = new FileDiskImage(image, true);
        byte[] boot = new byte[Firmware.SECTOR];
        disk.read(0, boot, 0);
        BoardConfig cfg = new BoardConfig(cpus, 128L << 20, disk, null, b -> {
            synchronized (console) {
                console.write(b);
            }
        }, s -> { }, 4096, 1).withBios(bios);
        DebugEngine[] e = new DebugEngine[1];
        machine = new Machine(cfg, boot, phys -> {
            Interpreter interp = new Interpreter(phys);
            Engine inner = engineName.equals("jit") ? new TranslatingEngine(phys, interp, 2) : interp;
            return e[0] = new DebugEngine(inner, interp, vm, phys);
        });
        engine = e[0];
        Runnable quit = () -> {
            vm.quit();
            machine.scheduler.requestStop();
        };
        if (gdb) {
            stub = new GdbStub(machine.cpus, engine, vm, line -> "monitor:" + line + "\n", quit);
            server = new GdbServer(0, vm, stub);
        }
        machine.scheduler.setRoundHook(() -> {
            if (++rounds == roundLimit) {
                machine.scheduler.requestStop();
            }
            vm.safePoint(0);
        });
        thread = new Thread(() -> {
            vm.pause(StopEvent.trap(0));
            stop = machine.scheduler.run();
        }, "test-machine");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until the scheduler has returned (a round limit, a shutdown); false on timeout. */
    public boolean awaitEnd(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }

    public String console() {
        synchronized (console) {
            return console.toString();
        }
    }

    /** Machine thread: sets a breakpoint at linear {@code addr} as GDB's Z0 would. */
    public void breakAt(long addr) {
        engine.points.add(0, (int) addr, 1);
    }

    /** Runs {@code f} on the machine thread (at its next safe point) and waits for the result. */
    public <T> T onMachine(Supplier<T> f) throws Exception {
        CompletableFuture<T> r = new CompletableFuture<>();
        vm.submit(() -> {
            try {
                r.complete(f.get());
            } catch (Throwable t) {
                r.completeExceptionally(t);
            }
        });
        return r.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        vm.quit();
        machine.scheduler.requestStop();
        if (server != null) {
            server.close();
        }
        thread.join(10_000);
    }
}
