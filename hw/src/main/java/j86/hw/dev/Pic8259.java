package j86.hw.dev;

/**
 * One Intel 8259A programmable interrupt controller (8259A datasheet: "Interrupt sequence",
 * "Programming the 8259A": ICW1-ICW4, OCW1-OCW3). {@link DualPic} joins a master and a slave
 * the PC way and puts them on the port bus; this class is one chip's logic, addressed by its A0
 * input (port 0x20/0xA0 is A0 = 0, 0x21/0xA1 is A0 = 1).
 *
 * Priorities follow the datasheet's rotation model: {@code lowest} is the IR with the lowest
 * priority (7 after ICW1), so IR (lowest + 1) mod 8 has the highest. In edge-triggered mode a
 * rising edge on IR sets the IRR bit, which stays set until the INTA sequence takes it (the line
 * may fall meanwhile, as the PIT's one-tick pulses do); in level mode (ICW1.LTIM) IRR follows
 * the input.
 */
public final class Pic8259 {
    // ICW1 (A0 = 0, D4 = 1).
    static final int ICW1_IC4 = 0x01;   // ICW4 needed
    static final int ICW1_SNGL = 0x02;  // single 8259A, no ICW3
    static final int ICW1_LTIM = 0x08;  // level-triggered mode
    static final int ICW1 = 0x10;       // D4 set at A0 = 0: this write is ICW1
    // ICW4.
    static final int ICW4_AEOI = 0x02;  // automatic EOI
    static final int ICW4_SFNM = 0x10;  // special fully nested mode
    // OCW3 (A0 = 0, D4 = 0, D3 = 1).
    static final int OCW3 = 0x08;       // D3 set, D4 clear at A0 = 0: this write is OCW3
    static final int OCW3_RIS = 0x01;   // read ISR (1) or IRR (0) ...
    static final int OCW3_RR = 0x02;    // ... when RR is set
    static final int OCW3_POLL = 0x04;  // poll: the next read returns the highest request, acknowledged
    static final int OCW3_SMM = 0x20;   // special mask mode ...
    static final int OCW3_ESMM = 0x40;  // ... changed when ESMM is set
    // OCW2 commands (bits 7-5: R, SL, EOI).
    static final int OCW2_ROTATE_AEOI_CLEAR = 0;       // stop rotating on automatic EOI
    static final int OCW2_NONSPECIFIC_EOI = 1;         // retire the highest in-service IR
    static final int OCW2_NOP = 2;                     // no operation
    static final int OCW2_SPECIFIC_EOI = 3;            // retire the IR in bits 2-0
    static final int OCW2_ROTATE_AEOI_SET = 4;         // rotate on automatic EOI
    static final int OCW2_ROTATE_NONSPECIFIC_EOI = 5;  // non-specific EOI, the retired IR becomes lowest
    static final int OCW2_SET_PRIORITY = 6;            // the IR in bits 2-0 becomes lowest
    static final int OCW2_ROTATE_SPECIFIC_EOI = 7;     // specific EOI, that IR becomes lowest

    private final boolean master;
    private int irr, isr, imr;
    /** Input levels, for edge detection. */
    private int lines;
    private int vectorBase;
    /** ICW3: master: IRs with a slave; slave: its cascade identity. */
    private int cascade;
    /** Next initialization word expected: 0 none (operational), 2, 3 or 4. */
    private int expect;
    private int icw1;
    private boolean autoEoi, rotateOnAutoEoi, specialMask, specialFullyNested, readIsr, poll;
    private int lowest = 7;
    /**
     * True from {@link #powerOn} until ICW1: the chip's state is undefined after power-up and it
     * must be initialized before use (datasheet "Initialization command words"), so it signals
     * nothing meanwhile.
     */
    private boolean uninitialized;

    /** A chip as j86's built-in firmware leaves it: operational, vector base 0, nothing masked. */
    public Pic8259(boolean master) {
        this.master = master;
    }

    /** The power-on state for a real BIOS: no interrupt is signalled before ICW1 is written. */
    public void powerOn() {
        uninitialized = true;
    }

    public int vectorBase() {
        return vectorBase;
    }

    public int irr() {
        return irr;
    }

    public int isr() {
        return isr;
    }

    public int imr() {
        return imr;
    }

    /** True when ICW3 says a slave hangs on {@code ir} (master only). */
    boolean hasSlaveOn(int ir) {
        return master && (icw1 & ICW1_SNGL) == 0 && (cascade & (1 << ir)) != 0;
    }

