package j86.runtime.interp;

import j86.decoder.Insn;
import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.CpuFault;
import j86.runtime.cpu.Interrupts;
import j86.runtime.cpu.Segment;
import j86.runtime.debug.Breakpoints;
import j86.runtime.mem.Mmu;
import j86.runtime.mem.PhysicalMemory;
import j86.runtime.mem.SoftTlb;

/**
 * The interpreter's inner loop: runs consecutive {@link Forms fast-form} instructions of one
 * 32-bit code page with the fetch checks done once for the page rather than per instruction.
 *
 * Why this is the same as stepping: the fast forms (near control transfers, moves, ALU, stack)
 * cannot change CS, CPL, EFLAGS.IF/TF, the interrupt shadow, HLT or shutdown state, so of the
 * checks {@link Interpreter} makes before each instruction only three can change between them:
 * the TLB (a page walk or fill made by a memory access; seen as a new {@link SoftTlb#epoch}), the
 * code page itself (a write to its code kills it), and the interrupt line (a device access sets
 * {@link Mmu#slowAccess}; {@link InterruptSampling#stopAfter}). The loop stops as soon as any of
 * them may have changed, at the end of the page, at the end of the budget, at a fault, and before
 * any other instruction; the caller's loop then goes on one checked step at a time.
 */
final class PageLoop {
    private PageLoop() {}

    /**
     * Runs fast-form instructions from c.eip while the above holds, up to c.instructions == end.
     * {@code breaks}, when not null, holds the debugger's breakpoints: the loop stops before an
     * instruction at one (an offset map test, then the exact address only at such an offset, so
     * that a hot loop with an instruction at a breakpoint's offset in another page stays here).
     * It also stops after an access that hit a watchpoint (such accesses take the MMU's slow path).
     */
    static void run(Cpu c, Fetcher f, long end, Breakpoints breaks) {
        Segment cs = c.seg[1];
        if (!cs.big || (c.eflags & Cpu.TF) != 0 || c.interruptShadow || c.halted || c.shutdown) {
            return; // the checked step handles these (the shadow must cover exactly one instruction)
        }
        if (InterruptSampling.due(c, f.mayInterrupt)) {
            return; // the checked step asks the line first
        }
        Mmu mmu = c.mmu;
        int eip = c.eip;
        int lin = cs.base + eip;
        CodeCache.Page page = f.memoPage32(c, lin);
        if (page == null) {
            return;
        }
        SoftTlb tlb = mmu.tlb;
        int epoch = tlb.epoch;
        Insn[] code = page.code32;
        int[] forms = page.form32;
        int pageEip = eip - (lin & PhysicalMemory.PAGE_MASK); // the EIP of the page's first byte
        int limit = cs.limit;
        long n = c.instructions; // counted here, stored back on the way out (only this loop runs meanwhile)
        while (n < end) {
            int off = eip - pageEip;
            if (off < 0 || off >= PhysicalMemory.PAGE_SIZE) {
                // Another page: go on if its fetch translation is memoised (calls, returns, jumps).
                lin = cs.base + eip;
                page = f.memoPage32(c, lin);
                if (page == null) {
                    break;
                }
                code = page.code32;
                forms = page.form32;
                pageEip = eip - (lin & PhysicalMemory.PAGE_MASK);
                off = eip - pageEip;
            }
            Insn i = code[off];
            if (i == null) {
                break;
            }
            int form = forms[off];
            if (breaks != null && breaks.mayBeAt(off) && breaks.at(cs.base + eip)) {
                break;
            }
            if (form == Forms.GENERIC || form == Forms.PAUSE || limit != -1
                    && (Integer.compareUnsigned(eip, limit) > 0 || Integer.compareUnsigned(eip + i.length - 1, limit) > 0)) {
                break;
            }
            try {
                c.eip = eip + i.length;
                FastPath.execute(c, i, form);
                n++;
            } catch (CpuFault fault) {
                c.eip = eip; // a fast form that faults has changed nothing else (see FastPath)
                c.instructions = n + 1;
                f.mayInterrupt = true;
                Interrupts.raise(c, fault);
                return;
            }
            if (tlb.epoch != epoch || page.dead || InterruptSampling.stopAfter(c)) {
                break;
            }
            eip = c.eip;
        }
        c.instructions = n;
    }
}
