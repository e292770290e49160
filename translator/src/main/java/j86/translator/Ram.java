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
 */
public final class Ram {
    private Ram() {}

    /** The offset of the user half of the TLB's tag arrays for a block translated at {@code cpl}. */
    static int tagOffset(int cpl) {
        return cpl == 3 ? SoftTlb.SIZE : 0;
    }

    public static int read8(Cpu c, int la, int u) {
        SoftTlb t = c.mmu.tlb;
        int i = (la >>> 12) & SoftTlb.MASK;
        if (t.readTag[u + i] == (la & ~PAGE_MASK)) {
            return c.phys.ram[la + t.delta[i]] & 0xFF;
        }
        return c.mmu.read8(la);
    }

    public static int read16(Cpu c, int la, int u) {
        SoftTlb t = c.mmu.tlb;
        int i = (la >>> 12) & SoftTlb.MASK;
        if (t.readTag[u + i] == ((la + 1) & ~PAGE_MASK)) {
            return (short) LE16.get(c.phys.ram, la + t.delta[i]) & 0xFFFF;
        }
        return c.mmu.read16(la);
    }

    public static int read32(Cpu c, int la, int u) {
        SoftTlb t = c.mmu.tlb;
        int i = (la >>> 12) & SoftTlb.MASK;
        if (t.readTag[u + i] == ((la + 3) & ~PAGE_MASK)) {
            return (int) LE32.get(c.phys.ram, la + t.delta[i]);
        }
        return c.mmu.read32(la);
    }

    /** Code pages never get a write tag, so a write to code always takes the Mmu's slow path. */
    public static void write8(Cpu c, int la, int v, int u) {
        SoftTlb t = c.mmu.tlb;
        int i = (la >>> 12) & SoftTlb.MASK;
        if (t.writeTag[u + i] == (la & ~PAGE_MASK)) {
            c.phys.ram[la + t.delta[i]] = (byte) v;
        } else {
            c.mmu.write8(la, v);
        }
    }

    public static void write16(Cpu c, int la, int v, int u) {
        SoftTlb t = c.mmu.tlb;
        int i = (la >>> 12) & SoftTlb.MASK;
        if (t.writeTag[u + i] == ((la + 1) & ~PAGE_MASK)) {
            LE16.set(c.phys.ram, la + t.delta[i], (short) v);
        } else {
            c.mmu.write16(la, v);
        }
    }

    public static void write32(Cpu c, int la, int v, int u) {
        SoftTlb t = c.mmu.tlb;
        int i = (la >>> 12) & SoftTlb.MASK;
        if (t.writeTag[u + i] == ((la + 3) & ~PAGE_MASK)) {
            LE32.set(c.phys.ram, la + t.delta[i], v);
        } else {
            c.mmu.write32(la, v);
        }
    }
}
