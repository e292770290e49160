package j86.hw.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.hw.irq.ApicBus;
import j86.hw.irq.IrqRouter;
import j86.runtime.sched.VirtualClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Intel 82093AA datasheet 3.0-3.2: IOREGSEL/IOWIN, IOAPICID, IOAPICVER (0x11, 24 entries), IOREDTBL bits. */
class IoApicTest {
    private ApicBus bus;
    private IoApic io;
    private LocalApic cpu0, cpu1;

    @BeforeEach
    void setUp() {
        bus = new ApicBus();
        VirtualClock clock = new VirtualClock();
        cpu0 = new LocalApic(0, true, bus, clock, 100_000_000L);
        cpu1 = new LocalApic(1, false, bus, clock, 100_000_000L);
        cpu0.write(LocalApic.SVR, 4, 0x1FF);
        cpu1.write(LocalApic.SVR, 4, 0x1FF);
        io = new IoApic(2, bus);
    }

    private int readReg(int reg) {
        io.write(0x00, 4, reg);
        return io.read(0x10, 4);
    }

    private void writeReg(int reg, int v) {
        io.write(0x00, 4, reg);
        io.write(0x10, 4, v);
    }

    /** xv6's ioapicenable: edge, active high, fixed, physical destination. */
    private void route(int pin, int vector, int cpu, int extra) {
        writeReg(0x10 + 2 * pin, vector | extra);
        writeReg(0x11 + 2 * pin, cpu << 24);
    }

    @Test
    void identificationRegisters() {
        assertEquals(2 << 24, readReg(0x00));
        assertEquals(0x11, readReg(0x01) & 0xFF, "version 0x11");
        assertEquals(23, (readReg(0x01) >> 16) & 0xFF, "maximum redirection entry 23: 24 pins");
        assertEquals(2 << 24, readReg(0x02), "arbitration ID");
        for (int pin = 0; pin < 24; pin++) {
            assertEquals(1 << 16, readReg(0x10 + 2 * pin), "masked after reset");
        }
    }

    @Test
    void edgeInputIsRoutedToTheDestinationVector() {
        route(4, 0x24, 1, 0);
        io.setIrq(4, true);
        assertTrue(cpu1.requested(0x24));
        assertFalse(cpu0.requested(0x24));
        assertEquals(0x24, cpu1.acknowledge());
        cpu1.write(LocalApic.EOI, 4, 0);
        io.setIrq(4, true);                               // no new edge: nothing
        assertFalse(cpu1.requested(0x24));
        io.setIrq(4, false);
        io.setIrq(4, true);
        assertTrue(cpu1.requested(0x24));
    }

    @Test
    void maskedPinDoesNotDeliver() {
        route(1, 0x21, 0, 1 << 16);
        io.setIrq(1, true);
        assertFalse(cpu0.requested(0x21));
        assertEquals(0x21 | 1 << 16, readReg(0x12));
        writeReg(0x12, 0x21);                              // unmask: the held edge arrives (QEMU behaviour)
        assertTrue(cpu0.requested(0x21));
    }

    @Test
    void levelInputUsesRemoteIrrUntilEoi() {
        route(9, 0x29, 0, 1 << 15);
        io.setIrq(9, true);
        assertEquals(0x29, cpu0.acknowledge());
        assertTrue((readReg(0x10 + 18) & (1 << 14)) != 0, "Remote IRR set while in service");
        io.setIrq(9, true);
        assertFalse(cpu0.requested(0x29), "no redelivery while Remote IRR is set");
        cpu0.write(LocalApic.EOI, 4, 0);                   // EOI of a TMR vector is broadcast to the IOAPIC
        assertTrue(cpu0.requested(0x29), "still asserted: delivered again after the EOI");
        io.setIrq(9, false);
        assertEquals(0x29, cpu0.acknowledge());
        cpu0.write(LocalApic.EOI, 4, 0);
        assertEquals(0, readReg(0x10 + 18) & (1 << 14));
        assertFalse(cpu0.requested(0x29), "line low: no further delivery");
    }

    @Test
    void logicalDestinationAndIsaRouting() {
        cpu1.write(LocalApic.LDR, 4, 0x02 << 24);
        route(14, 0x2E, 0x02, 1 << 11);                    // logical destination 0x02
        DualPic pic = new DualPic();
        IrqRouter isa = new IrqRouter(pic, io);
        isa.line(14).pulse();
        assertTrue(cpu1.requested(0x2E), "IRQ 14 reached IOAPIC pin 14");
        pic.out(0xA0, 1, 0x0A);
        assertEquals(0x40, pic.in(0xA0, 1), "... and the slave 8259's IR6");
    }
}
