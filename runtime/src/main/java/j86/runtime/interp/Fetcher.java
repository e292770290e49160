package j86.runtime.interp;

import j86.decoder.ByteSource;
import j86.decoder.Decoder;
import j86.decoder.Insn;
import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.Vector;
import j86.runtime.cpu.CpuFault;
import j86.runtime.cpu.Segment;
import j86.runtime.mem.Mmu;
import j86.runtime.mem.PhysicalMemory;
import j86.runtime.mem.SoftTlb;

/**
 * One CPU's instruction fetch: CS:EIP -> linear -> physical (an execute access at the CPU's
 * privilege, #PF as the fetch would) -> the cached Insn, or a fresh decode that is cached when the
 * instruction lies within one RAM page. The bytes are read through the MMU with the CS limit
 * checked per byte (#GP(0) beyond it), so a fetch running onto an unmapped page raises #PF with
 * CR2 = the first byte not mapped (SDM Vol. 3, 4.7).
 */
final class Fetcher implements ByteSource {
    /** Longest instruction (Intel SDM Vol. 2, 2.1): one starting this far from the page end cannot cross it. */
    private static final int MAX_LENGTH = 15;

    final Cpu cpu;
    /** The CPU's CS register (Segment objects are updated in place, never replaced). */
    private final Segment cs;
    private final CodeCache cache;
    private final SoftTlb tlb;
    /** Decodes that cannot be cached (page-crossing, outside RAM) go here: no allocation. */
    private final Insn scratch = new Insn();
    /**
     * The code-page memo, direct-mapped by linear page: while an entry's linear page is that of
     * CS:EIP, its privilege is the CPL's (user or not) and the TLB epoch is the entry's, the fetch
     * translation is the TLB hit it was when the entry was made (same physical page, same rights),
     * so the translation is skipped.
     */
    private static final class Memo {
        int lin = -1;
        int epoch;
        boolean user;
        CodeCache.Page page;
    }

    private static final int MEMO_WAYS = 16;
    private final Memo[] memo = new Memo[MEMO_WAYS];

    /**
     * The interpreter's interrupt sampling: false only after the interrupt line was sampled idle
     * and nothing that could raise it (port I/O, a device access, a fault, a new quantum) happened
     * since. The Interpreter owns it.
     */
    boolean mayInterrupt = true;

    /** The {@link Forms} shape of the instruction the last {@link #fetch} returned (cached or not). */
    int form;

    Fetcher(Cpu cpu, CodeCache cache) {
        this.cpu = cpu;
        this.cs = cpu.seg[1];
        this.cache = cache;
        this.tlb = cpu.mmu.tlb;
        for (int k = 0; k < MEMO_WAYS; k++) {
            memo[k] = new Memo();
        }
    }

    Insn fetch(Cpu c, int eip) {
        Segment cs = this.cs;
        int lin = cs.base + eip;
        Memo m = memo[(lin >>> PhysicalMemory.PAGE_SHIFT) & (MEMO_WAYS - 1)];
        if ((lin & ~PhysicalMemory.PAGE_MASK) == m.lin && tlb.epoch == m.epoch && (c.cpl == 3) == m.user) {
            CodeCache.Page page = m.page;
            boolean big = cs.big;
            Insn[] a = big ? page.code32 : page.code16;
            if (a != null && !page.dead) {
                int off = lin & PhysicalMemory.PAGE_MASK;
                Insn i = a[off];
                if (i != null) {
                    int limit = cs.limit;
                    if (limit != -1 && (Integer.compareUnsigned(eip, limit) > 0
                            || Integer.compareUnsigned(eip + i.length - 1, limit) > 0)) {
                        throw CpuFault.of(Vector.GP, 0);
                    }
                    form = (big ? page.form32 : page.form16)[off];
                    return i;
                }
            }
        }
        if (Integer.compareUnsigned(eip, cs.limit) > 0) {
            throw CpuFault.of(Vector.GP, 0);
        }
        return fetchSlow(c, eip, lin);
    }

    /**
     * The memoised code page when the fetch translation of linear address {@code lin} is known to
     * be a TLB hit onto it (see {@link Memo}) and it holds live 32-bit code; else null.
     */
    CodeCache.Page memoPage32(Cpu c, int lin) {
        Memo m = memo[(lin >>> PhysicalMemory.PAGE_SHIFT) & (MEMO_WAYS - 1)];
        if ((lin & ~PhysicalMemory.PAGE_MASK) == m.lin && tlb.epoch == m.epoch && (c.cpl == 3) == m.user) {
            CodeCache.Page page = m.page;
            if (page.code32 != null && !page.dead) {
                return page;
            }
        }
        return null;
    }

    private Insn fetchSlow(Cpu c, int eip, int lin) {
        boolean user = c.cpl == 3;
        int pa = c.mmu.translate(lin, Mmu.EXEC, user);
        boolean code32 = c.seg[1].big;
        CodeCache.Page page = cache.page(pa);
        Memo m = memo[(lin >>> PhysicalMemory.PAGE_SHIFT) & (MEMO_WAYS - 1)];
        m.lin = -1;
        if (page != null && tlb.readTag[(user ? SoftTlb.SIZE : 0) + ((lin >>> 12) & SoftTlb.MASK)]
                == (lin & ~PhysicalMemory.PAGE_MASK)) {
            // The translation is now a TLB hit: memoise it until the TLB changes.
            m.lin = lin & ~PhysicalMemory.PAGE_MASK;
            m.epoch = tlb.epoch;
            m.user = user;
            m.page = page;
        }
        if (page != null) {
            Insn i = CodeCache.get(page, pa, code32);
            if (i != null) {
                if (Integer.compareUnsigned(eip + i.length - 1, c.seg[1].limit) > 0) {
                    throw CpuFault.of(Vector.GP, 0);
                }
                form = (code32 ? page.form32 : page.form16)[pa & PhysicalMemory.PAGE_MASK];
                return i;
            }
            if ((pa & PhysicalMemory.PAGE_MASK) + MAX_LENGTH <= PhysicalMemory.PAGE_SIZE) {
                Insn fresh = Decoder.decode(this, eip, code32, new Insn());
                cache.put(page, pa, code32, fresh);
                form = Forms.classify(fresh);
                return fresh;
            }
        }
        Insn i = Decoder.decode(this, eip, code32, scratch);
        if (page != null && (pa & PhysicalMemory.PAGE_MASK) + i.length <= PhysicalMemory.PAGE_SIZE) {
            Insn copy = Decoder.decode(this, eip, code32, new Insn());
            cache.put(page, pa, code32, copy);
            form = Forms.classify(copy);
            return copy;
        }
        form = Forms.classify(i);
        return i;
    }

    /** ByteSource: the byte at CS:offset, as an instruction fetch. */
    @Override
    public int fetch(int offset) {
        Cpu c = cpu;
        if (Integer.compareUnsigned(offset, c.seg[1].limit) > 0) {
            throw CpuFault.of(Vector.GP, 0);
        }
        return c.mmu.fetch8(c.seg[1].base + offset);
    }
}
