package j86.launcher.monitor;

import j86.launcher.gdb.StopEvent;
import j86.launcher.gdb.VmControl;
import j86.runtime.cpu.Cpu;
import java.util.List;

/**
 * The QEMU-style monitor's commands, for the console (Ctrl-A c under {@code -serial mon:stdio}) and
 * for GDB's "monitor" (qRcmd). {@link #execute} runs on the machine thread and returns the output.
 * Commands: info registers [-a], info mem, info pg, info cpus, info status, x /FMT ADDR,
 * xp /FMT ADDR, cpu N, stop, cont (c), quit (q), help.
 */
public final class Monitor {
    static final String HELP = """
            info registers [-a] -- the CPU state (all CPUs with -a)
            info mem -- mapped linear address ranges and their rights
            info pg -- the page directory and page tables
            info cpus -- the CPUs, their EIP and state
            info status -- running or paused
            x /FMT ADDR -- virtual memory dump starting at ADDR
            xp /FMT ADDR -- physical memory dump starting at ADDR
            cpu N -- select the CPU the other commands look at
            stop -- pause the machine
            cont|c -- resume the machine
            quit|q -- end the emulator
            """;

    /** The most characters a command answers; longer output is cut at a line end, with a note. */
    static final int MAX_OUTPUT = 128 << 10;

    private final List<Cpu> cpus;
    private final VmControl vm;
    private final Runnable quit;
    private int selected;
    private MemoryDump.Format lastFormat = new MemoryDump.Format(1, 'x', 4);

    public Monitor(List<Cpu> cpus, VmControl vm, Runnable quit) {
        this.cpus = cpus;
        this.vm = vm;
        this.quit = quit;
    }

    /** Runs one command line; returns its output (possibly empty), every line ending in a newline. */
    public String execute(String line) {
        String l = line.trim();
        if (l.isEmpty()) {
            return "";
        }
        String out;
        try {
            out = command(l);
        } catch (RuntimeException e) {
            out = (e.getMessage() != null ? e.getMessage() : e.toString()) + "\n";
        }
        return bounded(out);
    }

    /** {@code out}, or its first MAX_OUTPUT characters (to a line end) and a line saying it was cut. */
    static String bounded(String out) {
        if (out.length() <= MAX_OUTPUT) {
            return out;
        }
        int end = out.lastIndexOf('\n', MAX_OUTPUT - 1) + 1;
        if (end == 0) {
            end = MAX_OUTPUT;
        }
        return out.substring(0, end) + (end == MAX_OUTPUT && out.charAt(end - 1) != '\n' ? "\n" : "")
                + "(output cut at " + end + " characters, the most a monitor command answers)\n";
    }

    private String command(String l) {
        String[] w = l.split("\\s+", 2);
        String cmd = w[0], rest = w.length > 1 ? w[1].trim() : "";
        if (cmd.startsWith("x/") || cmd.startsWith("xp/")) {
            rest = cmd.substring(cmd.indexOf('/')) + (rest.isEmpty() ? "" : " " + rest);
            cmd = cmd.substring(0, cmd.indexOf('/'));
        }
        Cpu c = cpus.get(selected);
        switch (cmd) {
            case "info": return info(rest, c);
            case "x": return examine(rest, c, false);
            case "xp": return examine(rest, c, true);
            case "cpu": return selectCpu(rest);
            case "stop":
                if (!vm.paused()) {
                    vm.requestPause(StopEvent.interrupt().at(selected));
                }
                return "";
            case "c": case "cont":
                vm.resume();
                return "";
            case "q": case "quit":
                quit.run();
                return "";
            case "help": case "?":
                return HELP;
            default: return "unknown command: '" + cmd + "'\n";
        }
    }

    private String info(String what, Cpu c) {
        switch (what) {
            case "registers": return RegisterDump.of(c);
            case "registers -a": {
                StringBuilder b = new StringBuilder();
                for (Cpu each : cpus) {
                    b.append(RegisterDump.of(each));
                }
                return b.toString();
            }
            case "mem": return PageTables.infoMem(c);
            case "pg": return PageTables.infoPg(c);
            case "cpus": return cpus();
            case "status": return "VM status: " + (vm.paused() ? "paused" : "running") + "\n";
            default: return "info: unknown item '" + what + "' (registers, mem, pg, cpus, status)\n";
        }
    }

    private String cpus() {
        StringBuilder b = new StringBuilder();
        for (Cpu c : cpus) {
            b.append(String.format("%c CPU #%d: pc=0x%08x%s%n", c.index == selected ? '*' : ' ', c.index,
                    c.seg[1].base + c.eip, c.shutdown ? " (shutdown)" : c.halted ? " (halted)" : ""));
        }
        return b.toString();
    }

    private String selectCpu(String n) {
        int i = Integer.parseInt(n.trim());
        if (i < 0 || i >= cpus.size()) {
            return "invalid CPU index " + n + "\n";
        }
        selected = i;
        return "";
    }

    private String examine(String args, Cpu c, boolean physical) {
        MemoryDump.Format f = lastFormat;
        String addr = args;
        if (args.startsWith("/")) {
            int sp = args.indexOf(' ');
            if (sp < 0) {
                throw new IllegalArgumentException("address expected");
            }
            f = MemoryDump.parse(args.substring(1, sp), lastFormat);
            addr = args.substring(sp + 1);
        }
        lastFormat = new MemoryDump.Format(1, f.format(), f.size());
        long asked = f.count();
        int max = f.format() == 'i' ? MemoryDump.MAX_INSNS : MemoryDump.MAX_BYTES / f.size();
        String capped = "";
        if (asked > max) {
            f = new MemoryDump.Format(max, f.format(), f.size());
            capped = String.format("(count %d capped to %d: at most %s a command)%n", asked, max,
                    f.format() == 'i' ? MemoryDump.MAX_INSNS + " instructions" : MemoryDump.MAX_BYTES + " bytes");
        }
        return MemoryDump.dump(c, f, AddressExpr.eval(addr, c), physical) + capped;
    }

    public int selectedCpu() {
        return selected;
    }
}
