package j86.translator.splice;

import org.objectweb.asm.Opcodes;

/**
 * Integer arithmetic and comparisons a splice evaluates at translation time when their operands
 * are constants, with the JVM's own semantics (shift counts masked to 5 bits, wrap-around), and
 * the right-hand constants that leave the left operand unchanged (a 32-bit operand's mask).
 */
final class SpliceFold implements Opcodes {
    private SpliceFold() {}

    static int binary(int opcode, int a, int b) {
        switch (opcode) {
            case IADD: return a + b;
            case ISUB: return a - b;
            case IMUL: return a * b;
            case IAND: return a & b;
            case IOR: return a | b;
            case IXOR: return a ^ b;
            case ISHL: return a << b;
            case ISHR: return a >> b;
            case IUSHR: return a >>> b;
            default: throw new IllegalArgumentException("opcode " + opcode);
        }
    }

    /** Whether {@code a op b} is {@code a} for every a. */
    static boolean rightIdentity(int opcode, int b) {
        switch (opcode) {
            case IAND: return b == -1;
            case IMUL: return b == 1;
            case IADD: case ISUB: case IOR: case IXOR: return b == 0;
            case ISHL: case ISHR: case IUSHR: return (b & 31) == 0;
            default: return false;
        }
    }

    static int unary(int opcode, int a) {
        switch (opcode) {
            case INEG: return -a;
            case I2B: return (byte) a;
            case I2S: return (short) a;
            case I2C: return (char) a;
            default: throw new IllegalArgumentException("opcode " + opcode);
        }
    }

    /** The outcome of IFxx (against 0) or IF_ICMPxx: EQ NE LT GE GT LE in the JVM's order. */
    static boolean test(int opcode, int a, int b) {
        int cond = opcode >= IF_ICMPEQ ? opcode - IF_ICMPEQ : opcode - IFEQ;
        switch (cond) {
            case 0: return a == b;
            case 1: return a != b;
            case 2: return a < b;
            case 3: return a >= b;
            case 4: return a > b;
            default: return a <= b;
        }
    }
}
