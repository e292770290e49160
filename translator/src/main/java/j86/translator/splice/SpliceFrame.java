package j86.translator.splice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * One method being copied by {@link Splice}: what each of its local variables holds, the
 * generated locals it owns, and the states in which control arrives at each of its labels.
 *
 * <p>A variable stored once (a parameter never assigned, or a local assigned once: javac's
 * definite assignment makes that store precede every read) keeps a constant it was given for the
 * whole method. Any other variable may hold a constant only until the method's first branch that
 * is emitted (a branch on a value known only at run time); then such constants are stored to
 * the variable's own local, so that the two paths agree where they meet again.
 */
final class SpliceFrame {
    /** The state control brings to a label: the abstract stack and this method's variables. */
    record Arrival(List<SpliceValue> stack, Map<Integer, SpliceValue> vars) {}

    final MethodNode m;
    /** Abstract stack depth at entry, the arguments popped: what lies below belongs to callers. */
    final int base;
    /** Where the method's returns go. */
    final LabelNode end = new LabelNode();
    Map<Integer, SpliceValue> vars = new HashMap<>();
    /** An emitted branch has been taken in this method (see the class comment). */
    boolean branched;
    final Map<LabelNode, Arrival> arrivals = new HashMap<>();
    /** Labels passed (a branch to one would go backward). */
    final Set<LabelNode> reached = new HashSet<>();
    /** Targets of emitted branches not reached yet. */
    final Set<LabelNode> open = new HashSet<>();
    private final Map<LabelNode, Label> labels = new HashMap<>();
    private final Map<Integer, Integer> own = new HashMap<>();
    private final int[] stores;
    private final int paramSlots;

    SpliceFrame(MethodNode m, int base) {
        this.m = m;
        this.base = base;
        this.paramSlots = Type.getArgumentsAndReturnSizes(m.desc) >> 2;
        this.stores = countStores(m);
    }

    private static int[] countStores(MethodNode m) {
        int[] n = new int[m.maxLocals + 1];
        // getFirst/getNext, not the iterator: it fills the list's index cache, and the method
        // nodes are shared by the threads that translate (OpsBytecode)
        for (AbstractInsnNode x = m.instructions.getFirst(); x != null; x = x.getNext()) {
            if (x instanceof IincInsnNode inc) {
                n[inc.var]++;
            } else if (x instanceof VarInsnNode v && v.getOpcode() >= Opcodes.ISTORE && v.getOpcode() <= Opcodes.ASTORE) {
                n[v.var]++;
            }
        }
        return n;
    }

    /** Whether variable {@code var} is assigned once (parameters: by the call only). */
    boolean stable(int var) {
        return var < paramSlots ? stores[var] == 0 : stores[var] <= 1;
    }

    /** The generated local (two for a long) owned by variable {@code var}, allocated on first use. */
    int own(int var, Splice.Target g, boolean wide) {
        return own.computeIfAbsent(var, v -> {
            int slot = g.temp();
            if (wide && g.temp() != slot + 1) {
                throw new IllegalStateException("non-adjacent temps");
            }
            return slot;
        });
    }

    /** The generated label standing for {@code l} (only labels that emitted branches use). */
    Label label(LabelNode l) {
        return labels.computeIfAbsent(l, x -> new Label());
    }

    boolean hasLabel(LabelNode l) {
        return labels.containsKey(l);
    }

    /** Control arrives at {@code l} with {@code stack} and the current variables. */
    void arrive(LabelNode l, List<SpliceValue> stack) {
        Arrival in = new Arrival(new ArrayList<>(stack), new HashMap<>(vars));
        Arrival before = arrivals.get(l);
        arrivals.put(l, before == null ? in : merge(before, in));
    }

    /**
     * Two states meeting at a label: the stacks must agree entry by entry (the caller emits what
     * differs before branching); a variable known on one path only is dropped (javac proves it is
     * not read there), one known differently on the two paths is a shape this splicer does not take.
     */
    Arrival merge(Arrival x, Arrival y) {
        if (!x.stack().equals(y.stack())) {
            throw unsupported("stacks differ at a join: " + x.stack() + " / " + y.stack());
        }
        Map<Integer, SpliceValue> vars = new HashMap<>();
        for (Map.Entry<Integer, SpliceValue> e : x.vars().entrySet()) {
            SpliceValue other = y.vars().get(e.getKey());
            if (other != null && !other.equals(e.getValue())) {
                throw unsupported("variable " + e.getKey() + " differs at a join");
            }
            if (other != null) {
                vars.put(e.getKey(), other);
            }
        }
        return new Arrival(x.stack(), vars);
    }

    IllegalStateException unsupported(String why) {
        return new IllegalStateException("cannot splice " + m.name + m.desc + ": " + why);
    }
}
