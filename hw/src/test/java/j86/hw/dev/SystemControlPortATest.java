package j86.hw.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Port 0x92 (PS/2 System Control Port A): reads return what was written; bit 0's rising edge is a reset request. */
class SystemControlPortATest {
    @Test
    void remembersA20AndCountsResetEdges() {
        SystemControlPortA p = new SystemControlPortA();
        assertEquals(0, p.in(0x92, 1), "power-on value");
        p.out(0x92, 1, 0x02);
        assertTrue(p.a20());
        assertEquals(0x02, p.in(0x92, 1));
        p.out(0x92, 1, 0x03);
        p.out(0x92, 1, 0x03);
        assertEquals(1, p.resetRequests, "only the 0-to-1 transition requests a reset");
    }
}
