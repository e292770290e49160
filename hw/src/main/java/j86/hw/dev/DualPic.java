package j86.hw.dev;

import j86.hw.irq.IrqSink;
import j86.runtime.bus.InterruptSource;
import j86.runtime.bus.PortDevice;

/**
 * The PC/AT pair of 8259A controllers (IBM PC/AT Technical Reference, "Interrupt controllers";
 * 8259A datasheet "Cascade mode"): the master at ports 0x20/0x21 takes IRQ 0-7, the slave at
 * 0xA0/0xA1 takes IRQ 8-15 and drives the master's IR2. Its INT output is the CPU's INTR through
 * the local APIC's LINT0 in ExtINT mode, so the pair is an {@link InterruptSource}:
 * {@link #acknowledge()} runs the INTA sequence on the master and, for IR2, on the slave.
 * Nothing requesting gives the spurious IRQ 7 (master base + 7) or IRQ 15 (slave base + 7).
 *
 * Register on the port bus: 0x20 count 2 and 0xA0 count 2. As an {@link IrqSink} it takes
 * ISA IRQ 0-15; IRQ 2 has no bus line of its own on an AT and is ignored.
 */
public final class DualPic implements PortDevice, IrqSink, InterruptSource {
    public static final int MASTER_PORT = 0x20, SLAVE_PORT = 0xA0;
    /** The master input the slave's INT drives. */
    public static final int CASCADE_IR = 2;

    private final Pic8259 master = new Pic8259(true);
    private final Pic8259 slave = new Pic8259(false);

    /** Both chips in their power-on state: silent until the guest initializes them (ICW1). */
    public void powerOn() {
        master.powerOn();
        slave.powerOn();
    }

    public Pic8259 master() {
        return master;
    }

    public Pic8259 slave() {
        return slave;
    }

    @Override
    public void setIrq(int irq, boolean level) {
        if (irq < 8) {
            if (irq != CASCADE_IR) {
                master.setInput(irq, level);
            }
        } else if (irq < 16) {
            slave.setInput(irq - 8, level);
            cascade();
        }
    }

    /** The slave's INT output is the master's IR2 input. */
    private void cascade() {
        master.setInput(CASCADE_IR, slave.request() >= 0);
    }

    @Override
    public boolean pending() {
        return master.request() >= 0;
    }

    /** The INTA sequence (8259A datasheet "Interrupt sequence"): the vector for the CPU. */
    @Override
    public int acknowledge() {
        int ir = master.acknowledge();
        int vector;
        if (ir == CASCADE_IR && master.hasSlaveOn(ir)) {
            vector = slave.vectorBase() + slave.acknowledge();
        } else {
            vector = master.vectorBase() + ir;
        }
        cascade();
        return vector;
    }

    @Override
    public int in(int port, int sizeBytes) {
        Pic8259 pic = (port & 0xF0) == SLAVE_PORT ? slave : master;
        int v = pic.read(port & 1);
        cascade();
        return v;
    }

    @Override
    public void out(int port, int sizeBytes, int value) {
        Pic8259 pic = (port & 0xF0) == SLAVE_PORT ? slave : master;
        pic.write(port & 1, value);
        cascade();
    }
}
