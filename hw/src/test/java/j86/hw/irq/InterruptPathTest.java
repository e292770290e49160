package j86.hw.irq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.hw.dev.DualPic;
import j86.hw.dev.IoApic;
import j86.hw.dev.LocalApic;
import j86.hw.dev.Uart16550;
import j86.runtime.sched.VirtualClock;
import org.junit.jupiter.api.Test;

/**
 * The two PC interrupt paths end to end, programmed the way JOS (8259A via LINT0 ExtINT, SDM
 * 10.5.1; 8259A ICWs from JOS picirq.c) and xv6 (8259A masked, I/O APIC redirection, 82093AA
 * 3.2.4) program them: a COM1 receive interrupt (16550 IER bit 0) reaches the CPU as vector 32 + 4.
 */
class InterruptPathTest {
    private final VirtualClock clock = new VirtualClock();
    private final ApicBus bus = new ApicBus();
    private final DualPic pic = new DualPic();
    private final IoApic ioapic = new IoApic(1, bus);
    private final IrqRouter isa = new IrqRouter(pic, ioapic);
    private final LocalApic lapic = new LocalApic(0, true, bus, clock, 100_000_000L);
    private final Uart16550 com1 = new Uart16550(isa.line(4), b -> { });

    InterruptPathTest() {
        lapic.connectExtInt(pic);
        lapic.setLvt(LocalApic.LVT_LINT0, LocalApic.LINT0_EXTINT);
        lapic.setLvt(LocalApic.LVT_LINT1, LocalApic.LINT1_NMI);
        com1.out(0x3F9, 1, 0x01);
    }

    private void josPicInit(int mask) {
        pic.out(0x21, 1, 0xFF);
        pic.out(0xA1, 1, 0xFF);
        int[] master = {0x11, 32, 1 << 2, 0x03};
        int[] slave = {0x11, 40, 2, 0x01};
        pic.out(0x20, 1, master[0]);
        pic.out(0xA0, 1, slave[0]);
        for (int i = 1; i < 4; i++) {
            pic.out(0x21, 1, master[i]);
            pic.out(0xA1, 1, slave[i]);
        }
        pic.out(0x20, 1, 0x68);
        pic.out(0x20, 1, 0x0A);
        pic.out(0xA0, 1, 0x68);
        pic.out(0xA0, 1, 0x0A);
        pic.out(0x21, 1, mask);
        pic.out(0xA1, 1, mask >> 8);
    }

    @Test
    void josPathThrough8259AndExtInt() {
        josPicInit(0xFFFF & ~(1 << 2) & ~(1 << 4));
        lapic.write(LocalApic.SVR, 4, 0x100 | 39);
        com1.feed('k');
        assertTrue(lapic.pending());
        assertEquals(32 + 4, lapic.acknowledge());
        assertEquals('k', com1.in(0x3F8, 1));
        assertFalse(lapic.pending(), "auto-EOI master: nothing left in service or requested");
        com1.feed('l');
        assertEquals(32 + 4, lapic.acknowledge(), "the next byte interrupts again without an EOI");
    }

    @Test
    void xv6PathThroughIoApic() {
        josPicInit(0xFFFF);                               // xv6 masks every 8259 input
        lapic.write(LocalApic.SVR, 4, 0x100 | 63);
        lapic.write(LocalApic.LVT_LINT0, 4, 1 << 16);
        ioapic.write(0x00, 4, 0x10 + 2 * 4);
        ioapic.write(0x10, 4, 32 + 4);                     // edge, active high, fixed, unmasked
        ioapic.write(0x00, 4, 0x11 + 2 * 4);
        ioapic.write(0x10, 4, 0);                          // to APIC 0
        com1.feed('x');
        assertTrue(lapic.pending());
        assertEquals(32 + 4, lapic.acknowledge());
        assertEquals('x', com1.in(0x3F8, 1));
        lapic.write(LocalApic.EOI, 4, 0);
        assertFalse(lapic.pending());
    }
}
