package j86.hw.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.hw.irq.ApicBus;
import j86.runtime.sched.VirtualClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Intel SDM Vol. 3, chapter 10: Table 10-1 (register map), 10.4.7.1 (reset state), 10.4.8
 * (version register), 10.5.4 and Figure 10-10 (timer and divide configuration), 10.8.3.1 (TPR,
 * PPR), 10.8.4-10.8.5 (IRR, ISR, EOI), 10.5.3 (ESR), 10.5.1 (LINT0 ExtINT).
 */
class LocalApicTest {
    /** 100 MHz bus clock: one bus clock every 10 ns. */
    private static final long HZ = 100_000_000L, NS_PER_CLOCK = 10;
    private VirtualClock clock;
    private LocalApic apic;

    @BeforeEach
    void setUp() {
        clock = new VirtualClock();
        apic = new LocalApic(3, true, new ApicBus(), clock, HZ);
    }

    private void enable() {
        apic.write(LocalApic.SVR, 4, 0x100 | 0xFF);
    }

    private int reg(int offset) {
        return apic.read(offset, 4);
    }

    private void runTo(long t) {
        clock.advanceTo(t);
        if (apic.nextDeadline() <= t) {
            apic.advance(t);
        }
    }

    @Test
    void idVersionAndResetState() {
        assertEquals(3 << 24, reg(0x20));
        assertEquals(0x14, reg(0x30) & 0xFF, "integrated APIC version");
        assertTrue(((reg(0x30) >> 16) & 0xFF) >= 4, "max LVT entry: the performance counter LVT exists");
        assertEquals(0xFF, reg(0xF0), "SVR at reset: vector 0xFF, software disabled");
        assertEquals(0xFFFFFFFF, reg(0xE0), "DFR at reset: all ones");
        for (int lvt = 0x320; lvt <= 0x370; lvt += 0x10) {
            assertEquals(1 << 16, reg(lvt), "LVT masked at reset: " + Integer.toHexString(lvt));
        }
    }

    @Test
    void divideConfigurationEncodings() {
        // Figure 10-10: bits 3,1,0 = 000 /2, 001 /4, 010 /8, 011 /16, 100 /32, 101 /64, 110 /128, 111 /1.
        int[] tdcr = {0x0, 0x1, 0x2, 0x3, 0x8, 0x9, 0xA, 0xB};
        int[] divide = {2, 4, 8, 16, 32, 64, 128, 1};
        enable();
        for (int i = 0; i < tdcr.length; i++) {
            long t0 = clock.nanos();
            apic.write(LocalApic.TDCR, 4, tdcr[i]);
            apic.write(LocalApic.TICR, 4, 1000);
            clock.advanceTo(t0 + 250L * divide[i] * NS_PER_CLOCK);
            assertEquals(750, reg(LocalApic.TCCR), "divide by " + divide[i]);
            clock.advanceTo(t0 + 250L * divide[i] * NS_PER_CLOCK + 1000L * divide[i] * NS_PER_CLOCK);
        }
    }

    @Test
    void oneShotTimerCountsDownInVirtualTimeAndInterruptsOnce() {
        enable();
        apic.write(LocalApic.LVT_TIMER, 4, 0x30);
        apic.write(LocalApic.TDCR, 4, 0x3);              // divide by 16
        apic.write(LocalApic.TICR, 4, 1000);
        long expiry = 1000 * 16 * NS_PER_CLOCK;
        assertEquals(expiry, apic.nextDeadline());
        clock.advanceTo(expiry / 2);
        assertEquals(500, reg(LocalApic.TCCR));
        runTo(expiry - 1);
        assertFalse(apic.pending());
        runTo(expiry);
        assertTrue(apic.pending());
        assertEquals(0x30, apic.acknowledge());
        assertEquals(0, reg(LocalApic.TCCR), "one-shot stops at zero");
        assertEquals(Long.MAX_VALUE, apic.nextDeadline());
        assertEquals(1000, reg(LocalApic.TICR));
    }

    @Test
    void periodicTimerReloadsAndInterruptsEveryPeriod() {
        enable();
        apic.write(LocalApic.LVT_TIMER, 4, (1 << 17) | 0x31);
        apic.write(LocalApic.TDCR, 4, 0xB);              // divide by 1
        apic.write(LocalApic.TICR, 4, 500);
        long period = 500 * NS_PER_CLOCK;
        int taken = 0;
        for (int k = 1; k <= 20; k++) {
            runTo(k * period);
            if (apic.pending()) {
                assertEquals(0x31, apic.acknowledge());
                apic.write(LocalApic.EOI, 4, 0);
                taken++;
            }
        }
        assertEquals(20, taken);
        clock.advanceTo(20 * period + 123 * NS_PER_CLOCK);
        assertEquals(500 - 123, reg(LocalApic.TCCR));
    }