    /** Drives input IR{@code ir}. */
    public void setInput(int ir, boolean level) {
        int bit = 1 << ir;
        boolean was = (lines & bit) != 0;
        lines = level ? lines | bit : lines & ~bit;
        if ((icw1 & ICW1_LTIM) != 0) {
            irr = level ? irr | bit : irr & ~bit;
        } else if (level && !was) {
            irr |= bit;
        }
    }

    /** Priority rank of the highest-priority bit of {@code mask}: 0 highest ... 7 lowest, 8 when empty. */
    private int rank(int mask) {
        for (int r = 0; r < 8; r++) {
            if ((mask & (1 << ((lowest + 1 + r) & 7))) != 0) {
                return r;
            }
        }
        return 8;
    }

    private int irOfRank(int r) {
        return (lowest + 1 + r) & 7;
    }

    /** The IR this chip would signal on INT now, or -1 (datasheet "Interrupt sequence"). */
    public int request() {
        if (uninitialized) {
            return -1;
        }
        int r = rank(irr & ~imr);
        if (r == 8) {
            return -1;
        }
        int blocking = specialMask ? isr & ~imr : isr;
        if (master && specialFullyNested) {
            blocking &= ~cascade; // a slave in service may still pass a higher slave request
        }
        return r < rank(blocking) ? irOfRank(r) : -1;
    }

    /** The INTA sequence: returns the IR taken, or 7 (not put in service) when nothing requests. */
    public int acknowledge() {
        int ir = request();
        if (ir < 0) {
            return 7;
        }
        int bit = 1 << ir;
        if ((icw1 & ICW1_LTIM) == 0) {
            irr &= ~bit;
        }
        if (!autoEoi) {
            isr |= bit;
        } else if (rotateOnAutoEoi) {
            lowest = ir;
        }
        return ir;
    }

    public void write(int a0, int value) {
        value &= 0xFF;
        if (a0 == 0) {
            if ((value & ICW1) != 0) {
                initialize(value);
            } else if ((value & OCW3) != 0) {
                ocw3(value);
            } else {
                ocw2(value);
            }
            return;
        }
        switch (expect) {
            case 2 -> {
                vectorBase = value & 0xF8;
                expect = (icw1 & ICW1_SNGL) == 0 ? 3 : nextAfterIcw3();
            }
            case 3 -> {
                cascade = value;
                expect = nextAfterIcw3();
            }
            case 4 -> {
                autoEoi = (value & ICW4_AEOI) != 0;
                specialFullyNested = (value & ICW4_SFNM) != 0;
                expect = 0;
            }
            default -> imr = value; // OCW1
        }
    }

    private int nextAfterIcw3() {
        return (icw1 & ICW1_IC4) != 0 ? 4 : 0;
    }

    /** ICW1: edge sense reset, IMR cleared, IR7 lowest priority, special mask off, read IRR. */
    private void initialize(int value) {
        uninitialized = false;
        icw1 = value;
        expect = 2;
        imr = isr = irr = 0;
        lowest = 7;
        specialMask = readIsr = poll = autoEoi = rotateOnAutoEoi = specialFullyNested = false;
        if ((value & ICW1_LTIM) != 0) {
            irr = lines;
        }
    }

    private void ocw3(int value) {
        poll = (value & OCW3_POLL) != 0;
        if ((value & OCW3_RR) != 0) {
            readIsr = (value & OCW3_RIS) != 0;
        }
        if ((value & OCW3_ESMM) != 0) {
            specialMask = (value & OCW3_SMM) != 0;
        }
    }

    private void ocw2(int value) {
        int level = value & 7;
        switch (value >> 5) {
            case OCW2_ROTATE_AEOI_CLEAR -> rotateOnAutoEoi = false;
            case OCW2_ROTATE_AEOI_SET -> rotateOnAutoEoi = true;
            case OCW2_NONSPECIFIC_EOI, OCW2_ROTATE_NONSPECIFIC_EOI -> {
                int r = rank(isr);
                if (r < 8) {
                    int ir = irOfRank(r);
                    isr &= ~(1 << ir);
                    if ((value >> 5) == OCW2_ROTATE_NONSPECIFIC_EOI) {
                        lowest = ir;
                    }
                }
            }
            case OCW2_SPECIFIC_EOI -> isr &= ~(1 << level);
            case OCW2_ROTATE_SPECIFIC_EOI -> {
                isr &= ~(1 << level);
                lowest = level;
            }
            case OCW2_SET_PRIORITY -> lowest = level;
            default -> { } // no operation
        }
    }

    public int read(int a0) {
        if (a0 != 0) {
            return imr;
        }
        if (poll) {
            poll = false;
            int ir = request();
            if (ir < 0) {
                return 0;
            }
            acknowledge();
            return 0x80 | ir;
        }
        return readIsr ? isr : irr;
    }
}
