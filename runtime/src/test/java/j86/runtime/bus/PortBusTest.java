package j86.runtime.bus;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The I/O port space: registered ranges, wide accesses, and unassigned ports (all ones, ISA pull-ups). */
class PortBusTest {
    @Test
    void routesAndReportsUnassignedPorts() {
        PortBus bus = new PortBus();
        List<String> seen = new ArrayList<>();
        PortDevice dev = new PortDevice() {
            @Override
            public int in(int port, int size) {
                seen.add("in " + Integer.toHexString(port) + " " + size);
                return 0x12345678 & (size == 4 ? -1 : (1 << 8 * size) - 1);
            }

            @Override
            public void out(int port, int size, int value) {
                seen.add("out " + Integer.toHexString(port) + " " + size + " " + Integer.toHexString(value));
            }
        };
        bus.register(0x1F0, 8, dev);
        assertEquals(0x5678, bus.in(0x1F0, 2));
        bus.out(0x1F7, 4, 0xDEADBEEF);
        assertEquals(List.of("in 1f0 2", "out 1f7 4 deadbeef"), seen, "a wide access is one device access");

        List<String> log = new ArrayList<>();
        assertEquals(0xFF, bus.in(0x60, 1));
        bus.setUnassignedLogger(log::add);
        assertEquals(0xFF, bus.in(0x61, 1));
        assertEquals(0xFFFF, bus.in(0x61, 2));
        assertEquals(0xFFFFFFFF, bus.in(0xCF8, 4));
        bus.out(0x1F8, 1, 0x1AB);
        assertEquals(4, log.size());
        assertTrue(log.get(3).contains("0x01f8") && log.get(3).contains("0xab"), log.get(3));
        assertEquals(2, seen.size(), "the neighbour port did not reach the device");
        assertThrows(IllegalArgumentException.class, () -> bus.register(0x1F7, 2, dev));
    }
}
