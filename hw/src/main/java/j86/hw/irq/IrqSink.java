package j86.hw.irq;

/**
 * Something that receives the level of ISA interrupt request lines: the 8259A pair (IRQ n is an IR
 * input), the I/O APIC (IRQ n is input pin n), or the {@link IrqRouter} that feeds both.
 * Levels, not events: whether a rising edge or a high level requests an interrupt is the
 * receiver's business (8259A ICW1.LTIM, I/O APIC redirection entry bit 15), as on real hardware.
 */
@FunctionalInterface
public interface IrqSink {
    /** Drives request line {@code irq} high ({@code true}) or low. */
    void setIrq(int irq, boolean level);

    /** A sink that ignores every line (a device that the board leaves unconnected). */
    IrqSink NONE = (irq, level) -> { };
}
