package j86.translator.splice;

import static j86.translator.splice.SpliceValue.ON_STACK;
import static j86.translator.splice.SpliceValue.ON_STACK2;

import j86.translator.block.TranslationClock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Copies a semantics method of j86.runtime.ops (Alu.add32, Shift.shl8, MulDiv.imul32, ...) into
 * the region being generated, so that translated code runs the interpreter's own definition
 * inline: C2 declines to inline calls inside large regions (DESIGN-NOTES, "C2 shapes the
 * generated code"), so a call would cost the speed the translator exists for.
 *
 * <p>The copy is a partial evaluation of the method's bytecode, read with ASM from its class
 * file ({@link OpsBytecode}): the methods it calls in j86.runtime.ops are copied in turn;
 * arguments the caller knows (an operand size, a shift count, an immediate) are constants that
 * fold through arithmetic and decide branches, whose dead side is not emitted; locals and
 * registers are used where they are, not copied. The Cpu argument is never emitted: the three
 * calls that use it are the flag record's, which the translator keeps in locals, so they are
 * replaced: Flags.record and Flags.recordRes become a {@link FlagRecord} the caller applies when
 * it chooses, Flags.cfBit the caller's own CF read ({@link Target#pushCf}). Anything else that
 * touches the Cpu, and any bytecode shape not handled here, is an IllegalStateException when
 * the region is generated (SpliceTest splices every method the translator uses).
 *
 * <p>Control flow: only forward branches (the semantics methods have no loops). A branch decided
 * here becomes a pending GOTO that is dropped when its target is the next live code; a branch on
 * a run-time value is emitted, and at the label where paths meet their states must agree.
 */
public final class Splice implements Opcodes {
    private static final String FLAGS = OpsBytecode.PACKAGE + "Flags";
    private static final String CPU_DESC = "(Lj86/runtime/cpu/Cpu;";

    /** The local holding the method's int result (-1: void), and its flag record (null: none or not kept). */
    public record Result(int value, FlagRecord record) {}

    /** Where the copy goes: the region's generator (the code generator's Gen), or a test's method. */
    public interface Target {
        MethodVisitor mv();

        /** A fresh int local (consecutive calls give consecutive locals). */
        int temp();

        /** Pushes CF of the current flag record as 0 or 1. */
        void pushCf();

        /** One splice done, in {@code nanos}; {@code reused}: replayed from {@link SpliceMemo}. For statistics. */
        default void spliced(long nanos, boolean reused) {}
    }

    private final Target g;
    private final MethodVisitor mv;
    private final boolean keepRecord;
    private final List<SpliceValue> stack = new ArrayList<>();
    private boolean live = true;
    private LabelNode pendingGoto;
    private FlagRecord record;

    private Splice(Target g, boolean keepRecord) {
        this.g = g;
        this.mv = g.mv();
        this.keepRecord = keepRecord;
    }

    /**
     * Emits {@code owner.name(desc)} applied to {@code args} (the Cpu as {@link SpliceValue#THE_CPU},
     * ints as constants or locals). With {@code keepRecord} false the flag record is dropped.
     */
    public static Result call(Target g, String owner, String name, String desc, boolean keepRecord, SpliceValue... args) {
        long t0 = TranslationClock.now();
        if (!SpliceMemo.ENABLED) {
            Result r = fresh(g, owner, name, desc, keepRecord, args);
            g.spliced(TranslationClock.now() - t0, false);
            return r;
        }
        SpliceMemo.Key key = SpliceMemo.key(owner, name, desc, keepRecord, args);
        SpliceTemplate t = SpliceMemo.lookup(key);
        boolean reused = t != null;
        if (!reused) {
            t = SpliceTemplate.record(owner, name, desc, keepRecord, args);
            SpliceMemo.keep(key, t);
        }
        Result r = t.replay(g, args);
        g.spliced(TranslationClock.now() - t0, reused);
        return r;
    }

    /** {@link #call} without the memo: the partial evaluation itself, into {@code g}'s method. */
    static Result fresh(Target g, String owner, String name, String desc, boolean keepRecord, SpliceValue... args) {
        Splice s = new Splice(g, keepRecord);
        for (SpliceValue a : args) {
            s.push(a);
        }
        s.inline(OpsBytecode.method(owner, name, desc));
        int value = Type.getReturnType(desc) == Type.VOID_TYPE ? -1 : s.toSlot(s.pop());
        return new Result(value, s.record);
    }

    private void inline(MethodNode m) {
        Type[] params = Type.getArgumentTypes(m.desc);
        SpliceFrame f = new SpliceFrame(m, stack.size() - params.length);
        int[] var = new int[params.length];
        for (int p = 1; p < params.length; p++) {
            var[p] = var[p - 1] + params[p - 1].getSize();
        }
        for (int p = params.length - 1; p >= 0; p--) {
            bind(f, var[p], pop());
        }
        run(f);
    }

    /** A parameter: known values and locals as they are, a value on the stack into its own local. */
    private void bind(SpliceFrame f, int var, SpliceValue v) {
        if (v.kind() == SpliceValue.STACK || v.kind() == SpliceValue.STACK2) {
            boolean wide = v.kind() == SpliceValue.STACK2;
            int slot = f.own(var, g, wide);
            mv.visitVarInsn(wide ? LSTORE : ISTORE, slot);
            v = SpliceValue.local(slot);
        }
        f.vars.put(var, v);
    }

    private void run(SpliceFrame f) {
        for (AbstractInsnNode x = f.m.instructions.getFirst(); x != null; x = x.getNext()) {
            if (x instanceof LabelNode l) {
                reach(f, l);
            } else if (live && x.getOpcode() >= 0) {
                step(f, x);
            }
        }
        reach(f, f.end);
    }

    /** A label: if control arrives here, the code after it is live with the state it brings. */
    private void reach(SpliceFrame f, LabelNode l) {
        f.reached.add(l);
        f.open.remove(l);
        SpliceFrame.Arrival in = f.arrivals.remove(l);
        if (in == null) {
            return;
        }
        if (live) { // falling through: one more arrival
            matchTop(f, in.stack());
            in = f.merge(in, new SpliceFrame.Arrival(new ArrayList<>(stack), new HashMap<>(f.vars)));
        } else if (pendingGoto != null && pendingGoto != l) {
            mv.visitJumpInsn(GOTO, f.label(pendingGoto));
        }
        pendingGoto = null;
        stack.clear();
        stack.addAll(in.stack());
        f.vars = new HashMap<>(in.vars());
        if (f.hasLabel(l)) {
            mv.visitLabel(f.label(l));
        }
        live = true;
    }

    private void step(SpliceFrame f, AbstractInsnNode x) {
        int op = x.getOpcode();
        if (op >= ICONST_M1 && op <= ICONST_5) {
            push(SpliceValue.constant(op - ICONST_0));
        } else if (op == BIPUSH || op == SIPUSH) {
            push(SpliceValue.constant(((IntInsnNode) x).operand));
        } else if (op == LDC && ((LdcInsnNode) x).cst instanceof Integer v) {
            push(SpliceValue.constant(v));
        } else if (op >= IADD && op <= LXOR || op == LCMP) {
            arithmetic(op);
        } else if (op >= I2L && op <= I2S) {
            conversion(op);
        } else if (op >= IFEQ && op <= IF_ICMPLE) {
            conditional(f, op, ((JumpInsnNode) x).label);
        } else {
            other(f, x, op);
        }
    }

    private void other(SpliceFrame f, AbstractInsnNode x, int op) {
        switch (op) {
            case ILOAD: case ALOAD: push(read(f, ((VarInsnNode) x).var)); break;
            case LLOAD:
                mv.visitVarInsn(LLOAD, read(f, ((VarInsnNode) x).var).value());
                push(ON_STACK2);
                break;
            case ISTORE: store(f, ((VarInsnNode) x).var, pop()); break;
            case LSTORE: storeLong(f, ((VarInsnNode) x).var); break;
            case IINC: increment(f, (IincInsnNode) x); break;
            case POP: if (pop().onStack()) mv.visitInsn(POP); break;
            case GOTO: transfer(f, ((JumpInsnNode) x).label); break;
            case IRETURN: case RETURN: transfer(f, f.end); break;
            case INVOKESTATIC: invoke((MethodInsnNode) x, f); break;
            default: throw f.unsupported("opcode " + op);
        }
    }

    private SpliceValue read(SpliceFrame f, int var) {
        SpliceValue v = f.vars.get(var);
        if (v == null) {
            throw f.unsupported("variable " + var + " read before a store the splice saw");
        }
        return v;
    }

    /**
     * A variable assigned: a constant or a local is remembered where that is safe (see
     * SpliceFrame), anything else is stored to the variable's own local.
     */
    private void store(SpliceFrame f, int var, SpliceValue v) {
        if (v.lazy() && v.equals(f.vars.get(var))) {
            return; // x = x (a mask that folded away)
        }
        if (v.isConst() && (f.stable(var) || !f.branched) || v.kind() == SpliceValue.LOCAL && f.stable(var)) {
            f.vars.put(var, v);
            return;
        }
        storeOwn(f, var, v);
    }

    /** {@code v} into variable {@code var}'s own local (emitted). */
    private void storeOwn(SpliceFrame f, int var, SpliceValue v) {
        int slot = f.own(var, g, false);
        beforeWrite(f, slot, var);
        emit(v);
        mv.visitVarInsn(ISTORE, slot);
        f.vars.put(var, SpliceValue.local(slot));
    }

    private void storeLong(SpliceFrame f, int var) {
        if (pop().kind() != SpliceValue.STACK2) {
            throw f.unsupported("LSTORE of a non-long");
        }
        int slot = f.own(var, g, true);
        mv.visitVarInsn(LSTORE, slot);
        f.vars.put(var, SpliceValue.local(slot));
    }

    private void increment(SpliceFrame f, IincInsnNode x) {
        push(read(f, x.var));
        push(SpliceValue.constant(x.incr));
        arithmetic(IADD);
        store(f, x.var, pop());
    }

    /**
     * Local {@code slot} is about to change: variables that alias it get a copy first; a pending
     * stack entry or the held-back flag record reading it is a shape not handled.
     */
    private void beforeWrite(SpliceFrame f, int slot, int writer) {
        SpliceValue old = SpliceValue.local(slot);
        if (stack.contains(old) || record != null && record.reads(slot)) {
            throw f.unsupported("local " + slot + " overwritten while still to be read");
        }
        for (Map.Entry<Integer, SpliceValue> e : f.vars.entrySet()) {
            if (e.getKey() != writer && e.getValue().equals(old)) {
                int copy = f.own(e.getKey(), g, false);
                mv.visitVarInsn(ILOAD, slot);
                mv.visitVarInsn(ISTORE, copy);
                e.setValue(SpliceValue.local(copy));
            }
        }
    }

    private void arithmetic(int op) {
        switch (op) {
            case IADD: case ISUB: case IMUL: case IAND: case IOR: case IXOR: case ISHL: case ISHR: case IUSHR:
                binaryInt(op);
                break;
            case INEG:
                unaryInt(op);
                break;
            case LADD: case LSUB: case LMUL: case LAND: case LOR: case LXOR: case LSHL: case LSHR: case LUSHR:
            case LNEG: case LCMP:
                longOp(op);
                break;
            default:
                throw new IllegalStateException("cannot splice opcode " + op);
        }
    }

    private void binaryInt(int op) {
        SpliceValue b = pop(), a = pop();
        if (a.isConst() && b.isConst()) {
            push(SpliceValue.constant(SpliceFold.binary(op, a.value(), b.value())));
        } else if (b.isConst() && SpliceFold.rightIdentity(op, b.value())) {
            push(a);
        } else {
            operands(op, a, b);
            mv.visitInsn(op);
            push(ON_STACK);
        }
    }

    private void unaryInt(int op) {
        SpliceValue a = pop();
        if (a.isConst()) {
            push(SpliceValue.constant(SpliceFold.unary(op, a.value())));
        } else {
            emit(a);
            mv.visitInsn(op);
            push(ON_STACK);
        }
    }

    /** Long arithmetic (the 64-bit product of IMUL): never folded, its operands are on the stack. */
    private void longOp(int op) {
        boolean shift = op == LSHL || op == LSHR || op == LUSHR;
        SpliceValue b = pop();
        if (shift) {
            emit(b);
        }
        SpliceValue a = op == LNEG ? b : pop();
        if (!a.onStack() || !b.onStack() && !shift) {
            throw new IllegalStateException("cannot splice long opcode " + op);
        }
        mv.visitInsn(op);
        push(op == LCMP ? ON_STACK : ON_STACK2);
    }

    private void conversion(int op) {
        if (op == I2B || op == I2C || op == I2S) {
            unaryInt(op);
            return;
        }
        SpliceValue a = pop();
        emit(a);
        if (op != I2L && op != L2I) {
            throw new IllegalStateException("cannot splice conversion " + op);
        }
        mv.visitInsn(op);
        push(op == I2L ? ON_STACK2 : ON_STACK);
    }

    /** The two operands of {@code op} onto the real stack, in order (either order if it commutes). */
    private void operands(int op, SpliceValue a, SpliceValue b) {
        if (a.onStack()) {
            emit(b);
        } else if (b.onStack()) {
            emit(a);
            if (!commutes(op)) {
                mv.visitInsn(SWAP);
            }
        } else {
            emit(a);
            emit(b);
        }
    }

    private static boolean commutes(int op) {
        return op == IADD || op == IMUL || op == IAND || op == IOR || op == IXOR || op == IF_ICMPEQ || op == IF_ICMPNE;
    }

    private void conditional(SpliceFrame f, int op, LabelNode target) {
        boolean compare = op >= IF_ICMPEQ;
        SpliceValue b = compare ? pop() : SpliceValue.constant(0), a = pop();
        if (a.isConst() && b.isConst()) {
            if (SpliceFold.test(op, a.value(), b.value())) {
                transfer(f, target);
            }
            return;
        }
        if (compare) {
            operands(op, a, b);
        } else {
            emit(a);
        }
        branch(f, op, target);
    }

    /** An emitted conditional branch: both paths go on with the same state. */
    private void branch(SpliceFrame f, int op, LabelNode target) {
        forward(f, target);
        if (!f.branched) {
            spill(f);
            f.branched = true;
        }
        f.arrive(target, stack);
        f.open.add(target);
        mv.visitJumpInsn(op, f.label(target));
    }

    /** Constants of variables assigned more than once go to their locals before the first branch. */
    private void spill(SpliceFrame f) {
        for (Map.Entry<Integer, SpliceValue> e : new ArrayList<>(f.vars.entrySet())) {
            if (e.getValue().isConst() && !f.stable(e.getKey())) {
                storeOwn(f, e.getKey(), e.getValue());
            }
        }
    }

    /**
     * GOTO, a return, or a branch decided here: control goes to {@code target} and not on. The
     * value an expression pushed (a ternary's arm) is emitted if another path reaches the target
     * with it on the real stack, or may still do so (an emitted branch is open).
     */
    private void transfer(SpliceFrame f, LabelNode target) {
        forward(f, target);
        SpliceFrame.Arrival there = f.arrivals.get(target);
        if (there != null) {
            matchTop(f, there.stack());
        } else if (!f.open.isEmpty() && stack.size() > f.base && top().lazy()) {
            materialiseTop();
        }
        f.arrive(target, stack);
        pendingGoto = target;
        live = false;
    }

    private void matchTop(SpliceFrame f, List<SpliceValue> other) {
        int n = stack.size();
        if (n > f.base && n == other.size() && top().lazy() && other.get(n - 1).onStack()) {
            materialiseTop();
        }
    }

    private void forward(SpliceFrame f, LabelNode target) {
        if (f.reached.contains(target)) {
            throw f.unsupported("a backward branch");
        }
    }

    private void invoke(MethodInsnNode x, SpliceFrame f) {
        if (x.owner.equals(FLAGS) && intrinsic(x.name, x.desc)) {
            return;
        }
        if (!OpsBytecode.spliceable(x.owner)) {
            throw f.unsupported("a call of " + x.owner + "." + x.name);
        }
        inline(OpsBytecode.method(x.owner, x.name, x.desc));
    }

    /** The flag record's methods, replaced (see the class comment); false for any other. */
    private boolean intrinsic(String name, String desc) {
        if (name.equals("record") && desc.equals(CPU_DESC + "IIIII)V")) {
            int res = recordOperand(pop()), b = recordOperand(pop()), a = recordOperand(pop());
            int size = constant(pop()), kind = constant(pop());
            pop();
            record = keepRecord ? FlagRecord.of(kind, size, a, b, res) : null;
        } else if (name.equals("recordRes") && desc.equals(CPU_DESC + "III)V")) {
            SpliceValue bitsValue = pop();
            int bits = bitsValue.equals(SpliceValue.constant(0)) ? -1 : recordOperand(bitsValue);
            int res = recordOperand(pop()), size = constant(pop());
            pop();
            record = keepRecord ? FlagRecord.ofResult(size, res, bits) : null;
        } else if (name.equals("cfBit") && desc.equals(CPU_DESC + ")I")) {
            pop();
            g.pushCf();
            push(ON_STACK);
        } else {
            return false;
        }
        return true;
    }

    private int recordOperand(SpliceValue v) {
        if (keepRecord) {
            return toSlot(v);
        }
        if (v.onStack()) {
            mv.visitInsn(POP);
        }
        return -1;
    }

    private static int constant(SpliceValue v) {
        if (!v.isConst()) {
            throw new IllegalStateException("a flag record's kind or size known only at run time");
        }
        return v.value();
    }

    /** The local holding {@code v} (a fresh one for a constant or a stack value). */
    private int toSlot(SpliceValue v) {
        if (v.kind() == SpliceValue.LOCAL) {
            return v.value();
        }
        emit(v);
        int t = g.temp();
        mv.visitVarInsn(ISTORE, t);
        return t;
    }

    /** Pushes a lazy value onto the real stack (nothing for what is there already). */
    private void emit(SpliceValue v) {
        switch (v.kind()) {
            case SpliceValue.CONST: pushInt(mv, v.value()); break;
            case SpliceValue.LOCAL: mv.visitVarInsn(ILOAD, v.value()); break;
            case SpliceValue.CPU: throw new IllegalStateException("the Cpu used as a value");
            default: break;
        }
    }

    /** Pushes int constant {@code v} with the shortest instruction (ICONST, BIPUSH, SIPUSH, LDC). */
    public static void pushInt(MethodVisitor mv, int v) {
        if (v >= -1 && v <= 5) {
            mv.visitInsn(ICONST_0 + v);
        } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            mv.visitIntInsn(BIPUSH, v);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            mv.visitIntInsn(SIPUSH, v);
        } else {
            mv.visitLdcInsn(v);
        }
    }

    private void materialiseTop() {
        emit(pop());
        push(ON_STACK);
    }

    private SpliceValue top() {
        return stack.get(stack.size() - 1);
    }

    private SpliceValue pop() {
        return stack.remove(stack.size() - 1);
    }

    private void push(SpliceValue v) {
        stack.add(v);
    }
}
