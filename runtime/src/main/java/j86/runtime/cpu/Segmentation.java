package j86.runtime.cpu;

/**
 * Segment register loads and logical -> linear address translation with the protection checks of
 * Intel SDM Vol. 3, 5.3 (limit checking), 5.4 (type checking), 5.5-5.7 (privilege levels and data
 * segment access), and the MOV/POP/LDS pseudo-code of Vol. 2.
 *
 * A null selector in DS, ES, FS or GS is cached with access byte 0 (P = 0), so the hot path of
 * {@link #linear} only needs to look at the access byte and the limit.
 */
public final class Segmentation {
    private Segmentation() {}

    public static final int ES = 0, CS = 1, SS = 2, DS = 3, FS = 4, GS = 5;

    /**
     * MOV, POP, LDS/LES/LFS/LGS/LSS to segment register {@code segIndex} (never CS: far transfers load
     * it). Faults leave the register unchanged.
     */
    public static void load(Cpu c, int segIndex, int selector) {
        selector &= 0xFFFF;
        if (segIndex == CS) {
            throw CpuFault.of(Vector.UD); // MOV/POP CS do not exist on the 386 (0F is a prefix there)
        }
        Segment s = c.seg[segIndex];
        if (!c.protectedMode() || (c.eflags & Cpu.VM) != 0) {
            s.loadReal(selector);
            if (!s.usable()) {
                s.access = 0x93; // a real-mode load makes a segment nulled in protected mode usable again
            }
            return;
        }
        if (segIndex == SS) {
            loadSs(c, selector);
        } else {
            loadData(c, s, selector);
        }
    }

    /** SS: SDM Vol. 2, MOV pseudo-code, "IF SS is loaded". */
    private static void loadSs(Cpu c, int selector) {
        if ((selector & 0xFFFC) == 0) {
            throw CpuFault.of(Vector.GP, 0);
        }
        int addr = descriptorAddress(c, selector, Vector.GP, 0);
        long d = read(c, addr);
        int a = Descriptor.access(d);
        if ((selector & 3) != c.cpl || !Descriptor.isWritableData(a) || Descriptor.dpl(a) != c.cpl) {
            throw CpuFault.of(Vector.GP, selector & 0xFFFC);
        }
        if (!Descriptor.present(a)) {
            throw CpuFault.of(Vector.SS, selector & 0xFFFC);
        }
        commit(c, c.seg[SS], selector, addr, d);
    }

    /** DS, ES, FS, GS: SDM Vol. 2, MOV pseudo-code, "IF DS, ES, FS, or GS is loaded". */
    private static void loadData(Cpu c, Segment s, int selector) {
        if ((selector & 0xFFFC) == 0) {
            s.loadNull(selector);
            return;
        }
        int addr = descriptorAddress(c, selector, Vector.GP, 0);
        long d = read(c, addr);
        int a = Descriptor.access(d);
        if (!Descriptor.isReadable(a)) {
            throw CpuFault.of(Vector.GP, selector & 0xFFFC);
        }
        // Data and non-conforming code: both RPL and CPL must be <= DPL (SDM Vol. 3, 5.7).
        if (!Descriptor.isConformingCode(a) && ((selector & 3) > Descriptor.dpl(a) || c.cpl > Descriptor.dpl(a))) {
            throw CpuFault.of(Vector.GP, selector & 0xFFFC);
        }
        if (!Descriptor.present(a)) {
            throw CpuFault.of(Vector.NP, selector & 0xFFFC);
        }
        commit(c, s, selector, addr, d);
    }

    /** Loads the hidden part and sets the descriptor's accessed bit (a supervisor write). */
    static void commit(Cpu c, Segment s, int selector, int addr, long d) {
        setAccessed(c, addr, d);
        Descriptor.loadInto(s, selector, d);
        s.access |= Descriptor.ACCESSED;
    }

    static void setAccessed(Cpu c, int addr, long d) {
        int a = Descriptor.access(d);
        if ((a & Descriptor.ACCESSED) == 0) {
            c.mmu.writeSys8(addr + 5, a | Descriptor.ACCESSED);
        }
    }

