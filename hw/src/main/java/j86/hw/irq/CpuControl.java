package j86.hw.irq;

/**
 * What the {@link ApicBus} asks of the board when an INIT or STARTUP interprocessor interrupt
 * reaches a CPU (Intel SDM Vol. 3, 10.6.1 and 8.4.4). The bus has already reset the target's
 * local APIC for INIT and filtered STARTUP: {@link #startup} is called only for a CPU that is in
 * the wait-for-SIPI state (an AP since power-on, or any CPU since its last INIT), and at most
 * once per INIT, so the second STARTUP that MP start-up code sends is not seen here.
 */
public interface CpuControl {
    /** INIT (level assert) reached the CPU whose APIC ID is {@code apicId}: put it in wait-for-SIPI. */
    void init(int apicId);

    /** STARTUP with {@code vector}: the CPU starts in real mode at {@code vector << 12} (CS = vector << 8, IP = 0). */
    void startup(int apicId, int vector);

    /** A board without application processors. */
    CpuControl NONE = new CpuControl() {
        @Override
        public void init(int apicId) {
        }

        @Override
        public void startup(int apicId, int vector) {
        }
    };
}
