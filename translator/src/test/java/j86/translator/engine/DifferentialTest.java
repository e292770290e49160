package j86.translator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.translator.codegen.Codegen;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Differential fuzzing, the translator's main test: random programs ({@link ProgramGen}) from
 * random CPU states run on the interpreter (the reference) and on the translating engine with
 * threshold 0 (every block translated), from identical copies of the machine; registers, EIP, the
 * whole EFLAGS value, instruction counts, segment registers, port writes and all of RAM must be
 * equal afterwards. Faults are delivered through the IDT to HLT handlers, so a fault's vector,
 * error code, faulting EIP and the registers at the fault are all compared. Both engines call the
 * same semantics, so even the flags the SDM leaves undefined must agree: nothing is masked.
 * Every generated class is checked by ASM's CheckClassAdapter.
 */
class DifferentialTest {
    static final int CODE = 0x10000, STACK = 0x30000, DATA = 0x40000;
    static final long BUDGET = 500;
    /** Each program runs from this many random states (its translations are reused between them). */
    static final int STATES_PER_PROGRAM = 10;
    private static int at;
    private static byte[] prog;

    @Test
    void translatedBlocksMatchTheInterpreter() {
        assertEquals(0, run(0xC0FFEE, Integer.getInteger("j86.diff.blocks", 100_000), true));
    }

    /**
     * The fallback alone (every instruction through Dispatch), with a block cache smaller than
     * any translation (BlockCache#cost is at least 4 KiB for one) but able to hold a few cold
     * blocks: every translation is evicted as it is inserted (it must still run, not livelock).
     */
    @Test
    void fallbackOnlyWithConstantEvictionMatchesTheInterpreter() {
        assertEquals(0, run(0xBEEF, 800, false, 4096));
    }

    static int run(long seed, int cases, boolean specialise) {
        return run(seed, cases, specialise, TranslatingEngine.DEFAULT_CACHE_BYTES);
    }

    /** Runs {@code cases} programs; returns the number of mismatches. */
    static int run(long seed, int cases, boolean specialise, long cacheBytes) {
        Random rnd = new Random(seed);
        byte[] template = new byte[GuestMachine.RAM];
        Arrays.fill(template, (byte) 0xF4); // stray jumps halt at once
        GuestMachine.writeTables(template);
        for (int a = DATA; a < DATA + 0x11000; a++) {
            template[a] = (byte) rnd.nextInt();
        }
        for (int a = CODE; a < CODE + 0x2000; a++) {
            template[a] = (byte) rnd.nextInt();
        }
        GuestMachine ref = new GuestMachine(false, 0, false);
        GuestMachine jit = new GuestMachine(true, 0, specialise, cacheBytes);
        List<Codegen.Result> classes = new ArrayList<>();
        List<String> verifyErrors = new ArrayList<>();
        jit.jit.translator.observer = r -> {
            classes.add(r);
            String v = Listing.verify(r.classFile);
            if (!v.isEmpty()) {
                verifyErrors.add(v + Listing.bytecode(r.classFile));
            }
        };
        ProgramGen gen = new ProgramGen(rnd, DATA, CODE);
        int mismatches = 0;
        long insns = 0, refNanos = 0, jitNanos = 0;
        byte[] image = new byte[template.length];
        for (int n = 0; n < cases; n++) {
            if (n % STATES_PER_PROGRAM == 0) {
                at = CODE + rnd.nextInt(0x1000);
                prog = gen.program(1 + rnd.nextInt(24), at);
                System.arraycopy(template, 0, image, 0, template.length);
                System.arraycopy(prog, 0, image, at, prog.length);
            }
            int[] regs = new int[8];
            for (int i = 0; i < 8; i++) {
                regs[i] = gen.pointer();
            }
            regs[4] = STACK + (rnd.nextInt(8) == 0 ? rnd.nextInt(0x1000) : rnd.nextInt(0x400) * 4);
            int flags = rnd.nextInt();
            classes.clear();
            for (GuestMachine m : new GuestMachine[] {ref, jit}) {
                restore(m, image);
                m.reset(at, regs, flags);
            }
            String before = ref.dump();
            long t0 = System.nanoTime();
            ref.run(BUDGET);
            long t1 = System.nanoTime();
            jit.run(BUDGET);
            refNanos += t1 - t0;
            jitNanos += System.nanoTime() - t1;
            insns += ref.cpu.instructions;
            String diff = ref.differs(jit);
            if (diff != null || !verifyErrors.isEmpty()) {
                mismatches++;
                if (mismatches <= 3) {
                    report(n, diff, prog, at, before, ref, jit, classes, verifyErrors);
                }
                verifyErrors.clear();
            }
        }
        System.out.println("SUMMARY differential: blocks=" + cases + " mismatches=" + mismatches);
        System.out.println("  programs " + (cases + STATES_PER_PROGRAM - 1) / STATES_PER_PROGRAM + " x " + STATES_PER_PROGRAM
                + " random states each");
        System.out.println("  guest instructions (reference) " + insns + "; interpreter " + refNanos / 1_000_000
                + " ms, translating engine " + jitNanos / 1_000_000 + " ms; " + jit.jit.statistics());
        return mismatches;
    }

    /** Makes RAM equal to the template again, through the memory (so code pages notify the caches). */
    static void restore(GuestMachine m, byte[] template) {
        byte[] ram = m.phys.ram;
        for (int p = 0; p < ram.length; p += 4096) {
            if (!Arrays.equals(ram, p, p + 4096, template, p, p + 4096)) {
                m.phys.writeBytes(p, template, p, 4096);
            }
        }
    }

    static void report(int n, String diff, byte[] prog, int at, String before, GuestMachine ref, GuestMachine jit,
            List<Codegen.Result> classes, List<String> verifyErrors) {
        StringBuilder b = new StringBuilder();
        b.append("MISMATCH in case ").append(n).append(": ").append(diff).append('\n');
        b.append(Listing.disasm(prog, at));
        b.append("-- before\n").append(before);
        b.append("-- interpreter after\n").append(ref.dump());
        b.append("-- translator after\n").append(jit.dump());
        for (String v : verifyErrors) {
            b.append("-- CheckClassAdapter\n").append(v);
        }
        for (Codegen.Result r : classes) {
            b.append("-- generated\n").append(Listing.bytecode(r.classFile));
        }
        System.out.println(b);
    }
}
