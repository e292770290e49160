package j86.hw.irq;

/**
 * One device's interrupt request output, wired to ISA IRQ {@link #irq()} of a sink. The line
 * remembers its level and only tells the sink about changes, so a device may call {@link #set}
 * after every register access without producing spurious edges.
 *
 * Devices whose datasheet describes a held request (16550 INTRPT, 8042 OBF interrupt, ATA INTRQ)
 * drive the level; devices that signal an event (the 8254 OUT rising at a period boundary) use
 * {@link #pulse}, which is a rising edge followed by the falling one.
 */
public final class IrqLine {
    private final IrqSink sink;
    private final int irq;
    private boolean high;

    public IrqLine(IrqSink sink, int irq) {
        this.sink = sink;
        this.irq = irq;
    }

    /** A line connected to nothing (tests, devices the board does not wire). */
    public static IrqLine unconnected() {
        return new IrqLine(IrqSink.NONE, -1);
    }

    public int irq() {
        return irq;
    }

    public boolean isHigh() {
        return high;
    }

    /** Drives the line to {@code level}; the sink hears only changes. */
    public void set(boolean level) {
        if (level != high) {
            high = level;
            sink.setIrq(irq, level);
        }
    }

    public void raise() {
        set(true);
    }

    public void lower() {
        set(false);
    }

    /** One rising edge then low again: an edge-triggered request that leaves the line idle. */
    public void pulse() {
        set(false);
        set(true);
        set(false);
    }

    /** Makes a fresh rising edge and leaves the line high (a new request while one is still held). */
    public void retrigger() {
        set(false);
        set(true);
    }
}
