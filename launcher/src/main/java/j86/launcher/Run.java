package j86.launcher;

import j86.hw.board.BoardConfig;
import j86.hw.board.Firmware;
import j86.hw.board.Machine;
import j86.hw.dev.DiskImage;
import j86.hw.dev.FileDiskImage;
import j86.launcher.gdb.DebugEngine;
import j86.launcher.gdb.GdbServer;
import j86.launcher.gdb.GdbStub;
import j86.launcher.gdb.StopEvent;
import j86.launcher.gdb.VmControl;
import j86.launcher.monitor.DebugLog;
import j86.launcher.monitor.Monitor;
import j86.launcher.monitor.MonitorConsole;
import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.CpuDump;
import j86.runtime.interp.Interpreter;
import j86.runtime.sched.Engine;
import j86.runtime.sched.ParallelRunner;
import j86.translator.engine.TranslatingEngine;
import j86.runtime.sched.Scheduler;
import j86.runtime.sched.TurnLengths;
import java.io.IOException;
import java.nio.file.Path;

/** One run of a machine built from the options: console wiring, timeout, exit status, statistics. */
final class Run {
    private final Options o;
    private volatile boolean timedOut;
    private volatile int guestExitStatus = -1;
    /** The scheduler, once built (the debug-exit callback stops it). */
    private volatile Scheduler scheduler;
    /** Counted down when {@link #execute} has ended the machine (the timeout's last resort waits on it). */
    private final java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);
    private boolean exitPatternSeen;
    // Debugging (gdb stub, monitor, -d log): see j86.launcher.gdb and j86.launcher.monitor.
    private final VmControl vm = new VmControl();
    private DebugEngine debugEngine;
    /** The translating engine when --engine jit, for --stats. */
    private TranslatingEngine translator;
    private GdbStub stub;
    private GdbServer gdbServer;
    private DebugLog log;

    /** The GDB socket, bound by Main before anything else (null without -gdb). */
    private final java.net.ServerSocket gdbSocket;

    /** The -bios image (null: the built-in firmware). */
    private final byte[] bios;

    Run(Options o, java.net.ServerSocket gdbSocket, byte[] bios) {
        this.o = o;
        this.gdbSocket = gdbSocket;
        this.bios = bios;
    }

    int execute() throws IOException, UsageException {
        if (o.engine.equals("jit")) {
            // Now rather than when the engine is made: building the machine (guest RAM, images)
            // takes 250-900 ms, which the warm-up can use on the second core.
            j86.translator.codegen.CodegenWarmup.start();
        }
        DiskImage master = open(0);
        DiskImage slave = open(1);
        byte[] boot = null;
        if (master != null) {
            boot = new byte[Firmware.SECTOR];
            master.read(0, boot, 0);
        }
        ConsoleOutput out = new ConsoleOutput(o.exitOn);
        Terminal terminal = o.serialStdio ? Terminal.onStdin(!o.serialMonitor) : null; // raw, as QEMU's stdio
        ConsoleInput in = o.serialStdio
                ? new ConsoleInput(System.in, o.serialMonitor, terminal, text -> vm.submit(() -> out.print(text))) : null;
        BoardConfig cfg = new BoardConfig(o.cpus, o.memoryBytes, master, slave,
                o.serialStdio ? out::write : b -> { }, this::guestExit, o.quantum, 1).withBios(bios).withParallel(o.parallel);
        Machine m;
        try {
            m = newMachine(cfg, boot);
        } catch (OutOfMemoryError e) {
            throw new UsageException("the JVM's heap cannot hold " + (o.memoryBytes >> 20) + " MiB of guest RAM"
                    + " (give it more with J86_JAVA_OPTS=-Xmx..., or ask for less with -m)");
        }
        java.io.OutputStream debugcon = openDebugcon(m);
        Scheduler s = m.scheduler;
        scheduler = s;
        s.setTurns(TurnLengths.of(o.quantum, o.seed));
        startDebugging(m, out, in);
        s.setRoundHook(() -> betweenRounds(m, out, in));
        startTimeout(s, out);
        Progress progress = Progress.start(m, out, in);

        long t0 = System.nanoTime();
        Scheduler.Stop stop;
        try {
            if (o.startStopped) {
                vm.pause(StopEvent.trap(0)); // -S: wait for the debugger's or the monitor's "continue"
            }
            stop = o.parallel ? new ParallelRunner(s, m.engines, m.deviceLock, m.world).run() : s.run();
        } catch (GuestExited e) {
            stop = Scheduler.Stop.REQUESTED; // the OUT to the debug-exit port: nothing ran after it
        } finally {
            Progress.stop(progress);
            if (terminal != null) {
                terminal.restore();
            }
        }
        long wall = System.nanoTime() - t0;
        if (debugcon == System.out) {
            debugcon.flush();
        } else if (debugcon != null) {
            debugcon.close();
        }
        ended.countDown(); // the machine stopped: the timeout's last resort is not needed
        out.flush();
        int status = outcome(m, stop);
        endDebugging(status);
        if (o.stats) {
            Stats.print(m, wall, translator == null ? null : translator.statistics(), out.atLineStart());
        }
        return status;
    }

    /** -debugcon: QEMU's isa-debugcon at its port, writing to a file or standard output. */
    private java.io.OutputStream openDebugcon(Machine m) throws UsageException {
        if (o.debugcon == null || o.debugcon.equals("none")) {
            return null;
        }
        java.io.OutputStream sink;
        if (o.debugcon.equals("stdio")) {
            sink = System.out;
        } else {
            String file = o.debugcon.substring(5);
            try {
                sink = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(Path.of(file)));
            } catch (IOException | java.nio.file.InvalidPathException e) {
                throw new UsageException("-debugcon " + o.debugcon + ": cannot create the file ("
                        + (e instanceof IOException io ? Main.reason(io) : e.getMessage()) + ")");
            }
        }
        java.io.OutputStream out = sink;
        m.ports.register(o.debugconPort, 1, new j86.hw.dev.DebugCon(b -> {
            try {
                out.write(b);
            } catch (IOException e) {
                // the log is best effort: a full disk does not stop the guest
            }
        }));
        return out;
    }

    private Machine newMachine(BoardConfig cfg, byte[] boot) {
        return new Machine(cfg, boot, phys -> {
            if (o.parallel) {
                // One engine per CPU thread (called once per CPU), each with caches of its own;
                // no debugger wrapper (refused in this mode). --stats shows CPU 0's translator.
                Interpreter interp = new Interpreter(j86.runtime.interp.CodeCache.unshared(phys));
                if (!o.engine.equals("jit")) {
                    return interp;
                }
                TranslatingEngine t = new TranslatingEngine(phys, interp, o.jitThreshold);
                if (translator == null) {
                    translator = t;
                }
                return t;
            }
            Interpreter interp = new Interpreter(phys);
            Engine inner = interp;
            if (o.engine.equals("jit")) {
                translator = new TranslatingEngine(phys, interp, o.jitThreshold);
                inner = translator;
            }
            debugEngine = new DebugEngine(inner, interp, vm, phys);
            return debugEngine;
        });
    }

    /** The -d log, the monitor (Ctrl-A c, GDB's "monitor") and the GDB stub, as the options ask. */
    private void startDebugging(Machine m, ConsoleOutput out, ConsoleInput in) throws IOException, UsageException {
        Runnable quit = () -> {
            vm.quit();
            m.scheduler.requestStop();
        };
        Monitor monitor = new Monitor(m.cpus, vm, quit);
        if (in != null) {
            MonitorConsole console = new MonitorConsole(vm, monitor, out::print);
            console.setEcho(Terminal.isTerminal(0)); // a raw terminal does not echo what is typed
            in.setMonitor(console::accept, console::entered);
            in.setQuitHook(() -> vm.submit(quit));
        }
        try {
            var items = DebugLog.parseItems(o.logItems);
            if (!items.isEmpty()) {
                try {
                    log = DebugLog.open(items, o.logFile, m.cpus);
                } catch (IOException e) {
                    throw new UsageException("-D " + o.logFile + ": cannot create the log file (" + Main.reason(e) + ")");
                }
                log.powerOn();
                if (log.has("unimp")) {
                    m.ports.setUnassignedLogger(log::unassignedPort);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (o.gdbPort >= 0 && o.parallel) {
            turnAwayDebuggers(); // the port stays open (the lab's makefile always passes -gdb)
        } else if (o.gdbPort >= 0) {
            stub = new GdbStub(m.cpus, debugEngine, vm, monitor::execute, quit);
            gdbServer = new GdbServer(gdbSocket, vm, stub);
        }
    }

    /**
     * Parallel mode: the GDB stub cannot stop every vCPU thread yet, so a client that connects is
     * told so on stderr and disconnected; the guest runs on.
     */
    private void turnAwayDebuggers() {
        Thread t = new Thread(() -> {
            while (!gdbSocket.isClosed()) {
                try (java.net.Socket client = gdbSocket.accept()) {
                    System.err.println("j86: GDB is not supported with -accel tcg,thread=multi; disconnected"
                            + " (use thread=single)");
                } catch (IOException e) {
                    return;
                }
            }
        }, "j86-gdb-refuse");
        t.setDaemon(true);
        t.start();
    }

    private void endDebugging(int status) throws IOException {
        vm.quit();
        if (stub != null) {
            stub.machineEnded(status);
        }
        if (gdbServer != null) {
            gdbServer.close();
        } else if (gdbSocket != null) {
            gdbSocket.close();
        }
        if (log != null) {
            log.close();
        }
    }

    private DiskImage open(int index) throws UsageException {
        for (DriveSpec d : o.drives) {
            if (d.index() == index) {
                boolean snapshot = o.snapshot || d.snapshot();
                try {
                    return new FileDiskImage(Path.of(d.file()), snapshot);
                } catch (IOException e) {
                    // Main checked it; this is what the checks cannot see (e.g. an immutable file).
                    throw new UsageException(d.file() + ": cannot open the disk image" + (snapshot ? ""
                            : " for writing; add -snapshot to keep the guest's writes in memory") + " (" + Main.reason(e) + ")");
                }
            }
        }
        return null;
    }

    /**
     * The guest wrote the isa-debug-exit port: the machine stops at once. The first status stays
     * (the device reports only its first write); throwing unwinds the engine from inside the OUT
     * instruction, so no further guest instruction runs and no later console byte appears.
     */
    private void guestExit(int status) {
        if (guestExitStatus < 0) {
            guestExitStatus = status;
        }
        vm.quit();
        Scheduler s = scheduler;
        if (s != null) {
            s.requestStop();
        }
        throw new GuestExited();
    }

    /** Unwinds the machine thread from a debug-exit write to {@link #execute}. */
    private static final class GuestExited extends RuntimeException {
        GuestExited() {
            super("guest debug exit", null, false, false);
        }
    }

    private void betweenRounds(Machine m, ConsoleOutput out, ConsoleInput in) {
        vm.safePoint(0);
        if (in != null) {
            for (int b; (b = in.poll()) >= 0; ) {
                m.com1.feed(b);
            }
            if (in.quitRequested()) {
                m.scheduler.requestStop();
            }
        }
        if (out.endOfRound()) {
            exitPatternSeen = true;
            m.scheduler.requestStop();
        }
        if (guestExitStatus >= 0) {
            m.scheduler.requestStop();
        }
    }

    /**
     * --timeout: after the wall-clock time the run ends in whatever state it is, running or paused
     * (at -S, at a breakpoint, by GDB or the monitor): the scheduler stops after the current turn
     * and {@link VmControl#quit} releases a pause. Should the machine thread still not have ended
     * the run a few seconds later, the process (only when run as the j86 command) prints what it
     * has and exits with the timeout status itself.
     */
    private void startTimeout(Scheduler s, ConsoleOutput out) {
        if (o.timeoutSeconds <= 0) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                Thread.sleep((long) Math.min(o.timeoutSeconds * 1000, Long.MAX_VALUE));
                timedOut = true;
                s.requestStop();
                vm.quit();
                if (!ended.await(5, java.util.concurrent.TimeUnit.SECONDS) && Main.exitOnHang) {
                    out.flush();
                    System.err.println("j86: timeout after " + o.timeoutSeconds + " s (the machine did not stop)");
                    Runtime.getRuntime().halt(Main.EXIT_TIMEOUT);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "j86-timeout");
        t.setDaemon(true);
        t.start();
    }

    private int outcome(Machine m, Scheduler.Stop stop) {
        if (stop == Scheduler.Stop.SHUTDOWN) {
            Cpu c = m.scheduler.shutdownCpu();
            if (log != null) {
                log.shutdown(c);
            }
            String reason = c.shutdownReason != null ? c.shutdownReason : "CPU " + c.index + " shut down";
            System.err.println("j86: " + reason.lines().findFirst().orElse("shutdown") + " on CPU " + c.index);
            System.err.print(CpuDump.dump(c));
            return Main.EXIT_TRIPLE_FAULT;
        }
        if (guestExitStatus >= 0) {
            return guestExitStatus;
        }
        if (exitPatternSeen) {
            return 0;
        }
        if (timedOut) {
            System.err.println("j86: timeout after " + o.timeoutSeconds + " s");
            return Main.EXIT_TIMEOUT;
        }
        if (stop == Scheduler.Stop.IDLE_FOREVER) {
            System.err.println("j86: every CPU is halted and no interrupt can arrive; stopping");
        }
        return 0;
    }
}
