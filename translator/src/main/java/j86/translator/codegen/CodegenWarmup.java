package j86.translator.codegen;

import j86.decoder.Decoder;
import j86.decoder.Insn;
import j86.translator.block.BlockEntry;
import j86.translator.block.ModeKey;
import j86.translator.block.Region;
import j86.translator.splice.SpliceWarmup;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Translates a small made-up program on a daemon thread at engine creation, once per JVM, and
 * defines its classes, with {@link SpliceWarmup}'s splices between its rounds: so that the generator and ASM are
 * loaded and compiled, and the JVM's hidden-class definition and verifier are loaded, before
 * the guest's first hot blocks need them.
 *
 * <p>Why: the first regions of a run paid for all of that cold. Sieve, 2026-12-02 (a loaded
 * host): the first region took 74 ms to generate, the second 22 ms, against 0.2-0.6 ms for the
 * later ones, and a whole boot translates only 37 regions. The firmware and boot loader run
 * on the interpreter meanwhile, so a second host core is free for this. It touches no machine
 * and no cache (its classes are dropped at once): translations do not depend on it, only their
 * cost. With one core it is not started.
 */
public final class CodegenWarmup {
    private CodegenWarmup() {}

    /**
     * The program (GNU as, 32-bit, at offset 0): a loop of the instruction mix compiled C gives
     * (loads and stores with SIB addressing, ADD..CMP with registers, immediates and memory, shifts
     * by constants, IMUL, INC/DEC/NEG/NOT, MOVZX/MOVSX, SETcc, 16- and 8-bit forms, Jcc, CALL,
     * LEAVE, RET).
     */
    static final byte[] PROGRAM = HexFormat.of().parseHex(
            "5589e553568b45088b4d0c31d28d7488048b1c9601d883d10083eb0381e3ff00000009dac1e302d1f8d1e90f"
            + "afc36bd90c4249f7dbf7d30fb6db0fbe4e0389049683460801803e2f85c00f94c383fa647cbf668946026601"
            + "c828d880f401f6c104750939c87605e894ffffff89d05e5bc9c3");
    /**
     * Rounds of the program (alternating CPL 0 and 3): enough for C1 to compile the generator.
     * -Dj86.jit.warmupRounds changes it, for measuring: on a loaded two-core host (2026-12-02, 4
     * runs each, wall times) sieve's translation took a median 260 ms with 12 rounds, 340 ms with
     * 4, while boot's took 253 ms with 12 and 161 ms with 4 (more rounds compete longer with the
     * first regions for the second core); to be measured again on an idle host.
     */
    static final int ROUNDS = Integer.getInteger("j86.jit.warmupRounds", 12);
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static boolean started;
    /** -Dj86.jit.warmup=off: no warm-up (for measuring it). */
    private static final boolean OFF = "off".equals(System.getProperty("j86.jit.warmup"));

    /** Starts the warm-up thread, the first time only and only with more than one host core. */
    public static synchronized void start() {
        if (started || Runtime.getRuntime().availableProcessors() < 2 || OFF) {
            return;
        }
        started = true;
        Thread t = new Thread(CodegenWarmup::run, "j86-translator-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /**
     * The program first (it loads and exercises every stage, and the first hot block may come soon:
     * sieve's, 2026-12-02, about 450 ms after the engine was made, on a loaded host), then the
     * splices of every form, then the program again until C1 has compiled the generator.
     */
    static void run() {
        int flat32 = ModeKey.CS32 | ModeKey.SS32 | ModeKey.PAGING | ModeKey.FLAT;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                translate(flat32 | (round & 1) * 3 << 2); // CPL 0 and 3
                if (round == 1) {
                    SpliceWarmup.run();
                }
            }
        } catch (RuntimeException | IllegalAccessException e) {
            // A warm-up that fails only wastes itself; the tests translate the real uses.
        }
    }

    /** The program's region from offset 0, generated and defined as a class that is then dropped. */
    static void translate(int mode) throws IllegalAccessException {
        Region r = region(mode);
        r.slowSites = java.util.Set.of();
        Codegen.Result c = Codegen.generate(r, true, true);
        LOOKUP.defineHiddenClassWithClassData(c.classFile, c.classData, true);
    }

    /** The blocks reachable from offset 0 by the branches a region follows (as RegionScanner does). */
    static Region region(int mode) {
        List<BlockEntry> blocks = new ArrayList<>();
        blocks.add(block(0, mode));
        for (int b = 0; b < blocks.size(); b++) {
            for (int target : Region.targets(blocks.get(b))) {
                if (target >= 0 && target < PROGRAM.length && blocks.stream().noneMatch(x -> x.eip == target)) {
                    blocks.add(block(target, mode));
                }
            }
        }
        return new Region(blocks.get(0), blocks);
    }

    /** The block at {@code start}: up to an instruction that ends one (the program ends in RET). */
    private static BlockEntry block(int start, int mode) {
        List<Insn> insns = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int eip = start;
        Insn i;
        do {
            i = Decoder.decode(a -> a < PROGRAM.length ? PROGRAM[a] & 0xFF : 0x90, eip, true, new Insn());
            insns.add(i);
            starts.add(eip);
            eip += i.length;
        } while (!i.endsBlock());
        starts.add(eip);
        int[] s = starts.stream().mapToInt(Integer::intValue).toArray();
        return new BlockEntry(ModeKey.key(start, mode), start, start, mode, insns.toArray(new Insn[0]), s, false);
    }
}
