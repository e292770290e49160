package j86.translator.scan;

import j86.runtime.cpu.Cpu;
import j86.runtime.interp.Interpreter;
import j86.runtime.mem.PhysicalMemory;
import j86.translator.block.BlockEntry;
import j86.translator.block.ModeKey;
import j86.translator.block.Region;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the blocks of a {@link Region}: from a hot entry block, the blocks its direct near
 * branches reach on the same page, scanned like any block ({@link BlockScanner}).
 */
public final class RegionScanner {
    private RegionScanner() {}

    /**
     * Gathers the region of {@code entry} breadth-first (nearest blocks first, so that shrinking by
     * dropping the tail keeps the hot core), scanning each target through the interpreter's fetch
     * path at the CPU's current mapping (the page is the entry's own, so it is mapped). Only
     * targets {@code hot} accepts (by block key) join: the HotSpot compiler's time grows with the
     * bytecode it compiles (about 16 ms per KB measured here), so cold paths stay exits.
     */
    public static Region gather(Interpreter interp, Cpu c, BlockEntry entry, java.util.function.LongPredicate hot) {
        List<BlockEntry> blocks = new ArrayList<>();
        blocks.add(entry);
        if (!ModeKey.flat(entry.mode)) {
            return new Region(entry, blocks);
        }
        int insns = entry.count();
        for (int b = 0; b < blocks.size() && blocks.size() < Region.MAX_BLOCKS; b++) {
            for (int target : Region.targets(blocks.get(b))) {
                if (blocks.size() >= Region.MAX_BLOCKS || insns >= Region.MAX_INSNS || known(blocks, target)
                        || ((target ^ entry.eip) & ~PhysicalMemory.PAGE_MASK) != 0) {
                    continue;
                }
                int pa = entry.pa & ~PhysicalMemory.PAGE_MASK | target & PhysicalMemory.PAGE_MASK;
                if (!hot.test(ModeKey.key(pa, entry.mode))) {
                    continue; // rarely run: an exit, so that C2 compiles only code that runs
                }
                BlockEntry t = BlockScanner.scan(interp, c, target, pa, entry.mode, BlockScanner.MAX_INSNS);
                if (t != null && !t.guarded) { // entered only where a breakpoint check is made
                    blocks.add(t);
                    insns += t.count();
                }
            }
        }
        return new Region(entry, blocks);
    }

    private static boolean known(List<BlockEntry> blocks, int target) {
        for (BlockEntry b : blocks) {
            if (b.eip == target) {
                return true;
            }
        }
        return false;
    }
}
