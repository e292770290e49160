package j86.runtime.bus;

/** A device mapped into the physical address space (LAPIC, IOAPIC, ...). */
public interface MmioDevice {
    /** Reads {@code sizeBytes} bytes (1, 2 or 4) at {@code offset} from the region's base. */
    int read(int offset, int sizeBytes);

    /** Writes the low {@code sizeBytes} bytes of {@code value} at {@code offset} from the region's base. */
    void write(int offset, int sizeBytes, int value);
}
