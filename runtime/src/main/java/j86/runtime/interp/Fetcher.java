package j86.runtime.interp;

import j86.decoder.ByteSource;
import j86.decoder.Decoder;
import j86.decoder.Insn;
import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.CpuFault;
import j86.runtime.mem.Mmu;
import j86.runtime.mem.PhysicalMemory;

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
    private final CodeCache cache;
    /** Decodes that cannot be cached (page-crossing, outside RAM) go here: no allocation. */
    private final Insn scratch = new Insn();
    /** One-entry memo: the last page fetched from (physical page base) and its cache page. */
    private int memoPa = -1;
    private CodeCache.Page memoPage;

    Fetcher(Cpu cpu, CodeCache cache) {
        this.cpu = cpu;
        this.cache = cache;
    }

    Insn fetch(Cpu c, int eip) {
        int lin = c.seg[1].base + eip;
        if (Integer.compareUnsigned(eip, c.seg[1].limit) > 0) {
            throw CpuFault.of(Cpu.GP, 0);
        }
        int pa = c.mmu.translate(lin, Mmu.EXEC, c.cpl == 3);
        boolean code32 = c.seg[1].big;
        CodeCache.Page page = memoPage;
        if ((pa & ~PhysicalMemory.PAGE_MASK) != memoPa || page == null || page.dead) {
            page = cache.page(pa);
            memoPage = page;
            memoPa = pa & ~PhysicalMemory.PAGE_MASK;
        }
        if (page != null) {
            Insn i = CodeCache.get(page, pa, code32);
            if (i != null) {
                if (Integer.compareUnsigned(eip + i.length - 1, c.seg[1].limit) > 0) {
                    throw CpuFault.of(Cpu.GP, 0);
                }
                return i;
            }
            if ((pa & PhysicalMemory.PAGE_MASK) + MAX_LENGTH <= PhysicalMemory.PAGE_SIZE) {
                Insn fresh = Decoder.decode(this, eip, code32, new Insn());
                cache.put(page, pa, code32, fresh);
                return fresh;
            }
        }
        Insn i = Decoder.decode(this, eip, code32, scratch);
        if (page != null && (pa & PhysicalMemory.PAGE_MASK) + i.length <= PhysicalMemory.PAGE_SIZE) {
            Insn copy = Decoder.decode(this, eip, code32, new Insn());
            cache.put(page, pa, code32, copy);
            return copy;
        }
        return i;
    }

    /** ByteSource: the byte at CS:offset, as an instruction fetch. */
    @Override
    public int fetch(int offset) {
        Cpu c = cpu;
        if (Integer.compareUnsigned(offset, c.seg[1].limit) > 0) {
            throw CpuFault.of(Cpu.GP, 0);
        }
        return c.mmu.fetch8(c.seg[1].base + offset);
    }
}
