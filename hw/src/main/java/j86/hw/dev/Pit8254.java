package j86.hw.dev;

import j86.hw.irq.IrqLine;
import j86.runtime.bus.PortDevice;
import j86.runtime.sched.TimedDevice;
import j86.runtime.sched.VirtualClock;

/**
 * The Intel 8254 programmable interval timer at ports 0x40-0x43 (8254 datasheet: "Control word
 * format", "Counter latch command", "Read-back command", "Read operations"), clocked at
 * 1.193182 MHz of virtual time. Channel 0's OUT is ISA IRQ 0: each rising edge (once per period
 * in modes 2 and 3, once at terminal count in modes 0 and 4) pulses the line when the scheduler
 * advances the device past it. Channel 1 (DRAM refresh) counts but drives nothing; channel 2's
 * gate and OUT are reached through {@link SystemPortB} (port 0x61).
 *
 * Register on the port bus: 0x40 count 4. A TimedDevice: add it to the scheduler.
 */
public final class Pit8254 implements PortDevice, TimedDevice {
    /** Input clock of every channel (the PC's 14.31818 MHz crystal divided by 12). */
    public static final long HZ = 1_193_182L;
    public static final int BASE = 0x40;           // first of the four ports
    // Ports (datasheet Table 1, A1 A0).
    public static final int COUNTER0 = 0x40;       // counter 0: system timer, ISA IRQ 0
    public static final int COUNTER1 = 0x41;       // counter 1: DRAM refresh on a PC
    public static final int COUNTER2 = 0x42;       // counter 2: speaker, gated through port 0x61
    public static final int CONTROL = 0x43;        // control word register (write only)
    // Control word fields.
    static final int CW_SC_SHIFT = 6;              // select counter; 3 = read-back command
    static final int CW_RW_SHIFT = 4;              // 0 = counter latch command, 1 LSB, 2 MSB, 3 LSB/MSB
    static final int CW_MODE_SHIFT = 1;            // mode 0-5 (6, 7 alias 2, 3)
    static final int CW_BCD = 0x01;                // count in four BCD decades instead of binary
    static final int RB_NOT_COUNT = 0x20, RB_NOT_STATUS = 0x10; // read-back: 0 means latch

    private final VirtualClock clock;
    private final IrqLine irq0;
    private final PitChannel[] ch = {new PitChannel(true), new PitChannel(true), new PitChannel(false)};

    public Pit8254(VirtualClock clock, IrqLine irq0) {
        this.clock = clock;
        this.irq0 = irq0;
    }

    PitChannel channel(int i) {
        return ch[i];
    }

    @Override
    public int in(int port, int sizeBytes) {
        int i = port - BASE;
        return i < 3 ? readCounter(ch[i]) : 0xFF;
    }

    @Override
    public void out(int port, int sizeBytes, int value) {
        int i = port - BASE;
        if (i < 3) {
            writeCounter(ch[i], value & 0xFF);
        } else {
            control(value & 0xFF);
        }
    }

    private void control(int cw) {
        int sc = cw >> CW_SC_SHIFT;
        if (sc == 3) {
            readBack(cw);
            return;
        }
        PitChannel c = ch[sc];
        int rw = (cw >> CW_RW_SHIFT) & 3;
        if (rw == 0) {
            latch(c);
            return;
        }
        if (c == ch[0]) {
            advance(clock.nanos()); // edges of the old programming are due first
        }
        int mode = (cw >> CW_MODE_SHIFT) & 7;
        c.mode = mode > 5 ? mode - 4 : mode;
        c.access = rw;
        c.bcd = (cw & CW_BCD) != 0;
        c.counting = false;
        c.nullCount = true;
        c.writeLow = -1;
        c.readHigh = false;
        c.latchedCount = -1;
        c.latchedStatus = -1;
    }

    private void latch(PitChannel c) {
        if (c.latchedCount < 0) {
            c.latchedCount = external(c, c.count(clock.nanos()));
            c.latchHigh = false;
        }
    }

    private void readBack(int cw) {
        for (int i = 0; i < 3; i++) {
            if ((cw & (2 << i)) == 0) {
                continue;
            }
            if ((cw & RB_NOT_COUNT) == 0) {
                latch(ch[i]);
            }
            if ((cw & RB_NOT_STATUS) == 0 && ch[i].latchedStatus < 0) {
                ch[i].latchedStatus = ch[i].status(clock.nanos());
            }
        }
    }

    private static int external(PitChannel c, int count) {
        return c.bcd ? PitChannel.toBcd(count) : count;
    }

    private int readCounter(PitChannel c) {
        if (c.latchedStatus >= 0) {
            int s = c.latchedStatus;
            c.latchedStatus = -1;
            return s;
        }
        if (c.latchedCount >= 0) {
            int v = c.latchedCount;
            boolean high = c.access == 2 || (c.access == 3 && c.latchHigh);
            if (c.access == 3 && !c.latchHigh) {
                c.latchHigh = true;
            } else {
                c.latchedCount = -1;
            }
            return high ? (v >> 8) & 0xFF : v & 0xFF;
        }
        int v = external(c, c.count(clock.nanos()));
        boolean high = c.access == 2 || (c.access == 3 && c.readHigh);
        if (c.access == 3) {
            c.readHigh = !c.readHigh;
        }
        return high ? (v >> 8) & 0xFF : v & 0xFF;
    }

    private void writeCounter(PitChannel c, int b) {
        if (c == ch[0]) {
            advance(clock.nanos());
        }
        switch (c.access) {
            case 1 -> c.load(b, clock.nanos());
            case 2 -> c.load(b << 8, clock.nanos());
            default -> {
                if (c.writeLow < 0) {
                    c.writeLow = b;
                } else {
                    c.load(c.writeLow | b << 8, clock.nanos());
                    c.writeLow = -1;
                }
            }
        }
    }

    /** Channel 2's gate (port 0x61 bit 0). */
    public void setGate2(boolean level) {
        ch[2].setGate(level, clock.nanos());
    }

    public boolean gate2() {
        return ch[2].gate;
    }

    /** Channel 2's OUT now (port 0x61 bit 5). */
    public boolean out2() {
        return ch[2].out(clock.nanos());
    }

    @Override
    public long nextDeadline() {
        return ch[0].nextEdge();
    }

    @Override
    public void advance(long nowNanos) {
        PitChannel c = ch[0];
        boolean edge = false;
        while (c.nextEdge() <= nowNanos) {
            c.edges++;
            edge = true;
            if (c.mode == 2 || c.mode == 3) {
                long d = c.elapsed(nowNanos);
                c.edges = Math.max(c.edges, d / c.reload); // skip periods missed while not advanced
            }
        }
        if (edge) {
            irq0.pulse();
        }
    }
}
