package j86.launcher;

import j86.hw.board.Machine;
import j86.hw.dev.LocalApic;
import j86.runtime.cpu.Cpu;
import java.util.ArrayList;
import java.util.List;

/**
 * The --stats report on stderr, on lines of at most {@link #WIDTH} characters: guest work,
 * interrupts and IPIs per CPU, totals, virtual time, scheduling parameters, then the engine's
 * figures wrapped over a few lines.
 */
final class Stats {
    /** No line of the report is longer (the engine's figures are wrapped to fit). */
    static final int WIDTH = 100;

    private Stats() {}

    /**
     * @param engineStats the translator's summary ("key=value ..." figures), or null for the interpreter
     * @param atLineStart whether the console's last byte ended a line; if not, the report starts
     *     with a newline so that it does not begin on the guest's prompt line
     */
    static void print(Machine m, long wallNanos, String engineStats, boolean atLineStart) {
        System.err.print(format(m, wallNanos, engineStats, atLineStart));
        System.err.flush();
    }

    static String format(Machine m, long wallNanos, String engineStats, boolean atLineStart) {
        long total = 0, interrupts = 0;
        StringBuilder b = new StringBuilder(atLineStart ? "" : "\n").append("j86 stats:\n");
        for (Cpu c : m.cpus) {
            LocalApic a = m.lapics.get(c.index);
            b.append(String.format("  cpu %d: %,d instructions, %,d interrupts%s, %,d IPIs sent%n", c.index, c.instructions,
                    a.interrupts, a.spurious == 0 ? "" : String.format(" (and %,d spurious)", a.spurious), a.ipisSent));
            total += c.instructions;
            interrupts += a.interrupts;
        }
        double secs = wallNanos / 1e9;
        b.append(String.format("  total: %,d instructions in %.3f s (%.1f MIPS), %,d interrupts%n", total, secs,
                total / 1e6 / Math.max(secs, 1e-9), interrupts));
        b.append(String.format("  virtual time: %.3f s; %d ns per instruction (nominal %.0f MHz)%n",
                m.clock.nanos() / 1e9, m.scheduler.nanosPerInstruction(), 1000.0 / m.scheduler.nanosPerInstruction()));
        if (m.world != null) {
            b.append(String.format("  scheduler: parallel (-accel tcg,thread=multi): a host thread per vCPU, turns of %d"
                    + " instructions, virtual time = host time; other CPUs stopped %d times for code writes%n",
                    m.scheduler.quantum(), m.world.stops()));
        } else {
            b.append("  scheduler: ").append(m.scheduler.turns()).append('\n');
        }
        b.append(String.format("  INIT IPIs %d, STARTUP IPIs %d%n", m.inits, m.startups));
        long[] cr3 = new long[3];
        for (Cpu c : m.cpus) {
            long[] k = c.mmu.spaceStatistics();
            for (int i = 0; i < 3; i++) {
                cr3[i] += k[i];
            }
        }
        b.append(String.format("  CR3 loads: %,d kept the TLB, %,d restored a parked address space, %,d emptied it%n",
                cr3[0], cr3[1], cr3[2]));
        if (engineStats == null) {
            b.append("  engine: interpreter\n");
        } else {
            b.append("  engine: translator\n");
            for (String line : wrap(engineStats, "    ", WIDTH)) {
                b.append(line).append('\n');
            }
        }
        return b.toString();
    }

    /**
     * Breaks a one-line "key=value key=value ..." summary before its keys into lines of at most
     * {@code width} characters, each starting with {@code indent} (a single item longer than
     * that keeps a line of its own).
     */
    static List<String> wrap(String text, String indent, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        for (String item : text.trim().split("\\s+(?=[A-Za-z_][A-Za-z0-9_]*=)")) {
            if (line.length() > indent.length() && line.length() + 1 + item.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(item);
        }
        if (line.length() > indent.length()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
