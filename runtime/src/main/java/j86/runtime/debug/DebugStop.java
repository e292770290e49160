package j86.runtime.debug;

/**
 * Why an engine's {@code run} returned before its budget for the debugger (Cpu.debugStop): the
 * next instruction (not yet executed) is at a breakpoint, or the last one touched a watched range
 * (Mmu.watchHit says which). NONE otherwise: the budget ran out, the CPU halted, paused (PAUSE)
 * or shut down.
 */
public final class DebugStop {
    private DebugStop() {}

    public static final int NONE = 0, BREAKPOINT = 1, WATCHPOINT = 2;
}
