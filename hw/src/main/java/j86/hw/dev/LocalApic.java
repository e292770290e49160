package j86.hw.dev;

import j86.hw.irq.ApicBus;
import j86.hw.irq.ApicEndpoint;
import j86.runtime.bus.InterruptSource;
import j86.runtime.bus.MmioDevice;
import j86.runtime.sched.TimedDevice;
import j86.runtime.sched.VirtualClock;

/**
 * One CPU's local APIC (Intel SDM Vol. 3, chapter 10, xAPIC mode), mapped per CPU at
 * {@link #BASE}. It is that CPU's {@link InterruptSource}: interrupts wait in IRR, the highest one
 * whose priority class is above the processor priority (TPR and the highest in-service vector,
 * 10.8.3.1) is handed to the CPU, moving from IRR to ISR, and an EOI write retires the highest
 * ISR bit (10.8.5). LINT0 programmed as ExtINT passes the 8259A's requests straight through,
 * bypassing IRR, ISR and TPR (10.5.1). The timer counts in virtual time (10.5.4).
 *
 * Reset state (10.4.7.1): IRR/ISR/TMR/TPR/ICR/LDR 0, DFR all ones, SVR 0xFF (software disabled),
 * every LVT masked. While software-disabled, interrupts still collect in IRR but none is
 * delivered except through ExtINT, and guest writes to LVT entries keep the mask bit set
 * (10.4.7.2). The board sets the PC firmware's virtual-wire LINT0/LINT1 with {@link #setLvt}.
 */
public final class LocalApic implements MmioDevice, InterruptSource, TimedDevice, ApicEndpoint {
    /** Physical base of the register page and its size. */
    public static final int BASE = 0xFEE00000, SIZE = 0x1000;

    // Register offsets (SDM Table 10-1).
    public static final int ID = 0x020;         // local APIC ID, bits 31-24
    public static final int VER = 0x030;        // version: max LVT entry in bits 23-16
    public static final int TPR = 0x080;        // task priority
    public static final int APR = 0x090;        // arbitration priority (reads 0)
    public static final int PPR = 0x0A0;        // processor priority (read only)
    public static final int EOI = 0x0B0;        // end of interrupt (write only)
    public static final int RRD = 0x0C0;        // remote read (reads 0)
    public static final int LDR = 0x0D0;        // logical destination, bits 31-24
    public static final int DFR = 0x0E0;        // destination format: flat 0xF, cluster 0x0 in bits 31-28
    public static final int SVR = 0x0F0;        // spurious vector, software enable bit 8
    public static final int ISR = 0x100;        // in-service, 8 words 0x100-0x170
    public static final int TMR = 0x180;        // trigger mode, 8 words 0x180-0x1F0
    public static final int IRR = 0x200;        // interrupt request, 8 words 0x200-0x270
    public static final int ESR = 0x280;        // error status: a write latches errors for reading
    public static final int ICR_LO = 0x300;     // interrupt command low: writing it sends the IPI
    public static final int ICR_HI = 0x310;     // interrupt command high: destination bits 31-24
    public static final int LVT_TIMER = 0x320;  // timer: vector, mask bit 16, periodic bit 17
    public static final int LVT_THERMAL = 0x330; // thermal sensor (never fires here)
    public static final int LVT_PERF = 0x340;   // performance counter
    public static final int LVT_LINT0 = 0x350;  // local interrupt pin 0 (ExtINT from the 8259A)
    public static final int LVT_LINT1 = 0x360;  // local interrupt pin 1 (NMI)
    public static final int LVT_ERROR = 0x370;  // APIC error: raised when an ESR bit is set
    public static final int TICR = 0x380;       // timer initial count
    public static final int TCCR = 0x390;       // timer current count (read only)
    public static final int TDCR = 0x3E0;      // timer divide configuration

