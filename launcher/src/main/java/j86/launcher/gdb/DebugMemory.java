package j86.launcher.gdb;

import j86.runtime.cpu.Cpu;
import j86.runtime.mem.PhysicalMemory;

/**
 * A debugger's view of guest memory through one CPU's paging: the 32-bit two-level walk of Intel
 * SDM Vol. 3, 4.3 (4 MiB pages under CR4.PSE), done on the side. Unlike the CPU's own Mmu it never
 * raises #PF, never sets CR2 or the accessed/dirty bits and never fills the TLB, so a debugger
 * looking at memory leaves the guest exactly as it was. Protection bits are ignored: a debugger may
 * read supervisor pages and write read-only ones. Writes go through {@link PhysicalMemory}, which
 * invalidates decoded code on the pages they change.
 */
public final class DebugMemory {
    private static final int P = 1, PS = 0x80;

    private DebugMemory() {}

    /** The physical address {@code linear} maps to on {@code c}, or -1 when it is not mapped. */
    public static long translate(Cpu c, int linear) {
        if (!c.paging()) {
            return linear & 0xFFFFFFFFL;
        }
        int pde = c.phys.read32((c.cr3 & ~0xFFF) | (linear >>> 22) << 2);
        if ((pde & P) == 0) {
            return -1;
        }
        if ((c.cr4 & Cpu.CR4_PSE) != 0 && (pde & PS) != 0) {
            return ((pde & 0xFFC00000) | (linear & 0x003FFFFF)) & 0xFFFFFFFFL;
        }
        int pte = c.phys.read32((pde & ~0xFFF) | ((linear >>> 12) & 0x3FF) << 2);
        if ((pte & P) == 0) {
            return -1;
        }
        return ((pte & ~0xFFF) | (linear & 0xFFF)) & 0xFFFFFFFFL;
    }

    /** Reads up to {@code len} bytes at {@code linear}; returns how many could be read (0 = none). */
    public static int read(Cpu c, int linear, byte[] dst, int off, int len) {
        return copy(c, linear, len, (pa, done, n) -> c.phys.readBytes(pa, dst, off + done, n));
    }

    /** Writes {@code len} bytes at {@code linear}; returns how many were written before an unmapped page. */
    public static int write(Cpu c, int linear, byte[] src, int off, int len) {
        return copy(c, linear, len, (pa, done, n) -> c.phys.writeBytes(pa, src, off + done, n));
    }

    /** One page-sized piece of a copy: {@code n} bytes at physical {@code pa}, {@code done} bytes in. */
    private interface Piece {
        void copy(int pa, int done, int n);
    }

    /** Walks {@code len} bytes at {@code linear} page by page until done or an unmapped page. */
    private static int copy(Cpu c, int linear, int len, Piece piece) {
        int done = 0;
        while (done < len) {
            int la = linear + done;
            long pa = translate(c, la);
            if (pa < 0) {
                break;
            }
            int n = Math.min(len - done, 4096 - (la & 0xFFF));
            piece.copy((int) pa, done, n);
            done += n;
        }
        return done;
    }

    /** The little-endian value of {@code size} (1..4) bytes at {@code linear}, or -1L when unmapped. */
    public static long readValue(Cpu c, int linear, int size) {
        byte[] b = new byte[size];
        if (read(c, linear, b, 0, size) < size) {
            return -1L;
        }
        long v = 0;
        for (int k = size - 1; k >= 0; k--) {
            v = v << 8 | (b[k] & 0xFF);
        }
        return v;
    }
}
