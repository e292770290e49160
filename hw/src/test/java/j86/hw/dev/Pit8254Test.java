package j86.hw.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import j86.runtime.sched.VirtualClock;
import java.math.BigInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Intel 8254 datasheet: "Control word format", "Mode 2: rate generator", "Mode 3: square wave", "Counter latch command", "Read-back command". */
class Pit8254Test {
    private static final long HZ = 1_193_182;
    private VirtualClock clock;
    private IrqRecorder irqs;
    private Pit8254 pit;

    @BeforeEach
    void setUp() {
        clock = new VirtualClock();
        irqs = new IrqRecorder();
        pit = new Pit8254(clock, irqs.line(0));
    }

    /** ns at which n input clocks have elapsed, rounded up (computed independently, in exact arithmetic). */
    private static long nanosOf(long clocks) {
        BigInteger[] qr = BigInteger.valueOf(clocks).multiply(BigInteger.valueOf(1_000_000_000L))
                .divideAndRemainder(BigInteger.valueOf(HZ));
        return qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
    }

    private static long clocksAt(long nanos) {
        return BigInteger.valueOf(nanos).multiply(BigInteger.valueOf(HZ))
                .divide(BigInteger.valueOf(1_000_000_000L)).longValueExact();
    }

    private void program(int channel, int mode, int count) {
        pit.out(0x43, 1, channel << 6 | 0x30 | mode << 1);
        pit.out(0x40 + channel, 1, count & 0xFF);
        pit.out(0x40 + channel, 1, count >> 8);
    }

    private void runTo(long t) {
        clock.advanceTo(t);
        if (pit.nextDeadline() <= t) {
            pit.advance(t);
        }
    }

    @Test
    void mode2RaisesIrq0OncePerPeriod() {
        int n = 11932;                        // ~100 Hz, as PC kernels program it
        program(0, 2, n);
        assertEquals(nanosOf(n), pit.nextDeadline());
        for (int k = 1; k <= 10; k++) {
            runTo(nanosOf((long) k * n) - 1);
            assertEquals(k - 1, irqs.rises[0], "no IRQ before period " + k + " ends");
            runTo(nanosOf((long) k * n));
            assertEquals(k, irqs.rises[0], "IRQ at the end of period " + k);
        }
    }

    @Test
    void missedPeriodsCollapseIntoOneRequest() {
        program(0, 2, 1000);
        runTo(nanosOf(5500));
        assertEquals(1, irqs.rises[0]);
        assertEquals(nanosOf(6000), pit.nextDeadline());
    }

    @Test
    void mode2CountAndLatch() {
        int n = 50000;
        program(0, 2, n);
        long t = 12_345_678;
        clock.advanceTo(t);
        long expected = n - clocksAt(t) % n;
        pit.out(0x43, 1, 0x00);               // counter latch command, counter 0
        clock.advanceTo(t + 5_000_000);       // counting goes on; the latch holds
        int lo = pit.in(0x40, 1);
        int hi = pit.in(0x40, 1);
        assertEquals(expected, hi << 8 | lo);
        long now = clock.nanos();
        int lo2 = pit.in(0x40, 1);
        int hi2 = pit.in(0x40, 1);
        assertEquals(n - clocksAt(now) % n, hi2 << 8 | lo2, "after the latch is read, reads follow the counter");
    }

    @Test
    void mode3CountsDownByTwo() {
        int n = 1000;
        program(0, 3, n);
        clock.advanceTo(nanosOf(100));
        pit.out(0x43, 1, 0x00);
        int v = pit.in(0x40, 1) | pit.in(0x40, 1) << 8;
        assertEquals(n - 200, v);
    }

    @Test
    void mode0InterruptsOnceAtTerminalCount() {
        program(0, 0, 500);
        runTo(nanosOf(500));
        assertEquals(1, irqs.rises[0]);
        assertEquals(Long.MAX_VALUE, pit.nextDeadline());
        runTo(nanosOf(5000));
        assertEquals(1, irqs.rises[0]);
    }

    @Test
    void readBackStatusReportsProgrammingAndOut() {
        pit.out(0x43, 1, 0x30 | 0 << 1);      // counter 0, LSB/MSB, mode 0
        pit.out(0x43, 1, 0xE2);               // read-back: latch status of counter 0
        assertEquals(0x40 | 0x30, pit.in(0x40, 1), "OUT low, null count, RW=3, mode 0");
        pit.out(0x40, 1, 10);
        pit.out(0x40, 1, 0);
        clock.advanceTo(nanosOf(10));
        pit.out(0x43, 1, 0xE2);
        assertEquals(0x80 | 0x30, pit.in(0x40, 1), "OUT high after terminal count, count loaded");
    }

    @Test
    void lsbOnlyAccessAndBcd() {
        pit.out(0x43, 1, 0x80 | 0x10 | 2 << 1 | 1); // counter 2, LSB only, mode 2, BCD
        pit.out(0x61, 1, 0);
        SystemPortB portB = new SystemPortB(pit, clock);
        portB.out(0x61, 1, 1);                // gate 2 high
        pit.out(0x42, 1, 0x50);               // BCD 50
        clock.advanceTo(nanosOf(7));
        pit.out(0x43, 1, 0x80);
        assertEquals(0x43, pit.in(0x42, 1), "50 - 7 = 43, read in BCD");
    }

    @Test
    void port61ShowsChannel2OutAndGate() {
        SystemPortB portB = new SystemPortB(pit, clock);
        portB.out(0x61, 1, 0x01);             // gate on, speaker off
        program(2, 3, 100);                   // square wave: high for 50 clocks, low for 50
        clock.advanceTo(nanosOf(10));
        int high = portB.in(0x61, 1);
        clock.advanceTo(nanosOf(60));
        int low = portB.in(0x61, 1);
        assertEquals(0x20, high & 0x20);
        assertEquals(0, low & 0x20);
        assertEquals(0x01, high & 0x03);
        portB.out(0x61, 1, 0x00);             // gate low stops counting in mode 3
        int frozen = pit.channel(2).count(clock.nanos());
        clock.advanceTo(nanosOf(90));
        assertEquals(frozen, pit.channel(2).count(clock.nanos()));
        int r1 = portB.in(0x61, 1) & 0x10;
        clock.advanceTo(clock.nanos() + 15_085);  // one refresh period (15.085 us)
        assertNotEquals(r1, portB.in(0x61, 1) & 0x10, "refresh bit toggles with virtual time");
    }
}
