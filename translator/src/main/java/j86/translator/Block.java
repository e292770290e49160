package j86.translator;

import j86.runtime.cpu.Cpu;

/**
 * A translated basic block: the generated hidden class implements this. {@link #run} executes the
 * block's guest instructions on {@code c}, leaving c.eip at the next instruction to run and
 * c.instructions advanced by the instructions retired, exactly as the interpreter would.
 */
public interface Block {
    /** Exit codes. */
    int NEXT = 0, FAULTED = 1;

    /** Runs the block; returns {@link #NEXT} or {@link #FAULTED} (a guest fault was delivered). */
    int run(Cpu c);
}
