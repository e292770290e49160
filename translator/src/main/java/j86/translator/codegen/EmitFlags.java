package j86.translator.codegen;

import static j86.runtime.ops.Flags.K_RES;
import static j86.runtime.ops.Flags.K_SUB;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The lazy flags of translated code, kept in the JVM locals LF..LF+3 (lfOp, lfA, lfB, lfRes: the
 * record of j86.runtime.ops.Flags, same meaning) instead of the Cpu's fields, so that a flag
 * record costs no memory store and C2 drops the ones nobody reads before they are overwritten.
 *
 * <p>At every point of the emitted code the generator knows statically where the current record
 * is valid: in the locals, in the Cpu's fields, or both. At block labels it is the locals (a jump
 * into a block brings them up to date first). Calls of the runtime's semantics methods that read or
 * write flags get the record in the Cpu first ({@link #toCpu}) and leave it only there
 * ({@link #cpuWritten}); exits write the locals back when only they are valid; the fault handler
 * does so when the faulting instruction's K carries {@link Gen#RESTORE_FLAGS} (set by
 * {@link Gen#mayFault} while the locals are valid).
 *
 * <p>While the kind of the record in the locals is known at translation time (the instruction
 * that recorded it was emitted here, in the same block), conditions are evaluated inline from the
 * record's operands (a CMP + JBE becomes one unsigned compare); otherwise through Flags.cond.
 */
final class EmitFlags implements Opcodes {
    private static final int IN_LOCALS = 1, IN_CPU = 2;
    private static final String FLAGS = "j86/runtime/ops/Flags";
    /** lfOp of a 32-bit subtraction, whose result local is left stale (see {@link #record}). */
    static final int SUB32 = K_SUB << 2 | 2;

    private final Gen g;
    private final MethodVisitor mv;
    /** Where the current record is valid (IN_LOCALS, IN_CPU or both). */
    private int where = IN_LOCALS | IN_CPU;
    /** The lfOp of the record in the locals when known at translation time, else -1. */
    private int known = -1;
    /** With known kind K_RES: whether lfA (the explicit CF/AF/OF bits) is known to be zero. */
    private boolean bitsZero;

    EmitFlags(Gen g) {
        this.g = g;
        this.mv = g.mv;
    }

    /** Prologue: the locals from the Cpu's fields. */
    void load() {
        for (int f = 0; f < 4; f++) {
            g.cpu();
            mv.visitFieldInsn(GETFIELD, Gen.CPU, Gen.LF_FIELDS[f], "I");
            mv.visitVarInsn(ISTORE, Gen.LF + f);
        }
    }

    /** At a block's label: the locals hold the record, of unknown kind. */
    void atLabel() {
        where = IN_LOCALS;
        known = -1;
    }

    boolean inLocals() {
        return (where & IN_LOCALS) != 0;
    }

    boolean inCpu() {
        return (where & IN_CPU) != 0;
    }

    /** The record valid in the Cpu's fields too (before a call that reads or writes them). */
    void toCpu() {
        if ((where & IN_CPU) == 0) {
            store();
            where |= IN_CPU;
        }
    }

    /**
     * Writes the locals to the Cpu's fields (exits, the fault handler), completing a 32-bit
     * subtraction's record first (see {@link #record}). Tested at run time: the exit stubs and
     * the handler are shared by every instruction of the region.
     */
    void store() {
        Label complete = new Label();
        mv.visitVarInsn(ILOAD, Gen.LF);
        g.iconst(SUB32);
        mv.visitJumpInsn(IF_ICMPNE, complete);
        pushSub32Res();
        mv.visitVarInsn(ISTORE, Gen.LF + 3);
        mv.visitLabel(complete);
        for (int f = 0; f < 4; f++) {
            g.cpu();
            mv.visitVarInsn(ILOAD, Gen.LF + f);
            mv.visitFieldInsn(PUTFIELD, Gen.CPU, Gen.LF_FIELDS[f], "I");
        }
    }

    /** The record valid in the locals too (before a jump to a block label). */
    void toLocals() {
        if (!inLocals()) {
            load();
            where |= IN_LOCALS;
            known = -1;
        }
    }

    /** A call may have changed the Cpu's record: only it is valid now. */
    void cpuWritten() {
        where = IN_CPU;
        known = -1;
    }

    /**
     * Records {@code kind} at {@code size} with operands and result in the given locals. A 32-bit
     * subtraction (SUB, CMP, NEG: lfRes = lfA - lfB) leaves the result local stale: it is
     * computed where the record leaves the locals ({@link #store}) or a condition needs it
     * ({@link #pushRes}). A CMP before a loop's back edge otherwise kept its difference computed
     * on every iteration for the loop's exits (2 host instructions of sieve's 4-instruction loop).
     */
    void record(int kind, int size, int a, int b, int res) {
        setOp(kind, size);
        copy(a, 1);
        copy(b, 2);
        if ((kind << 2 | size) != SUB32) {
            copy(res, 3);
        }
        where = IN_LOCALS;
        known = kind << 2 | size;
        bitsZero = false;
    }

    /** Records K_RES: ZF/SF/PF from {@code res}, CF/AF/OF the bits in local {@code bits} (-1: none). lfB is left alone. */
    void recordRes(int size, int res, int bits) {
        setOp(K_RES, size);
        if (bits < 0) {
            g.iconst(0);
            mv.visitVarInsn(ISTORE, Gen.LF + 1);
        } else {
            copy(bits, 1);
        }
        copy(res, 3);
        where = IN_LOCALS;
        known = K_RES << 2 | size;
        bitsZero = bits < 0;
    }

    private void setOp(int kind, int size) {
        g.iconst(kind << 2 | size);
        mv.visitVarInsn(ISTORE, Gen.LF);
    }

    private void copy(int from, int field) {
        mv.visitVarInsn(ILOAD, from);
        mv.visitVarInsn(ISTORE, Gen.LF + field);
    }

    /** Pushes CF (0 or 1) of the current record (the carry-in of ADC/SBB, the CF INC/DEC keep). */
    void pushCf() {
        pushCond(2); // B: CF set
    }

    /** Pushes the value (0 or 1) of condition {@code cc} (SETcc). */
    void pushCond(int cc) {
        Label yes = new Label(), done = new Label();
        jumpIf(cc, yes);
        g.iconst(0);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(yes);
        g.iconst(1);
        mv.visitLabel(done);
    }

    /**
     * Jumps to {@code target} when condition {@code cc} (0..15, SDM Vol. 1 Table B-1, the low bit
     * negating) holds: inline when the record's kind is known, else through Flags.cond.
     */
    void jumpIf(int cc, Label target) {
        int op = inLocals() ? Conditions.test(this, cc >>> 1) : Conditions.NONE;
        if (op == Conditions.NONE) {
            toCpu();
            g.cpu();
            g.iconst(cc);
            g.invoke(FLAGS, "cond", "(L" + Gen.CPU + ";I)Z");
            mv.visitJumpInsn(IFNE, target);
            return;
        }
        boolean negate = (cc & 1) != 0;
        if (op == Conditions.FALSE || op == Conditions.TRUE) {
            if (op == Conditions.TRUE ^ negate) {
                mv.visitJumpInsn(GOTO, target);
            }
            return;
        }
        mv.visitJumpInsn(negate ? Conditions.invert(op) : op, target);
    }

    int known() {
        return known;
    }

    /** Pushes the result of the record in the locals, of known kind. */
    void pushRes() {
        if (known == SUB32) {
            pushSub32Res();
        } else {
            mv.visitVarInsn(ILOAD, Gen.LF + 3);
        }
    }

    private void pushSub32Res() {
        mv.visitVarInsn(ILOAD, Gen.LF + 1);
        mv.visitVarInsn(ILOAD, Gen.LF + 2);
        mv.visitInsn(ISUB);
    }

    boolean bitsZero() {
        return bitsZero;
    }

    MethodVisitor mv() {
        return mv;
    }
}
