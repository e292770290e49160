package j86.hw.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * IBM PC Technical Reference, printer adapter (status bit 7 BUSY# high = ready, strobe in control
 * bit 0); DMA page register block 0x80-0x8F; QEMU isa-debug-exit (exit status (v << 1) | 1).
 */
class SmallPortsTest {
    @Test
    void parallelPortIsReadyAndPrintsOnStrobe() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ParallelPort lpt = new ParallelPort(printed::write);
        assertEquals(0x80, lpt.in(0x379, 1) & 0x80, "not busy");
        // JOS lpt_putc: data, then control 0x08|0x04|0x01 (strobe), then 0x08.
        lpt.out(0x378, 1, 'J');
        lpt.out(0x37A, 1, 0x0D);
        lpt.out(0x37A, 1, 0x08);
        assertEquals("J", printed.toString());
        assertEquals('J', lpt.in(0x378, 1));
    }

    @Test
    void postPortsStoreTheLastByte() {
        PostPort p = new PostPort();
        p.out(0x80, 1, 0x42);
        assertEquals(0x42, p.lastPostCode());
        assertEquals(0, p.in(0x84, 1), "JOS delay() reads 0x84");
    }

    @Test
    void debugExitStatus() {
        List<Integer> status = new ArrayList<>();
        DebugExit d = new DebugExit(status::add);
        d.out(0x501, 1, 0);
        d.out(0x501, 1, 0x10);
        d.out(0x501, 2, 0x1FF);
        assertEquals(List.of(1, 0x21, 0x3FF), status);
    }
}
