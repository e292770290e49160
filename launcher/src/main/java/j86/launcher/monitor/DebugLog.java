package j86.launcher.monitor;

import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.Vector;
import j86.runtime.cpu.CpuDump;
import j86.runtime.cpu.Interrupts;
import j86.runtime.ops.Flags;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * The {@code -d ITEMS} log, written to the {@code -D FILE} (else stderr) in QEMU's formats so that
 * logs of j86 and QEMU can be compared:
 * <ul>
 * <li>int: each interrupt and exception delivered in protected mode, as QEMU's do_interrupt_all
 *     logs it ("%6d: v=%02x e=%04x i=%d cpl=%d IP=%04x:%08x pc=%08x SP=%04x:%08x" then " CR2=%08x"
 *     for #PF, else QEMU 7's " env->regs[R_EAX]=%08x"), followed by the register dump. IP is the
 *     instruction's address for faults and INT n (as in QEMU), the next one for interrupts and traps.</li>
 * <li>cpu_reset: "CPU Reset (CPU n)" and the dump for each CPU at power-on, and "Triple fault".
 *     (INIT IPIs reset a CPU too; the board gives no hook for those yet, so they are not logged.)</li>
 * <li>guest_errors: the triple fault; no device reports guest errors yet.</li>
 * <li>unimp: accesses to I/O ports no device claims (PortBus's unassigned logger).</li>
 * </ul>
 */
public final class DebugLog implements Interrupts.Listener {
    public static final Set<String> ITEMS = Set.of("int", "cpu_reset", "guest_errors", "unimp");

    private final PrintStream out;
    private final List<Cpu> cpus;
    private final Set<String> items;
    private int count;

    private DebugLog(PrintStream out, List<Cpu> cpus, Set<String> items) {
        this.out = out;
        this.cpus = cpus;
        this.items = items;
    }

    /** Parses {@code itemList} ("int,cpu_reset"); throws IllegalArgumentException naming a bad item. */
    public static Set<String> parseItems(String itemList) {
        Set<String> s = new java.util.TreeSet<>();
        for (String i : itemList.split(",")) {
            if (i.isEmpty()) {
                continue;
            }
            if (!ITEMS.contains(i)) {
                throw new IllegalArgumentException("-d " + i + ": unknown log item (int, cpu_reset, guest_errors, unimp)");
            }
            s.add(i);
        }
        return s;
    }

    /** Opens the log (file, else stderr) and installs the interrupt listener when "int" is asked for. */
    public static DebugLog open(Set<String> items, String file, List<Cpu> cpus) throws IOException {
        OutputStream os = file == null ? System.err : new FileOutputStream(file);
        DebugLog log = new DebugLog(new PrintStream(new java.io.BufferedOutputStream(os, 1 << 16), false), cpus, items);
        Runtime.getRuntime().addShutdownHook(new Thread(log.out::flush, "j86-log-flush"));
        if (items.contains("int")) {
            Interrupts.setListener(log);
        }
        return log;
    }

    public boolean has(String item) {
        return items.contains(item);
    }

    /** Power-on: the cpu_reset entries. */
    public void powerOn() {
        if (has("cpu_reset")) {
            for (Cpu c : cpus) {
                line("CPU Reset (CPU " + c.index + ")\n" + CpuDump.dump(c));
            }
        }
    }

    /** A CPU shut down (triple fault). */
    public void shutdown(Cpu c) {
        if (has("cpu_reset") || has("guest_errors")) {
            line("Triple fault\n");
        }
    }

    /** One unassigned port access (unimp). */
    public void unassignedPort(String what) {
        line(what + "\n");
    }

    @Override
    public void delivering(Cpu c, int vector, int kind, int errorCode) {
        if (!c.protectedMode() || !cpus.contains(c)) {
            return;
        }
        boolean software = kind == Interrupts.SOFTWARE;
        int eip = software ? c.eip - intLength(c, vector) : c.eip;
        StringBuilder b = new StringBuilder(1200);
        b.append(String.format("%6d: v=%02x e=%04x i=%d cpl=%d IP=%04x:%08x pc=%08x SP=%04x:%08x", count++,
                vector, errorCode, software ? 1 : 0, c.cpl, c.seg[1].selector, eip, c.seg[1].base + eip,
                c.seg[2].selector, c.r[Cpu.ESP]));
        b.append(vector == Vector.PF ? String.format(" CR2=%08x%n", c.cr2) : String.format(" env->regs[R_EAX]=%08x%n", c.r[Cpu.EAX]));
        int next = c.eip;
        c.eip = eip; // QEMU's dump shows the INT instruction's address too
        b.append(CpuDump.dump(c));
        c.eip = next;
        b.append(String.format("CCS=%08x CCD=%08x CCO=EFLAGS%nEFER=0000000000000000%n", Flags.arith(c), 0));
        line(b.toString());
    }

    /** INT n is two bytes (CD n); INT3, INTO and INT1 one (CC, CE, F1). Prefixes are not counted. */
    private static int intLength(Cpu c, int vector) {
        long two = j86.launcher.gdb.DebugMemory.readValue(c, c.seg[1].base + c.eip - 2, 2);
        return two == (0xCD | vector << 8) ? 2 : 1;
    }

    private synchronized void line(String s) {
        out.print(s);
    }

    public synchronized void close() {
        out.flush();
        Interrupts.setListener(null);
    }
}
