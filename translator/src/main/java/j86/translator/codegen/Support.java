package j86.translator.codegen;

import j86.decoder.Insn;
import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.CpuFault;
import j86.runtime.cpu.Interrupts;
import j86.runtime.cpu.Vector;
import j86.runtime.interp.Dispatch;
import j86.runtime.interp.InterruptSampling;
import j86.translator.block.Block;
import j86.translator.block.BlockEntry;
import j86.translator.block.Chain;
import j86.translator.block.JumpCache;
import j86.translator.block.Region;

/**
 * The helpers translated code calls (public static, so generated classes can INVOKESTATIC them).
 * They mirror the pieces of the interpreter's loop ({@code Interpreter.executeOne}) that a block
 * needs around an instruction: fault restore and delivery, retired-instruction counting, and the
 * between-instructions checks that may end a block early.
 */
public final class Support {
    private Support() {}

    /**
     * Runs one instruction through the interpreter's semantics (the fallback for every instruction
     * the translator does not specialise). c.eip must already hold the next instruction's offset.
     * Like the interpreter loop, a fault restores ESP and the lazy flags before it propagates.
     */
    public static void exec(Cpu c, Insn i) {
        int esp = c.r[Cpu.ESP];
        c.savedFlags.save(c);
        try {
            Dispatch.execute(c, i);
        } catch (CpuFault f) {
            c.r[Cpu.ESP] = esp;
            c.savedFlags.restore(c);
            throw f;
        }
    }

    /**
     * {@link #exec} for an instruction that reads or writes the CPU's instruction count (RDTSC,
     * RDMSR, WRMSR: the time-stamp counter is derived from it). Blocks add their count at exit, so
     * here the {@code k} instructions the block already retired are added for the duration of the
     * instruction: it sees the count the interpreter would show.
     */
    public static void execCounted(Cpu c, Insn i, int k) {
        c.instructions += k;
        try {
            exec(c, i);
        } finally {
            c.instructions -= k;
        }
    }

    /**
     * A guest fault in instruction {@code k} (flattened index) of the region entered at block
     * {@code e}, after {@code n} instructions of completed blocks: EIP back to that instruction,
     * the instructions retired before it in its block and the faulting one counted (as the
     * interpreter counts), and the exception delivered. State other than EIP is already as the
     * interpreter leaves it. {@code base} relocates the scanned EIPs to this run (see Gen).
     */
    public static int fault(Cpu c, CpuFault f, BlockEntry e, int k, int base, int n) {
        Region r = e.region;
        c.eip = base + r.eip[k];
        c.instructions += n + k - r.first[k] + 1;
        Interrupts.raise(c, f);
        return Block.FAULTED;
    }

    /** The instructions a region may retire in this call (the engine's budget end minus the count). */
    public static int budget(Cpu c, Chain x) {
        return (int) Math.min(x.end - c.instructions, Integer.MAX_VALUE);
    }

    /**
     * Between two instructions of a block, after one that left the MMU's hit path
     * (Mmu.slowAccess: a device, a page walk, a code-page write) or did port I/O: true when the
     * block must stop here, because a write retired it (self-modifying code; code pages are never
     * written on the hit path), an access hit a watchpoint (watched pages are never on the hit
     * path), or an interrupt became deliverable ({@link InterruptSampling}, as the interpreter
     * samples it: the caller has seen a slow access or port I/O, so sampling is due when IF is set).
     */
    public static boolean mustExit(Cpu c, BlockEntry e) {
        if (e.dead || c.mmu.watchHit != null) {
            return true;
        }
        return InterruptSampling.due(c, true) && InterruptSampling.ask(c);
    }

    /**
     * A near branch target under a 32-bit operand size: #GP(0) beyond the CS limit (the check of
     * the interpreter's ExecControl.branch, which raises it before anything changes).
     */
    public static int nearTarget(Cpu c, int target) {
        if (Integer.compareUnsigned(target, c.seg[1].limit) > 0) {
            throw CpuFault.of(Vector.GP, 0);
        }
        return target;
    }

