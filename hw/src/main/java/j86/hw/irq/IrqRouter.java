package j86.hw.irq;

import java.util.ArrayList;
import java.util.List;

/**
 * The ISA interrupt wiring of the board: each IRQ line goes to every attached sink at once, that
 * is to the 8259A pair (IRQ n = master IR n for n < 8, slave IR n-8 otherwise) and to the I/O APIC
 * with the identity mapping IRQ n -> input pin n (the board's MP table describes exactly this:
 * one I/O interrupt entry per ISA IRQ n with destination pin n, IRQ 0 included; there is no
 * IRQ0 -> pin 2 override). Which controller actually interrupts a CPU is decided by the guest
 * through the 8259 masks, the LAPIC LINT0 entry and the I/O APIC redirection masks.
 */
public final class IrqRouter implements IrqSink {
    /** ISA IRQ lines 0..15. */
    public static final int ISA_IRQS = 16;

    private final List<IrqSink> sinks = new ArrayList<>();

    /** A router feeding {@code targets} (e.g. the DualPic and the IoApic; nulls are skipped). */
    public IrqRouter(IrqSink... targets) {
        for (IrqSink s : targets) {
            if (s != null) {
                sinks.add(s);
            }
        }
    }

    public void attach(IrqSink sink) {
        sinks.add(sink);
    }

    @Override
    public void setIrq(int irq, boolean level) {
        for (IrqSink s : sinks) {
            s.setIrq(irq, level);
        }
    }

    /** A device's output connected to ISA IRQ {@code irq} of every attached sink. */
    public IrqLine line(int irq) {
        if (irq < 0 || irq >= ISA_IRQS) {
            throw new IllegalArgumentException("ISA IRQ out of range: " + irq);
        }
        return new IrqLine(this, irq);
    }
}
