package j86.runtime.sched;

import j86.runtime.cpu.Cpu;

/** Runs guest code on one CPU: the interpreter, or the translator with the interpreter as cold tier. */
@FunctionalInterface
public interface Engine {
    /**
     * Executes up to {@code budget} instructions on {@code cpu}, returning early when it halts or
     * shuts down. Guest exceptions are delivered inside; nothing but host bugs escapes.
     */
    void run(Cpu cpu, long budget);
}
