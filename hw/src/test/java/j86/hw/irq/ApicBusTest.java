package j86.hw.irq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.hw.dev.LocalApic;
import j86.runtime.sched.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Intel SDM Vol. 3: 10.6.1 and Figure 10-12 (ICR: vector 7-0, delivery mode 10-8, destination mode
 * 11, delivery status 12, level 14, trigger 15, shorthand 19-18, destination 63-56), 10.6.2
 * (physical and logical destinations, flat model), 8.4.4.1 (INIT-SIPI-SIPI start-up), and JOS's
 * lapic_startap / lapic_init ICR values.
 */
class ApicBusTest {
    private final List<String> calls = new ArrayList<>();
    private ApicBus bus;
    private LocalApic[] apic;

    @BeforeEach
    void setUp() {
        bus = new ApicBus();
        bus.setCpuControl(new CpuControl() {
            @Override
            public void init(int id) {
                calls.add("init " + id);
            }

            @Override
            public void startup(int id, int vector) {
                calls.add("startup " + id + " " + Integer.toHexString(vector));
            }
        });
        VirtualClock clock = new VirtualClock();
        apic = new LocalApic[3];
        for (int i = 0; i < 3; i++) {
            apic[i] = new LocalApic(i, i == 0, bus, clock, 100_000_000L);
            apic[i].write(LocalApic.SVR, 4, 0x1FF);
        }
    }

    private void send(LocalApic from, int dest, int low) {
        from.write(LocalApic.ICR_HI, 4, dest << 24);
        from.write(LocalApic.ICR_LO, 4, low);
    }

    @Test
    void fixedIpiToAPhysicalDestination() {
        send(apic[0], 2, 0x4000 | 0x40);
        assertTrue(apic[2].requested(0x40));
        assertFalse(apic[1].requested(0x40));
        assertFalse(apic[0].requested(0x40));
        assertEquals(0, apic[0].read(LocalApic.ICR_LO, 4) & (1 << 12), "delivery status reads idle");
        assertEquals(0x40, apic[2].acknowledge());
    }

    /** 10.6.1: delivery mode 100 (NMI) reaches the target CPU's NMI input, not its IRR. */
    @Test
    void nmiIpiReachesTheTargetCpusNmiInput() {
        for (int i = 0; i < 3; i++) {
            int id = i;
            apic[i].setNmiInput(() -> calls.add("nmi " + id));
        }
        send(apic[0], 2, 0x4000 | 0x400);
        assertEquals(List.of("nmi 2"), calls);
        assertFalse(apic[2].pending(), "no maskable interrupt for it");
    }

    @Test
    void josStartApSequenceStartsTheApOnce() {
        send(apic[0], 1, 0x0000C500);                   // INIT | LEVEL | ASSERT
        send(apic[0], 1, 0x00008500);                   // INIT | LEVEL (de-assert): no-op
        send(apic[0], 1, 0x00000600 | 0x07);            // STARTUP, entry 0x7000
        send(apic[0], 1, 0x00000600 | 0x07);            // the second STARTUP is ignored
        assertEquals(List.of("init 1", "startup 1 7"), calls);
    }

    @Test
    void lapicInitBroadcastDeassertDoesNothing() {
        apic[1].write(LocalApic.TPR, 4, 0x20);
        send(apic[0], 0, 0x00088500);                   // BCAST | INIT | LEVEL, as JOS's lapic_init
        assertEquals(List.of(), calls);
        assertEquals(0x20, apic[1].read(LocalApic.TPR, 4));
    }

    @Test
    void initResetsTheTargetButKeepsItsId() {
        apic[2].write(LocalApic.TPR, 4, 0x30);
        send(apic[0], 2, 0x0000C500);
        assertEquals(0, apic[2].read(LocalApic.TPR, 4));
        assertEquals(0xFF, apic[2].read(LocalApic.SVR, 4));
        assertEquals(2 << 24, apic[2].read(LocalApic.ID, 4));
    }

    @Test
    void startupReachesAnApWaitingSincePowerOnButNotTheBsp() {
        send(apic[1], 2, 0x0000060A);
        send(apic[1], 0, 0x0000060A);
        assertEquals(List.of("startup 2 a"), calls);
    }

    @Test
    void shorthands() {
        send(apic[1], 0, 0x40000 | 0x50);               // self
        assertTrue(apic[1].requested(0x50));
        assertFalse(apic[0].requested(0x50) || apic[2].requested(0x50));
        send(apic[1], 0, 0x80000 | 0x51);               // all including self
        for (LocalApic a : apic) {
            assertTrue(a.requested(0x51));
        }
        send(apic[1], 0, 0xC0000 | 0x52);               // all excluding self
        assertTrue(apic[0].requested(0x52) && apic[2].requested(0x52));
        assertFalse(apic[1].requested(0x52));
    }

    @Test
    void physicalBroadcastAndLogicalFlatDestinations() {
        send(apic[0], 0xFF, 0x60);
        for (LocalApic a : apic) {
            assertTrue(a.requested(0x60));
        }
        for (int i = 0; i < 3; i++) {
            apic[i].write(LocalApic.LDR, 4, (1 << i) << 24);
        }
        send(apic[0], 0x06, 0x800 | 0x61);              // logical, flat: bits 1 and 2
        assertFalse(apic[0].requested(0x61));
        assertTrue(apic[1].requested(0x61) && apic[2].requested(0x61));
        send(apic[0], 0x06, 0x800 | 0x100 | 0x62);      // lowest priority: exactly one
        int n = 0;
        for (LocalApic a : apic) {
            n += a.requested(0x62) ? 1 : 0;
        }
        assertEquals(1, n);
    }
}
