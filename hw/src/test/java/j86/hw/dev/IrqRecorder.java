package j86.hw.dev;

import j86.hw.irq.IrqLine;
import j86.hw.irq.IrqSink;

/** A sink that records each ISA line's level and counts its rising edges (test helper). */
final class IrqRecorder implements IrqSink {
    final boolean[] level = new boolean[24];
    final int[] rises = new int[24];

    @Override
    public void setIrq(int irq, boolean high) {
        if (high && !level[irq]) {
            rises[irq]++;
        }
        level[irq] = high;
    }

    IrqLine line(int irq) {
        return new IrqLine(this, irq);
    }
}
