package j86.runtime.mem;

/**
 * The part of a CPU's state that address translation reads: the control registers and the
 * current privilege level. {@code Cpu} extends it and the {@link Mmu} and {@link PageWalker}
 * see only this, so the memory package does not depend on the CPU class (the CPU owns its
 * MMU, not the other way round). Plain public fields, read directly on the MMU's hot path.
 */
public abstract class PagingState {
    // CR0 bits (Intel SDM Vol. 3, 2.5)
    public static final int CR0_PE = 1, CR0_MP = 2, CR0_EM = 4, CR0_TS = 8, CR0_ET = 16, CR0_NE = 32,
            CR0_WP = 1 << 16, CR0_AM = 1 << 18, CR0_NW = 1 << 29, CR0_CD = 1 << 30, CR0_PG = 1 << 31;
    // CR4 bits
    public static final int CR4_VME = 1, CR4_PVI = 2, CR4_TSD = 4, CR4_DE = 8, CR4_PSE = 16, CR4_PAE = 32,
            CR4_MCE = 64, CR4_PGE = 128;

    /** Control registers; CR2 is written by the page walker on #PF. */
    public int cr0 = CR0_ET, cr2, cr3, cr4;
    /** Current privilege level (the RPL of CS in protected mode, 0 in real mode). */
    public int cpl;
}
