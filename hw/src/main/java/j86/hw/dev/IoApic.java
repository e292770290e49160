package j86.hw.dev;

import j86.hw.irq.ApicBus;
import j86.hw.irq.IrqSink;
import j86.runtime.bus.MmioDevice;

/**
 * The I/O APIC (Intel 82093AA datasheet, 3.0 "Register description"), mapped at {@link #BASE}.
 * Software selects a register by writing its index to IOREGSEL and then reads or writes it
 * through IOWIN. Input pin n receives ISA IRQ n (see {@link j86.hw.irq.IrqRouter}); each
 * pin's redirection entry turns an assertion into an APIC bus message.
 *
 * Edge-triggered pins deliver on each rising edge of the (polarity-corrected) input. An edge
 * that arrives while the entry is masked is held and delivered when the entry is unmasked — the
 * datasheet says such edges are discarded, but guests written against QEMU unmask a pin whose
 * device line is already high and expect its interrupt; holding it costs nothing otherwise.
 * Level-triggered pins deliver while asserted, set Remote IRR, and deliver again only after the
 * local APIC's EOI for that vector clears Remote IRR (3.2.4, bit 14).
 */
public final class IoApic implements MmioDevice, IrqSink {
    public static final int BASE = 0xFEC00000, SIZE = 0x1000;

    // Memory-mapped registers (datasheet 3.1).
    public static final int IOREGSEL = 0x00;   // index of the register IOWIN accesses
    public static final int IOWIN = 0x10;      // window onto the selected register
    // Indirect registers (datasheet 3.2).
    public static final int REG_ID = 0x00;     // IOAPICID: ID in bits 27-24
    public static final int REG_VER = 0x01;    // IOAPICVER: max redirection entry 23-16, version 7-0
    public static final int REG_ARB = 0x02;    // IOAPICARB: arbitration ID in bits 27-24
    public static final int REG_TABLE = 0x10;  // IOREDTBL n: low dword 0x10+2n, high dword 0x11+2n

    public static final int PINS = 24;     // input pins, and redirection entries
    /** 24 entries (max index 0x17) and version 0x11. */
    public static final int VERSION = 0x00170011;

    // Redirection entry low dword bits (datasheet 3.2.4).
    public static final int RTE_DELIVERY_MODE = 0x700;      // bits 10-8: fixed, lowest priority, ...
    public static final int RTE_LOGICAL = 1 << 11;          // destination mode
    public static final int RTE_DELIVERY_STATUS = 1 << 12;  // read only: always idle here
    public static final int RTE_ACTIVE_LOW = 1 << 13;       // input pin polarity
    public static final int RTE_REMOTE_IRR = 1 << 14;       // read only: level interrupt in service
    public static final int RTE_LEVEL = 1 << 15;            // trigger mode
    public static final int RTE_MASKED = 1 << 16;           // interrupt mask

    private final ApicBus bus;
    private int id;
    private int select;
    private final int[] low = new int[PINS], high = new int[PINS];
    private final boolean[] input = new boolean[PINS];
    /** Edge seen and not yet delivered (masked at the time). */
    private final boolean[] edgePending = new boolean[PINS];

    /** An I/O APIC with ID {@code id} sending on {@code bus} (and hearing its EOIs). */
    public IoApic(int id, ApicBus bus) {
        this.id = id & 0xF;
        this.bus = bus;
        for (int i = 0; i < PINS; i++) {
            low[i] = RTE_MASKED;
        }
        bus.addEoiListener(this::eoi);
    }

    @Override
    public int read(int offset, int sizeBytes) {
        int v = switch (offset & ~3) {
            case IOREGSEL -> select;
            case IOWIN -> readRegister(select);
            default -> 0;
        };
        return sizeBytes == 4 ? v : (v >>> ((offset & 3) * 8)) & ((1 << (sizeBytes * 8)) - 1);
    }

    @Override
    public void write(int offset, int sizeBytes, int value) {
        switch (offset & ~3) {
            case IOREGSEL -> select = value & 0xFF;
            case IOWIN -> writeRegister(select, value);
            default -> { }
        }
    }

    public int readRegister(int reg) {
        if (reg >= REG_TABLE && reg < REG_TABLE + 2 * PINS) {
            int pin = (reg - REG_TABLE) >> 1;
            return (reg & 1) == 0 ? low[pin] : high[pin];
        }
        return switch (reg) {
            case REG_ID, REG_ARB -> id << 24;
            case REG_VER -> VERSION;
            default -> 0;
        };
    }

    public void writeRegister(int reg, int value) {
        if (reg == REG_ID) {
            id = (value >>> 24) & 0xF;
        } else if (reg >= REG_TABLE && reg < REG_TABLE + 2 * PINS) {
            int pin = (reg - REG_TABLE) >> 1;
            if ((reg & 1) == 0) {
                int ro = RTE_DELIVERY_STATUS | RTE_REMOTE_IRR;
                low[pin] = (value & ~ro) | (low[pin] & RTE_REMOTE_IRR);
                service(pin);
            } else {
                high[pin] = value & 0xFF000000;
            }
        }
    }

    @Override
    public void setIrq(int pin, boolean level) {
        if (pin < 0 || pin >= PINS) {
            return;
        }
        boolean was = asserted(pin);
        input[pin] = level;
        if ((low[pin] & RTE_LEVEL) == 0 && !was && asserted(pin)) {
            edgePending[pin] = true;
        }
        service(pin);
    }

    private boolean asserted(int pin) {
        return input[pin] ^ ((low[pin] & RTE_ACTIVE_LOW) != 0);
    }

    private void service(int pin) {
        int e = low[pin];
        if ((e & RTE_MASKED) != 0) {
            return;
        }
        if ((e & RTE_LEVEL) == 0) {
            if (edgePending[pin]) {
                edgePending[pin] = false;
                send(pin, false);
            }
        } else if (asserted(pin) && (e & RTE_REMOTE_IRR) == 0) {
            low[pin] |= RTE_REMOTE_IRR;
            send(pin, true);
        }
    }

    private void send(int pin, boolean level) {
        int e = low[pin];
        bus.ioApicMessage(e & 0xFF, (e & RTE_DELIVERY_MODE) >> 8, (e & RTE_LOGICAL) != 0, high[pin] >>> 24, level);
    }

    /** A local APIC's EOI for {@code vector}: level entries with that vector may deliver again. */
    private void eoi(int vector) {
        for (int pin = 0; pin < PINS; pin++) {
            if ((low[pin] & RTE_LEVEL) != 0 && (low[pin] & 0xFF) == vector && (low[pin] & RTE_REMOTE_IRR) != 0) {
                low[pin] &= ~RTE_REMOTE_IRR;
                service(pin);
            }
        }
    }
}
