package j86.translator.scan;

import j86.decoder.Insn;
import j86.decoder.Op;
import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.CpuFault;
import j86.runtime.debug.Breakpoints;
import j86.runtime.interp.Interpreter;
import j86.runtime.mem.PhysicalMemory;
import j86.translator.block.BlockEntry;
import j86.translator.block.ModeKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the extent of a basic block: a straight run of instructions decoded through the
 * interpreter's fetch path (so they share its code cache and its code-page marking), ending after
 * a control transfer or mode change ({@link Insn#endsBlock()}), before an instruction at the page
 * offset of a debugger's breakpoint (which thus always starts a block, marked guarded), after a
 * repeated string
 * instruction (it may leave EIP on itself to restart), after LDS/LES (they may end a flat mode), after PAUSE (it ends the CPU's quantum,
 * see Interpreter), before the last 15 bytes of the page (no
 * instruction of a block crosses into another page, and decoding ahead never faults), or at
 * {@link #MAX_INSNS}.
 */
public final class BlockScanner {
    private BlockScanner() {}

    /** Size cap; the generator halves a block further if its bytecode still exceeds the limit. */
    public static final int MAX_INSNS = 48;
    /** Longest instruction (Intel SDM Vol. 2, 2.1). */
    private static final int MAX_LENGTH = 15;

    /** Scans the block at c.eip, physical address {@code pa}; null when not even one instruction fits. */
    public static BlockEntry scan(Interpreter interp, Cpu c, int pa, int mode, int maxInsns) {
        return scan(interp, c, c.eip, pa, mode, maxInsns);
    }

    /** Scans the block at {@code start} (physical address {@code pa}, on a page c's MMU maps). */
    public static BlockEntry scan(Interpreter interp, Cpu c, int start, int pa, int mode, int maxInsns) {
        List<Insn> insns = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int eip = start;
        int off = pa & PhysicalMemory.PAGE_MASK;
        Breakpoints bp = interp.breakpoints();
        boolean guarded = bp.any() && bp.mayBeAt(off);
        while (insns.size() < maxInsns && off + MAX_LENGTH <= PhysicalMemory.PAGE_SIZE
                && (insns.isEmpty() || !bp.any() || !bp.mayBeAt(off))) {
            Insn i;
            try {
                i = interp.fetch(c, eip);
            } catch (CpuFault f) {
                break; // beyond the CS limit: the interpreter will raise it when it gets there
            }
            insns.add(i);
            starts.add(eip);
            eip += i.length;
            off += i.length;
            if (i.endsBlock() || BlockEntry.isRepString(i) || i.op == Op.PAUSE || ModeKey.changesFlatSegment(i)) {
                break;
            }
        }
        if (insns.isEmpty()) {
            return null;
        }
        int[] s = new int[insns.size() + 1];
        for (int k = 0; k < insns.size(); k++) {
            s[k] = starts.get(k);
        }
        s[insns.size()] = eip;
        return new BlockEntry(ModeKey.key(pa, mode), pa, start, mode, insns.toArray(new Insn[0]), s, guarded);
    }

}
