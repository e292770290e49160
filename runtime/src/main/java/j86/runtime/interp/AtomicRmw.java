package j86.runtime.interp;

import j86.decoder.Insn;
import j86.decoder.Kind;
import j86.decoder.Op;
import j86.decoder.Operand;
import j86.runtime.cpu.Cpu;
import j86.runtime.mem.Mmu;
import j86.runtime.mem.TsoMmu;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A locked read-modify-write (LOCK prefix, XCHG with memory, CMPXCHG8B) made atomic across host
 * threads in the parallel mode, against plain stores of other CPUs too.
 *
 * <p>How: the operand's containing aligned 4 or 8 bytes of RAM are read once (volatile); the
 * instruction's own body runs unchanged, its accesses to the operand served from a private copy
 * ({@link TsoMmu#capture}); the result is published with one compare-and-set on those 4 or 8
 * bytes. If another CPU changed any of them meanwhile, the CPU's registers and flags are put
 * back and the instruction runs again on the new value. This is what a cache-line lock gives: no
 * store by anyone lands between the read and the write, and a CAS is a full fence on x86, as a
 * locked instruction is. A failed CMPXCHG still publishes (its unchanged value), as the
 * architecture's locked write-back.
 *
 * <p>What cannot be done this way stops the other CPUs instead ({@code PhysicalMemory.exclusive}),
 * the bus lock's equivalent: an operand crossing an 8-byte boundary (split lock), a page that is
 * not plain writable RAM (code, a page table, MMIO), and BT/BTS/BTR/BTC with a register bit offset
 * (whose operand address depends on the offset).
 */
final class AtomicRmw {
    private AtomicRmw() {}

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    static void run(Cpu c, Insn i, Lock.Body body) {
        Operand m = memoryOperand(i);
        if (m == null) {
            body.run(c, i); // register forms touch no memory
            return;
        }
        int size = i.op == Op.CMPXCHG8B ? 8 : i.opSize >> 3;
        if (isBitString(i)) {
            c.phys.exclusive.run(() -> body.run(c, i));
            return;
        }
        int lin = Operands.linear(c, i, size, true);
        int pa = c.mmu.directRam(lin, Mmu.WRITE, c.cpl == 3);
        if (pa < 0 || (pa & 7) + size > 8) {
            c.phys.exclusive.run(() -> body.run(c, i));
            return;
        }
        byte[] ram = c.phys.ram;
        TsoMmu mmu = (TsoMmu) c.mmu;
        boolean wide = (pa & 3) + size > 4;
        int base = pa & (wide ? ~7 : ~3);
        int shift = (pa - base) << 3;
        long mask = size == 8 ? -1L : ((1L << (size << 3)) - 1);
        int[] regs = c.r.clone();
        int eflags = c.eflags, lfOp = c.lfOp, lfA = c.lfA, lfB = c.lfB, lfRes = c.lfRes;
        for (;;) {
            long old = wide ? (long) LONG.getVolatile(ram, base) : (int) INT.getVolatile(ram, base) & 0xFFFFFFFFL;
            mmu.capture(lin, size, (old >>> shift) & mask);
            long result;
            try {
                body.run(c, i);
            } finally {
                result = mmu.endCapture();
            }
            long neu = (old & ~(mask << shift)) | ((result & mask) << shift);
            if (wide ? LONG.compareAndSet(ram, base, old, neu) : INT.compareAndSet(ram, base, (int) old, (int) neu)) {
                return;
            }
            System.arraycopy(regs, 0, c.r, 0, regs.length); // lost the race: run again on the new value
            c.eflags = eflags;
            c.lfOp = lfOp;
            c.lfA = lfA;
            c.lfB = lfB;
            c.lfRes = lfRes;
        }
    }

    private static Operand memoryOperand(Insn i) {
        for (int k = 0; k < i.operandCount; k++) {
            if (i.operands[k].kind == Kind.MEM) {
                return i.operands[k];
            }
        }
        return null;
    }

    /** BT/BTS/BTR/BTC with a register offset address memory beyond the operand (SDM "BT"). */
    private static boolean isBitString(Insn i) {
        return (i.op == Op.BT || i.op == Op.BTS || i.op == Op.BTR || i.op == Op.BTC)
                && i.operandCount > 1 && i.operands[1].kind == Kind.REG;
    }
}
