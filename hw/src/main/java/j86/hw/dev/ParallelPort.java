package j86.hw.dev;

import j86.runtime.bus.PortDevice;
import java.util.function.IntConsumer;

/**
 * The PC parallel printer port LPT1 at 0x378-0x37A (IBM PC Technical Reference, "Printer
 * adapter"; IEEE 1284 SPP register map). The printer is always ready: status reads not busy,
 * acknowledged, selected and without error, so a driver that waits for bit 7 (BUSY#) goes on at
 * once. A byte is printed on the strobe (control bit 0) rising edge and handed to an optional
 * sink; JOS writes each console character here too, so the board usually gives none.
 *
 * Register on the port bus: 0x378 count 3.
 */
public final class ParallelPort implements PortDevice {
    public static final int LPT1 = 0x378; // data port of LPT1; the registers below are offsets from it
    public static final int DATA = 0;     // output latch (reads back)
    public static final int STATUS = 1;   // bit 7 BUSY# (1 = not busy), 6 ACK#, 5 paper end, 4 select, 3 ERROR#
    public static final int CONTROL = 2;  // bit 0 strobe, 1 auto feed, 2 INIT#, 3 select in, 4 IRQ enable
    /** Ready: not busy, ACK# high, selected, no error. */
    public static final int STATUS_READY = 0x80 | 0x40 | 0x10 | 0x08;
    static final int CTL_STROBE = 0x01;   // control bit 0: the byte is printed on its rising edge

    private final IntConsumer sink;
    private int data, control;

    public ParallelPort() {
        this(b -> { });
    }

    public ParallelPort(IntConsumer sink) {
        this.sink = sink;
    }

    @Override
    public int in(int port, int sizeBytes) {
        return switch (port - LPT1) {
            case DATA -> data;
            case STATUS -> STATUS_READY;
            default -> control | 0xE0;
        };
    }

    @Override
    public void out(int port, int sizeBytes, int value) {
        value &= 0xFF;
        switch (port - LPT1) {
            case DATA -> data = value;
            case CONTROL -> {
                if ((value & CTL_STROBE) != 0 && (control & CTL_STROBE) == 0) {
                    sink.accept(data);
                }
                control = value & 0x1F;
            }
            default -> { }
        }
    }
}
