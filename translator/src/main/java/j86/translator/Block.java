package j86.translator;

import j86.runtime.cpu.Cpu;

/**
 * A translated basic block: the generated hidden class implements this. {@link #run} executes the
 * block's guest instructions on {@code c}, leaving c.eip at the next instruction to run and
 * c.instructions advanced by the instructions retired, exactly as the interpreter would.
 */
public interface Block {
    /** Exit codes: ran to its end; a guest fault was delivered; left early (SMC or an interrupt). */
    int NEXT = 0, FAULTED = 1, EARLY = 2;

    /**
     * Runs the block (and the successors it chains to, see {@link Chain}); returns {@link #NEXT},
     * {@link #FAULTED} or {@link #EARLY} for the last block run.
     */
    int run(Cpu c, Chain x);
}
