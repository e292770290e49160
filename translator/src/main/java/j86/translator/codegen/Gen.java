package j86.translator.codegen;

import j86.decoder.Insn;
import j86.translator.block.Block;
import j86.translator.block.BlockEntry;
import j86.translator.block.Chain;
import j86.translator.block.ModeKey;
import j86.translator.block.Region;
import j86.translator.splice.Splice;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The state of one region's code generation ({@link Region}) and the small bytecode idioms every
 * emitter shares. Layout of the generated {@code int run(Cpu c, Chain x)}: local 1 = c, local 2 = x,
 * local 3 = in the fault handler: the faulting instruction's index and bits (passed by the stub
 * of its exception range, see {@link #mayFault}), local 4 = the caught fault, local 5 = the
 * linear address of a side exit's missed access ({@link #sideExit}; the EIP relocation is not a
 * local but Chain.base: blocks are keyed by physical address, so the same code may run at another
 * virtual address and every EIP the code writes is relative), locals 6..9 = the lazy flag record
 * (EmitFlags), locals 10..17 = the guest
 * registers EAX..EDI (loaded at entry; those the region writes are written back to c.r at every
 * exit, before calls that read c.r, and by the fault handler), local 18 = the instruction budget left
 * after the blocks completed so far in this call, local 19 = that budget at entry (their
 * difference: the instructions retired, {@link #retired}),
 * local 20 = the instruction after which the shared early exit leaves, locals 21..25 = c.phys.ram,
 * the soft TLB's read tags, write tags and deltas (or, for EmitMemory's unchecked accesses, its
 * interleaved entries in the first of those locals), and c.mmu (final fields, loaded once), locals
 * from {@link #FIRST_TEMP} = scratch. Objects (the BlockEntry, the Insns) are static final
 * fields set from the hidden class's class data.
 */
final class Gen implements Opcodes, Splice.Target {
    static final String CPU = "j86/runtime/cpu/Cpu";
    static final String SUPPORT = Type.getInternalName(Support.class);
    static final String ENTRY = Type.getInternalName(BlockEntry.class);
    static final String INSN = "j86/decoder/Insn";
    static final String CHAIN = Type.getInternalName(Chain.class);
    static final String BLOCK = Type.getInternalName(Block.class);
    static final int C = 1, X = 2, K = 3, FAULT = 4, SIDE_LA = 5, LF = 6, R0 = 10, N = 18, LEFT = 19, EXIT_K = 20,
            RAM = 21, RTAG = 22, WTAG = 23, DELTA = 24, MMU = 25, FIRST_TEMP = 26;
    /**
     * Bit of the value a fault handler stub passes (local K, the instruction index shifted left
     * by 2): the faulting instruction is a fallback, which ran on c.r (the cached registers were
     * written back before it): the handler must not write the locals back.
     */
    static final int FALLBACK = 2;
    /** Bit of K: the flag record is in locals LF..LF+3 (see EmitFlags); the handler writes it back. */
    static final int RESTORE_FLAGS = 1;
    static final String FAULT_CLASS = "j86/runtime/cpu/CpuFault";
    static final String[] LF_FIELDS = {"lfOp", "lfA", "lfB", "lfRes"};

    final MethodVisitor mv;
    final BlockEntry e;
    final Region r;
    /** Index of the block being emitted, its first label per block, and the shared chaining exit. */
    int block;
    Label[] labels;
    final Label chainExit = new Label();
    /** The shared early exit ({@link #exitCheck}): leaves after instruction EXIT_K. */
    final Label earlyExit = new Label();
    /** The shared side exit ({@link #sideExit}): leaves before instruction EXIT_K. */
    final Label sideExit = new Label();
    /** The same exits without writing the flag locals back (the Cpu's record is current). */
    final Label chainExitBare = new Label(), earlyExitBare = new Label(), sideExitBare = new Label();
    /**
     * The current instruction, or block, called something that may take the MMU's slow path
     * (a fallback, a Stack method, an inline access's miss outside a loop: EmitMemory.slowPath):
     * Mmu.slowAccess may be set, which the engine would look at before the next instruction.
     * An inline access on the TLB hit path never sets it, nor does a miss that side-exits.
     */
    private boolean insnSlow, blockSlow;
    /** The current block's last instruction emitted its own control flow ({@link #jumpTo}). */
    boolean ended;
    /** Where the lazy flags are, and their inline conditions. */
    final EmitFlags flags;
    /** Inline guest memory accesses. */
    final EmitMemory mem;
    /**
     * Class data: the Insns as emitters ask for them (immutable, so machines running the same code
     * can share the class; the machine's own BlockEntry is the instance field "owner").
     */
    final List<Object> data = new ArrayList<>();
    /** Index of the instruction being emitted. */
    int k;
    private int nextTemp = FIRST_TEMP;
    /** The instruction whose protected range is open (-1: none), and where that range ends. */
    private int rangeK = -1;
    private Label rangeEnd;
    /** Fault handler stubs: their labels and the K values they pass to the common handler. */
    final List<Label> stubLabels = new ArrayList<>();
    final List<Integer> stubValues = new ArrayList<>();

    Gen(MethodVisitor mv, Region r) {
        this.mv = mv;
        this.r = r;
        this.e = r.entry;
        this.flags = new EmitFlags(this);
        this.mem = new EmitMemory(this);
    }

    Insn insn() {
        return r.insns[k];
    }

    /** EIP of the instruction after the current one. */
    int next() {
        return r.next[k];
    }

    /** The current instruction is the last of its block. */
    boolean last() {
        return k == r.blockStart[block + 1] - 1;
    }

    /** Instructions of the current block. */
    int blockCount() {
        return r.blockStart[block + 1] - r.blockStart[block];
    }

    /**
     * Pushes the instructions retired in this call before the current block, plus {@code more}:
     * LEFT - N, since N counts down from the budget (see {@link #jumpTo}).
     */
    void retired(int more) {
        mv.visitVarInsn(ILOAD, LEFT);
        mv.visitVarInsn(ILOAD, N);
        mv.visitInsn(ISUB);
        if (more != 0) {
            iconst(more);
            mv.visitInsn(IADD);
        }
    }

    /**
     * Continues at scanned EIP {@code target} after the current block: a JVM jump when the target
     * starts a block of the region (after the budget and interrupt checks the engine loop would
     * make between the two blocks), otherwise c.eip = target ({@code checked}: against the CS
     * limit, for a branch) and the block's exit.
     */
    void jumpTo(int target, boolean checked) {
        // Only where the engine would chain (not after port I/O, PAUSE, LDS/LES), and in a flat
        // mode, where a branch target needs no CS limit check.
        int b = r.blocks[block].chainable && ModeKey.flat(e.mode) ? r.blockAt(target) : -1;
        if (b >= 0 && r.blocks[b].guarded) {
            b = -1; // (the entry, at a breakpoint's offset): through the chain, which checks it
        }
        flags.toLocals(); // a block label expects the record in the locals
        if (b < 0) {
            if (checked) {
                EmitControl.branchTo(this, target);
            } else {
                setEip(target);
            }
            exitBlock();
            return;
        }
        // The budget test of a loop's back edge: N holds the budget left (it counts down, so
        // that the test is one subtraction and one compare with a constant; counting up against
        // LEFT kept both the count and count + next block live, 7 host instructions in sieve's
        // 4-instruction loop against 3).
        Label out = new Label();
        mv.visitIincInsn(N, -blockCount());
        mv.visitVarInsn(ILOAD, N);
        iconst(r.blockStart[b + 1] - r.blockStart[b]);
        mv.visitJumpInsn(IF_ICMPLT, out);
        if (blockSlow) {
            staysUnlessMustExit(true, labels[b]);
        } else {
            mv.visitJumpInsn(GOTO, labels[b]);
        }
        mv.visitLabel(out);
        setEip(target);
        mv.visitJumpInsn(GOTO, chainExit());
    }

    /** The chaining exit for the current flag state (writing the flag locals back or not). */
    Label chainExit() {
        return flags.inCpu() ? chainExitBare : chainExit;
    }

    /**
     * The current block is done and c.eip holds where to continue: count its instructions and take
     * the region's chaining exit, or return to the engine when the block may not chain.
     */
    void exitBlock() {
        if (r.blocks[block].chainable) {
            mv.visitIincInsn(N, -blockCount());
            mv.visitJumpInsn(GOTO, chainExit());
        } else {
            leave(blockCount());
        }
    }

    void cpu() {
        mv.visitVarInsn(ALOAD, C);
    }

    void iconst(int v) {
        push(mv, v);
    }

    /** Types of the class-data objects, by index (field D{index} of the generated class). */
    final List<String> dataTypes = new ArrayList<>();

    /** Pushes a class-data object (a static final field of the generated class, set by its initialiser). */
    void constant(Object value, String desc) {
        int index = -1;
        for (int i = 0; i < data.size(); i++) {
            if (data.get(i) == value) {
                index = i;
            }
        }
        if (index < 0) {
            index = data.size();
            data.add(value);
            dataTypes.add(desc);
        }
        mv.visitFieldInsn(GETSTATIC, Codegen.CLASS_NAME, "D" + index, desc);
    }

    /** Pushes the region's own BlockEntry on this machine (instance field "owner", see Codegen). */
    void entry() {
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, Codegen.CLASS_NAME, "owner", "L" + ENTRY + ";");
    }

    /**
     * The static initialiser: one dynamic constant (the class data, an Object[]), copied into the
     * static final fields D0..Dn, which the JIT then treats as constants.
     */
    void emitFields(org.objectweb.asm.ClassWriter cw) {
        for (int i = 0; i < dataTypes.size(); i++) {
            cw.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, "D" + i, dataTypes.get(i), null, null).visitEnd();
        }
        MethodVisitor init = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        init.visitCode();
        // MethodHandles.classData(MethodHandles.lookup(), "_", Object[].class): the lookup of this
        // hidden class itself (a constant-dynamic would need class file version 55 and frames).
        init.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup",
                "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
        init.visitLdcInsn("_");
        init.visitLdcInsn(org.objectweb.asm.Type.getType("[Ljava/lang/Object;"));
        init.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "classData",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false);
        init.visitTypeInsn(CHECKCAST, "[Ljava/lang/Object;");
        init.visitVarInsn(ASTORE, 0);
        for (int i = 0; i < dataTypes.size(); i++) {
            init.visitVarInsn(ALOAD, 0);
            Gen.push(init, i);
            init.visitInsn(AALOAD);
            String t = dataTypes.get(i);
            init.visitTypeInsn(CHECKCAST, t.substring(1, t.length() - 1));
            init.visitFieldInsn(PUTSTATIC, Codegen.CLASS_NAME, "D" + i, t);
        }
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
    }

    static void push(MethodVisitor mv, int v) {
        Splice.pushInt(mv, v);
    }

    void currentInsn() {
        constant(insn(), "L" + INSN + ";");
    }

    /**
     * The code from here to the end of the current instruction may raise a CpuFault: an
     * exception range of its own whose handler stub tells the common handler which instruction
     * faulted and whether the flag locals hold the record (so no local is spent on it in the
     * code that does not fault).
     */
    void mayFault() {
        protect(flags.inLocals() ? RESTORE_FLAGS : 0);
    }

    private void protect(int bits) {
        if (rangeK == k) {
            return;
        }
        endRange();
        Label start = new Label(), stub = new Label();
        rangeEnd = new Label();
        mv.visitTryCatchBlock(start, rangeEnd, stub, FAULT_CLASS);
        mv.visitLabel(start);
        stubLabels.add(stub);
        stubValues.add(k << 2 | bits);
        rangeK = k;
    }

    /** Closes the open exception range (before the next instruction, and after the last). */
    void endRange() {
        if (rangeK >= 0) {
            mv.visitLabel(rangeEnd);
            rangeK = -1;
        }
    }

    /** Pushes the EIP relocation of this run (Chain.base: entry EIP minus the entry block's scanned EIP). */
    void base() {
        mv.visitVarInsn(ALOAD, X);
        mv.visitFieldInsn(GETFIELD, CHAIN, "base", "I");
    }

    /** c.eip = the EIP that was {@code eip} when the block was scanned (relocated to this run). */
    void setEip(int eip) {
        cpu();
        base();
        iconst(eip);
        mv.visitInsn(IADD);
        mv.visitFieldInsn(PUTFIELD, CPU, "eip", "I");
    }

    /** Pushes the value (0 or 1) of condition {@code cc} (SETcc, CMOVcc): {@link EmitFlags#pushCond}. */
    void cond(int cc) {
        flags.pushCond(cc);
    }

    /** Pushes c.r (the register array). */
    void regs() {
        cpu();
        mv.visitFieldInsn(GETFIELD, CPU, "r", "[I");
    }

    /** Registers the code emitted so far may have written in their locals (bit per register). */
    int dirty;
    /** Registers the code stores in their locals (reloads after calls not counted). */
    int written;

    void loadReg(int r) {
        mv.visitVarInsn(ILOAD, R0 + r);
    }

    /** Stores the value on top into register {@code r}'s local. */
    void storeReg(int r) {
        mv.visitVarInsn(ISTORE, R0 + r);
        dirty |= 1 << r;
        written |= 1 << r;
    }

    /** Loads every register's local from c.r (at entry and after code that ran on c.r). */
    void reloadRegs() {
        regs();
        for (int r = 0; r < 8; r++) {
            if (r < 7) {
                mv.visitInsn(DUP);
            }
            iconst(r);
            mv.visitInsn(IALOAD);
            mv.visitVarInsn(ISTORE, R0 + r);
        }
    }

    /** Writes back the registers in {@code mask} that may have been written in locals. */
    void flushRegs(int mask) {
        int m = mask & dirty;
        if (m == 0) {
            return;
        }
        regs();
        for (int r = 0; r < 8; r++) {
            if ((m & 1 << r) != 0) {
                m &= ~(1 << r);
                if (m != 0) {
                    mv.visitInsn(DUP);
                }
                iconst(r);
                loadReg(r);
                mv.visitInsn(IASTORE);
            }
        }
    }

    void flushRegs() {
        flushRegs(0xFF);
    }

    /** Reloads register {@code r}'s local from c.r (after a call that wrote it there). */
    void reloadReg(int r) {
        regs();
        iconst(r);
        mv.visitInsn(IALOAD);
        mv.visitVarInsn(ISTORE, R0 + r);
    }

    /** Before a call that reads and writes c.r[ESP] (the Stack methods): write ESP back. */
    void flushEsp() {
        slowCall();
        flushRegs(1 << 4);
    }

    /** After such a call: ESP's local from c.r again. */
    void reloadEsp() {
        reloadReg(4);
    }

    /** The current instruction is a fallback: the handler must leave c.r alone. */
    void mayFaultInFallback() {
        protect(FALLBACK);
    }

    void invoke(String owner, String name, String desc) {
        mv.visitMethodInsn(INVOKESTATIC, owner, name, desc, false);
    }

    /** A fresh int local. */
    @Override
    public int temp() {
        return nextTemp++;
    }

    @Override
    public MethodVisitor mv() {
        return mv;
    }

    @Override
    public void pushCf() {
        flags.pushCf();
    }

    /** Splicing figures of this method, for the translator's statistics. */
    long spliceNanos;
    int splices, splicesReused;

    @Override
    public void spliced(long nanos, boolean reused) {
        spliceNanos += nanos;
        splices++;
        splicesReused += reused ? 1 : 0;
    }

    /**
     * After an instruction that touched memory (or, with {@code ports}, did port I/O) and is not
     * the last: leave the block with EIP = the next instruction if a write retired it or an
     * interrupt is now deliverable. Memory accesses that stayed on the TLB hit path can do
     * neither, so the common case costs one field test.
     */
    void exitCheck(boolean ports) {
        if (last() || !insnSlow && !ports) {
            return;
        }
        Label go = new Label();
        staysUnlessMustExit(!ports, go);
        iconst(k);
        mv.visitVarInsn(ISTORE, EXIT_K);
        mv.visitJumpInsn(GOTO, flags.inCpu() ? earlyExitBare : earlyExit);
        mv.visitLabel(go);
    }

    /**
     * Jumps to {@code stay} unless {@link Support#mustExit} says the code must leave here (falls
     * through then); with {@code onlyAfterSlowAccess}, asks only when Mmu.slowAccess is set.
     */
    private void staysUnlessMustExit(boolean onlyAfterSlowAccess, Label stay) {
        if (onlyAfterSlowAccess) {
            mv.visitVarInsn(ALOAD, MMU);
            mv.visitFieldInsn(GETFIELD, "j86/runtime/mem/Mmu", "slowAccess", "Z");
            mv.visitJumpInsn(IFEQ, stay);
        }
        cpu();
        entry();
        invoke(SUPPORT, "mustExit", "(L" + CPU + ";L" + ENTRY + ";)Z");
        mv.visitJumpInsn(IFEQ, stay);
    }

    void exitCheck() {
        exitCheck(false);
    }

    /** The current instruction calls something that may take the MMU's slow path (see insnSlow). */
    void slowCall() {
        insnSlow = true;
        blockSlow = true;
    }

    /** Before each instruction; {@code newBlock}: at a block's label. */
    void beginInsn(boolean newBlock) {
        endRange();
        insnSlow = false;
        if (newBlock) {
            blockSlow = false;
        }
    }

    /**
     * A memory access of the current instruction (a write or not, at the linear address in local
     * {@code la}) missed the soft TLB's hit path: leave before the instruction
     * ({@link Support#sideExit}); nothing of it has been done yet.
     */
    void sideExit(int la, boolean write) {
        mv.visitVarInsn(ILOAD, la);
        mv.visitVarInsn(ISTORE, SIDE_LA);
        iconst(k << 1 | (write ? 1 : 0));
        mv.visitVarInsn(ISTORE, EXIT_K);
        mv.visitJumpInsn(GOTO, flags.inCpu() ? sideExitBare : sideExit);
    }

    /**
     * Returns from run after {@code more} instructions of the current block, which may not chain
     * (c.eip already set): PAUSED after PAUSE, UNLINKED otherwise.
     */
    void leave(int more) {
        flushRegs();
        flags.toCpu();
        cpu();
        retired(more);
        invoke(SUPPORT, "leave", "(L" + CPU + ";I)I");
        mv.visitInsn(POP);
        iconst(r.insns[r.blockStart[block + 1] - 1].op == j86.decoder.Op.PAUSE ? Block.PAUSED : Block.UNLINKED);
        mv.visitInsn(IRETURN);
    }
}
