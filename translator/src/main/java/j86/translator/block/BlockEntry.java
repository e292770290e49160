package j86.translator.block;

import j86.decoder.Insn;
import j86.decoder.Op;

/**
 * One basic block known to the engine, keyed by the physical address of its first byte and the
 * mode it was decoded under ({@link ModeKey}). It starts cold (run by the interpreter, counting
 * {@link #hits}) and gets a {@link #block} once hot. {@link #dead} is set when a write to its page,
 * or an eviction, retires it: the engine then looks the address up again, and translated code
 * checks it after its own writes (self-modifying code).
 */
public final class BlockEntry {
    /** Cache key: physical address << 8 | mode. */
    public final long key;
    /** Physical address of the first byte. */
    public final int pa;
    /** Offset (EIP) of the first instruction when it was scanned. */
    public final int eip;
    public final int mode;
    /** The instructions (shared with the interpreter's code cache; immutable). */
    public final Insn[] insns;
    /** EIP of each instruction, plus one more entry: the EIP after the last. */
    public final int[] starts;
    /** Total bytes of guest code. */
    public final int bytes;

    /**
     * Its first instruction is at the page offset of a debugger's breakpoint (BlockScanner): it is
     * entered only through the engine or a chain, which check the breakpoint's linear address
     * first, never by a jump inside a region.
     */
    public final boolean guarded;
    /** Its end may chain to a successor (near branch or fall-through, not PAUSE or port I/O). */
    public final boolean chainable;
    /** Two successor links: EIP relative to this block's start, and the block found there. */
    int rel0 = Integer.MIN_VALUE, rel1 = Integer.MIN_VALUE;
    BlockEntry to0, to1;
    private boolean nextSlot;

    public volatile boolean dead;
    /** Retired by the bounded cache (not by a write): its code is still right to run once more. */
    public volatile boolean evicted;
    public int hits;
    public Block block;
    /** Size of the translation's class file (0 while cold): its weight in the caches (BlockCache#cost). */
    public int classBytes;
    /** Instructions the translation specialised (the rest call the interpreter's Dispatch). */
    public int specialised;
    /** What the translation covers (this block and the blocks it branches to; set with {@link #block}). */
    public Region region;

    public BlockEntry(long key, int pa, int eip, int mode, Insn[] insns, int[] starts, boolean guarded) {
        this.key = key;
        this.guarded = guarded;
        this.pa = pa;
        this.eip = eip;
        this.mode = mode;
        this.insns = insns;
        this.starts = starts;
        this.bytes = starts[insns.length] - starts[0];
        this.chainable = chainable(insns[insns.length - 1]);
    }

    /** Near transfers and fall-through keep the mode, interrupt state and TF: the next block may follow directly. */
    private static boolean chainable(Insn last) {
        switch (last.op) {
            case JCC: case JMP: case CALL: case RET: case LOOP: case LOOPE: case LOOPNE: case JCXZ:
                return true;
            case PAUSE:
                return false;
            default:
                return !last.endsBlock() && !touchesPorts(last.op) && !ModeKey.changesFlatSegment(last);
        }
    }

    /** Execution continues at the next instruction (unless it faults): no transfer, no repeat. */
    public static boolean fallsThrough(Insn i) {
        return !i.endsBlock() && !isRepString(i);
    }

    /** A REP-prefixed string instruction: it may leave EIP on itself (a batch, see ExecString). */
    public static boolean isRepString(Insn i) {
        Op op = i.op;
        boolean string = op == Op.MOVS || op == Op.CMPS || op == Op.STOS || op == Op.LODS || op == Op.SCAS
                || op == Op.INS || op == Op.OUTS;
        return string && (i.prefixes & (Insn.PFX_REP | Insn.PFX_REPNE)) != 0;
    }

    /** Port I/O, MSR access and HLT: they may change what the interrupt line says (devices, halting). */
    public static boolean touchesPorts(Op op) {
        switch (op) {
            case IN: case OUT: case INS: case OUTS: case RDMSR: case WRMSR: case HLT: return true;
            default: return false;
        }
    }

    /** Remembers that {@code to} starts {@code rel} bytes after this block's start (same page). */
    public synchronized void link(int rel, BlockEntry to) {
        if (rel0 == rel) {
            to0 = to;
        } else if (rel1 == rel) {
            to1 = to;
        } else if (nextSlot) {
            to1 = null;
            rel1 = rel;
            to1 = to;
            nextSlot = false;
        } else {
            to0 = null;
            rel0 = rel;
            to0 = to;
            nextSlot = true;
        }
    }

    /** The linked successor at {@code rel}, or null. */
    public BlockEntry linked(int rel) {
        BlockEntry t = to0;
        if (rel0 == rel && t != null) {
            return t;
        }
        t = to1;
        return rel1 == rel ? t : null;
    }

    public int count() {
        return insns.length;
    }

    /** True once a write or an eviction retired this block. */
    public boolean isDead() {
        return dead;
    }
}
