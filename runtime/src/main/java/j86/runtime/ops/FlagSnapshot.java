package j86.runtime.ops;

import j86.runtime.cpu.Cpu;

/**
 * A copy of the lazy flag record (lfOp, lfA, lfB, lfRes; see {@link Flags}) taken before an
 * instruction may change it, put back when the instruction faults: a faulting instruction
 * leaves the flags as they were (precise exceptions).
 *
 * <p>One per CPU ({@code Cpu.savedFlags}), reused, so that taking it allocates nothing on the
 * interpreter's hot paths. Takers may nest within one instruction (the interpreter's step takes
 * it, then a read-modify-write fast form takes it again before its ALU operation); nothing
 * changes the flags between the two, so the inner copy equals the outer one.
 */
public final class FlagSnapshot {
    private int op, a, b, res;

    /** Copies the CPU's flag record. */
    public void save(Cpu c) {
        op = c.lfOp;
        a = c.lfA;
        b = c.lfB;
        res = c.lfRes;
    }

    /** Puts the copied record back into the CPU. */
    public void restore(Cpu c) {
        c.lfOp = op;
        c.lfA = a;
        c.lfB = b;
        c.lfRes = res;
    }
}