    /**
     * At the normal end of a chainable block entered at {@code entryEip}: the successor to call
     * directly, or null to return to the engine. Only what the engine loop would do between the
     * two blocks is allowed: no interrupt sampling due (IF set and a slow access since), the
     * successor linked, alive, translated, its code page still mapped to its physical page by the
     * soft TLB (the jump cache's test; the mode is unchanged by a near transfer), within the CS
     * limit and the budget, not at a breakpoint, and no watchpoint hit. The successor is the
     * linked one, or else the jump cache's block at the new EIP (what the engine would find).
     */
    public static BlockEntry successor(Cpu c, Chain x, BlockEntry e, int entryEip) {
        if (x.depth >= Chain.MAX_DEPTH || InterruptSampling.stopAfter(c)) {
            return null;
        }
        int eip = c.eip;
        BlockEntry s = e.linked(eip - entryEip);
        boolean other = ((eip ^ entryEip) & ~0xFFF) != 0; // another page: its mapping must be checked
        if (s == null) {
            // Not one of the two linked targets (a return to one of many callers, say): the CPU's
            // jump cache, as the engine's dispatch would consult it (same EIP, same mode: a near
            // transfer keeps it), with the same TLB test.
            s = x.jumps.probe(eip, e.mode);
            other = true;
        }
        if (s == null || s.dead || s.block == null || s.count() > x.end - c.instructions
                || Integer.compareUnsigned(eip + s.bytes - 1, c.seg[1].limit) > 0
                || s.guarded && x.breakpoints.at(c.seg[1].base + eip)) {
            return null;
        }
        if (other && !JumpCache.mapped(c, eip, s)) {
            return null;
        }
        x.depth++;
        x.last = s;
        x.lastEip = eip;
        return s;
    }

    /** Leaves the block at its end after {@code retired} instructions (c.eip already set). */
    public static int leave(Cpu c, int retired) {
        c.instructions += retired;
        return Block.NEXT;
    }

    /**
     * Leaves the region entered at {@code e} before its instruction {@code k} ({@code kw >>> 1},
     * flattened index), {@code n} instructions of completed blocks before it, because a memory
     * access of that instruction (at linear {@code la}, a write when {@code kw & 1}) missed the
     * soft TLB's hit path (a page walk, a device, a code page, a page crossing, a fault): nothing
     * of the instruction has happened yet, and the engine runs it on the interpreter, the rest of
     * its block too (Chain.resume). Accesses inside a loop of the region exit this way rather than
     * call the MMU's slow path, which keeps calls (and the register spills around them) out of
     * loops; accesses outside loops, and loop sites retranslated after {@code
     * TranslatingEngine.SIDE_EXIT_LIMIT} exits (Region.slowSites), call the slow path instead.
     */
    public static int sideExit(Cpu c, BlockEntry e, int kw, Chain x, int n, int la) {
        Region r = e.region;
        int k = kw >>> 1;
        x.sideLa = la;
        x.sideWrite = (kw & 1) != 0;
        c.eip = x.base + r.eip[k];
        c.instructions += n + k - r.first[k];
        x.resume = r.blocks[r.blockIndexOf(k)];
        x.resumeIndex = k - r.first[k];
        x.sideRegion = r;
        x.sideK = k;
        return Block.SIDE;
    }

    /**
     * Leaves the region entered at {@code e} right after its instruction {@code k} (flattened
     * index), {@code n} instructions of completed blocks before it: EIP = the next instruction.
     * Same parameters as {@link #sideExit} (the last one unused), so that both exits are one
     * stub shape in the generated code (Codegen.emitExit).
     */
    public static int leaveEarly(Cpu c, BlockEntry e, int k, Chain x, int n, int unused) {
        Region r = e.region;
        c.eip = x.base + r.next[k];
        c.instructions += n + k - r.first[k] + 1;
        return Block.EARLY;
    }
}
