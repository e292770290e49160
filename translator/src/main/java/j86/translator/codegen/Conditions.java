package j86.translator.codegen;

import static j86.runtime.ops.Flags.K_ADD;
import static j86.runtime.ops.Flags.K_DEC;
import static j86.runtime.ops.Flags.K_INC;
import static j86.runtime.ops.Flags.K_RES;
import static j86.runtime.ops.Flags.K_SUB;

import j86.runtime.cpu.Cpu;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Inline condition tests on a flag record of known kind (see {@link EmitFlags}): each derives the
 * condition from the record's operands the way Flags' accessors do (Flags.cf, zf, sf, of and
 * subCond, SDM Vol. 1 Table B-1), as one JVM compare. A test pushes its operands and returns the
 * IF opcode that jumps when the condition holds, or one of NONE (no inline form: use Flags.cond),
 * FALSE, TRUE (known at translation time; nothing pushed).
 */
final class Conditions implements Opcodes {
    private Conditions() {}

    static final int NONE = -1, FALSE = -2, TRUE = -3;
    private static final int A = Gen.LF + 1, B = Gen.LF + 2, RES = Gen.LF + 3;

    /** Condition pair {@code pair} (cc >>> 1: O, B, E, BE, S, P, L, LE) of the locals' record. */
    static int test(EmitFlags f, int pair) {
        int known = f.known();
        if (known < 0) {
            return NONE;
        }
        MethodVisitor mv = f.mv();
        int kind = known >>> 2, size = known & 3;
        if (pair == 2 && kind != K_SUB) {
            return zero(f);
        }
        if (pair == 4) {
            return sign(f, size);
        }
        switch (kind) {
            case K_SUB: return sub(f, pair, size);
            case K_ADD:
                if (pair != 1) {
                    return NONE;
                }
                return unsignedLess(f, RES, A, size, IF_ICMPLT); // CF: the sum wrapped
            case K_INC:
            case K_DEC:
                return pair == 1 ? bit(mv, B, 1) : NONE; // CF kept in lfB
            case K_RES: return res(f, pair, size);
            default: return NONE;
        }
    }

    /** After a - b (CMP, SUB, NEG): the comparisons of Flags.subCond. */
    private static int sub(EmitFlags f, int pair, int size) {
        MethodVisitor mv = f.mv();
        switch (pair) {
            case 1: return unsignedLess(f, A, B, size, IF_ICMPLT);
            case 2:
                mv.visitVarInsn(ILOAD, A);
                mv.visitVarInsn(ILOAD, B);
                return IF_ICMPEQ;
            case 3: return unsignedLess(f, A, B, size, IF_ICMPLE);
            case 6: return signedLess(f, size, IF_ICMPLT);
            case 7: return signedLess(f, size, IF_ICMPLE);
            default: return NONE;
        }
    }

    /** K_RES: ZF/SF from the result, CF/OF explicit bits in lfA (zero after the logic ops). */
    private static int res(EmitFlags f, int pair, int size) {
        MethodVisitor mv = f.mv();
        boolean zero = f.bitsZero();
        switch (pair) {
            case 0: return zero ? FALSE : bit(mv, A, Cpu.OF);
            case 1: return zero ? FALSE : bit(mv, A, Cpu.CF);
            case 3: return zero ? zero(f) : NONE;
            case 6: return zero ? sign(f, size) : NONE; // SF != OF with OF = 0
            case 7: // ZF or SF != OF with OF = 0: the sign-extended result <= 0
                if (!zero) {
                    return NONE;
                }
                shifted(f, RES, size);
                return IFLE;
            default: return NONE;
        }
    }

    private static int zero(EmitFlags f) {
        f.pushRes();
        return IFEQ;
    }

    private static int sign(EmitFlags f, int size) {
        shifted(f, RES, size);
        return IFLT;
    }

    private static int bit(MethodVisitor mv, int local, int mask) {
        mv.visitVarInsn(ILOAD, local);
        Gen.push(mv, mask);
        mv.visitInsn(IAND);
        return IFNE;
    }

    /** Pushes a masked value shifted so that its sign bit is bit 31. */
    private static void shifted(EmitFlags f, int local, int size) {
        if (local == RES) {
            f.pushRes();
        } else {
            f.mv().visitVarInsn(ILOAD, local);
        }
        int shift = 32 - (8 << size);
        if (shift != 0) {
            Gen.push(f.mv(), shift);
            f.mv().visitInsn(ISHL);
        }
    }

    private static int signedLess(EmitFlags f, int size, int op) {
        shifted(f, A, size);
        shifted(f, B, size);
        return op;
    }

    /**
     * Unsigned x < y (or <=): masked values below 32 bits compare as they are; 32-bit ones
     * zero-extended to long (LCMP, then IFLT or IFLE on its result). C2 (JDK 17) turns that into
     * one zero-extending move and one 64-bit compare, where flipping both sign bits cost a move,
     * an XOR and a 32-bit compare (sieve, crc32, qsort: each loop ends in an unsigned Jcc).
     */
    private static int unsignedLess(EmitFlags f, int x, int y, int size, int op) {
        MethodVisitor mv = f.mv();
        for (int v : new int[] {x, y}) {
            mv.visitVarInsn(ILOAD, v);
            if (size == 2) {
                mv.visitInsn(I2L);
                mv.visitLdcInsn(0xFFFFFFFFL);
                mv.visitInsn(LAND);
            }
        }
        if (size != 2) {
            return op;
        }
        mv.visitInsn(LCMP);
        return op == IF_ICMPLT ? IFLT : IFLE;
    }

    /** The IF opcode that jumps exactly when {@code op} does not. */
    static int invert(int op) {
        switch (op) {
            case IFEQ: return IFNE;
            case IFNE: return IFEQ;
            case IFLT: return IFGE;
            case IFGE: return IFLT;
            case IFGT: return IFLE;
            case IFLE: return IFGT;
            case IF_ICMPEQ: return IF_ICMPNE;
            case IF_ICMPNE: return IF_ICMPEQ;
            case IF_ICMPLT: return IF_ICMPGE;
            case IF_ICMPGE: return IF_ICMPLT;
            case IF_ICMPGT: return IF_ICMPLE;
            case IF_ICMPLE: return IF_ICMPGT;
            default: throw new IllegalArgumentException("not a conditional jump: " + op);
        }
    }
}
