package j86.translator.codegen;

import j86.decoder.Insn;
import j86.decoder.Kind;
import j86.decoder.Operand;
import j86.translator.block.ModeKey;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Bytecode for operand access, the translated twin of the interpreter's Operands: the effective
 * address (SDM Vol. 2, 2.1.5), the segment check through Segmentation.linear, MMU reads and
 * writes, and 8/16/32-bit register reads and writes (partial registers through Regs, as the
 * interpreter does). Values are zero-extended ints on the operand stack.
 */
final class EmitOperands implements Opcodes {
    static final String MMU = "j86/runtime/mem/Mmu";
    static final String REGS = "j86/runtime/ops/Regs";

    private final Gen g;
    private final MethodVisitor mv;

    EmitOperands(Gen g) {
        this.g = g;
        this.mv = g.mv;
    }

    /** Pushes the offset of the memory operand. */
    void ea(Insn i) {
        boolean any = false;
        if (i.memBase >= 0) {
            reg32(i.memBase);
            any = true;
        }
        if (i.memIndex >= 0) {
            reg32(i.memIndex);
            if (i.memScale != 0) {
                g.iconst(i.memScale);
                mv.visitInsn(ISHL);
            }
            if (any) {
                mv.visitInsn(IADD);
            }
            any = true;
        }
        if (!any) {
            g.iconst(i.memDisp);
        } else if (i.memDisp != 0) {
            g.iconst(i.memDisp);
            mv.visitInsn(IADD);
        }
        if (i.addrSize == 16) {
            g.iconst(0xFFFF);
            mv.visitInsn(IAND);
        }
    }

    /**
     * Pushes the checked linear address of the memory operand for a {@code size}-bit access: the
     * offset itself through a flat segment (ModeKey: no check can fail), else Segmentation.linear.
     */
    void linear(Insn i, int size, boolean write) {
        if (ModeKey.flatSegment(g.e.mode, i.memSeg)) {
            ea(i);
            return;
        }
        g.cpu();
        g.iconst(i.memSeg);
        ea(i);
        g.iconst(size >> 3);
        g.iconst(write ? 1 : 0);
        g.invoke("j86/runtime/cpu/Segmentation", "linear", "(L" + Gen.CPU + ";IIIZ)I");
    }

    /** Computes the linear address into a new local and returns it. */
    int linearTo(Insn i, int size, boolean write) {
        linear(i, size, write);
        int t = g.temp();
        mv.visitVarInsn(ISTORE, t);
        return t;
    }

    /** A flat 32-bit stack (SS flat, SS.B set): ESP is the linear address of the top. */
    boolean flatStack() {
        return ModeKey.flatSegment(g.e.mode, 2) && (g.e.mode & ModeKey.SS32) != 0;
    }

    /**
     * PUSH of the value on top on a flat 32-bit stack (Stack.push32's order: the write first, then
     * ESP, so a fault leaves ESP alone).
     */
    void push32() {
        int v = g.temp(), sp = g.temp();
        mv.visitVarInsn(ISTORE, v);
        reg32(4);
        g.iconst(4);
        mv.visitInsn(ISUB);
        mv.visitVarInsn(ISTORE, sp);
        mv.visitVarInsn(ILOAD, sp);
        mv.visitVarInsn(ILOAD, v);
        g.mem.write(32);
        mv.visitVarInsn(ILOAD, sp);
        g.storeReg(4);
    }

    /** POP from a flat 32-bit stack: pushes the value read at ESP, then ESP += 4 (Stack.pop32). */
    void pop32() {
        reg32(4);
        g.mem.read(32);
        reg32(4);
        g.iconst(4);
        mv.visitInsn(IADD);
        g.storeReg(4);
    }

    void reg32(int r) {
        g.loadReg(r);
    }

    /** Pushes register {@code r} at {@code size} bits. */
    void readReg(int r, int size) {
        if (size == 32) {
            reg32(r);
        } else if (size == 16) {
            reg32(r);
            g.iconst(0xFFFF);
            mv.visitInsn(IAND);
        } else { // Regs.get8 on the local
            reg32(r & 3);
            if ((r & 4) != 0) {
                g.iconst(8);
                mv.visitInsn(IUSHR);
            }
            g.iconst(0xFF);
            mv.visitInsn(IAND);
        }
    }

    /** The register of the write begun by {@link #beginWriteReg}. */
    private int writeReg;

    /** First half of a register write (the value is then pushed). */
    void beginWriteReg(int r, int size) {
        writeReg = r;
    }

    /** Second half of a register write (the value is on top): Regs.set16/set8 on the local. */
    void endWriteReg(int size) {
        int r = writeReg;
        if (size == 32) {
            g.storeReg(r);
            return;
        }
        int shift = size == 16 ? 0 : (r & 4) << 1;
        int mask = (size == 16 ? 0xFFFF : 0xFF) << shift;
        int i = size == 16 ? r : r & 3;
        g.iconst(size == 16 ? 0xFFFF : 0xFF);
        mv.visitInsn(IAND);
        if (shift != 0) {
            g.iconst(shift);
            mv.visitInsn(ISHL);
        }
        g.loadReg(i);
        g.iconst(~mask);
        mv.visitInsn(IAND);
        mv.visitInsn(IOR);
        g.storeReg(i);
    }

    /** Pushes a REG or IMM operand (never MEM: callers read memory explicitly). */
    void readSimple(Operand o, int size) {
        if (o.kind == Kind.REG) {
            readReg(o.reg, size);
        } else {
            g.iconst(size == 32 ? o.value : o.value & ((1 << size) - 1));
        }
    }

    static boolean simple(Operand o) {
        return o.kind == Kind.REG || o.kind == Kind.IMM;
    }
}