    /** Version register: integrated APIC version 0x14, max LVT entry 5 (six LVT entries). */
    public static final int VERSION = 0x00050014;
    public static final int SVR_ENABLE = 1 << 8;   // SVR: APIC software enable
    public static final int LVT_LEVEL = 1 << 15;   // LVT: level-triggered (LINT0/LINT1)
    public static final int LVT_MASKED = 1 << 16;  // LVT: masked
    public static final int LVT_PERIODIC = 1 << 17; // LVT timer: periodic, not one-shot
    /** LVT delivery mode field (bits 10-8) values for ExtINT and NMI. */
    public static final int DELIVERY_EXTINT = ApicBus.EXTINT << 8, DELIVERY_NMI = ApicBus.NMI << 8;
    /** Virtual-wire values PC firmware leaves in the BSP's LINT0 (ExtINT) and LINT1 (NMI). */
    public static final int LINT0_EXTINT = DELIVERY_EXTINT, LINT1_NMI = DELIVERY_NMI;
    /** ESR bits (SDM Figure 10-9). */
    public static final int ESR_SEND_ILLEGAL = 1 << 5, ESR_RECV_ILLEGAL = 1 << 6;

    private static final int LVT_FIRST = LVT_TIMER, LVT_COUNT = 6;

    private int apicId;
    private final ApicBus bus;
    private final VirtualClock clock;
    private final ApicTimer timer;
    private final VectorSet irr = new VectorSet(), isr = new VectorSet(), tmr = new VectorSet();
    private final int[] lvt = new int[LVT_COUNT];
    private int tpr, ldr, dfr, svr, esr, errors, icrLo, icrHi, tdcr;
    private InterruptSource extInt = InterruptSource.NONE;
    /** The CPU's NMI input, where an accepted NMI goes (the board connects Cpu.raiseNmi). */
    private Runnable nmiInput = () -> { };
    /**
     * For --stats: interrupts handed to the CPU (ExtINT ones included), spurious vectors handed
     * instead, and IPIs this APIC sent (INIT and STARTUP included).
     */
    public long interrupts, spurious, ipisSent;

    /**
     * A local APIC with physical ID {@code apicId} joined to {@code bus} (as the bootstrap
     * processor when {@code bsp}); the timer is clocked at {@code timerHz} (the bus frequency).
     */
    public LocalApic(int apicId, boolean bsp, ApicBus bus, VirtualClock clock, long timerHz) {
        this.apicId = apicId;
        this.bus = bus;
        this.clock = clock;
        this.timer = new ApicTimer(timerHz);
        powerOnReset();
        bus.attach(this, bsp);
    }

    /** The 8259A pair whose requests LINT0 passes through when programmed as ExtINT. */
    public void connectExtInt(InterruptSource pic) {
        this.extInt = pic;
    }

    private void powerOnReset() {
        irr.clearAll();
        isr.clearAll();
        tmr.clearAll();
        java.util.Arrays.fill(lvt, LVT_MASKED);
        tpr = ldr = esr = errors = icrLo = icrHi = tdcr = 0;
        dfr = -1;
        svr = 0xFF;
        timer.stop();
        timer.setDivideConfig(0);
        timer.setPeriodic(false);
    }

    // ---- MMIO ----

    @Override
    public int read(int offset, int sizeBytes) {
        int v = readRegister(offset & 0xFF0);
        int shift = (offset & 3) * 8;
        return sizeBytes == 4 ? v : (v >>> shift) & ((1 << (sizeBytes * 8)) - 1);
    }

    @Override
    public void write(int offset, int sizeBytes, int value) {
        int reg = offset & 0xFF0;
        if (sizeBytes != 4) {
            int shift = (offset & 3) * 8;
            int mask = ((1 << (sizeBytes * 8)) - 1) << shift;
            value = (readRegister(reg) & ~mask) | ((value << shift) & mask);
        }
        writeRegister(reg, value);
    }

