package j86.translator;

import static j86.runtime.mem.PhysicalMemory.LE16;
import static j86.runtime.mem.PhysicalMemory.LE32;
import static j86.runtime.mem.PhysicalMemory.PAGE_MASK;

import j86.runtime.cpu.Cpu;
import j86.runtime.mem.SoftTlb;

/**
 * The memory accesses translated code calls: the soft TLB's hit path (the same test and RAM index
 * as Mmu's) with the privilege half of the tag array fixed at translation time ({@code u}: CPL is
 * part of the block's mode key), and the Mmu accessor of the same size as the slow path (page walk,
 * devices, code-page writes, page-crossing accesses). Small, so the JIT inlines them into blocks.
 * The RAM array and the TLB's arrays (final fields, never replaced) come as arguments: a region
 * loads them into locals once, so they stay in host registers across its loops even where a slow
 * path call makes the JIT assume every field may have changed.
 */
public final class Ram {
    private Ram() {}

    /** The offset of the user half of the TLB's tag arrays for a block translated at {@code cpl}. */
    static int tagOffset(int cpl) {
        return cpl == 3 ? SoftTlb.SIZE : 0;
    }

    public static int read8(Cpu c, byte[] ram, int[] tag, int[] delta, int la, int u) {
        int i = (la >>> 12) & SoftTlb.MASK;
        if (tag[u + i] == (la & ~PAGE_MASK)) {
            return ram[la + delta[i]] & 0xFF;
        }
        return c.mmu.read8(la);
    }

    public static int read16(Cpu c, byte[] ram, int[] tag, int[] delta, int la, int u) {
        int i = (la >>> 12) & SoftTlb.MASK;
        if (tag[u + i] == ((la + 1) & ~PAGE_MASK)) {
            return (short) LE16.get(ram, la + delta[i]) & 0xFFFF;
        }
        return c.mmu.read16(la);
    }

    public static int read32(Cpu c, byte[] ram, int[] tag, int[] delta, int la, int u) {
        int i = (la >>> 12) & SoftTlb.MASK;
        if (tag[u + i] == ((la + 3) & ~PAGE_MASK)) {
            return (int) LE32.get(ram, la + delta[i]);
        }
        return c.mmu.read32(la);
    }

    /** Code pages never get a write tag, so a write to code always takes the Mmu's slow path. */
    public static void write8(Cpu c, byte[] ram, int[] tag, int[] delta, int la, int v, int u) {
        int i = (la >>> 12) & SoftTlb.MASK;
        if (tag[u + i] == (la & ~PAGE_MASK)) {
            ram[la + delta[i]] = (byte) v;
        } else {
            c.mmu.write8(la, v);
        }
    }

    public static void write16(Cpu c, byte[] ram, int[] tag, int[] delta, int la, int v, int u) {
        int i = (la >>> 12) & SoftTlb.MASK;
        if (tag[u + i] == ((la + 1) & ~PAGE_MASK)) {
            LE16.set(ram, la + delta[i], (short) v);
        } else {
            c.mmu.write16(la, v);
        }
    }

    public static void write32(Cpu c, byte[] ram, int[] tag, int[] delta, int la, int v, int u) {
        int i = (la >>> 12) & SoftTlb.MASK;
        if (tag[u + i] == ((la + 3) & ~PAGE_MASK)) {
            LE32.set(ram, la + delta[i], v);
        } else {
            c.mmu.write32(la, v);
        }
    }
}
