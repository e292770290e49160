package j86.hw.dev;

import j86.hw.irq.IrqLine;
import j86.runtime.bus.PortDevice;
import java.util.ArrayDeque;
import java.util.function.IntConsumer;

/**
 * A 16550A UART (National Semiconductor / TI PC16550D datasheet, section 8 "Registers"), COM1 at
 * 0x3F8-0x3FF on ISA IRQ 4. Transmission is instantaneous: a byte written to THR goes straight
 * to the board's sink, so LSR always shows THRE and TEMT. Received bytes are queued by the board
 * ({@link #feed}) without a size limit, so pasted input is never overrun.
 *
 * The interrupt line follows the datasheet's priority order in IIR (line status, received data,
 * THR empty, modem status) and is driven high while any enabled condition holds. Unlike a real
 * PC, MCR.OUT2 does not gate the line: QEMU's UART does not either, and JOS and xv6 leave OUT2
 * clear. The modem inputs read as connected (CTS, DSR, DCD) unless loopback (MCR bit 4) routes
 * MCR to them and THR back to RBR.
 *
 * Register on the port bus: 0x3F8 count 8.
 */
public final class Uart16550 implements PortDevice {
    public static final int COM1 = 0x3F8;     // first register of COM1
    public static final int COM1_IRQ = 4;     // COM1's ISA interrupt line

    // Register offsets (DLAB = LCR bit 7 selects the divisor latch at 0 and 1).
    public static final int RBR_THR_DLL = 0;  // receive buffer / transmit holding / divisor low
    public static final int IER_DLM = 1;      // interrupt enable / divisor high
    public static final int IIR_FCR = 2;      // interrupt identification (read) / FIFO control (write)
    public static final int LCR = 3;          // line control: word length, stop bits, parity, DLAB
    public static final int MCR = 4;          // modem control: DTR, RTS, OUT1, OUT2, LOOP
    public static final int LSR = 5;          // line status
    public static final int MSR = 6;          // modem status
    public static final int SCR = 7;          // scratch

    // IER: interrupt enables.
    static final int IER_RDA = 0x01;          // received data available (ERBFI)
    static final int IER_THRE = 0x02;         // transmitter holding register empty (ETBEI)
    static final int IER_RLS = 0x04;          // receiver line status (ELSI)
    static final int IER_MS = 0x08;           // modem status (EDSSI)
    // IIR: bit 0 clear while an interrupt is pending, bits 3-1 its source in priority order.
    static final int IIR_NONE = 0x01;         // nothing pending
    static final int IIR_MS = 0x00;           // modem status (lowest priority)
    static final int IIR_THRE = 0x02;         // transmitter holding register empty
    static final int IIR_RDA = 0x04;          // received data available
    static final int IIR_RLS = 0x06;          // receiver line status (highest priority)
    static final int IIR_FIFO = 0xC0;         // bits 7-6: FIFOs enabled
    // FCR, LCR.
    static final int FCR_ENABLE = 0x01;       // enable the FIFOs
    static final int FCR_CLEAR_RX = 0x02;     // clear the receive FIFO
    static final int LCR_DLAB = 0x80;         // divisor latch access: offsets 0 and 1 are DLL and DLM
    // MCR: modem control outputs.
    static final int MCR_DTR = 0x01;          // data terminal ready (looped back to DSR)
    static final int MCR_RTS = 0x02;          // request to send (looped back to CTS)
    static final int MCR_OUT1 = 0x04;         // user output 1 (looped back to RI)
    static final int MCR_OUT2 = 0x08;         // user output 2, the PC's IRQ enable (looped back to DCD)
    static final int MCR_LOOP = 0x10;         // local loopback
    // LSR: line status.
    static final int LSR_DR = 0x01;           // data ready
    static final int LSR_OE = 0x02;           // overrun error
    static final int LSR_THRE = 0x20;         // transmitter holding register empty
    static final int LSR_TEMT = 0x40;         // transmitter empty
    // MSR: modem status inputs.
    static final int MSR_CTS = 0x10;          // clear to send
    static final int MSR_DSR = 0x20;          // data set ready
    static final int MSR_RI = 0x40;           // ring indicator
    static final int MSR_DCD = 0x80;          // data carrier detect

