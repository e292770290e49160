package j86.translator.splice;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Splices the ops methods the translator uses into a method that is thrown away, on the
 * translator's warm-up thread (codegen.CodegenWarmup starts it), once per JVM, so that the JVM has
 * compiled the splicer before the guest's first hot blocks need it. The first two rounds go through
 * the memo ({@link SpliceMemo}), leaving templates of the register-register forms there; the
 * others splice fresh, since a replay would not exercise the splicer.
 *
 * <p>Why: a splice is a partial evaluation that runs a few thousand bytecodes of this package per
 * guest instruction: about 100 us per splice in the JVM's interpreter, 9 us once compiled
 * (2026-12-02, this package's methods spliced 3,120 times a round in a loop: 326 ms the first
 * round, 28 ms from the seventh). Cold, it doubled the translation time of JOS's boot (37
 * regions: 83-137 ms before splicing, 270-285 ms after), the regions of a short run being exactly
 * the ones translated before the splicer is compiled. A few rounds on a second host core, while
 * the first builds the machine and runs the firmware and boot loader (which need no
 * translation), bring that to 175-204 ms (three runs); more rounds only compete with the JVM's
 * compilers for that core (40 rounds: 191-240 ms, and a slower boot). With one core it is not
 * started. It touches no machine: translations do not depend on it, only their cost.
 */
public final class SpliceWarmup {
    private SpliceWarmup() {}

    private static final String ALU = "j86/runtime/ops/Alu", SHIFT = "j86/runtime/ops/Shift",
            MULDIV = "j86/runtime/ops/MulDiv", CPU_ARG = "(Lj86/runtime/cpu/Cpu;";
    private static final String[] BINARY = {"add", "or", "adc", "sbb", "and", "sub", "xor", "cmp", "test"};
    private static final String[] UNARY = {"inc", "dec", "neg", "not"};
    private static final String[] SHIFTS = {"shl", "shr", "sar"};
    /** Rounds over every method: enough invocations of the splicer's parts for C1 to compile them. */
    static final int ROUNDS = 3;

    /** Every method the translator splices, with local and constant operands, {@link #ROUNDS} times. */
    public static void run() {
        for (int round = 0; round < ROUNDS; round++) {
            boolean memo = round < 2; // both record kinds; a miss runs the splicer all the same
            for (int size = 8; size <= 32; size *= 2) {
                boolean keep = (round & 1) == 0;
                for (String op : BINARY) {
                    String desc = CPU_ARG + "II)" + (op.equals("cmp") || op.equals("test") ? "V" : "I");
                    splice(memo, ALU, op + size, desc, keep, SpliceValue.local(1), SpliceValue.local(2));
                    splice(memo, ALU, op + size, desc, keep, SpliceValue.local(1), SpliceValue.constant(round * 7 + 1));
                }
                for (String op : UNARY) {
                    splice(memo, ALU, op + size, CPU_ARG + "I)I", keep, SpliceValue.local(1));
                }
                for (String op : SHIFTS) {
                    splice(memo, SHIFT, op + size, CPU_ARG + "II)I", true, SpliceValue.local(1), SpliceValue.constant(round % 33));
                }
                if (size > 8) {
                    splice(memo, MULDIV, "imul" + size, CPU_ARG + "II)I", true, SpliceValue.local(1), SpliceValue.local(2));
                }
            }
        }
    }

    /** One splice; with {@code memo} through the memo ({@link Splice#call}), else fresh. */
    private static void splice(boolean memo, String owner, String name, String desc, boolean keep, SpliceValue... ints) {
        SpliceValue[] args = new SpliceValue[ints.length + 1];
        args[0] = SpliceValue.THE_CPU;
        System.arraycopy(ints, 0, args, 1, ints.length);
        try {
            if (memo) {
                Splice.call(new Discard(), owner, name, desc, keep, args);
            } else {
                Splice.fresh(new Discard(), owner, name, desc, keep, args);
            }
        } catch (RuntimeException e) {
            // A method the warm-up names wrongly only wastes the warm-up; SpliceTest checks the real uses.
        }
    }

    /** A target that emits nothing. */
    private static final class Discard implements Splice.Target {
        private final MethodVisitor mv = new MethodVisitor(Opcodes.ASM9) { };
        private int next = 100;

        @Override
        public MethodVisitor mv() {
            return mv;
        }

        @Override
        public int temp() {
            return next++;
        }

        @Override
        public void pushCf() {
        }
    }
}