    /** The value software reads at register offset {@code reg}. */
    public int readRegister(int reg) {
        if (reg >= ISR && reg < ISR + 0x80) {
            return isr.word((reg - ISR) >> 4);
        }
        if (reg >= TMR && reg < TMR + 0x80) {
            return tmr.word((reg - TMR) >> 4);
        }
        if (reg >= IRR && reg < IRR + 0x80) {
            return irr.word((reg - IRR) >> 4);
        }
        if (isLvt(reg)) {
            return lvtEntry(reg);
        }
        return switch (reg) {
            case ID -> apicId << 24;
            case VER -> VERSION;
            case TPR -> tpr;
            case PPR -> ppr();
            case LDR -> ldr;
            case DFR -> dfr;
            case SVR -> svr;
            case ESR -> esr;
            case ICR_LO -> icrLo; // delivery status (bit 12) always idle: IPIs arrive at once
            case ICR_HI -> icrHi;
            case TICR -> (int) timer.initialCount();
            case TCCR -> (int) timer.currentCount(clock.nanos());
            case TDCR -> tdcr;
            default -> 0;
        };
    }

    /** A software write of {@code value} to register offset {@code reg}. */
    public void writeRegister(int reg, int value) {
        if (isLvt(reg)) {
            writeLvt(reg, value);
            return;
        }
        switch (reg) {
            case ID -> apicId = value >>> 24;
            case TPR -> tpr = value & 0xFF;
            case EOI -> eoi();
            case LDR -> ldr = value & 0xFF000000;
            case DFR -> dfr = value | 0x0FFFFFFF;
            case SVR -> writeSvr(value);
            case ESR -> {
                esr = errors;
                errors = 0;
            }
            case ICR_HI -> icrHi = value & 0xFF000000;
            case ICR_LO -> sendIpi(value);
            case TICR -> {
                catchUpTimer();
                timer.start(value, clock.nanos());
            }
            case TDCR -> {
                catchUpTimer();
                tdcr = value & 0xB;
                timer.changeDivideConfig(tdcr, clock.nanos());
            }
            default -> { } // read-only or reserved
        }
    }

    private void writeSvr(int value) {
        svr = value & 0x3FF;
        if (!softwareEnabled()) {
            for (int i = 0; i < LVT_COUNT; i++) {
                lvt[i] |= LVT_MASKED;
            }
        }
    }

    private void writeLvt(int reg, int value) {
        if (!softwareEnabled()) {
            value |= LVT_MASKED;
        }
        if (reg == LVT_TIMER) {
            catchUpTimer();
            timer.setPeriodic((value & LVT_PERIODIC) != 0);
            value &= 0x700FF;
        } else {
            value &= ~(1 << 12 | 1 << 14); // delivery status and remote IRR are read only
        }
        setLvt(reg, value);
    }

    private static boolean isLvt(int reg) {
        return reg >= LVT_FIRST && reg < LVT_FIRST + LVT_COUNT * 0x10;
    }

    /** The LVT entry at register offset {@code reg}. */
    private int lvtEntry(int reg) {
        return lvt[(reg - LVT_FIRST) >> 4];
    }

    /** Sets an LVT entry directly (the board: virtual-wire mode, {@link #LINT0_EXTINT} / {@link #LINT1_NMI}). */
    public void setLvt(int reg, int value) {
        lvt[(reg - LVT_FIRST) >> 4] = value;
    }

    private void sendIpi(int value) {
        icrLo = value & ~(1 << 12);
        int mode = (value >> 8) & 7;
        int vector = value & 0xFF;
        if ((mode == ApicBus.FIXED || mode == ApicBus.LOWEST) && vector < 16) {
            error(ESR_SEND_ILLEGAL);
            return;
        }
        if (mode != ApicBus.INIT || (value & (ApicBus.ICR_LEVEL | ApicBus.ICR_ASSERT)) != ApicBus.ICR_LEVEL) {
            ipisSent++; // an INIT level de-assert is no IPI: nothing is delivered
        }
        bus.sendIpi(this, icrLo, icrHi >>> 24);
    }

    private void error(int bit) {
        errors |= bit;
        int e = lvtEntry(LVT_ERROR);
        if ((e & LVT_MASKED) == 0 && (e & 0xFF) >= 16) {
            acceptInterrupt(e & 0xFF, false);
        }
    }

