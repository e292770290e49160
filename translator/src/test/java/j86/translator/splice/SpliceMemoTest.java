package j86.translator.splice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * {@link SpliceMemo}: a splice replayed from its template writes exactly what a fresh partial
 * evaluation writes (instruction for instruction, with the caller's locals and temps), for
 * seeded random calls of the methods the translator splices: register operands in different
 * locals and in the same one (aliased), immediates, shift counts, the record kept or dropped.
 * SpliceTest runs the spliced code against its source; this test makes that hold for replays too.
 */
class SpliceMemoTest implements Opcodes {
    private static final String CPU_ARG = "(Lj86/runtime/cpu/Cpu;";
    private static final String[] BINARY = {"add", "or", "adc", "sbb", "and", "sub", "xor", "cmp", "test"};
    private static final String[] UNARY = {"inc", "dec", "neg", "not"};
    private static final String[] SHIFTS = {"shl", "shr", "sar"};

    @Test
    void aReplayEqualsAFreshSplice() {
        Random rnd = new Random(1786);
        int replays = 0;
        for (int n = 0; n < 600; n++) {
            replays += checkOne(rnd) ? 1 : 0;
        }
        assertTrue(replays >= 600, "every second call is a replay: " + replays);
    }

    /** One random call: fresh, then through the memo twice (the second a replay); true per replay. */
    private boolean checkOne(Random rnd) {
        int size = 8 << rnd.nextInt(3);
        String owner, name, desc;
        SpliceValue[] args;
        int kind = rnd.nextInt(4);
        if (kind == 0) {
            String op = BINARY[rnd.nextInt(BINARY.length)];
            owner = "Alu";
            name = op + size;
            desc = CPU_ARG + "II)" + (op.equals("cmp") || op.equals("test") ? "V" : "I");
            args = new SpliceValue[] {SpliceValue.THE_CPU, local(rnd), rnd.nextBoolean() ? local(rnd) : constant(rnd)};
        } else if (kind == 1) {
            owner = "Alu";
            name = UNARY[rnd.nextInt(UNARY.length)] + size;
            desc = CPU_ARG + "I)I";
            args = new SpliceValue[] {SpliceValue.THE_CPU, local(rnd)};
        } else if (kind == 2) {
            owner = "Shift";
            name = SHIFTS[rnd.nextInt(SHIFTS.length)] + size;
            desc = CPU_ARG + "II)I";
            args = new SpliceValue[] {SpliceValue.THE_CPU, local(rnd), SpliceValue.constant(rnd.nextInt(40))};
        } else {
            owner = "MulDiv";
            name = "imul" + (size == 8 ? 32 : size);
            desc = CPU_ARG + "II)I";
            args = new SpliceValue[] {SpliceValue.THE_CPU, local(rnd), rnd.nextBoolean() ? local(rnd) : constant(rnd)};
        }
        return compare("j86/runtime/ops/" + owner, name, desc, rnd.nextBoolean(), args);
    }

    private boolean compare(String owner, String name, String desc, boolean keep, SpliceValue[] args) {
        Probe fresh = new Probe();
        Splice.Result expected;
        try {
            expected = Splice.fresh(fresh, owner, name, desc, keep, args);
        } catch (IllegalStateException e) {
            assertThrows(IllegalStateException.class, () -> Splice.call(new Probe(), owner, name, desc, keep, args));
            return true;
        }
        String what = owner + "." + name + " keep " + keep + " " + List.of(args);
        boolean replayed = false;
        for (int pass = 0; pass < 2; pass++) {
            Probe memo = new Probe();
            Splice.Result got = Splice.call(memo, owner, name, desc, keep, args);
            assertEquals(expected, got, what);
            assertEquals(text(fresh.node), text(memo.node), what);
            assertEquals(fresh.temps, memo.temps, what);
            replayed |= memo.reused;
        }
        return replayed;
    }

    /** A register operand: one of three locals, so that two arguments often share one. */
    private static SpliceValue local(Random rnd) {
        return SpliceValue.local(rnd.nextInt(3));
    }

    private static SpliceValue constant(Random rnd) {
        int[] edges = {0, 1, -1, 0x7F, 0x80, 0xFF, 0x8000, 0xFFFF, 0x80000000};
        return SpliceValue.constant(rnd.nextBoolean() ? edges[rnd.nextInt(edges.length)] : rnd.nextInt());
    }

    /** The instructions as text, labels numbered in order of appearance. */
    private static List<String> text(MethodNode m) {
        Map<LabelNode, Integer> labels = new IdentityHashMap<>();
        List<String> out = new ArrayList<>();
        for (AbstractInsnNode x = m.instructions.getFirst(); x != null; x = x.getNext()) {
            String s = x.getOpcode() + "/" + x.getType();
            if (x instanceof LabelNode l) {
                s += " L" + labels.computeIfAbsent(l, k -> labels.size());
            } else if (x instanceof JumpInsnNode j) {
                s += " L" + labels.computeIfAbsent(j.label, k -> labels.size());
            } else if (x instanceof VarInsnNode v) {
                s += " " + v.var;
            } else if (x instanceof IntInsnNode i) {
                s += " " + i.operand;
            } else if (x instanceof LdcInsnNode c) {
                s += " " + c.cst;
            }
            out.add(s);
        }
        return out;
    }

    /** Locals 0..2 are operands, 9 holds CF, temps from 10. */
    private static final class Probe implements Splice.Target {
        final MethodNode node = new MethodNode();
        int temps = 10;
        boolean reused;

        @Override
        public MethodVisitor mv() {
            return node;
        }

        @Override
        public int temp() {
            return temps++;
        }

        @Override
        public void pushCf() {
            node.visitVarInsn(ILOAD, 9);
        }

        @Override
        public void spliced(long nanos, boolean reused) {
            this.reused = reused;
        }
    }
}
