package j86.translator;

import j86.decoder.Insn;

/**
 * One basic block known to the engine, keyed by the physical address of its first byte and the
 * mode it was decoded under ({@link ModeKey}). It starts cold (run by the interpreter, counting
 * {@link #hits}) and gets a {@link #block} once hot. {@link #dead} is set when a write to its page,
 * or an eviction, retires it: the engine then looks the address up again, and translated code
 * checks it after its own writes (self-modifying code).
 */
public final class BlockEntry {
    /** Cache key: physical address << 8 | mode. */
    final long key;
    /** Physical address of the first byte. */
    final int pa;
    /** Offset (EIP) of the first instruction when it was scanned. */
    final int eip;
    final int mode;
    /** The instructions (shared with the interpreter's code cache; immutable). */
    final Insn[] insns;
    /** EIP of each instruction, plus one more entry: the EIP after the last. */
    final int[] starts;
    /** Total bytes of guest code. */
    final int bytes;

    /** The last instruction does port I/O (the engine samples INTR after it, as the interpreter does). */
    final boolean endsWithPortAccess;

    /** The last instruction is PAUSE: the CPU's quantum ends after it (as in the interpreter). */
    final boolean endsWithPause;

    volatile boolean dead;
    /** Retired by the bounded cache (not by a write): its code is still right to run once more. */
    volatile boolean evicted;
    int hits;
    Block block;
    /** Bytecode size of the translation's run method (0 while cold). */
    int codeSize;
    /** Instructions the translation specialised (the rest call the interpreter's Dispatch). */
    int specialised;

    BlockEntry(long key, int pa, int eip, int mode, Insn[] insns, int[] starts) {
        this.key = key;
        this.pa = pa;
        this.eip = eip;
        this.mode = mode;
        this.insns = insns;
        this.starts = starts;
        this.bytes = starts[insns.length] - starts[0];
        this.endsWithPause = insns[insns.length - 1].op == j86.decoder.Op.PAUSE;
        this.endsWithPortAccess = Codegen.touchesPorts(insns[insns.length - 1].op);
    }

    int count() {
        return insns.length;
    }

    /** True once a write or an eviction retired this block. */
    public boolean isDead() {
        return dead;
    }
}