    @Test
    void divideChangeWhileCountingKeepsTheCount() {
        enable();
        apic.write(LocalApic.TDCR, 4, 0xB);              // divide by 1
        apic.write(LocalApic.TICR, 4, 1000);
        clock.advanceTo(400 * NS_PER_CLOCK);
        assertEquals(600, reg(LocalApic.TCCR));
        apic.write(LocalApic.TDCR, 4, 0x0);              // divide by 2 from now on
        assertEquals(600, reg(LocalApic.TCCR));
        clock.advanceTo(400 * NS_PER_CLOCK + 100 * 2 * NS_PER_CLOCK);
        assertEquals(500, reg(LocalApic.TCCR));
    }

    @Test
    void maskedTimerCountsButDoesNotInterrupt() {
        enable();
        apic.write(LocalApic.LVT_TIMER, 4, (1 << 16) | 0x32);
        apic.write(LocalApic.TICR, 4, 100);
        clock.advanceTo(100 * 2 * NS_PER_CLOCK);
        apic.advance(clock.nanos());
        assertFalse(apic.pending());
        assertEquals(0, reg(LocalApic.TCCR));
    }

    @Test
    void highestRequestIsServedAndEoiRetiresHighestInService() {
        enable();
        apic.acceptInterrupt(0x31, false);
        apic.acceptInterrupt(0x52, false);
        apic.acceptInterrupt(0x43, false);
        assertEquals(1 << (0x52 - 0x40) | 1 << (0x43 - 0x40), reg(0x220), "IRR word 2 holds vectors 0x40-0x5F");
        assertEquals(0x52, apic.acknowledge());
        assertEquals(1 << (0x52 - 0x40), reg(0x120), "ISR word 2");
        assertEquals(0x50, reg(LocalApic.PPR), "PPR = in-service class");
        assertFalse(apic.pending(), "0x43 is below the in-service class 5");
        apic.acceptInterrupt(0x61, false);
        assertEquals(0x61, apic.acknowledge(), "a higher class nests");
        apic.write(LocalApic.EOI, 4, 0);
        assertFalse(apic.inService(0x61));
        assertTrue(apic.inService(0x52));
        apic.write(LocalApic.EOI, 4, 0);
        assertEquals(0x43, apic.acknowledge());
        apic.write(LocalApic.EOI, 4, 0);
        assertEquals(0x31, apic.acknowledge());
    }

    @Test
    void taskPriorityMasksLowerClasses() {
        enable();
        apic.write(LocalApic.TPR, 4, 0x40);
        apic.acceptInterrupt(0x45, false);
        assertFalse(apic.pending(), "class 4 is not above TPR class 4");
        assertEquals(0x40, reg(LocalApic.PPR));
        apic.acceptInterrupt(0x55, false);
        assertTrue(apic.pending());
        assertEquals(0x55, apic.acknowledge());
        apic.write(LocalApic.EOI, 4, 0);
        apic.write(LocalApic.TPR, 4, 0);
        assertEquals(0x45, apic.acknowledge());
    }

    @Test
    void softwareDisabledApicHoldsRequestsAndKeepsLvtsMasked() {
        apic.acceptInterrupt(0x40, false);
        assertFalse(apic.pending());
        assertEquals(0xFF, apic.acknowledge(), "spurious vector from SVR");
        assertTrue(apic.requested(0x40), "the request stays in IRR");
        apic.write(LocalApic.LVT_TIMER, 4, 0x20);
        assertEquals((1 << 16) | 0x20, reg(LocalApic.LVT_TIMER), "mask bit cannot be cleared while disabled");
        enable();
        assertEquals(0x40, apic.acknowledge());
    }

    @Test
    void errorStatusIsLatchedByAWrite() {
        enable();
        apic.write(LocalApic.ICR_LO, 4, 0x4005);        // fixed IPI with illegal vector 5
        assertEquals(0, reg(LocalApic.ESR), "not visible before the ESR write");
        apic.write(LocalApic.ESR, 4, 0);
        assertEquals(0x20, reg(LocalApic.ESR), "bit 5: send illegal vector");
        apic.write(LocalApic.ESR, 4, 0);
        assertEquals(0, reg(LocalApic.ESR));
    }

    @Test
    void extIntOnLint0PassesThe8259Through() {
        DualPic pic = new DualPic();
        int[] icw = {0x11, 0x20, 0x04, 0x03};
        pic.out(0x20, 1, icw[0]);
        for (int i = 1; i < 4; i++) {
            pic.out(0x21, 1, icw[i]);
        }
        apic.connectExtInt(pic);
        pic.setIrq(1, true);
        assertFalse(apic.pending(), "LINT0 masked at reset");
        apic.setLvt(LocalApic.LVT_LINT0, LocalApic.LINT0_EXTINT);
        assertTrue(apic.pending(), "ExtINT works even while the APIC is software-disabled");
        assertEquals(0x21, apic.acknowledge());
        assertEquals(0, reg(0x100 + 0x10), "ExtINT vectors bypass ISR");
        enable();
        apic.write(LocalApic.LVT_LINT0, 4, (1 << 16) | 0x700);
        pic.setIrq(1, false);
        pic.setIrq(1, true);
        assertFalse(apic.pending(), "masked LINT0");
    }
}
