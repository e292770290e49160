package j86.hw.irq;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The APIC bus joining every local APIC and the I/O APIC (Intel SDM Vol. 3, 10.6 "Issuing
 * interprocessor interrupts", 10.6.2 "Determining IPI destination"; 82093AA datasheet 3.2.4).
 *
 * Destinations: physical mode compares the 8-bit destination with the APIC ID, 0xFF meaning all;
 * logical mode asks each APIC's LDR/DFR (flat or cluster model), 0xFF meaning all. Shorthands
 * self, all-including-self and all-excluding-self override the destination. Lowest-priority
 * delivery is delivered as fixed to the lowest-numbered APIC among those addressed (a
 * deterministic choice the SDM allows: the arbitration winner is model specific).
 *
 * INIT (level assert) resets the target APIC and calls {@link CpuControl#init}; an INIT level
 * de-assert (level bit 14 clear, trigger bit 15 set) is a no-op, as on Pentium 4 and later. The
 * bus keeps each CPU's wait-for-SIPI state: set at attach time for an application processor and
 * by every INIT, cleared by the first STARTUP; a STARTUP to a CPU not waiting is ignored here,
 * so the board's {@link CpuControl#startup} sees exactly one STARTUP per INIT.
 */
public final class ApicBus {
    /** Delivery modes (ICR and redirection entry bits 10-8). */
    public static final int FIXED = 0, LOWEST = 1, SMI = 2, NMI = 4, INIT = 5, STARTUP = 6, EXTINT = 7;
    /** ICR low bits (SDM Figure 10-12). */
    public static final int ICR_LOGICAL = 1 << 11, ICR_ASSERT = 1 << 14, ICR_LEVEL = 1 << 15;
    /** Destination shorthands (ICR bits 19-18). */
    public static final int SH_NONE = 0, SH_SELF = 1, SH_ALL = 2, SH_OTHERS = 3;
    /** The broadcast destination in both physical and logical mode (xAPIC). */
    public static final int BROADCAST = 0xFF;

    private final List<ApicEndpoint> apics = new ArrayList<>();
    private final List<Boolean> waitingForSipi = new ArrayList<>();
    private final List<IntConsumer> eoiListeners = new ArrayList<>();
    private CpuControl control = CpuControl.NONE;

    /** Joins a local APIC; {@code bsp} false puts it in wait-for-SIPI (an AP after power-on). */
    public void attach(ApicEndpoint apic, boolean bsp) {
        apics.add(apic);
        waitingForSipi.add(!bsp);
    }

    /** Who hears the vector of every EOI for a level-triggered interrupt (the I/O APIC). */
    public void addEoiListener(IntConsumer listener) {
        eoiListeners.add(listener);
    }

    public void setCpuControl(CpuControl control) {
        this.control = control;
    }

    /** The APIC with physical ID {@code apicId}, or null. */
    public ApicEndpoint find(int apicId) {
        for (ApicEndpoint a : apics) {
            if (a.apicId() == apicId) {
                return a;
            }
        }
        return null;
    }

    /** An IPI written to {@code source}'s ICR: low dword {@code icrLow}, destination field {@code dest}. */
    public void sendIpi(ApicEndpoint source, int icrLow, int dest) {
        int mode = (icrLow >> 8) & 7;
        boolean level = (icrLow & ICR_LEVEL) != 0;
        if (mode == INIT && level && (icrLow & ICR_ASSERT) == 0) {
            return; // INIT level de-assert
        }
        List<ApicEndpoint> targets = new ArrayList<>();
        switch ((icrLow >> 18) & 3) {
            case SH_SELF -> targets.add(source);
            case SH_ALL -> targets.addAll(apics);
            case SH_OTHERS -> apics.stream().filter(a -> a != source).forEach(targets::add);
            default -> addressed(targets, dest & 0xFF, (icrLow & ICR_LOGICAL) != 0);
        }
        deliver(targets, mode, icrLow & 0xFF, level);
    }

    /** A message from the I/O APIC (redirection entry fields). */
    public void ioApicMessage(int vector, int mode, boolean logical, int dest, boolean levelTriggered) {
        List<ApicEndpoint> targets = new ArrayList<>();
        addressed(targets, dest & 0xFF, logical);
        deliver(targets, mode, vector, levelTriggered);
    }

    /** A local APIC's EOI for a vector its TMR marked level-triggered. */
    public void broadcastEoi(int vector) {
        for (IntConsumer l : eoiListeners) {
            l.accept(vector);
        }
    }

    private void addressed(List<ApicEndpoint> out, int dest, boolean logical) {
        for (ApicEndpoint a : apics) {
            boolean hit = dest == BROADCAST || (logical ? a.matchesLogical(dest) : a.apicId() == dest);
            if (hit) {
                out.add(a);
            }
        }
    }

    private void deliver(List<ApicEndpoint> targets, int mode, int vector, boolean level) {
        if (mode == LOWEST && !targets.isEmpty()) {
            ApicEndpoint lowest = targets.get(0);
            for (ApicEndpoint a : targets) {
                lowest = a.apicId() < lowest.apicId() ? a : lowest;
            }
            lowest.acceptInterrupt(vector, level);
            return;
        }
        for (ApicEndpoint a : targets) {
            switch (mode) {
                case FIXED -> a.acceptInterrupt(vector, level);
                case NMI -> a.acceptNmi();
                case INIT -> init(a);
                case STARTUP -> startup(a, vector);
                default -> { } // SMI and ExtINT messages: nothing models them
            }
        }
    }

    private void init(ApicEndpoint a) {
        a.initReset();
        waitingForSipi.set(apics.indexOf(a), true);
        control.init(a.apicId());
    }

    private void startup(ApicEndpoint a, int vector) {
        int i = apics.indexOf(a);
        if (waitingForSipi.get(i)) {
            waitingForSipi.set(i, false);
            control.startup(a.apicId(), vector);
        }
    }
}
