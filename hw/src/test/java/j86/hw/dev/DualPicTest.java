package j86.hw.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Intel 8259A datasheet: "Initialization command words", "Operation command words", "Interrupt sequence", "Cascade mode". */
class DualPicTest {
    private DualPic pic;

    /** The PC/AT initialization sequence (ICW1 edge+cascade+IC4, ICW2 base, ICW3 cascade, ICW4 8086 mode). */
    private void init(int masterIcw4, int slaveIcw4) {
        pic.out(0x20, 1, 0x11);
        pic.out(0x21, 1, 0x20);
        pic.out(0x21, 1, 0x04);          // slave on IR2
        pic.out(0x21, 1, masterIcw4);
        pic.out(0xA0, 1, 0x11);
        pic.out(0xA1, 1, 0x28);
        pic.out(0xA1, 1, 0x02);          // slave identity 2
        pic.out(0xA1, 1, slaveIcw4);
    }

    @BeforeEach
    void setUp() {
        pic = new DualPic();
        init(0x01, 0x01);
    }

    private void pulse(int irq) {
        pic.setIrq(irq, true);
        pic.setIrq(irq, false);
    }

    /** 8259A datasheet: the chip must be initialized before use; after power-on it signals nothing. */
    @Test
    void powerOnStateIsSilentUntilIcw1() {
        DualPic fresh = new DualPic();
        fresh.powerOn();
        fresh.setIrq(0, true);
        fresh.setIrq(9, true);
        assertFalse(fresh.pending(), "no INT from an uninitialized pair");
        pic = fresh;
        init(0x01, 0x01);
        pic.setIrq(0, false);
        pulse(0);
        assertTrue(pic.pending());
        assertEquals(0x20, pic.acknowledge());
    }

    @Test
    void icw1ClearsMaskAndVectorComesFromIcw2() {
        assertEquals(0, pic.in(0x21, 1), "ICW1 clears IMR");
        pulse(3);
        assertTrue(pic.pending());
        assertEquals(0x23, pic.acknowledge(), "vector = ICW2 base (T7-T3) + IR");
    }

    @Test
    void maskedRequestWaitsInIrrUntilUnmasked() {
        pic.out(0x21, 1, 0xFF & ~0x04);  // OCW1: only the cascade open
        pulse(1);
        assertFalse(pic.pending());
        pic.out(0x20, 1, 0x0A);          // OCW3: read IRR
        assertEquals(0x02, pic.in(0x20, 1) & 0x02, "edge latched in IRR while masked");
        pic.out(0x21, 1, 0x00);
        assertTrue(pic.pending());
        assertEquals(0x21, pic.acknowledge());
    }

    @Test
    void fullyNestedPriorityAndNonSpecificEoi() {
        pulse(5);
        pulse(1);
        assertEquals(0x21, pic.acknowledge(), "IR1 has priority over IR5");
        pulse(0);
        assertEquals(0x20, pic.acknowledge(), "a higher priority request interrupts IR1's service");
        assertFalse(pic.pending(), "IR5 is blocked while IR0 and IR1 are in service");
        pic.out(0x20, 1, 0x0B);          // OCW3: read ISR
        assertEquals(0x03, pic.in(0x20, 1));
        pic.out(0x20, 1, 0x20);          // non-specific EOI resets the highest ISR bit (IR0)
        assertEquals(0x02, pic.in(0x20, 1));
        assertFalse(pic.pending());
        pic.out(0x20, 1, 0x61);          // specific EOI for IR1
        assertEquals(0x00, pic.in(0x20, 1));
        assertEquals(0x25, pic.acknowledge());
    }

    @Test
    void automaticEoiLeavesIsrClear() {
        init(0x03, 0x01);                // JOS's master ICW4: 8086 mode, AEOI
        pulse(4);
        assertEquals(0x24, pic.acknowledge());
        pic.out(0x20, 1, 0x0B);
        assertEquals(0, pic.in(0x20, 1));
        pulse(6);
        assertTrue(pic.pending(), "nothing in service blocks a lower priority request");
    }

    @Test
    void slaveRequestCascadesThroughIr2() {
        pulse(14);
        assertTrue(pic.pending());
        assertEquals(0x2E, pic.acknowledge(), "slave base 0x28 + IR6");
        pic.out(0x20, 1, 0x0B);
        assertEquals(0x04, pic.in(0x20, 1), "master IR2 in service");
        pic.out(0xA0, 1, 0x0B);
        assertEquals(0x40, pic.in(0xA0, 1), "slave IR6 in service");
        pic.out(0xA0, 1, 0x20);
        pic.out(0x20, 1, 0x20);
        pulse(8);
        assertEquals(0x28, pic.acknowledge());
    }

    @Test
    void nothingRequestingGivesSpuriousIr7() {
        assertFalse(pic.pending());
        assertEquals(0x27, pic.acknowledge());
        pic.out(0x20, 1, 0x0B);
        assertEquals(0, pic.in(0x20, 1), "a spurious IR7 is not put in service");
    }

    @Test
    void levelTriggeredModeFollowsTheLine() {
        pic.out(0x20, 1, 0x19);          // ICW1 with LTIM
        pic.out(0x21, 1, 0x20);
        pic.out(0x21, 1, 0x04);
        pic.out(0x21, 1, 0x01);
        pic.setIrq(3, true);
        pic.setIrq(3, false);
        assertFalse(pic.pending(), "in level mode IRR drops with the line");
        pic.setIrq(3, true);
        assertEquals(0x23, pic.acknowledge());
    }

    @Test
    void specificRotationMakesTheServicedLevelLowest() {
        pic.out(0x20, 1, 0xC3);          // OCW2 set priority: IR3 lowest, so IR4 highest
        pulse(2);
        pic.out(0x21, 1, 0x00);
        pulse(5);
        pulse(1);
        assertEquals(0x25, pic.acknowledge(), "IR5 outranks IR1 and IR2 after rotation");
    }

    @Test
    void specialMaskModeLetsLowerLevelsThrough() {
        pulse(1);
        assertEquals(0x21, pic.acknowledge());
        pic.out(0x20, 1, 0x68);          // OCW3: set special mask mode (JOS does this)
        pic.out(0x21, 1, 0x02);          // mask the level in service
        pulse(5);
        assertEquals(0x25, pic.acknowledge());
    }

    @Test
    void pollCommandReturnsTheLevel() {
        pulse(6);
        pic.out(0x20, 1, 0x0C);          // OCW3 poll
        assertEquals(0x86, pic.in(0x20, 1), "I bit 7 set, W2-W0 = 6");
        pic.out(0x20, 1, 0x0B);
        assertEquals(0x40, pic.in(0x20, 1), "poll acknowledges");
    }
}
