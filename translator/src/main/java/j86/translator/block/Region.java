package j86.translator.block;

import j86.decoder.Insn;
import j86.decoder.Kind;
import j86.decoder.Op;
import j86.runtime.mem.PhysicalMemory;
import java.util.List;

/**
 * A translation unit: a hot entry block and the blocks reachable from it by direct near branches
 * (Jcc, JMP rel, falling off a size-capped block) on the same page, compiled into one method with
 * the branches between them as JVM jumps. Loops and if/else shapes inside a page then run without
 * returning to the engine or calling another class: C2 sees the whole loop nest, keeps guest
 * registers in host registers across iterations, and the instruction budget and interrupt checks
 * sit on the edges (see Codegen). Only flat modes (ModeKey.FLAT: no CS limit to check on a branch)
 * get more than the entry block. All blocks of a region share its page, so a write to that page
 * retires the region with its entry (BlockCache invalidates per page).
 *
 * <p>The instructions are flattened: index k runs over all blocks in order; {@link #eip}[k] is
 * instruction k's scanned EIP, {@link #next}[k] the EIP after it, {@link #first}[k] the index of
 * the first instruction of its block (a fault in k has retired k - first[k] instructions of the
 * current block).
 */
public final class Region {
    /** Bounds on the blocks gathered (the generator shrinks further if the method is too large). */
    /**
     * Instructions (ModeKey.key of their physical address and mode) whose memory accesses call the
     * MMU's slow path even inside loops, because their side exits were frequent (see
     * TranslatingEngine: a device register polled in a loop, a page-table walk after every CR3
     * write); set by the Translator before generating. Null: none.
     */
    public java.util.Set<Long> slowSites;
    /**
     * Parallel mode: guest loads and stores are emitted with x86-TSO fences (EmitMemory; why in
     * TsoMmu). Set by the Translator with slowSites; part of the SharedCode key.
     */
    public boolean tso;
    /** Side exits per instruction (flattened index) on this machine; allocated at the first. */
    private int[] sideExits;

    /** The site key of instruction {@code k} (see {@link #slowSites}). */
    public long siteKey(int k) {
        return ModeKey.key(entry.pa & ~PhysicalMemory.PAGE_MASK | eip[k] & PhysicalMemory.PAGE_MASK, entry.mode);
    }

    /** Whether instruction {@code k}'s slow path must be a call (see {@link #slowSites}). */
    public boolean callsSlowPath(int k) {
        return slowSites != null && !slowSites.isEmpty() && slowSites.contains(siteKey(k));
    }

    /** Counts a side exit before instruction {@code k}; returns the count so far. */
    public int countSideExit(int k) {
        if (sideExits == null) {
            sideExits = new int[insns.length];
        }
        return ++sideExits[k];
    }

    /** Per block: whether it lies on a cycle of the region's internal jumps (see {@link #loops}). */
    private boolean[] inLoop;

    /**
     * Whether block {@code b} can reach itself through the region's JVM jumps (Jcc, JMP rel,
     * fall-through to a block of the region): code that may run many times per call of the region.
     */
    public boolean inLoop(int b) {
        if (inLoop == null) {
            inLoop = loops();
        }
        return inLoop[b];
    }

    private boolean[] loops() {
        int n = blocks.length;
        boolean[] result = new boolean[n];
        for (int b = 0; b < n; b++) {
            boolean[] seen = new boolean[n];
            java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
            work.add(b);
            while (!work.isEmpty() && !result[b]) {
                for (int t : targets(blocks[work.poll()])) {
                    int s = blockAt(t);
                    if (s == b) {
                        result[b] = true;
                    } else if (s >= 0 && !seen[s]) {
                        seen[s] = true;
                        work.add(s);
                    }
                }
            }
        }
        return result;
    }

    /** The index of the block holding flattened instruction {@code k}. */
    public int blockIndexOf(int k) {
        int b = 0;
        while (blockStart[b + 1] <= k) {
            b++;
        }
        return b;
    }

    public static final int MAX_BLOCKS = Integer.getInteger("j86.jit.maxBlocks", 32), MAX_INSNS = 240;

    public final BlockEntry entry;
    public final BlockEntry[] blocks;
    public final Insn[] insns;
    public final int[] eip, next, first;
    /** Flattened index of each block's first instruction, plus the total count at the end. */
    public final int[] blockStart;
    /** Entries that run this region's class from another of its blocks (Translator.alias). */
    public final List<BlockEntry> aliases = new java.util.concurrent.CopyOnWriteArrayList<>();

    public Region(BlockEntry entry, List<BlockEntry> blocks) {
        this.entry = entry;
        this.blocks = blocks.toArray(new BlockEntry[0]);
        int n = 0;
        for (BlockEntry b : blocks) {
            n += b.count();
        }
        insns = new Insn[n];
        eip = new int[n];
        next = new int[n];
        first = new int[n];
        blockStart = new int[this.blocks.length + 1];
        int k = 0;
        for (int b = 0; b < this.blocks.length; b++) {
            BlockEntry e = this.blocks[b];
            blockStart[b] = k;
            for (int j = 0; j < e.count(); j++, k++) {
                insns[k] = e.insns[j];
                eip[k] = e.starts[j];
                next[k] = e.starts[j + 1];
                first[k] = blockStart[b];
            }
        }
        blockStart[this.blocks.length] = n;
    }

    /** The entry block alone. */
    public static Region single(BlockEntry e) {
        return new Region(e, List.of(e));
    }

    /** The index of the block starting at scanned EIP {@code target}, or -1. */
    public int blockAt(int target) {
        for (int b = 0; b < blocks.length; b++) {
            if (blocks[b].eip == target) {
                return b;
            }
        }
        return -1;
    }

    /** The index of the block that is the same code as {@code e} (address, mode and extent), or -1. */
    public int blockLike(BlockEntry e) {
        for (int b = 0; b < blocks.length; b++) {
            BlockEntry x = blocks[b];
            if (x.pa == e.pa && x.mode == e.mode && x.count() == e.count() && x.bytes == e.bytes) {
                return b;
            }
        }
        return -1;
    }

    /** The first {@code n} blocks as a region (the generator's retry when the method is too large). */
    public Region firstBlocks(int n) {
        return new Region(entry, List.of(blocks).subList(0, n));
    }

    /**
     * The scanned EIPs a block may continue at that the generator can reach with a JVM jump: both
     * ways of a Jcc, a JMP rel's target, and the fall-through of a block cut by the size cap (the
     * forms EmitControl specialises: 32-bit operand size, no prefixes that change them).
     */
    public static int[] targets(BlockEntry b) {
        Insn last = b.insns[b.count() - 1];
        int after = b.starts[b.count()];
        if (last.has(Insn.PFX_LOCK)) {
            return new int[0];
        }
        if (last.op == Op.JCC && last.opSize == 32) {
            return new int[] {after + last.operands[0].value, after};
        }
        if (last.op == Op.JMP && last.opSize == 32 && last.operands[0].kind == Kind.REL) {
            return new int[] {after + last.operands[0].value};
        }
        if (b.chainable && BlockEntry.fallsThrough(last)) { // chainable: not PAUSE, port I/O, LDS/LES
            return new int[] {after};
        }
        return new int[0];
    }
}
