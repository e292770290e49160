package j86.launcher;

import j86.hw.board.Machine;
import j86.runtime.cpu.Cpu;

/** The --stats report on stderr: guest work per CPU, scheduling parameters, host time. */
final class Stats {
    private Stats() {}

    /** @param engineStats the translator's one-line summary, or null for the interpreter */
    static void print(Machine m, long wallNanos, String engineStats) {
        long total = 0;
        StringBuilder b = new StringBuilder("j86 stats:\n");
        for (Cpu c : m.cpus) {
            b.append(String.format("  cpu %d: %,d instructions%n", c.index, c.instructions));
            total += c.instructions;
        }
        double secs = wallNanos / 1e9;
        b.append(String.format("  total: %,d instructions in %.3f s (%.1f MIPS)%n", total, secs, total / 1e6 / Math.max(secs, 1e-9)));
        b.append(String.format("  virtual time: %.3f s; %d ns per instruction (nominal %.0f MHz)%n",
                m.clock.nanos() / 1e9, m.scheduler.nanosPerInstruction(), 1000.0 / m.scheduler.nanosPerInstruction()));
        b.append("  scheduler: ").append(m.scheduler.turns()).append('\n');
        b.append(String.format("  INIT IPIs %d, STARTUP IPIs %d%n", m.inits, m.startups));
        b.append("  engine: ").append(engineStats == null ? "interpreter" : "translator: " + engineStats).append('\n');
        System.err.print(b);
    }
}
