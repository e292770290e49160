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

    /** QEMU 7.2: exit((v << 1) | 1), of which the host keeps the low 8 bits; the first write wins. */
    @Test
    void debugExitStatus() {
        List<Integer> status = new ArrayList<>();
        DebugExit d = new DebugExit(status::add);
        d.out(0x501, 1, 0x10);
        d.out(0x501, 1, 0);
        d.out(0x502, 4, 0x40000001);
        assertEquals(List.of(0x21), status);
        assertEquals(1, DebugExit.status(0));
        assertEquals(3, DebugExit.status(1));
        assertEquals(255, DebugExit.status(0x7F));
        assertEquals(1, DebugExit.status(0x80));
        assertEquals(3, DebugExit.status(0x40000001)); // bit 30 set: still an exit, status 3
        assertEquals(255, DebugExit.status(-1));
        for (int v : new int[] {0, 1, 0x7F, 0x80, 0x1FF, 0x40000000, 0x80000000, -1}) {
            int s = DebugExit.status(v);
            assertEquals(1, s & 1, "always odd");
            assertEquals(s, s & 0xFF, "one byte");
        }
        List<Integer> dword = new ArrayList<>();
        new DebugExit(dword::add).out(0x501, 4, 0x40000002);
        assertEquals(List.of(5), dword);
    }
}
