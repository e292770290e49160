package j86.runtime.interp;

import j86.decoder.Insn;
import j86.decoder.Op;
import j86.decoder.Seg;
import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.Segment;
import j86.runtime.cpu.Segmentation;
import j86.runtime.mem.Mmu;
import j86.runtime.mem.PhysicalMemory;
import java.util.Arrays;

/**
 * REP MOVS and REP STOS a page run at a time: JOS copies and clears whole pages with them (fork's
 * copy-on-write faults, page_alloc(ALLOC_ZERO)), and one iteration at a time each element paid
 * two segment checks and two TLB lookups. A run is the longest stretch of elements that stays in
 * one source page and one destination page, both soft TLB hits (plain RAM, no code, page table or
 * watched byte: a write there needs no notification), moved at once; the result is exactly the
 * iteration-by-iteration one, which ExecString keeps for everything else: other segments than
 * flat expand-up data ones, DF = 1, 16-bit addressing, TLB misses (its access fills the TLB or
 * faults, precisely), and overlapping MOVS operands (each element reads what earlier ones wrote).
 */
final class StringRuns {
    private StringRuns() {}

    /** -Dj86.nostringruns=true: iteration by iteration only (tests compare the two). */
    static boolean enabled = !Boolean.getBoolean("j86.nostringruns");

    /**
     * Moves or stores up to {@code max} elements as one run when the conditions above hold; returns
     * how many (ECX, ESI, EDI stepped accordingly), 0 when the caller must take one iteration.
     */
    static int run(Cpu c, Insn i, int max) {
        if (!enabled || i.addrSize != 32 || (c.eflags & Cpu.DF) != 0 || !flat(c.seg[Seg.ES], true)) {
            return 0;
        }
        int bytes = i.opSize >> 3;
        int di = c.r[Cpu.EDI];
        int n = (int) Math.min(Math.min(max, Integer.toUnsignedLong(c.r[Cpu.ECX])), room(di, bytes));
        if (n <= 0) {
            return 0;
        }
        Mmu mmu = c.mmu;
        int dst = mmu.ramForWrite(di, n * bytes);
        if (dst < 0) {
            return slowPageRun(c, i, n, bytes);
        }
        byte[] ram = mmu.ram();
        if (i.op == Op.STOS) {
            fill(ram, dst, n, bytes, c.r[Cpu.EAX]);
        } else {
            int srcSeg = i.segOverride >= 0 ? i.segOverride : Seg.DS;
            int si = c.r[Cpu.ESI];
            n = Math.min(n, room(si, bytes));
            int src = n > 0 && flat(c.seg[srcSeg], false) ? mmu.ramForRead(si, n * bytes) : -1;
            if (src < 0 || dst > src && dst < src + n * bytes) {
                return 0; // a miss, or overlap where each element must read what the last one wrote
            }
            System.arraycopy(ram, src, ram, dst, n * bytes);
            c.r[Cpu.ESI] = si + n * bytes;
        }
        if (c.phys.threaded) {
            // Parallel mode (once per run, not per element): the run's accesses stay before any
            // later one, as TSO orders whole string instructions; TsoMmu.ramForWrite fenced before.
            java.lang.invoke.VarHandle.fullFence();
        }
        c.r[Cpu.EDI] = di + n * bytes;
        c.r[Cpu.ECX] -= n;
        return n;
    }

    /**
     * A run onto a page whose writes must be seen (code, page tables: Mmu#ramForSlowWrite), which
     * element by element went through the MMU's slow path 1,024 times a page (JOS zeroing and
     * copying recycled page-table pages); PhysicalMemory then writes the run and notifies once.
     */
    private static int slowPageRun(Cpu c, Insn i, int n, int bytes) {
        Mmu mmu = c.mmu;
        int di = c.r[Cpu.EDI];
        int dst = mmu.ramForSlowWrite(di, n * bytes);
        if (dst < 0) {
            return 0;
        }
        if (i.op == Op.STOS) {
            c.phys.storeRun(dst, n, bytes, c.r[Cpu.EAX]);
        } else {
            int srcSeg = i.segOverride >= 0 ? i.segOverride : Seg.DS;
            int si = c.r[Cpu.ESI];
            n = Math.min(n, room(si, bytes));
            int src = n > 0 && flat(c.seg[srcSeg], false) ? mmu.ramForRead(si, n * bytes) : -1;
            if (src < 0 || dst > src && dst < src + n * bytes || src > dst && src < dst + n * bytes) {
                return 0;
            }
            c.phys.copyRun(src, dst, n * bytes);
            c.r[Cpu.ESI] = si + n * bytes;
        }
        c.r[Cpu.EDI] = di + n * bytes;
        c.r[Cpu.ECX] -= n;
        return n;
    }

    /** Whole elements from {@code offset} to the end of its page (and before the 4 GiB wrap). */
    private static int room(int offset, int bytes) {
        int left = PhysicalMemory.PAGE_SIZE - (offset & PhysicalMemory.PAGE_MASK);
        return left / bytes;
    }

    /** Base 0, limit 4 GiB, present expand-up data (writable for a destination): offsets are linear. */
    private static boolean flat(Segment s, boolean write) {
        return s.base == 0 && s.limit == -1 && Segmentation.plainData(s, write);
    }

    private static void fill(byte[] ram, int at, int n, int bytes, int value) {
        if (bytes == 1) {
            Arrays.fill(ram, at, at + n, (byte) value);
        } else if (bytes == 2) {
            for (int k = 0; k < n; k++) {
                PhysicalMemory.LE16.set(ram, at + 2 * k, (short) value);
            }
        } else {
            for (int k = 0; k < n; k++) {
                PhysicalMemory.LE32.set(ram, at + 4 * k, value);
            }
        }
    }
}