    private final IrqLine irq;
    private final IntConsumer sink;
    private final ArrayDeque<Integer> rx = new ArrayDeque<>();
    private int ier, lcr, mcr, scr, dll = 12, dlm, fcr;
    /** THR-empty interrupt condition: set when THR empties (or ETBEI is enabled), cleared by IIR read or THR write. */
    private boolean thrEmptyIrq;

    /** A UART on {@code irq} whose transmitted bytes go to {@code sink} (one byte 0..255 per call). */
    public Uart16550(IrqLine irq, IntConsumer sink) {
        this.irq = irq;
        this.sink = sink;
    }

    /** Queues a byte from the outside world for the guest to receive. */
    public void feed(int b) {
        rx.add(b & 0xFF);
        update();
    }

    /** Bytes received and not yet read by the guest. */
    public int rxPending() {
        return rx.size();
    }

    @Override
    public int in(int port, int sizeBytes) {
        boolean dlab = (lcr & LCR_DLAB) != 0;
        switch (port & 7) {
            case RBR_THR_DLL:
                if (dlab) {
                    return dll;
                }
                int b = rx.isEmpty() ? 0 : rx.poll();
                update();
                return b;
            case IER_DLM:
                return dlab ? dlm : ier;
            case IIR_FCR:
                int iir = iir();
                if (iir == IIR_THRE) {
                    thrEmptyIrq = false;
                    update();
                }
                return iir | ((fcr & FCR_ENABLE) != 0 ? IIR_FIFO : 0);
            case LCR:
                return lcr;
            case MCR:
                return mcr;
            case LSR:
                return (rx.isEmpty() ? 0 : LSR_DR) | LSR_THRE | LSR_TEMT;
            case MSR:
                return msr();
            default:
                return scr;
        }
    }

    @Override
    public void out(int port, int sizeBytes, int value) {
        value &= 0xFF;
        boolean dlab = (lcr & LCR_DLAB) != 0;
        switch (port & 7) {
            case RBR_THR_DLL -> {
                if (dlab) {
                    dll = value;
                } else {
                    transmit(value);
                }
            }
            case IER_DLM -> {
                if (dlab) {
                    dlm = value;
                } else {
                    if ((value & IER_THRE) != 0 && (ier & IER_THRE) == 0) {
                        thrEmptyIrq = true; // THR is empty, so enabling ETBEI interrupts at once
                    }
                    ier = value & 0x0F;
                }
            }
            case IIR_FCR -> {
                fcr = value & 0xC9;
                if ((value & FCR_CLEAR_RX) != 0) {
                    rx.clear();
                }
            }
            case LCR -> lcr = value;
            case MCR -> mcr = value & 0x1F;
            case LSR, MSR -> { } // read only (factory test writes ignored)
            default -> scr = value;
        }
        update();
    }

    private void transmit(int b) {
        if ((mcr & MCR_LOOP) != 0) {
            rx.add(b);
        } else {
            sink.accept(b);
        }
        thrEmptyIrq = true; // the byte left at once: THR is empty again
    }

    /** The highest-priority pending enabled condition (datasheet Table 4), without the FIFO bits. */
    private int iir() {
        if ((ier & IER_RDA) != 0 && !rx.isEmpty()) {
            return IIR_RDA;
        }
        if ((ier & IER_THRE) != 0 && thrEmptyIrq) {
            return IIR_THRE;
        }
        return IIR_NONE; // no line-status errors or modem-status changes ever occur
    }

    private int msr() {
        if ((mcr & MCR_LOOP) == 0) {
            return MSR_CTS | MSR_DSR | MSR_DCD;
        }
        return ((mcr & MCR_RTS) != 0 ? MSR_CTS : 0) | ((mcr & MCR_DTR) != 0 ? MSR_DSR : 0)
                | ((mcr & MCR_OUT1) != 0 ? MSR_RI : 0) | ((mcr & MCR_OUT2) != 0 ? MSR_DCD : 0);
    }

    private void update() {
        irq.set(iir() != IIR_NONE);
    }

    /** The divisor latch (115200 / divisor = baud rate); informational. */
    public int divisor() {
        return dlm << 8 | dll;
    }
}
