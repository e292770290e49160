package j86.translator.codegen;

import j86.translator.block.Block;
import j86.translator.block.BlockEntry;
import j86.translator.block.Region;
import j86.translator.block.TranslationClock;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Generates the hidden class of one region ({@link Region}): {@code final class T implements Block}
 * whose {@code run(Cpu, Chain)} executes the entry block's instructions in order, and branches
 * within the region as JVM jumps ({@link Gen#jumpTo}). Each instruction is either specialised
 * ({@link Specialise}: operands loaded, the interpreter's own static semantics method called or
 * its arithmetic emitted inline ({@link EmitAlu}), the result stored) or handed to the
 * interpreter's Dispatch through {@link Support#exec}. Each instruction that may fault has an
 * exception range of its own; its handler stub passes the instruction's index to the common
 * handler, which writes the register locals back (unless the faulting instruction was a fallback,
 * which ran on c.r), and the flag locals when they hold the record, and hands the CpuFault to
 * {@link Support#fault}. Exits: the chaining exit, the early exit (after an instruction) and the
 * side exit (before one, {@link Support#sideExit}), each in two versions (with and without
 * writing the flag locals back).
 */
public final class Codegen implements Opcodes {
    private Codegen() {}

    /**
     * HotSpot does not compile methods larger than this (docs/ARCHITECTURE.md, "Generated code
     * stays JIT-friendly").
     */
    public static final int MAX_METHOD_BYTES = 8000;
    static final String CLASS_NAME = Type.getInternalName(Codegen.class).replace("Codegen", "T");
    static final String RUN_DESC = "(L" + Gen.CPU + ";L" + Gen.CHAIN + ";)I";
    static final String INIT_DESC = "(IL" + Gen.ENTRY + ";)V";

    /** The class file, its class data, and figures about it. */
    public static final class Result {
        public byte[] classFile;
        Object[] classData;
        public int codeSize;
        int specialised;
        int flagsDropped;
        /** The registers the code writes in their locals (bit per register). */
        int written;
        /** Time spent splicing and writing the class file, and the splices (also of a first pass). */
        public long spliceNanos, writeNanos;
        public int splices, splicesReused;

        /** Adds the costs of {@code first}, a pass whose class was not kept. */
        Result plus(Result first) {
            spliceNanos += first.spliceNanos;
            writeNanos += first.writeNanos;
            splices += first.splices;
            splicesReused += first.splicesReused;
            return this;
        }
    }

    static Result generate(Region region, boolean specialise, boolean liveness) {
        if (region.blocks.length == 1 && !region.entry.chainable) {
            return generate(region, specialise, liveness, 0, false);
        }
        // Blocks branch to each other (and a block may be entered again): a register written late
        // in one block is dirty early in another, before the point where emission order would
        // first mark it. A first pass finds the registers the region writes; the second starts
        // with all of them dirty. The first pass writes no class (a probe, see below).
        Result first = generate(region, specialise, liveness, 0xFF, true);
        return generate(region, specialise, liveness, first.written, false).plus(first);
    }

    /**
     * One pass over the region. A {@code probe} only finds the registers the code writes: its
     * method goes to a visitor that drops everything, which saves ASM's encoding of it (the
     * instructions, their constants and the control-flow graph COMPUTE_MAXS builds).
     */
    private static Result generate(Region region, boolean specialise, boolean liveness, int dirty, boolean probe) {
        // Class file version 50 without stack map frames: the JVM verifies it by type inference,
        // which saves ASM's frame computation (most of the generation time).
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V1_6, ACC_FINAL | ACC_SUPER, CLASS_NAME, null, "java/lang/Object",
                new String[] {Gen.BLOCK});
        // One instance per entry point and machine: field "entry" is the index of the block it
        // starts at, "owner" the region's BlockEntry on that machine (its links, its liveness).
        cw.visitField(ACC_PRIVATE | ACC_FINAL, "entry", "I", null, null).visitEnd();
        cw.visitField(ACC_PRIVATE | ACC_FINAL, "owner", "L" + Gen.ENTRY + ";", null, null).visitEnd();
        MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", INIT_DESC, null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitVarInsn(ALOAD, 0);
        init.visitVarInsn(ILOAD, 1);
        init.visitFieldInsn(PUTFIELD, CLASS_NAME, "entry", "I");
        init.visitVarInsn(ALOAD, 0);
        init.visitVarInsn(ALOAD, 2);
        init.visitFieldInsn(PUTFIELD, CLASS_NAME, "owner", "L" + Gen.ENTRY + ";");
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();

        MethodVisitor mv = probe ? new MethodVisitor(ASM9) { } : cw.visitMethod(ACC_PUBLIC, "run", RUN_DESC, null, null);
        Gen g = new Gen(mv, region);
        g.dirty = dirty;
        g.written = 0;
        Result r = new Result();
        Label handler = new Label(), codeEnd = new Label();
        mv.visitCode();
        prologue(g);
        g.labels = new Label[region.blocks.length];
        for (int b = 0; b < g.labels.length; b++) {
            g.labels[b] = new Label();
        }
        entries(g);
        Specialise sp = specialise ? new Specialise(g, liveness) : null;
        for (g.block = 0; g.block < region.blocks.length; g.block++) {
            mv.visitLabel(g.labels[g.block]);
            g.flags.atLabel();
            g.ended = false;
            for (g.k = region.blockStart[g.block]; g.k < region.blockStart[g.block + 1]; g.k++) {
                g.beginInsn(g.k == region.blockStart[g.block]);
                if (sp != null && sp.emit()) {
                    r.specialised++;
                } else {
                    fallback(g);
                }
            }
            g.k--;
            if (!g.ended) {
                endBlock(g);
            }
        }
        g.endRange();
        emitHandler(g, handler);
        emitEarlyExit(g);
        emitSideExit(g);
        emitChain(g);
        mv.visitLabel(codeEnd);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        g.emitFields(cw);
        cw.visitEnd();
        r.flagsDropped = sp == null ? 0 : sp.flagsDropped;
        r.written = g.written;
        r.spliceNanos = g.spliceNanos;
        r.splices = g.splices;
        r.splicesReused = g.splicesReused;
        if (probe) {
            return r;
        }
        r.codeSize = codeEnd.getOffset();
        if (r.codeSize > MAX_METHOD_BYTES) {
            return r; // the Translator halves the region; past 64 KiB ASM could not even write it
        }
        long write = TranslationClock.now();
        r.classFile = cw.toByteArray();
        r.writeNanos = TranslationClock.now() - write;
        r.classData = g.data.toArray();
        return r;
    }

    /**
     * Entry: a switch on this instance's entry block (one arm per block; a region is entered at
     * any of its blocks, so that a block that becomes hot inside it reuses its class). Each arm sets
     * Chain.base from that block's scanned EIP and jumps to it.
     */
    private static void entries(Gen g) {
        MethodVisitor mv = g.mv;
        int n = g.r.blocks.length;
        Label[] arms = new Label[n];
        for (int b = 0; b < n; b++) {
            arms[b] = new Label();
        }
        if (n > 1) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, CLASS_NAME, "entry", "I");
            mv.visitTableSwitchInsn(0, n - 1, arms[0], arms);
        }
        for (int j = 1; j <= n; j++) {
            int b = j % n; // arm 0 last: it falls through to block 0, which follows
            mv.visitLabel(arms[b]);
            mv.visitVarInsn(ALOAD, Gen.X);
            g.cpu();
            mv.visitFieldInsn(GETFIELD, Gen.CPU, "eip", "I");
            g.iconst(g.r.blocks[b].eip);
            mv.visitInsn(ISUB);
            mv.visitFieldInsn(PUTFIELD, Gen.CHAIN, "base", "I");
            if (b > 0) {
                mv.visitJumpInsn(GOTO, g.labels[b]);
            }
        }
    }

    /** Scratch locals zeroed (the handler reads K and N), LEFT, the registers and the RAM/TLB arrays loaded. */
    private static void prologue(Gen g) {
        MethodVisitor mv = g.mv;
        g.flags.load();
        for (int l = Gen.K; l < Gen.RAM; l++) {
            if (l != Gen.FAULT && (l < Gen.LF || l >= Gen.LF + 4) && (l < Gen.R0 || l >= Gen.R0 + 8)) {
                g.iconst(0);
                mv.visitVarInsn(ISTORE, l);
            }
        }
        g.cpu();
        mv.visitVarInsn(ALOAD, Gen.X);
        g.invoke(Gen.SUPPORT, "budget", "(L" + Gen.CPU + ";L" + Gen.CHAIN + ";)I");
        mv.visitInsn(DUP);
        mv.visitVarInsn(ISTORE, Gen.LEFT);
        mv.visitVarInsn(ISTORE, Gen.N);
        g.reloadRegs();
        g.cpu();
        mv.visitFieldInsn(GETFIELD, Gen.CPU, "phys", "Lj86/runtime/mem/PhysicalMemory;");
        mv.visitFieldInsn(GETFIELD, "j86/runtime/mem/PhysicalMemory", "ram", "[B");
        mv.visitVarInsn(ASTORE, Gen.RAM);
        g.cpu();
        mv.visitFieldInsn(GETFIELD, Gen.CPU, "mmu", "Lj86/runtime/mem/Mmu;");
        mv.visitInsn(DUP);
        mv.visitVarInsn(ASTORE, Gen.MMU);
        mv.visitFieldInsn(GETFIELD, "j86/runtime/mem/Mmu", "tlb", "Lj86/runtime/mem/SoftTlb;");
        // The unchecked accesses read SoftTlb.entries only (EmitMemory), from local RTAG.
        String[] arrays = RawAccess.enabled() ? new String[] {"entries"} : new String[] {"readTag", "writeTag", "delta"};
        for (int a = 0; a < arrays.length; a++) {
            if (a < arrays.length - 1) {
                mv.visitInsn(DUP);
            }
            mv.visitFieldInsn(GETFIELD, "j86/runtime/mem/SoftTlb", arrays[a], "[I");
            mv.visitVarInsn(ASTORE, Gen.RTAG + a);
        }
    }

    /**
     * The end of a block whose last instruction did not emit its own control flow: falling through
     * (size cap, page end) continues at the next EIP like a jump; after anything else (a fallback
     * branch, CALL, RET, a mode change) c.eip is already set.
     */
    private static void endBlock(Gen g) {
        j86.decoder.Insn last = g.insn();
        if (BlockEntry.fallsThrough(last)) {
            g.jumpTo(g.next(), false);
        } else {
            g.exitBlock();
        }
    }

    /**
     * The handler stubs (one per protected instruction: push its K value) and the common handler:
     * write the register locals back (unless the faulting instruction was a fallback, which ran
     * on c.r), write the flag locals back when they hold the record, and let
     * {@link Support#fault} deliver the fault with the index of the faulting instruction.
     */
    private static void emitHandler(Gen g, Label common) {
        MethodVisitor mv = g.mv;
        for (int s = 0; s < g.stubLabels.size(); s++) {
            mv.visitLabel(g.stubLabels.get(s));
            g.iconst(g.stubValues.get(s));
            mv.visitJumpInsn(GOTO, common);
        }
        mv.visitLabel(common);
        mv.visitVarInsn(ISTORE, Gen.K);
        mv.visitVarInsn(ASTORE, Gen.FAULT);
        Label ranOnCpu = new Label();
        mv.visitVarInsn(ILOAD, Gen.K);
        g.iconst(Gen.FALLBACK);
        mv.visitInsn(IAND);
        mv.visitJumpInsn(IFNE, ranOnCpu);
        g.flushRegs();
        mv.visitLabel(ranOnCpu);
        Label noRestore = new Label();
        mv.visitVarInsn(ILOAD, Gen.K);
        g.iconst(Gen.RESTORE_FLAGS);
        mv.visitInsn(IAND);
        mv.visitJumpInsn(IFEQ, noRestore);
        g.flags.store();
        mv.visitLabel(noRestore);
        g.cpu();
        mv.visitVarInsn(ALOAD, Gen.FAULT);
        g.entry();
        mv.visitVarInsn(ILOAD, Gen.K);
        g.iconst(2);
        mv.visitInsn(IUSHR);
        g.base();
        g.retired(0);
        g.invoke(Gen.SUPPORT, "fault", "(L" + Gen.CPU + ";Lj86/runtime/cpu/CpuFault;L" + Gen.ENTRY + ";III)I");
        mv.visitInsn(IRETURN);
    }

    /** Leaves after instruction EXIT_K ({@link Gen#exitCheck}), registers written back. */
    private static void emitEarlyExit(Gen g) {
        emitExit(g, g.earlyExit, g.earlyExitBare, "leaveEarly");
    }

    /** Leaves before instruction EXIT_K ({@link Gen#sideExit}), registers written back. */
    private static void emitSideExit(Gen g) {
        emitExit(g, g.sideExit, g.sideExitBare, "sideExit");
    }

    /**
     * An exit stub: at {@code withFlags} the flag locals are written back, at {@code bare} not;
     * then the registers, and Support.{@code method}(c, owner, EXIT_K, x, N, SIDE_LA) returns.
     */
    private static void emitExit(Gen g, Label withFlags, Label bare, String method) {
        MethodVisitor mv = g.mv;
        mv.visitLabel(withFlags);
        g.flags.store();
        mv.visitLabel(bare);
        g.flushRegs();
        g.cpu();
        g.entry();
        mv.visitVarInsn(ILOAD, Gen.EXIT_K);
        mv.visitVarInsn(ALOAD, Gen.X);
        g.retired(0);
        mv.visitVarInsn(ILOAD, Gen.SIDE_LA);
        g.invoke(Gen.SUPPORT, method, "(L" + Gen.CPU + ";L" + Gen.ENTRY + ";IL" + Gen.CHAIN + ";II)I");
        mv.visitInsn(IRETURN);
    }

    /**
     * Outside the handler's range, reached with c.eip set and local N counting down every
     * instruction retired: count them, write the registers back, and ask {@link Support#successor} for the
     * next block to call from this class's own call site, or return NEXT to the engine.
     */
    private static void emitChain(Gen g) {
        MethodVisitor mv = g.mv;
        Label go = new Label();
        mv.visitLabel(g.chainExit);
        g.flags.store();
        mv.visitLabel(g.chainExitBare);
        g.cpu();
        g.retired(0);
        g.invoke(Gen.SUPPORT, "leave", "(L" + Gen.CPU + ";I)I");
        mv.visitInsn(POP);
        g.flushRegs();
        g.cpu();
        mv.visitVarInsn(ALOAD, Gen.X);
        g.entry();
        g.base();
        g.iconst(g.e.eip);
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

    /** Ops whose semantics read or write c.instructions (the TSC is derived from it). */
    static boolean readsInstructionCount(j86.decoder.Op op) {
        return op == j86.decoder.Op.RDTSC || op == j86.decoder.Op.RDMSR || op == j86.decoder.Op.WRMSR;
    }

    /** The interpreter's semantics for one instruction: c.eip = next, then Support.exec. */
    static void fallback(Gen g) {
        g.slowCall();
        g.flushRegs();
        g.flags.toCpu();
        g.mayFaultInFallback();
        g.setEip(g.next());
        g.cpu();
        g.currentInsn();
        if (readsInstructionCount(g.insn().op)) {
            g.retired(g.k - g.r.first[g.k]);
            g.invoke(Gen.SUPPORT, "execCounted", "(L" + Gen.CPU + ";L" + Gen.INSN + ";I)V");
        } else {
            g.invoke(Gen.SUPPORT, "exec", "(L" + Gen.CPU + ";L" + Gen.INSN + ";)V");
        }
        g.reloadRegs();
        g.flags.cpuWritten();
        g.exitCheck(BlockEntry.touchesPorts(g.insn().op));
    }
}
