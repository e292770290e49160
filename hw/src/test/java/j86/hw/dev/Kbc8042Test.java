package j86.hw.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** IBM PC/AT Technical Reference, keyboard controller: status register bits, commands 0x20/0x60/0xAA/0xAD/0xAE/0xD0/0xD1, output port (bit 1 A20, bit 0 reset). */
class Kbc8042Test {
    private final IrqRecorder irqs = new IrqRecorder();
    private final Kbc8042 kbc = new Kbc8042(irqs.line(1));

    @Test
    void a20GateThroughTheOutputPort() {
        int[] seen = {-1};
        kbc.setOutputPortListener(v -> seen[0] = v);
        // The boot sector's seta20 sequence: wait for IBF clear, 0xD1 to 0x64, wait, 0xDF to 0x60.
        assertEquals(0, kbc.in(0x64, 1) & 0x02, "IBF clear");
        kbc.out(0x64, 1, 0xD1);
        assertEquals(0, kbc.in(0x64, 1) & 0x02, "IBF clear after the command");
        assertEquals(0x08, kbc.in(0x64, 1) & 0x08, "last write was a command");
        kbc.out(0x60, 1, 0xDD);                    // A20 off (bit 1 clear), reset line high
        assertFalse(kbc.a20Enabled());
        kbc.out(0x64, 1, 0xD1);
        kbc.out(0x60, 1, 0xDF);
        assertTrue(kbc.a20Enabled());
        assertEquals(0xDF, seen[0]);
        kbc.out(0x64, 1, 0xD0);                    // read output port
        assertEquals(0x01, kbc.in(0x64, 1) & 0x01, "OBF");
        assertEquals(0xDF, kbc.in(0x60, 1));
        assertEquals(0, kbc.in(0x64, 1) & 0x01);
    }

    @Test
    void resetPulseCallsTheBoard() {
        int[] resets = {0};
        kbc.setResetListener(() -> resets[0]++);
        kbc.out(0x64, 1, 0xFE);
        assertEquals(1, resets[0]);
        kbc.out(0x64, 1, 0xFF);                    // pulses nothing
        assertEquals(1, resets[0]);
    }

    @Test
    void commandByteAndSelfTest() {
        kbc.out(0x64, 1, 0x60);
        kbc.out(0x60, 1, 0x65);
        kbc.out(0x64, 1, 0x20);
        assertEquals(0x65, kbc.in(0x60, 1));
        kbc.out(0x64, 1, 0xAA);
        assertEquals(0x55, kbc.in(0x60, 1), "self test passed");
        assertEquals(0x04, kbc.in(0x64, 1) & 0x04, "system flag");
    }

    @Test
    void scancodesRaiseIrq1AndDisablingStopsThem() {
        kbc.feedScancode(0x1E);                    // 'a' make
        kbc.feedScancode(0x9E);                    // 'a' break
        assertTrue(irqs.level[1]);
        assertEquals(0x01, kbc.in(0x64, 1) & 0x21, "OBF, keyboard (not aux) data");
        assertEquals(0x1E, kbc.in(0x60, 1));
        assertEquals(2, irqs.rises[1], "the next byte is a new request");
        assertEquals(0x9E, kbc.in(0x60, 1));
        assertFalse(irqs.level[1]);
        kbc.out(0x64, 1, 0xAD);
        kbc.feedScancode(0x1E);
        assertEquals(0, kbc.in(0x64, 1) & 0x01, "keyboard interface disabled");
        kbc.out(0x64, 1, 0xAE);
        kbc.feedScancode(0x1E);
        assertEquals(0x01, kbc.in(0x64, 1) & 0x01);
    }

    @Test
    void keyboardCommandsAreAcknowledged() {
        kbc.out(0x60, 1, 0xFF);                    // reset
        assertEquals(0xFA, kbc.in(0x60, 1));
        assertEquals(0xAA, kbc.in(0x60, 1), "basic assurance test passed");
        kbc.out(0x60, 1, 0xED);                    // set LEDs, then its argument
        kbc.out(0x60, 1, 0x07);
        assertEquals(0xFA, kbc.in(0x60, 1));
        assertEquals(0xFA, kbc.in(0x60, 1));
    }
}