    /**
     * The linear address of the descriptor {@code selector} names in the GDT (TI = 0) or the LDT
     * (TI = 1). Beyond the table limit (or no LDT): fault {@code vector} with error code
     * {@code (selector & 0xFFFC) | ext} (SDM Vol. 3, 3.5.1 and 6.13).
     */
    public static int descriptorAddress(Cpu c, int selector, int vector, int ext) {
        int index = selector & 0xFFF8;
        int base, limit;
        if ((selector & 4) == 0) {
            base = c.gdtBase;
            limit = c.gdtLimit;
        } else {
            if (!c.ldtr.usable()) {
                throw CpuFault.of(vector, (selector & 0xFFFC) | ext);
            }
            base = c.ldtr.base;
            limit = c.ldtr.limit;
        }
        if (Integer.compareUnsigned(index + 7, limit) > 0) {
            throw CpuFault.of(vector, (selector & 0xFFFC) | ext);
        }
        return base + index;
    }

    /** Reads the 8-byte descriptor at linear {@code addr} (supervisor accesses). */
    public static long read(Cpu c, int addr) {
        int lo = c.mmu.readSys32(addr);
        int hi = c.mmu.readSys32(addr + 4);
        return (lo & 0xFFFFFFFFL) | ((long) hi << 32);
    }

    /**
     * Segment base + offset for an access of {@code size} bytes, after the checks of SDM Vol. 3, 5.3
     * and 5.4: a null segment, an offset beyond the limit, or a write to a read-only data or code
     * segment fault with #GP(0), or #SS(0) when the segment is SS. Hot path: one mask test and one
     * unsigned compare for an expand-up data segment.
     */
    public static int linear(Cpu c, int segIndex, int offset, int size, boolean write) {
        Segment s = c.seg[segIndex];
        int last = offset + size - 1;
        if (plainData(s, write)
                && Integer.compareUnsigned(last, s.limit) <= 0 && Integer.compareUnsigned(last, offset) >= 0) {
            return s.base + offset;
        }
        return slowLinear(c, segIndex, s, offset, size, write);
    }

    /** Present (0x80), data (S=0x10, code=0), expand-up (0x04 clear), and writable (0x02) for writes. */
    public static boolean plainData(Segment s, boolean write) {
        return (s.access & (write ? 0x9E : 0x9C)) == (write ? 0x92 : 0x90);
    }

    private static int slowLinear(Cpu c, int segIndex, Segment s, int offset, int size, boolean write) {
        int a = s.access;
        int last = offset + size - 1;
        boolean wraps = Integer.compareUnsigned(last, offset) < 0;
        if (!c.protectedMode() || (c.eflags & Cpu.VM) != 0) {
            // Real mode: only the cached limit is checked (SDM Vol. 3, 20.1.1); types do not apply.
            if (Integer.compareUnsigned(last, s.limit) > 0 || wraps && s.limit != -1) {
                throw fault(segIndex);
            }
            return s.base + offset;
        }
        if (!s.usable()) {
            throw fault(segIndex);
        }
        if (Descriptor.isCode(a) ? write || (a & Descriptor.READABLE) == 0
                : write && (a & Descriptor.WRITABLE) == 0) {
            throw fault(segIndex);
        }
        if (!Descriptor.isCode(a) && (a & Descriptor.EXPAND_DOWN) != 0) {
            // Expand-down: valid offsets are limit+1 .. 0xFFFF (B = 0) or 0xFFFFFFFF (B = 1).
            int upper = s.big ? -1 : 0xFFFF;
            if (Integer.compareUnsigned(offset, s.limit) <= 0 || Integer.compareUnsigned(last, upper) > 0 || wraps) {
                throw fault(segIndex);
            }
        } else if (Integer.compareUnsigned(last, s.limit) > 0 || wraps && s.limit != -1) {
            throw fault(segIndex);
        }
        return s.base + offset;
    }

    /** The fault a failed check through {@code segIndex} raises: #SS(0) for SS, #GP(0) otherwise. */
    public static CpuFault fault(int segIndex) {
        return CpuFault.of(segIndex == SS ? Vector.SS : Vector.GP, 0);
    }
}
