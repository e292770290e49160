package j86.runtime.interp;

import j86.decoder.Insn;
import j86.decoder.Kind;
import j86.decoder.Op;
import j86.decoder.Operand;
import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.Vector;
import j86.runtime.cpu.CpuFault;
import j86.runtime.cpu.FarTransfer;
import j86.runtime.cpu.Interrupts;
import j86.runtime.cpu.Stack;
import j86.runtime.ops.Flags;

/**
 * Control transfers (Intel SDM Vol. 2): Jcc, JMP, CALL, RET near; LOOP/LOOPE/LOOPNE/JCXZ; far JMP,
 * CALL, RET and IRET (through j86.runtime.cpu.FarTransfer); INT n, INT3, INT1, INTO. On entry c.eip
 * already holds the next instruction's offset. A near target is truncated to 16 bits under a
 * 16-bit operand size and must lie within the CS limit (#GP(0) otherwise, raised by the branch).
 */
final class ExecControl {
    private ExecControl() {}

    /** Sets EIP to a near target after the CS limit check. */
    static void branch(Cpu c, int opSize, int target) {
        if (opSize == 16) {
            target &= 0xFFFF;
        }
        if (Integer.compareUnsigned(target, c.seg[1].limit) > 0) {
            throw CpuFault.of(Vector.GP, 0);
        }
        c.eip = target;
    }

    static void jcc(Cpu c, Insn i) {
        if (Flags.cond(c, i.cond)) {
            branch(c, i.opSize, c.eip + i.operands[0].value);
        }
    }

    static void jmp(Cpu c, Insn i) {
        branch(c, i.opSize, target(c, i));
    }

    static void call(Cpu c, Insn i) {
        int t = target(c, i);
        int size = i.opSize;
        if (Integer.compareUnsigned(size == 16 ? t & 0xFFFF : t, c.seg[1].limit) > 0) {
            throw CpuFault.of(Vector.GP, 0);
        }
        Stack.push(c, size, c.eip);
        branch(c, size, t);
    }

    /** A near target: relative to the next instruction, or read from a register or memory. */
    private static int target(Cpu c, Insn i) {
        Operand o = i.operands[0];
        return o.kind == Kind.REL ? c.eip + o.value : Operands.read(c, i, o, i.opSize);
    }

    /** RET [imm16]: the immediate is added to the stack pointer after the pop. */
    static void ret(Cpu c, Insn i) {
        int size = i.opSize;
        int t = Stack.peek(c, size, 0);
        if (Integer.compareUnsigned(t, c.seg[1].limit) > 0) {
            throw CpuFault.of(Vector.GP, 0);
        }
        int imm = i.operandCount > 0 ? i.operands[0].value & 0xFFFF : 0;
        c.r[Cpu.ESP] = Stack.adjust(c, c.r[Cpu.ESP], (size >> 3) + imm);
        c.eip = t;
    }

    static void retf(Cpu c, Insn i) {
        int imm = i.operandCount > 0 ? i.operands[0].value & 0xFFFF : 0;
        FarTransfer.retFar(c, i.opSize, imm);
    }

    /** JMPF/CALLF ptr16:16|32 or m16:16|32 (offset first, then the selector). */
    static void far(Cpu c, Insn i) {
        Operand o = i.operands[0];
        int size = i.opSize;
        int sel, off;
        if (o.kind == Kind.FAR) {
            sel = o.value2 & 0xFFFF;
            off = o.value;
        } else {
            int lin = Operands.memLinear(c, i, o, (size >> 3) + 2, false);
            off = Operands.readLin(c, lin, size);
            sel = c.mmu.read16(lin + (size >> 3));
        }
        if (size == 16) {
            off &= 0xFFFF;
        }
        if (i.op == Op.JMPF) {
            FarTransfer.jmpFar(c, sel, off, size);
        } else {
            FarTransfer.callFar(c, sel, off, size);
        }
    }

    /** LOOP/LOOPE/LOOPNE decrement (E)CX by address size without touching flags; JCXZ only tests it. */
    static void loop(Cpu c, Insn i) {
        boolean a32 = i.addrSize == 32;
        int count = a32 ? c.r[Cpu.ECX] : c.r[Cpu.ECX] & 0xFFFF;
        boolean taken;
        if (i.op == Op.JCXZ) {
            taken = count == 0;
        } else {
            count = a32 ? count - 1 : (count - 1) & 0xFFFF;
            taken = count != 0;
            if (i.op == Op.LOOPE) {
                taken &= Flags.zf(c);
            } else if (i.op == Op.LOOPNE) {
                taken &= !Flags.zf(c);
            }
            int target = c.eip + i.operands[0].value;
            if (taken && Integer.compareUnsigned(i.opSize == 16 ? target & 0xFFFF : target, c.seg[1].limit) > 0) {
                throw CpuFault.of(Vector.GP, 0);
            }
            c.r[Cpu.ECX] = a32 ? count : (c.r[Cpu.ECX] & 0xFFFF0000) | count;
        }
        if (taken) {
            branch(c, i.opSize, c.eip + i.operands[0].value);
        }
    }

    /** INT n / INT3 / INTO are traps: delivered with EIP = the next instruction. */
    static void interrupt(Cpu c, Insn i) {
        switch (i.op) {
            case INT:
                Interrupts.deliver(c, i.operands[0].value & 0xFF, Interrupts.SOFTWARE, 0, false);
                break;
            case INT3:
                Interrupts.deliver(c, Vector.BP, Interrupts.SOFTWARE, 0, false);
                break;
            case INT1:
                // ICEBP: a #DB trap that, unlike INT n, skips the gate DPL check (SDM Vol. 3, 6.15).
                Interrupts.deliver(c, Vector.DB, Interrupts.EXCEPTION, 0, false);
                break;
            default:
                if (Flags.cond(c, 0)) { // OF
                    Interrupts.deliver(c, Vector.OF, Interrupts.SOFTWARE, 0, false);
                }
                break;
        }
    }

    static void iret(Cpu c, Insn i) {
        FarTransfer.iret(c, i.opSize);
        c.iretUnblocksNmi(); // only once it completed (a faulting IRET was not executed)
    }
}
