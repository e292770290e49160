package j86.launcher.gdb;

/**
 * Why the machine paused: the CPU that stopped (-1: whichever the machine thread is at), the POSIX
 * signal number GDB is told (5 SIGTRAP for breakpoints, steps and watchpoints, 2 SIGINT for an
 * interrupt, 11 SIGSEGV for a triple fault), and for a watchpoint its kind ("watch", "rwatch",
 * "awatch") and address. {@code message} is text for the user (the shutdown reason), or null.
 */
public record StopEvent(int cpu, int signal, String watchKind, int watchAddr, String message) {
    public static final int SIGINT = 2, SIGTRAP = 5, SIGSEGV = 11;

    public static StopEvent trap(int cpu) {
        return new StopEvent(cpu, SIGTRAP, null, 0, null);
    }

    public static StopEvent interrupt() {
        return new StopEvent(-1, SIGINT, null, 0, null);
    }

    public StopEvent at(int cpuIndex) {
        return new StopEvent(cpuIndex, signal, watchKind, watchAddr, message);
    }
}
