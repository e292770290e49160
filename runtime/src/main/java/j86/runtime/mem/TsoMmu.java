package j86.runtime.mem;

import java.lang.invoke.VarHandle;

/**
 * The MMU of a CPU that runs on its own host thread ({@code -accel tcg,thread=multi}): every guest
 * data access keeps x86-TSO order against the JIT.
 *
 * <p>Why fences around plain accesses: x86 hardware already gives the host TSO, so the only
 * reordering left to prevent is the JIT's (C2 may move plain array accesses past each other, merge
 * or hoist them out of loops). TSO forbids load-load, load-store and store-store reordering and
 * allows a store to pass a later load. A load followed by {@link VarHandle#acquireFence} (no
 * later access moves above it) and a store preceded by {@link VarHandle#releaseFence} (no earlier
 * access moves below it) forbid exactly the first three and allow the fourth. On x86 both fences
 * are compiler barriers only (no instruction), so the cost is the optimisations lost, not stalls;
 * a fence also makes the memory state differ on every loop iteration, so a spin loop's load is
 * never hoisted. The accesses themselves stay the plain single loads and stores Mmu makes (one
 * {@code mov} each: aligned and in-line accesses are single-copy atomic as on x86).
 *
 * <p>The fences live in this subclass rather than behind a flag in {@link Mmu}, so that the
 * deterministic mode, which never loads this class, pays nothing (not even a branch).
 *
 * <p>It also serves the atomic read-modify-write of locked instructions ({@code interp.AtomicRmw}):
 * while a capture is armed, accesses to the captured operand go to a private copy, which the
 * caller then publishes with one compare-and-set.
 */
public final class TsoMmu extends Mmu {
    /** The armed capture: linear [capLin, capLin + capSize), its bytes (little-endian) in capVal. */
    private int capLin, capSize;
    private long capVal;

    public TsoMmu(PagingState cpu, PhysicalMemory phys) {
        super(cpu, phys);
    }

    // ---- fenced accesses -----------------------------------------------------------------------

    @Override
    public int read8(int linear) {
        if (capSize != 0 && captured(linear, 1)) {
            return (int) (capVal >>> ((linear - capLin) << 3)) & 0xFF;
        }
        int v = super.read8(linear);
        VarHandle.acquireFence();
        return v;
    }

    @Override
    public int read16(int linear) {
        if (capSize != 0 && captured(linear, 2)) {
            return (int) (capVal >>> ((linear - capLin) << 3)) & 0xFFFF;
        }
        int v = super.read16(linear);
        VarHandle.acquireFence();
        return v;
    }

    @Override
    public int read32(int linear) {
        if (capSize != 0 && captured(linear, 4)) {
            return (int) (capVal >>> ((linear - capLin) << 3));
        }
        int v = super.read32(linear);
        VarHandle.acquireFence();
        return v;
    }

    @Override
    public void write8(int linear, int value) {
        if (capSize != 0 && captured(linear, 1)) {
            put(linear, 1, value);
            return;
        }
        VarHandle.releaseFence();
        super.write8(linear, value);
    }

    @Override
    public void write16(int linear, int value) {
        if (capSize != 0 && captured(linear, 2)) {
            put(linear, 2, value);
            return;
        }
        VarHandle.releaseFence();
        super.write16(linear, value);
    }

    @Override
    public void write32(int linear, int value) {
        if (capSize != 0 && captured(linear, 4)) {
            put(linear, 4, value);
            return;
        }
        VarHandle.releaseFence();
        super.write32(linear, value);
    }

    // Supervisor accesses (descriptor tables, TSS, IDT): ordered too, never captured.

    @Override
    public int readSys8(int linear) {
        int v = super.readSys8(linear);
        VarHandle.acquireFence();
        return v;
    }

    @Override
    public int readSys16(int linear) {
        int v = super.readSys16(linear);
        VarHandle.acquireFence();
        return v;
    }

    @Override
    public int readSys32(int linear) {
        int v = super.readSys32(linear);
        VarHandle.acquireFence();
        return v;
    }

    @Override
    public void writeSys8(int linear, int value) {
        VarHandle.releaseFence();
        super.writeSys8(linear, value);
    }

    @Override
    public void writeSys16(int linear, int value) {
        VarHandle.releaseFence();
        super.writeSys16(linear, value);
    }

    @Override
    public void writeSys32(int linear, int value) {
        VarHandle.releaseFence();
        super.writeSys32(linear, value);
    }

    /** REP MOVS/STOS page runs (interp.StringRuns): earlier accesses stay before the run's. */
    @Override
    public int ramForWrite(int la, int bytes) {
        VarHandle.releaseFence();
        return super.ramForWrite(la, bytes);
    }

    // ---- capture for atomic read-modify-write ---------------------------------------------------

    /**
     * Arms a capture of the {@code size}-byte operand at {@code linear} (1, 2, 4 or 8 bytes)
     * whose current bytes are {@code value}: until {@link #endCapture}, reads of it return those
     * bytes and writes change only the copy.
     */
    public void capture(int linear, int size, long value) {
        capLin = linear;
        capSize = size;
        capVal = value;
    }

    /** Disarms the capture and returns the operand's bytes as the instruction left them. */
    public long endCapture() {
        capSize = 0;
        return capVal;
    }

    private boolean captured(int linear, int size) {
        int off = linear - capLin;
        return off >= 0 && off + size <= capSize;
    }

    private void put(int linear, int size, int value) {
        int shift = (linear - capLin) << 3;
        long mask = (size == 4 ? 0xFFFFFFFFL : (1L << (size << 3)) - 1) << shift;
        capVal = (capVal & ~mask) | (((long) value << shift) & mask);
    }
}
