package j86.translator;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Generates the hidden class of one block: {@code final class T implements Block} whose
 * {@code run(Cpu)} executes the instructions in order. Each instruction is either specialised
 * ({@link Specialise}: operands loaded, the interpreter's own static semantics method called, the
 * result stored) or handed to the interpreter's Dispatch through {@link Support#exec}. One
 * exception handler covers the body: it writes the register locals back (unless the faulting
 * instruction was a fallback, which ran on c.r) and hands the CpuFault to {@link Support#fault}
 * with the index of the instruction that raised it (local K).
 */
final class Codegen implements Opcodes {
    private Codegen() {}

    /** HotSpot does not compile methods larger than this (DESIGN.md invariant 5). */
    static final int MAX_METHOD_BYTES = 8000;
    static final String CLASS_NAME = "j86/translator/T";
    static final String RUN_DESC = "(L" + Gen.CPU + ";L" + Gen.CHAIN + ";)I";

    /** The class file, its class data, and figures about it. */
    static final class Result {
        byte[] classFile;
        Object[] classData;
        int codeSize;
        int specialised;
        int flagsDropped;
        /** The registers the code writes in their locals (bit per register). */
        int written;
    }

    static Result generate(BlockEntry e, boolean specialise, boolean liveness) {
        if (!e.chainable || !selfLoop(e)) {
            return generate(e, specialise, liveness, 0);
        }
        // The body runs again: a register written late in one iteration is dirty early in the
        // next, before the point where emission order would first mark it. A first pass finds
        // the registers the block writes; the second starts with all of them dirty.
        return generate(e, specialise, liveness, generate(e, specialise, liveness, 0xFF).written);
    }

    private static Result generate(BlockEntry e, boolean specialise, boolean liveness, int dirty) {
        // Class file version 50 without stack map frames: the JVM verifies it by type inference,
        // which saves ASM's frame computation (most of the generation time).
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V1_6, ACC_FINAL | ACC_SUPER, CLASS_NAME, null, "java/lang/Object",
                new String[] {"j86/translator/Block"});
        MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();

        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "run", RUN_DESC, null, null);
        Gen g = new Gen(mv, e);
        g.dirty = dirty;
        g.written = 0;
        Result r = new Result();
        Label start = new Label(), end = new Label(), handler = new Label(), codeEnd = new Label();
        Label chain = new Label();
        boolean chains = e.chainable;
        mv.visitCode();
        mv.visitTryCatchBlock(start, end, handler, "j86/runtime/cpu/CpuFault");
        for (int l = Gen.K; l < Gen.R0; l++) {
            if (l != Gen.FAULT) {
                g.iconst(0);
                mv.visitVarInsn(ISTORE, l);
            }
        }
        g.cpu();
        mv.visitFieldInsn(GETFIELD, Gen.CPU, "eip", "I");
        g.iconst(e.starts[0]);
        mv.visitInsn(ISUB);
        mv.visitVarInsn(ISTORE, Gen.BASE);
        g.reloadRegs();
        mv.visitLabel(start);
        Specialise sp = specialise ? new Specialise(g, liveness) : null;
        for (g.k = 0; g.k < e.count(); g.k++) {
            if (sp != null && sp.emit()) {
                r.specialised++;
            } else {
                fallback(g);
            }
        }
        if (!e.insns[e.count() - 1].endsBlock() && !BlockScanner.isRepString(e.insns[e.count() - 1])) {
            g.setEip(e.starts[e.count()]);
        }
        if (chains) {
            g.cpu();
            g.iconst(e.count());
            g.invoke(Gen.SUPPORT, "leave", "(L" + Gen.CPU + ";I)I");
            mv.visitInsn(POP);
            if (selfLoop(e)) {
                emitLoop(g, start);
            }
            g.flushRegs();
            mv.visitJumpInsn(GOTO, chain);
        } else {
            g.leave(e.count());
        }
        mv.visitLabel(end);
        mv.visitLabel(handler);
        mv.visitVarInsn(ASTORE, Gen.FAULT);
        Label ranOnCpu = new Label();
        mv.visitVarInsn(ILOAD, Gen.K);
        mv.visitLdcInsn(Gen.FALLBACK);
        mv.visitInsn(IAND);
        mv.visitJumpInsn(IFNE, ranOnCpu);
        g.flushRegs();
        mv.visitLabel(ranOnCpu);
        Label noRestore = new Label();
        mv.visitVarInsn(ILOAD, Gen.K);
        mv.visitLdcInsn(Gen.RESTORE_FLAGS);
        mv.visitInsn(IAND);
        mv.visitJumpInsn(IFEQ, noRestore);
        for (int f = 0; f < 4; f++) {
            g.cpu();
            mv.visitVarInsn(ILOAD, Gen.LF + f);
            mv.visitFieldInsn(PUTFIELD, Gen.CPU, Gen.LF_FIELDS[f], "I");
        }
        mv.visitLabel(noRestore);
        g.cpu();
        mv.visitVarInsn(ALOAD, Gen.FAULT);
        g.entry();
        mv.visitVarInsn(ILOAD, Gen.K);
        mv.visitLdcInsn(Gen.RESTORE_FLAGS - 1);
        mv.visitInsn(IAND);
        mv.visitVarInsn(ILOAD, Gen.BASE);
        g.invoke(Gen.SUPPORT, "fault", "(L" + Gen.CPU + ";Lj86/runtime/cpu/CpuFault;L" + Gen.ENTRY + ";II)I");
        mv.visitInsn(IRETURN);
        if (chains) {
            emitChain(g, chain);
        }
        mv.visitLabel(codeEnd);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        g.emitFields(cw);
        cw.visitEnd();
        r.flagsDropped = sp == null ? 0 : sp.flagsDropped;
        r.written = g.written;
        r.classFile = cw.toByteArray();
        r.classData = g.data.toArray();
        r.codeSize = codeEnd.getOffset();
        return r;
    }

    /** The block ends with a near JMP/Jcc whose target is its own start. */
    static boolean selfLoop(BlockEntry e) {
        j86.decoder.Insn last = e.insns[e.count() - 1];
        return (last.op == j86.decoder.Op.JCC || last.op == j86.decoder.Op.JMP) && last.opSize == 32
                && last.operands[0].kind == j86.decoder.Kind.REL
                && e.starts[e.count()] + last.operands[0].value == e.starts[0];
    }

    /**
     * The branch went back to the block's start and {@link Support#again} allows it: run the body
     * again with the registers still in their locals (c.instructions is already counted).
     */
    private static void emitLoop(Gen g, Label top) {
        MethodVisitor mv = g.mv;
        Label out = new Label();
        g.cpu();
        mv.visitFieldInsn(GETFIELD, Gen.CPU, "eip", "I");
        mv.visitVarInsn(ILOAD, Gen.BASE);
        g.iconst(g.e.starts[0]);
        mv.visitInsn(IADD);
        mv.visitJumpInsn(IF_ICMPNE, out);
        g.cpu();
        mv.visitVarInsn(ALOAD, Gen.X);
        g.entry();
        mv.visitVarInsn(ILOAD, Gen.BASE);
        g.iconst(g.e.starts[0]);
        mv.visitInsn(IADD);
        g.invoke(Gen.SUPPORT, "again", "(L" + Gen.CPU + ";L" + Gen.CHAIN + ";L" + Gen.ENTRY + ";I)Z");
        mv.visitJumpInsn(IFNE, top);
        mv.visitLabel(out);
    }

    /**
     * Outside the handler's range: ask {@link Support#successor} for the next block and call it
     * from this class's own call site, or return NEXT to the engine.
     */
    private static void emitChain(Gen g, Label chain) {
        MethodVisitor mv = g.mv;
        Label go = new Label();
        mv.visitLabel(chain);
        g.cpu();
        mv.visitVarInsn(ALOAD, Gen.X);
        g.entry();
        mv.visitVarInsn(ILOAD, Gen.BASE);
        g.iconst(g.e.starts[0]);
        mv.visitInsn(IADD);
        g.invoke(Gen.SUPPORT, "successor", "(L" + Gen.CPU + ";L" + Gen.CHAIN + ";L" + Gen.ENTRY + ";I)L" + Gen.ENTRY + ";");
        mv.visitInsn(DUP);
        mv.visitJumpInsn(IFNONNULL, go);
        mv.visitInsn(POP);
        g.iconst(Block.NEXT);
        mv.visitInsn(IRETURN);
        mv.visitLabel(go);
        mv.visitFieldInsn(GETFIELD, Gen.ENTRY, "block", "L" + Gen.BLOCK + ";");
        g.cpu();
        mv.visitVarInsn(ALOAD, Gen.X);
        mv.visitMethodInsn(INVOKEINTERFACE, Gen.BLOCK, "run", RUN_DESC, true);
        mv.visitInsn(IRETURN);
    }

    /** Ops that reach devices other than through the MMU (as the interpreter lists them). */
    static boolean touchesPorts(j86.decoder.Op op) {
        switch (op) {
            case IN: case OUT: case INS: case OUTS: case RDMSR: case WRMSR: case HLT: return true;
            default: return false;
        }
    }

    /** Ops whose semantics read or write c.instructions (the TSC is derived from it). */
    static boolean readsInstructionCount(j86.decoder.Op op) {
        return op == j86.decoder.Op.RDTSC || op == j86.decoder.Op.RDMSR || op == j86.decoder.Op.WRMSR;
    }

    /** The interpreter's semantics for one instruction: c.eip = next, then Support.exec. */
    static void fallback(Gen g) {
        g.flushRegs();
        g.mayFaultInFallback();
        g.setEip(g.next());
        g.cpu();
        g.currentInsn();
        if (readsInstructionCount(g.insn().op)) {
            g.iconst(g.k);
            g.invoke(Gen.SUPPORT, "execCounted", "(L" + Gen.CPU + ";L" + Gen.INSN + ";I)V");
        } else {
            g.invoke(Gen.SUPPORT, "exec", "(L" + Gen.CPU + ";L" + Gen.INSN + ";)V");
        }
        g.reloadRegs();
        g.exitCheck(touchesPorts(g.insn().op));
    }
}
