package j86.translator.codegen;

import j86.runtime.mem.PhysicalMemory;
import j86.runtime.mem.SoftTlb;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Guest memory accesses emitted inline: the soft TLB's hit path (Mmu's own test and RAM index:
 * tag of the page of the access's last byte equal to the page of its first, then RAM at
 * linear + delta) as bytecode of the region, and the Mmu accessor of the same size as the slow path
 * (page walk, devices, code-page writes, page-crossing accesses, #PF).
 *
 * <p>Why inline and not a call to a small static method: with -XX:+PrintInlining on qsort, C2
 * declined to inline such a method at about half of its call sites ("callee is too large" at cold
 * sites, "size > DesiredMethodLimit" in large regions, whose own bytecode counts against that
 * limit), and every access left as a call costs a call and makes the JIT forget what it knew about
 * memory. Bytecode of the region itself is always compiled in place.
 *
 * <p>The privilege half of the tag arrays is fixed at translation time (CPL is part of the
 * block's mode key); the RAM and TLB arrays are the region's locals (final fields, loaded once).
 */
final class EmitMemory implements Opcodes {
    private static final String MMU = "j86/runtime/mem/Mmu";
    private static final String VAR_HANDLE = "java/lang/invoke/VarHandle";
    private static final String MEMORY = "j86/runtime/mem/PhysicalMemory";

    private final Gen g;
    private final MethodVisitor mv;
    /**
     * Unchecked accesses ({@link RawAccess}) instead of array loads and VarHandles, on
     * SoftTlb.entries (in local RTAG) instead of its three arrays.
     */
    private final boolean raw = RawAccess.enabled();

    EmitMemory(Gen g) {
        this.g = g;
        this.mv = g.mv;
    }

    /** The offset of the user half of the TLB's tag arrays for a block translated at {@code cpl}. */
    static int tagOffset(int cpl) {
        return cpl == 3 ? SoftTlb.SIZE : 0;
    }

    /**
     * With the linear address on the stack: leaves a local holding where its page's TLB entry is,
     * having jumped to {@code slow} unless the tag (read or write) matches the page of the
     * access's last byte. The address itself is stored in {@code la}. The entry is the index into
     * the readTag/writeTag/delta arrays or, in the unchecked form ({@link RawAccess}), the byte
     * offset of the entry for this block's privilege in SoftTlb.entries (a long local).
     */
    private int hit(int la, int size, boolean write, Label slow) {
        int idx = g.temp();
        int u = tagOffset(g.e.mode >> 2 & 3);
        mv.visitVarInsn(ISTORE, la);
        mv.visitVarInsn(ILOAD, la);
        if (raw) {
            // In long arithmetic from the zero-extended address: C2 makes the extension the move
            // it needs anyway, where an int offset cost a sign extension before the load.
            g.temp(); // a long takes idx and the next local
            mv.visitInsn(I2L);
            mv.visitLdcInsn(0xFFFFFFFFL);
            mv.visitInsn(LAND);
            g.iconst(12 - ENTRY_SHIFT);
            mv.visitInsn(LUSHR);
            mv.visitLdcInsn((long) SoftTlb.MASK << ENTRY_SHIFT);
            mv.visitInsn(LAND);
            if (u != 0) {
                mv.visitLdcInsn((long) u << ENTRY_SHIFT);
                mv.visitInsn(LADD);
            }
            mv.visitVarInsn(LSTORE, idx);
            loadEntry(Gen.RTAG, idx, 4 * (write ? SoftTlb.WRITE : SoftTlb.READ));
        } else {
            g.iconst(12);
            mv.visitInsn(IUSHR);
            g.iconst(SoftTlb.MASK);
            mv.visitInsn(IAND);
            mv.visitVarInsn(ISTORE, idx);
            loadEntry(write ? Gen.WTAG : Gen.RTAG, idx, u);
        }
        mv.visitVarInsn(ILOAD, la);
        if (size > 8) {
            g.iconst(size / 8 - 1);
            mv.visitInsn(IADD);
        }
        g.iconst(~PhysicalMemory.PAGE_MASK);
        mv.visitInsn(IAND);
        mv.visitJumpInsn(IF_ICMPNE, slow);
        return idx;
    }

    /** log2 of the bytes of one entry of SoftTlb.entries. */
    private static final int ENTRY_SHIFT = Integer.numberOfTrailingZeros(SoftTlb.STRIDE * 4);

    /**
     * Pushes the int at {@code idx + offset} of the array in local {@code array}: an element index,
     * or in the unchecked form a byte offset.
     */
    private void loadEntry(int array, int idx, int offset) {
        if (raw) {
            mv.visitFieldInsn(GETSTATIC, RawAccess.OWNER, "U", "L" + RawAccess.UNSAFE + ";");
        }
        mv.visitVarInsn(ALOAD, array);
        if (raw) {
            mv.visitVarInsn(LLOAD, idx);
            mv.visitLdcInsn(RawAccess.INT_BASE + offset);
            mv.visitInsn(LADD);
            mv.visitMethodInsn(INVOKEVIRTUAL, RawAccess.UNSAFE, "getInt", "(Ljava/lang/Object;J)I", false);
        } else {
            mv.visitVarInsn(ILOAD, idx);
            if (offset != 0) {
                g.iconst(offset);
                mv.visitInsn(IADD);
            }
            mv.visitInsn(IALOAD);
        }
    }

    /** Pushes the RAM index of the access: la + delta[idx] (for Unsafe: as a byte offset, a long). */
    private void ramIndex(int la, int idx) {
        mv.visitVarInsn(ILOAD, la);
        if (raw) {
            loadEntry(Gen.RTAG, idx, 4 * SoftTlb.DELTA);
        } else {
            loadEntry(Gen.DELTA, idx, 0);
        }
        mv.visitInsn(IADD);
        if (raw) {
            mv.visitInsn(I2L);
            mv.visitLdcInsn(RawAccess.BYTE_BASE);
            mv.visitInsn(LADD);
        }
    }

    /** Pushes what an access of {@code size} bits to RAM needs before its index: the accessor. */
    private void accessor(int size) {
        if (raw) {
            mv.visitFieldInsn(GETSTATIC, RawAccess.OWNER, "U", "L" + RawAccess.UNSAFE + ";");
        } else if (size != 8) {
            mv.visitFieldInsn(GETSTATIC, MEMORY, size == 16 ? "LE16" : "LE32", "L" + VAR_HANDLE + ";");
        }
    }

    /** The Unsafe accessor's name for {@code size} bits, and the Java type letter it moves. */
    private static String rawName(int size) {
        return size == 8 ? "Byte" : size == 16 ? "Short" : "Int";
    }

    private static String rawType(int size) {
        return size == 8 ? "B" : size == 16 ? "S" : "I";
    }

    /** Replaces the linear address on top by the {@code size}-bit value read there (zero-extended). */
    void read(int size) {
        read(size, false);
    }

    /**
     * The read of a read-modify-write ({@code forWrite}) tests the write tag: a page with a write
     * entry always has a read entry too (PageWalker grants W only with R; SoftTlb drops either
     * only with both or W alone), so the value read is the same, and C2 then finds the write's own
     * test identical and drops it (matmul's ADD to a stack slot: one tag load and compare less).
     * A miss leaves as a write's miss would, so that the TLB is filled for the write.
     */
    void read(int size, boolean forWrite) {
        Label slow = new Label(), done = new Label();
        int la = g.temp();
        int idx = hit(la, size, forWrite, slow);
        accessor(size);
        mv.visitVarInsn(ALOAD, Gen.RAM);
        ramIndex(la, idx);
        if (raw) {
            mv.visitMethodInsn(INVOKEVIRTUAL, RawAccess.UNSAFE, "get" + rawName(size),
                    "(Ljava/lang/Object;J)" + rawType(size), false);
            if (size != 32) {
                g.iconst(size == 8 ? 0xFF : 0xFFFF);
                mv.visitInsn(IAND);
            }
        } else if (size == 8) {
            mv.visitInsn(BALOAD);
            g.iconst(0xFF);
            mv.visitInsn(IAND);
        } else if (size == 16) {
            mv.visitMethodInsn(INVOKEVIRTUAL, VAR_HANDLE, "get", "([BI)S", false);
            g.iconst(0xFFFF);
            mv.visitInsn(IAND);
        } else {
            mv.visitMethodInsn(INVOKEVIRTUAL, VAR_HANDLE, "get", "([BI)I", false);
        }
        if (g.r.tso) {
            mv.visitMethodInsn(INVOKESTATIC, VAR_HANDLE, "acquireFence", "()V", false); // TsoMmu: no later access moves above
        }
        mv.visitJumpInsn(GOTO, done);
        slowPath(slow, la, size, false, forWrite, -1);
        mv.visitLabel(done);
    }

    /**
     * A miss inside a loop of the region: the instruction is left to the interpreter (a side exit,
     * {@link Gen#sideExit}), which walks the page tables and fills the TLB, raises the fault or
     * talks to the device. A call there, even one never made, makes C2 keep the loop's values in
     * stack slots (measured on sieve, 2026-11-21: 1.3 s with side exits, 1.6 s with a page-walk
     * call that retried). Outside loops the Mmu's slow path is called (a device register read
     * every time, such as JOS's cpunum(), must not cost an exit each time); it may raise the fault
     * itself (the caller opened the instruction's exception range) and set Mmu.slowAccess.
     * Either way the operand stack must be empty here (the verifier merges the exit paths).
     * {@code exitAsWrite}: the side exit reports a write's miss (the read of a read-modify-write).
     */
    private boolean slowPath(Label slow, int la, int size, boolean write, boolean exitAsWrite, int v) {
        mv.visitLabel(slow);
        if (g.r.inLoop(g.block) && !g.r.callsSlowPath(g.k)) {
            g.sideExit(la, exitAsWrite);
            return false;
        }
        g.slowCall();
        g.cpu();
        mv.visitFieldInsn(GETFIELD, Gen.CPU, "mmu", "L" + MMU + ";");
        mv.visitVarInsn(ILOAD, la);
        if (write) {
            mv.visitVarInsn(ILOAD, v);
            mv.visitMethodInsn(INVOKEVIRTUAL, MMU, "write" + size, "(II)V", false);
        } else {
            mv.visitMethodInsn(INVOKEVIRTUAL, MMU, "read" + size, "(I)I", false);
        }
        return true;
    }

    /** Reads {@code size} bits at the linear address in local {@code lin}. */
    void readLin(int lin, int size) {
        readLin(lin, size, false);
    }

    /** Reads {@code size} bits at local {@code lin}, which a write will follow ({@link #read(int, boolean)}). */
    void readLin(int lin, int size, boolean forWrite) {
        mv.visitVarInsn(ILOAD, lin);
        read(size, forWrite);
    }

    /**
     * With the linear address and then the value on the stack: writes {@code size} bits. Code
     * pages never get a write tag, so a write to code always takes the Mmu's slow path.
     */
    void write(int size) {
        Label slow = new Label(), done = new Label();
        int v = g.temp(), la = g.temp();
        mv.visitVarInsn(ISTORE, v);
        int idx = hit(la, size, true, slow);
        if (g.r.tso) {
            mv.visitMethodInsn(INVOKESTATIC, VAR_HANDLE, "releaseFence", "()V", false); // TsoMmu: no earlier access moves below
        }
        accessor(size);
        mv.visitVarInsn(ALOAD, Gen.RAM);
        ramIndex(la, idx);
        mv.visitVarInsn(ILOAD, v);
        if (raw) {
            mv.visitMethodInsn(INVOKEVIRTUAL, RawAccess.UNSAFE, "put" + rawName(size),
                    "(Ljava/lang/Object;J" + rawType(size) + ")V", false);
        } else if (size == 8) {
            mv.visitInsn(BASTORE);
        } else if (size == 16) {
            mv.visitInsn(I2S);
            mv.visitMethodInsn(INVOKEVIRTUAL, VAR_HANDLE, "set", "([BIS)V", false);
        } else {
            mv.visitMethodInsn(INVOKEVIRTUAL, VAR_HANDLE, "set", "([BII)V", false);
        }
        mv.visitJumpInsn(GOTO, done);
        slowPath(slow, la, size, true, true, v);
        mv.visitLabel(done);
    }
}
