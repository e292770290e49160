package j86.runtime.interp;

import j86.decoder.Insn;
import j86.runtime.cpu.Cpu;

/**
 * The LOCK prefix: a read-modify-write instruction is made atomic by {@link AtomicRmw} when vCPUs
 * run on host threads ({@code PhysicalMemory.threaded}), so that no other CPU's access to memory
 * comes between its read and its write. In the deterministic mode CPUs take turns on one thread
 * and nothing more is needed.
 */
final class Lock {
    private Lock() {}

    /** An instruction body: fetches its operands, calls its semantics, writes back. */
    interface Body {
        void run(Cpu c, Insn i);
    }

    /** Runs {@code body}, atomically with respect to other CPUs when {@code i} has LOCK. */
    static void run(Cpu c, Insn i, Body body) {
        if (i.has(Insn.PFX_LOCK) && c.phys.threaded) {
            AtomicRmw.run(c, i, body);
        } else {
            body.run(c, i);
        }
    }
}
