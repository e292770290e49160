package j86.hw.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** PC16550D datasheet, section 8: Table 2 (register addresses), Table 4 (IIR priorities), LSR, MCR loopback. */
class Uart16550Test {
    private static final int COM1 = 0x3F8;
    private final IrqRecorder irqs = new IrqRecorder();
    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final Uart16550 uart = new Uart16550(irqs.line(4), sent::write);

    @Test
    void transmitterIsAlwaysEmptyAndBytesReachTheSink() {
        assertEquals(0x60, uart.in(COM1 + 5, 1), "LSR: THRE and TEMT, no data");
        for (byte b : "hi\n".getBytes()) {
            uart.out(COM1, 1, b);
        }
        assertEquals("hi\n", sent.toString());
        assertEquals(0x60, uart.in(COM1 + 5, 1));
    }

    @Test
    void dlabSelectsTheDivisorLatch() {
        uart.out(COM1 + 3, 1, 0x80);
        uart.out(COM1, 1, 0x0C);                  // 9600 baud: divisor 12
        uart.out(COM1 + 1, 1, 0x00);
        uart.out(COM1 + 3, 1, 0x03);              // 8N1, DLAB off
        assertEquals(12, uart.divisor());
        assertEquals(0, uart.in(COM1 + 1, 1), "IER untouched by the divisor write");
        assertEquals(0, sent.size(), "the divisor byte was not transmitted");
        uart.out(COM1 + 3, 1, 0x83);
        assertEquals(0x0C, uart.in(COM1, 1));
    }

    @Test
    void scratchRegisterHoldsAByte() {
        uart.out(COM1 + 7, 1, 0xA5);
        assertEquals(0xA5, uart.in(COM1 + 7, 1));
    }

    @Test
    void receivedDataRaisesIrq4WhenEnabled() {
        uart.feed('x');
        assertEquals(0x61, uart.in(COM1 + 5, 1), "LSR.DR");
        assertFalse(irqs.level[4], "IER.ERBFI off: no interrupt");
        assertEquals(0x01, uart.in(COM1 + 2, 1), "IIR: none pending");
        uart.out(COM1 + 1, 1, 0x01);
        assertTrue(irqs.level[4]);
        assertEquals(0x04, uart.in(COM1 + 2, 1), "IIR: received data available");
        assertEquals('x', uart.in(COM1, 1));
        assertFalse(irqs.level[4], "reading RBR clears the condition");
        assertEquals(0x01, uart.in(COM1 + 2, 1));
    }

    @Test
    void transmitterEmptyInterruptIsClearedByReadingIir() {
        uart.out(COM1 + 2, 1, 0x07);              // FCR: FIFOs on
        uart.out(COM1 + 1, 1, 0x02);              // ETBEI: THR is empty, so interrupt now
        assertTrue(irqs.level[4]);
        assertEquals(0xC2, uart.in(COM1 + 2, 1), "IIR: FIFOs enabled, THR empty");
        assertFalse(irqs.level[4]);
        assertEquals(0xC1, uart.in(COM1 + 2, 1));
        uart.out(COM1, 1, 'a');
        assertEquals(2, irqs.rises[4], "THR empties again after each byte");
    }

    @Test
    void receivedDataOutranksTransmitterEmpty() {
        uart.out(COM1 + 1, 1, 0x03);
        uart.feed('z');
        assertEquals(0x04, uart.in(COM1 + 2, 1));
    }

    @Test
    void loopbackReturnsBytesAndModemLines() {
        uart.out(COM1 + 4, 1, 0x10 | 0x02);       // LOOP, RTS
        assertEquals(0x10, uart.in(COM1 + 6, 1), "MSR: CTS follows RTS");
        uart.out(COM1, 1, 0x5A);
        assertEquals(0, sent.size());
        assertEquals(0x5A, uart.in(COM1, 1));
        uart.out(COM1 + 4, 1, 0);
        assertEquals(0xB0, uart.in(COM1 + 6, 1), "no loopback: CTS, DSR, DCD asserted");
    }
}
