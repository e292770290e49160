package j86.runtime.bus;

/** A device on the I/O port bus (IN/OUT/INS/OUTS). */
public interface PortDevice {
    /** Reads {@code sizeBytes} bytes (1, 2 or 4) at {@code port}; the value is zero-extended. */
    int in(int port, int sizeBytes);

    /** Writes the low {@code sizeBytes} bytes (1, 2 or 4) of {@code value} to {@code port}. */
    void out(int port, int sizeBytes, int value);
}
