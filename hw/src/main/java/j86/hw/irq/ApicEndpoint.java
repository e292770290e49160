package j86.hw.irq;

/**
 * A local APIC as the {@link ApicBus} sees it: an address (physical APIC ID, logical destination
 * registers) and the messages it accepts (Intel SDM Vol. 3, 10.6 "Issuing interprocessor
 * interrupts" and 10.8 "Handling interrupts").
 */
public interface ApicEndpoint {
    /** The physical APIC ID (bits 31-24 of the ID register). */
    int apicId();

    /** True when logical destination {@code mda} (8 bits) addresses this APIC per its LDR and DFR. */
    boolean matchesLogical(int mda);

    /** A fixed (or lowest-priority) interrupt: sets IRR, and TMR when {@code levelTriggered}. */
    void acceptInterrupt(int vector, boolean levelTriggered);

    /** A non-maskable interrupt message. */
    void acceptNmi();

    /** INIT: resets the APIC's registers to their power-up values, keeping the APIC ID. */
    void initReset();
}
