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
import j86.translator.TranslatingEngine;
import j86.runtime.sched.Scheduler;
import j86.runtime.sched.TurnLengths;
import java.io.IOException;
import java.nio.file.Path;

/** One run of a machine built from the options: console wiring, timeout, exit status, statistics. */
final class Run {
    private final Options o;
    private volatile boolean timedOut;
    private volatile int guestExitStatus = -1;
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

    Run(Options o, java.net.ServerSocket gdbSocket) {
        this.o = o;
        this.gdbSocket = gdbSocket;
    }

    int execute() throws IOException, UsageException {
        DiskImage master = open(0);
        DiskImage slave = open(1);
        byte[] boot = new byte[Firmware.SECTOR];
        master.read(0, boot, 0);
        ConsoleOutput out = new ConsoleOutput(o.exitOn);
        Terminal terminal = o.serialStdio ? Terminal.onStdin(!o.serialMonitor) : null; // raw, as QEMU's stdio
        ConsoleInput in = o.serialStdio
                ? new ConsoleInput(System.in, o.serialMonitor, terminal, text -> vm.submit(() -> out.print(text))) : null;
        BoardConfig cfg = new BoardConfig(o.cpus, o.memoryBytes, master, slave,
                o.serialStdio ? out::write : b -> { }, this::guestExit, o.quantum, 1);
        Machine m = new Machine(cfg, boot, phys -> {
            Interpreter interp = new Interpreter(phys);
            Engine inner = interp;
            if (o.engine.equals("jit")) {
                translator = new TranslatingEngine(phys, interp, o.jitThreshold);
                inner = translator;
            }
            debugEngine = new DebugEngine(inner, interp, vm, phys);
            return debugEngine;
        });
        Scheduler s = m.scheduler;
        s.setTurns(TurnLengths.of(o.quantum, o.seed));
        startDebugging(m, out, in);
        s.setRoundHook(() -> betweenRounds(m, out, in));
        startTimeout(s);
        Progress progress = Progress.start(m, out, in);

        long t0 = System.nanoTime();
        if (o.startStopped) {
            vm.pause(StopEvent.trap(0)); // -S: wait for the debugger's or the monitor's "continue"
        }
        Scheduler.Stop stop;
        try {
            stop = s.run();
        } finally {
            Progress.stop(progress);
            if (terminal != null) {
                terminal.restore();
            }
        }
        long wall = System.nanoTime() - t0;
        out.flush();
        int status = outcome(m, stop);
        endDebugging(status);
        if (o.stats) {
            Stats.print(m, wall, translator == null ? null : translator.statistics(), out.atLineStart());
        }
        return status;
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
                log = DebugLog.open(items, o.logFile, m.cpus);
                log.powerOn();
                if (log.has("unimp")) {
                    m.ports.setUnassignedLogger(log::unassignedPort);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (o.gdbPort >= 0) {
            stub = new GdbStub(m.cpus, debugEngine, vm, monitor::execute, quit);
            gdbServer = new GdbServer(gdbSocket, vm, stub);
        }
    }

    private void endDebugging(int status) throws IOException {
        vm.quit();
        if (stub != null) {
            stub.machineEnded(status);
        }
        if (gdbServer != null) {
            gdbServer.close();
        }
        if (log != null) {
            log.close();
        }
    }

    private DiskImage open(int index) throws IOException {
        for (DriveSpec d : o.drives) {
            if (d.index() == index) {
                return new FileDiskImage(Path.of(d.file()), o.snapshot || d.snapshot());
            }
        }
        return null;
    }

    private void guestExit(int status) {
        guestExitStatus = status;
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

    private void startTimeout(Scheduler s) {
        if (o.timeoutSeconds <= 0) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                Thread.sleep((long) (o.timeoutSeconds * 1000));
                timedOut = true;
                s.requestStop();
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
