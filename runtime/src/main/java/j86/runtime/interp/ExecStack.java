package j86.runtime.interp;

import j86.decoder.Insn;
import j86.decoder.Seg;
import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.Vector;
import j86.runtime.cpu.CpuFault;
import j86.runtime.cpu.Segmentation;
import j86.runtime.cpu.Stack;
import j86.runtime.ops.Flags;

/**
 * Stack instructions (Intel SDM Vol. 2): PUSH/POP (general, memory, immediate, segment registers),
 * PUSHA/POPA, PUSHF/POPF, ENTER/LEAVE. The operand size chooses 16/32-bit slots, SS.B chooses SP or
 * ESP (j86.runtime.cpu.Stack). The execution loop restores ESP when an instruction faults.
 */
final class ExecStack {
    private ExecStack() {}

    /** PUSH reads its operand first: PUSH ESP pushes the value before the decrement. */
    static void push(Cpu c, Insn i) {
        Stack.push(c, i.opSize, Operands.read(c, i, i.operands[0], i.opSize));
    }

    /** POP r/m: an ESP-based destination address is computed after ESP is incremented (SDM "POP"). */
    static void pop(Cpu c, Insn i) {
        int v = Stack.pop(c, i.opSize);
        Operands.write(c, i, i.operands[0], i.opSize, v);
    }

    static void pushSeg(Cpu c, Insn i) {
        Stack.push(c, i.opSize, c.seg[i.operands[0].reg].selector);
    }

    /** POP Sreg: POP SS inhibits interrupts for one instruction. */
    static void popSeg(Cpu c, Insn i) {
        int seg = i.operands[0].reg;
        if (seg == Seg.CS) {
            throw CpuFault.of(Vector.UD);
        }
        int v = Stack.pop(c, i.opSize);
        Segmentation.load(c, seg, v & 0xFFFF);
        if (seg == Seg.SS) {
            c.interruptShadow = true;
        }
    }

    /** PUSHA: EAX ECX EDX EBX (original ESP) EBP ESI EDI. */
    static void pusha(Cpu c, Insn i) {
        int size = i.opSize;
        int sp = c.r[Cpu.ESP];
        for (int r = 0; r < 8; r++) {
            Stack.push(c, size, r == Cpu.ESP ? sp : c.r[r]);
        }
    }

    /** POPA: every slot is read before any register changes; the ESP slot is skipped. */
    static void popa(Cpu c, Insn i) {
        int size = i.opSize;
        int bytes = size >> 3;
        int edi = Stack.peek(c, size, 0), esi = Stack.peek(c, size, bytes), ebp = Stack.peek(c, size, 2 * bytes);
        int ebx = Stack.peek(c, size, 4 * bytes), edx = Stack.peek(c, size, 5 * bytes);
        int ecx = Stack.peek(c, size, 6 * bytes), eax = Stack.peek(c, size, 7 * bytes);
        c.r[Cpu.ESP] = Stack.adjust(c, c.r[Cpu.ESP], 8 * bytes);
        Operands.setReg(c, Cpu.EDI, size, edi);
        Operands.setReg(c, Cpu.ESI, size, esi);
        Operands.setReg(c, Cpu.EBP, size, ebp);
        Operands.setReg(c, Cpu.EBX, size, ebx);
        Operands.setReg(c, Cpu.EDX, size, edx);
        Operands.setReg(c, Cpu.ECX, size, ecx);
        Operands.setReg(c, Cpu.EAX, size, eax);
    }

    /** PUSHF: the pushed image has VM and RF clear (SDM "PUSHF"). */
    static void pushf(Cpu c, Insn i) {
        Stack.push(c, i.opSize, Flags.get(c) & ~(Cpu.VM | Cpu.RF));
    }

    /**
     * POPF (SDM "POPF"): IOPL changes only at CPL 0, IF only when CPL <= IOPL, VM and RF never;
     * the 16-bit form changes the low word only.
     */
    static void popf(Cpu c, Insn i) {
        int v = Stack.pop(c, i.opSize);
        Flags.set(c, v, popfMask(c, i.opSize));
    }

    static int popfMask(Cpu c, int opSize) {
        int mask = Cpu.ARITH | Cpu.TF | Cpu.DF | Cpu.NT | Cpu.AC | Cpu.ID;
        int iopl = (c.eflags & Cpu.IOPL) >>> 12;
        if (c.cpl == 0) {
            mask |= Cpu.IOPL;
        }
        if (c.cpl <= iopl) {
            mask |= Cpu.IF;
        }
        return opSize == 16 ? mask & 0xFFFF : mask;
    }

    /** ENTER size, level (SDM "ENTER"): frame pointers are copied through a temporary; EBP changes last. */
    static void enter(Cpu c, Insn i) {
        int size = i.opSize;
        int bytes = size >> 3;
        int alloc = i.operands[0].value & 0xFFFF;
        int level = i.operands[1].value & 31;
        Stack.push(c, size, c.r[Cpu.EBP]);
        int frame = c.r[Cpu.ESP];
        if (level > 0) {
            int bp = c.r[Cpu.EBP];
            for (int n = 1; n < level; n++) {
                bp = Stack.adjust(c, bp, -bytes);
                int lin = Segmentation.linear(c, Seg.SS, Stack.offset(c, bp), bytes, false);
                Stack.push(c, size, Operands.readLin(c, lin, size));
            }
            Stack.push(c, size, frame);
        }
        int esp = Stack.adjust(c, c.r[Cpu.ESP], -alloc);
        // The new stack top must be writable (SDM: #SS if it is beyond the stack limit).
        Segmentation.linear(c, Seg.SS, Stack.offset(c, esp), alloc == 0 ? 1 : bytes, true);
        Operands.setReg(c, Cpu.EBP, size, frame);
        c.r[Cpu.ESP] = esp;
    }

    /** LEAVE: (E)SP = (E)BP by stack size, then pop (E)BP by operand size. */
    static void leave(Cpu c, Insn i) {
        int bp = c.r[Cpu.EBP];
        int esp = c.stack32() ? bp : (c.r[Cpu.ESP] & 0xFFFF0000) | (bp & 0xFFFF);
        int old = c.r[Cpu.ESP];
        c.r[Cpu.ESP] = esp;
        int v;
        try {
            v = Stack.pop(c, i.opSize);
        } catch (CpuFault f) {
            c.r[Cpu.ESP] = old;
            throw f;
        }
        Operands.setReg(c, Cpu.EBP, i.opSize, v);
    }
}