    // ---- interrupt acceptance and delivery ----

    public boolean softwareEnabled() {
        return (svr & SVR_ENABLE) != 0;
    }

    /** Processor priority (SDM 10.8.3.1): TPR, or the in-service vector's class if that is higher. */
    public int ppr() {
        int isrv = Math.max(isr.highest(), 0);
        return (tpr >> 4) >= (isrv >> 4) ? tpr : isrv & 0xF0;
    }

    private boolean extIntPending() {
        int lint0 = lvtEntry(LVT_LINT0);
        return (lint0 & (LVT_MASKED | 0x700)) == DELIVERY_EXTINT && extInt.pending();
    }

    @Override
    public boolean pending() {
        if (extIntPending()) {
            return true;
        }
        if (!softwareEnabled()) {
            return false;
        }
        int v = irr.highest();
        return v >= 0 && (v & 0xF0) > (ppr() & 0xF0);
    }

    @Override
    public int acknowledge() {
        if (extIntPending()) {
            interrupts++;
            return extInt.acknowledge();
        }
        int v = irr.highest();
        if (!softwareEnabled() || v < 0 || (v & 0xF0) <= (ppr() & 0xF0)) {
            spurious++;
            return svr & 0xFF; // spurious: ISR untouched, no EOI expected (SDM 10.9)
        }
        interrupts++;
        irr.clear(v);
        isr.set(v);
        return v;
    }

    private void eoi() {
        int v = isr.highest();
        if (v < 0) {
            return;
        }
        isr.clear(v);
        if (tmr.test(v)) {
            bus.broadcastEoi(v);
        }
    }

    @Override
    public int apicId() {
        return apicId;
    }

    @Override
    public boolean matchesLogical(int mda) {
        int id = ldr >>> 24;
        if ((dfr >>> 28) == 0xF) {
            return (id & mda) != 0;                     // flat model
        }
        return (id >> 4) == (mda >> 4) && (id & mda & 0xF) != 0; // cluster model
    }

    @Override
    public void acceptInterrupt(int vector, boolean levelTriggered) {
        vector &= 0xFF;
        if (vector < 16) {
            error(ESR_RECV_ILLEGAL);
            return;
        }
        irr.set(vector);
        if (levelTriggered) {
            tmr.set(vector);
        } else {
            tmr.clear(vector);
        }
    }

    /**
     * An NMI IPI (or LINT1 in NMI mode) goes straight to the CPU's NMI input, not through IRR:
     * it has no vector priority and is taken whatever EFLAGS.IF (SDM Vol. 3, 10.5.1, 10.6.1).
     * The CPU latches it ({@code Cpu.nmi}), so an INIT of the CPU drops it.
     */
    @Override
    public void acceptNmi() {
        nmiInput.run();
    }

    /** Connects the CPU's NMI input (the board: {@code cpu::raiseNmi}). */
    public void setNmiInput(Runnable input) {
        this.nmiInput = input;
    }

    @Override
    public void initReset() {
        powerOnReset();
    }

    /** The in-service, request and trigger-mode bit of {@code vector} (for tests and the monitor). */
    public boolean inService(int vector) {
        return isr.test(vector);
    }

    public boolean requested(int vector) {
        return irr.test(vector);
    }

    // ---- timer ----

    @Override
    public long nextDeadline() {
        int t = lvtEntry(LVT_TIMER);
        return (t & LVT_MASKED) != 0 ? Long.MAX_VALUE : timer.deadline();
    }

    @Override
    public void advance(long nowNanos) {
        if (timer.expire(nowNanos) > 0) {
            int t = lvtEntry(LVT_TIMER);
            if ((t & LVT_MASKED) == 0) {
                acceptInterrupt(t & 0xFF, false);
            }
        }
    }

    /** Counts expirations up to now under the current LVT, before it or the count changes. */
    private void catchUpTimer() {
        advance(clock.nanos());
    }
}
