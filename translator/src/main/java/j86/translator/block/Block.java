package j86.translator.block;

import j86.runtime.cpu.Cpu;

/**
 * A translated basic block: the generated hidden class implements this. {@link #run} executes the
 * block's guest instructions on {@code c}, leaving c.eip at the next instruction to run and
 * c.instructions advanced by the instructions retired, exactly as the interpreter would.
 */
public interface Block {
    /**
     * Exit codes: ran to a chainable end (the engine may link the successor); a guest fault was
     * delivered; left early (SMC or an interrupt); ended with a block that may not chain (port
     * I/O, a mode change: sample interrupts, link nothing); ended with PAUSE (the quantum ends);
     * left before an instruction whose memory access missed the soft TLB's hit path, which the
     * interpreter must run (Chain.resume and resumeIndex say where; see Support.sideExit).
     */
    int NEXT = 0, FAULTED = 1, EARLY = 2, UNLINKED = 3, PAUSED = 4, SIDE = 5;

    /**
     * Runs the block (and the successors it chains to, see {@link Chain}); returns the exit code
     * of the last one.
     */
    int run(Cpu c, Chain x);
}
