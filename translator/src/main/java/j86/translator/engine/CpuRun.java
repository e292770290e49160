package j86.translator.engine;

import j86.runtime.debug.Breakpoints;
import j86.translator.block.BlockEntry;
import j86.translator.block.Chain;
import j86.translator.block.JumpCache;

/**
 * What the translating engine keeps for one CPU: its jump cache, chaining context and statistics
 * across turns; the block a turn ended in (finished at the start of the next, see
 * TranslatingEngine.resume); and, within a turn, the state its dispatch loop carries from one
 * block to the next.
 */
final class CpuRun {
    final JumpCache jumps = new JumpCache();
    final Chain chain = new Chain(jumps);
    final EngineStats stats = new EngineStats();
    /** The block the CPU's last turn ended in, and its relocation (TranslatingEngine.resume). */
    BlockEntry resume;
    int resumeBase;
    /** The turn's end: c.instructions must not pass it. */
    long end;
    /**
     * The interrupt line must be asked before the next block: devices or other CPUs may have
     * moved on since it was last seen idle (InterruptSampling.due).
     */
    boolean sample;
    /** The last block run, when its successor may be linked to it, and the EIP it was entered at. */
    BlockEntry from;
    int fromEip;

    /** The start of a turn of {@code budget} instructions from {@code now}. */
    void begin(long now, long budget, Breakpoints breakpoints) {
        end = now + budget;
        chain.end = end;
        chain.breakpoints = breakpoints;
        sample = true; // devices and other CPUs moved on since this CPU last ran
        from = null;
    }

    /** Links the last block run to {@code e}, the block found at EIP after it, when both allow it. */
    void linkFrom(int eip, BlockEntry e) {
        if (from != null && e != null && e.block != null) {
            from.link(eip - fromEip, e);
        }
        from = null;
    }
}
