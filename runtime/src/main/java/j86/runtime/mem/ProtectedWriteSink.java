package j86.runtime.mem;

/**
 * Receives the guest's writes to write-protected RAM pages ({@link PhysicalMemory#protect}):
 * the board's shadow-RAM logic decides whether they are dropped (ROM) or kept elsewhere.
 */
@FunctionalInterface
public interface ProtectedWriteSink {
    /** A write of the low {@code size} (1, 2 or 4) bytes of {@code value} at physical {@code pa}. */
    void write(int pa, int size, int value);
}
