package j86.runtime.interp;

import j86.decoder.Insn;
import j86.decoder.Op;
import j86.decoder.Seg;
import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.Segmentation;
import j86.runtime.mem.Mmu;
import j86.runtime.ops.Flags;

/**
 * String instructions MOVS CMPS STOS LODS SCAS INS OUTS with REP/REPE/REPNE (Intel SDM Vol. 2,
 * "REP/REPE/REPZ/REPNE/REPNZ"). The source is DS:(E)SI unless overridden, the destination is always
 * ES:(E)DI; (E)CX/(E)SI/(E)DI are chosen by the address size; DF picks the direction.
 *
 * A repeated instruction runs at most {@link #BATCH} iterations per step and then leaves EIP on
 * itself, so interrupts are taken between batches (SDM: the instruction is restartable). Registers
 * are updated after every iteration, so a fault in the middle leaves (E)CX/(E)SI/(E)DI counting the
 * iterations that completed and the restart continues from there.
 *
 * REP MOVS and REP STOS move whole page runs at once where they can ({@link StringRuns}), with
 * the same result and the same count.
 *
 * Virtual time: every executed iteration counts as one retired instruction (the loop counts one per
 * step, {@link #run} adds the rest); a repeat with (E)CX = 0 counts one. Deterministic either way.
 */
final class ExecString {
    private ExecString() {}

    /** Iterations of a repeated string instruction per step. */
    static final int BATCH = 1024;

    static void run(Cpu c, Insn i) {
        int rep = i.prefixes & (Insn.PFX_REP | Insn.PFX_REPNE);
        if (rep == 0) {
            once(c, i);
            return;
        }
        boolean a32 = i.addrSize == 32;
        boolean compares = i.op == Op.CMPS || i.op == Op.SCAS;
        boolean runs = i.op == Op.MOVS || i.op == Op.STOS;
        int done = 0;
        try {
            while (true) {
                int count = a32 ? c.r[Cpu.ECX] : c.r[Cpu.ECX] & 0xFFFF;
                if (count == 0) {
                    return;
                }
                int n = runs ? StringRuns.run(c, i, BATCH - done) : 0;
                if (n > 0) {
                    done += n;
                } else {
                    once(c, i);
                    count--;
                    c.r[Cpu.ECX] = a32 ? count : (c.r[Cpu.ECX] & 0xFFFF0000) | count;
                    done++;
                    // REPE (F3) stops when ZF = 0, REPNE (F2) when ZF = 1; only CMPS and SCAS test ZF.
                    if (compares && ((rep & Insn.PFX_REPNE) != 0) == Flags.zf(c)) {
                        return;
                    }
                }
                if ((a32 ? c.r[Cpu.ECX] : c.r[Cpu.ECX] & 0xFFFF) == 0) {
                    return;
                }
                if (done == BATCH) {
                    c.eip = restartEip(c, i);
                    return;
                }
            }
        } finally {
            if (done > 1) {
                c.instructions += done - 1;
            }
        }
    }

    /** The offset of the string instruction itself (c.eip holds the next one). */
    private static int restartEip(Cpu c, Insn i) {
        int e = c.eip - i.length;
        return c.code32() ? e : e & 0xFFFF;
    }

    /** One iteration, registers stepped after the memory and port accesses succeeded. */
    static void once(Cpu c, Insn i) {
        int size = i.opSize;
        int bytes = size >> 3;
        boolean a32 = i.addrSize == 32;
        int delta = (c.eflags & Cpu.DF) != 0 ? -bytes : bytes;
        int srcSeg = i.segOverride >= 0 ? i.segOverride : Seg.DS;
        int si = a32 ? c.r[Cpu.ESI] : c.r[Cpu.ESI] & 0xFFFF;
        int di = a32 ? c.r[Cpu.EDI] : c.r[Cpu.EDI] & 0xFFFF;
        switch (i.op) {
            case MOVS: {
                int v = Operands.readLin(c, Segmentation.linear(c, srcSeg, si, bytes, false), size);
                Operands.writeLin(c, Segmentation.linear(c, Seg.ES, di, bytes, true), size, v);
                step(c, Cpu.ESI, a32, delta);
                step(c, Cpu.EDI, a32, delta);
                break;
            }
            case CMPS: {
                int a = Operands.readLin(c, Segmentation.linear(c, srcSeg, si, bytes, false), size);
                int b = Operands.readLin(c, Segmentation.linear(c, Seg.ES, di, bytes, false), size);
                ExecAlu.apply(c, Op.CMP, size, a, b);
                step(c, Cpu.ESI, a32, delta);
                step(c, Cpu.EDI, a32, delta);
                break;
            }
            case STOS:
                Operands.writeLin(c, Segmentation.linear(c, Seg.ES, di, bytes, true), size, c.r[Cpu.EAX]);
                step(c, Cpu.EDI, a32, delta);
                break;
            case LODS: {
                int v = Operands.readLin(c, Segmentation.linear(c, srcSeg, si, bytes, false), size);
                Operands.setReg(c, Cpu.EAX, size, v);
                step(c, Cpu.ESI, a32, delta);
                break;
            }
            case SCAS: {
                int b = Operands.readLin(c, Segmentation.linear(c, Seg.ES, di, bytes, false), size);
                ExecAlu.apply(c, Op.CMP, size, c.r[Cpu.EAX], b);
                step(c, Cpu.EDI, a32, delta);
                break;
            }
            case INS: {
                ExecIo.checkIo(c);
                int lin = Segmentation.linear(c, Seg.ES, di, bytes, true);
                // Check the destination page before the port read: a device read may have side effects.
                c.mmu.translate(lin, Mmu.WRITE, c.cpl == 3);
                int v = ExecIo.in(c, c.r[Cpu.EDX] & 0xFFFF, bytes);
                Operands.writeLin(c, lin, size, v);
                step(c, Cpu.EDI, a32, delta);
                break;
            }
            default: { // OUTS
                ExecIo.checkIo(c);
                int v = Operands.readLin(c, Segmentation.linear(c, srcSeg, si, bytes, false), size);
                ExecIo.out(c, c.r[Cpu.EDX] & 0xFFFF, bytes, v);
                step(c, Cpu.ESI, a32, delta);
                break;
            }
        }
    }

    private static void step(Cpu c, int reg, boolean a32, int delta) {
        int v = c.r[reg];
        c.r[reg] = a32 ? v + delta : (v & 0xFFFF0000) | ((v + delta) & 0xFFFF);
    }
}
