package j86.translator.splice;

import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * One splice's output with its locals left open ({@link SpliceMemo}): {@link Splice} ran into a
 * recording whose local arguments and temps are symbolic slots and whose CF reads are a marker;
 * {@link #replay} writes the recording into a real method, each symbolic slot replaced by the
 * caller's local or a fresh temp, each label by a fresh one, each marker by the caller's CF read.
 *
 * <p>The replay allocates its temps before writing anything, in the order the splice allocated
 * them; a fresh splice allocates nothing else meanwhile (its target's pushCf takes no temps), so
 * the replay's output is instruction for instruction the fresh splice's.
 */
final class SpliceTemplate implements Opcodes {
    /** Symbolic slots: argument i is ARG + i, the n-th temp TEMP + n (far above any real local). */
    static final int ARG = 1 << 20, TEMP = 1 << 21;
    /** The owner of the marker call that stands for {@link Splice.Target#pushCf}. */
    private static final String CF_MARKER = "j86/translator/splice/SpliceTemplate$Cf";

    /** The recorded instructions: only read (getFirst/getNext) once the template is built. */
    private final InsnList code;
    private final int temps;
    private final Splice.Result result;

    private SpliceTemplate(InsnList code, int temps, Splice.Result result) {
        this.code = code;
        this.temps = temps;
        this.result = result;
    }

    /** Splices the call into a recording (arguments' locals symbolic, see {@link SpliceMemo#key}). */
    static SpliceTemplate record(String owner, String name, String desc, boolean keepRecord, SpliceValue[] args) {
        SpliceValue[] symbolic = new SpliceValue[args.length];
        for (int i = 0; i < args.length; i++) {
            boolean local = args[i].kind() == SpliceValue.LOCAL;
            symbolic[i] = local ? SpliceValue.local(ARG + SpliceMemo.firstWith(args, i)) : args[i];
        }
        Recorder rec = new Recorder();
        Splice.Result r = Splice.fresh(rec, owner, name, desc, keepRecord, symbolic);
        return new SpliceTemplate(rec.node.instructions, rec.temps, r);
    }

    /** Writes the splice into {@code g}'s method for {@code args} (the key's arguments); its result there. */
    Splice.Result replay(Splice.Target g, SpliceValue[] args) {
        int[] temp = new int[temps];
        for (int n = 0; n < temps; n++) {
            temp[n] = g.temp();
        }
        MethodVisitor mv = g.mv();
        Map<LabelNode, Label> labels = new HashMap<>();
        for (AbstractInsnNode x = code.getFirst(); x != null; x = x.getNext()) {
            if (x instanceof MethodInsnNode m && m.owner.equals(CF_MARKER)) {
                g.pushCf();
            } else {
                emit(mv, x, labels, args, temp);
            }
        }
        return new Splice.Result(slot(result.value(), args, temp), record(result.record(), args, temp));
    }

    private static void emit(MethodVisitor mv, AbstractInsnNode x, Map<LabelNode, Label> labels, SpliceValue[] args,
            int[] temp) {
        int op = x.getOpcode();
        switch (x.getType()) {
            case AbstractInsnNode.INSN -> mv.visitInsn(op);
            case AbstractInsnNode.INT_INSN -> mv.visitIntInsn(op, ((IntInsnNode) x).operand);
            case AbstractInsnNode.VAR_INSN -> mv.visitVarInsn(op, slot(((VarInsnNode) x).var, args, temp));
            case AbstractInsnNode.IINC_INSN -> mv.visitIincInsn(slot(((IincInsnNode) x).var, args, temp), ((IincInsnNode) x).incr);
            case AbstractInsnNode.LDC_INSN -> mv.visitLdcInsn(((LdcInsnNode) x).cst);
            case AbstractInsnNode.JUMP_INSN -> mv.visitJumpInsn(op, label(labels, ((JumpInsnNode) x).label));
            case AbstractInsnNode.LABEL -> mv.visitLabel(label(labels, (LabelNode) x));
            default -> throw new IllegalStateException("a splice emitted instruction type " + x.getType());
        }
    }

    private static Label label(Map<LabelNode, Label> labels, LabelNode l) {
        return labels.computeIfAbsent(l, x -> new Label());
    }

    /** The real local for symbolic slot {@code s} (-1, "none", stays). */
    private static int slot(int s, SpliceValue[] args, int[] temp) {
        if (s >= TEMP) {
            return temp[s - TEMP];
        }
        if (s >= ARG) {
            return args[s - ARG].value();
        }
        if (s == -1) {
            return -1;
        }
        throw new IllegalStateException("a splice used local " + s + ", neither an argument nor its temp");
    }

    private static FlagRecord record(FlagRecord f, SpliceValue[] args, int[] temp) {
        if (f == null) {
            return null;
        }
        return new FlagRecord(f.res(), f.kind(), f.sizeLog2(), slot(f.a(), args, temp), slot(f.b(), args, temp),
                slot(f.result(), args, temp), slot(f.bits(), args, temp));
    }

    /** The recording target: symbolic temps, CF reads as a marker call. */
    private static final class Recorder implements Splice.Target {
        final MethodNode node = new MethodNode();
        int temps;

        @Override
        public MethodVisitor mv() {
            return node;
        }

        @Override
        public int temp() {
            return TEMP + temps++;
        }

        @Override
        public void pushCf() {
            node.visitMethodInsn(INVOKESTATIC, CF_MARKER, "cf", "()I", false);
        }
    }
}
