package j86.translator.block;

/**
 * One CPU's chaining context for one dispatch of the engine loop: a translated block that ends
 * with a near branch (or runs off its end) calls its successor directly when
 * {@code Support.successor} allows it, from a call site of its own (so the JVM sees a monomorphic
 * call per block exit instead of the engine's one megamorphic call). The chain is bounded by
 * {@link #MAX_DEPTH} (Java stack) and by the engine's instruction budget.
 */
public final class Chain {
    public static final int MAX_DEPTH = 48;

    /** The CPU's jump cache, for successors that are not linked (Support.successor). */
    public final JumpCache jumps;
    /** The engine's budget end (c.instructions must not pass it, as in the interpreter loop). */
    public long end;
    /** The debugger's breakpoints (Support.successor checks them before a guarded block). */
    public j86.runtime.debug.Breakpoints breakpoints;
    /** Blocks chained so far in this dispatch. */
    public int depth;
    /** The last block entered, and the EIP it was entered at (the engine links from it). */
    public BlockEntry last;
    public int lastEip;
    /**
     * The running region's EIP relocation (entry EIP minus its entry block's scanned EIP), set
     * when a region is entered and read only where it writes an EIP (a field rather than a local,
     * so that it takes no register in the region's loops).
     */
    public int base;
    /** After a side exit (Block.SIDE): the block and the index in it of the instruction to interpret. */
    public BlockEntry resume;
    public int resumeIndex;
    /** After a side exit: the region that left, and its instruction that did. */
    public Region sideRegion;
    public int sideK, sideLa;
    public boolean sideWrite;

    public Chain(JumpCache jumps) {
        this.jumps = jumps;
    }
}
