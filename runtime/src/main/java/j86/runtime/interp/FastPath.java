package j86.runtime.interp;

import j86.decoder.Insn;
import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.Vector;
import j86.runtime.cpu.CpuFault;
import j86.runtime.cpu.Segmentation;
import j86.runtime.cpu.Stack;
import j86.runtime.ops.Alu;
import j86.runtime.ops.Flags;
import j86.runtime.ops.Regs;

/**
 * Executes an instruction by its {@link Forms} shape: one switch, registers straight from the form
 * word, no operand-kind or size switches. Each case does exactly what the generic path
 * ({@link Dispatch} and the Exec* helpers) does for that shape, in the same order (operand reads,
 * segment checks, memory accesses, register writes), so faults and results are the same; the
 * semantics proper are still the j86.runtime.ops methods. Anything else goes to {@link Dispatch}.
 */
final class FastPath {
    private FastPath() {}

    /** The most frequent forms, small enough to be inlined into the loops; the rest in {@link #more}. */
    static void execute(Cpu c, Insn i, int form) {
        int[] r = c.r;
        switch (Forms.kind(form)) {
            case Forms.MOV_RR: r[Forms.r1(form)] = r[Forms.r2(form)]; break;
            case Forms.MOV_RM: r[Forms.r1(form)] = c.mmu.read32(linear(c, i, false)); break;
            case Forms.ALU_RR: aluReg(c, form, r[Forms.r2(form)]); break;
            case Forms.ALU_RI: aluReg(c, form, i.operands[1].value); break;
            case Forms.JCC:
                if (Flags.cond(c, i.cond)) {
                    near(c, c.eip + i.operands[0].value);
                }
                break;
            default: more(c, i, form); break;
        }
    }

    private static void more(Cpu c, Insn i, int form) {
        int[] r = c.r;
        switch (Forms.kind(form)) {
            case Forms.MOV_RI: r[Forms.r1(form)] = i.operands[1].value; break;
            case Forms.MOV_MR: {
                int v = r[Forms.r2(form)];
                c.mmu.write32(linear(c, i, true), v);
                break;
            }
            case Forms.MOV_MI: {
                int v = i.operands[1].value;
                c.mmu.write32(linear(c, i, true), v);
                break;
            }
            case Forms.ALU_RM: aluReg(c, form, c.mmu.read32(linear(c, i, false))); break;
            case Forms.ALU_MR: aluMem(c, i, form, r[Forms.r2(form)]); break;
            case Forms.ALU_MI: aluMem(c, i, form, i.operands[1].value); break;
            case Forms.INC_R: r[Forms.r1(form)] = Alu.inc32(c, r[Forms.r1(form)]); break;
            case Forms.DEC_R: r[Forms.r1(form)] = Alu.dec32(c, r[Forms.r1(form)]); break;
            case Forms.JMP_REL: near(c, c.eip + i.operands[0].value); break;
            case Forms.CALL_REL: {
                int t = c.eip + i.operands[0].value;
                checkTarget(c, t);
                Stack.push32(c, c.eip);
                c.eip = t;
                break;
            }
            case Forms.RET: ExecControl.ret(c, i); break;
            case Forms.PUSH_R: Stack.push32(c, r[Forms.r1(form)]); break;
            case Forms.POP_R: {
                int v = Stack.pop32(c);
                r[Forms.r1(form)] = v;
                break;
            }
            case Forms.PUSH_I: Stack.push32(c, i.operands[0].value); break;
            case Forms.LEA: r[Forms.r1(form)] = ea32(c, i); break;
            case Forms.NOP: break;
            case Forms.PAUSE: break;
            case Forms.XCHG: ExecMove.xchg(c, i); break;
            case Forms.MOV8_RR: Regs.set8(c, Forms.r1(form), Regs.get8(c, Forms.r2(form))); break;
            case Forms.MOV8_RI: Regs.set8(c, Forms.r1(form), i.operands[1].value & 0xFF); break;
            case Forms.MOV8_RM: Regs.set8(c, Forms.r1(form), c.mmu.read8(linear8(c, i, false))); break;
            case Forms.MOV8_MR: {
                int v = Regs.get8(c, Forms.r2(form));
                c.mmu.write8(linear8(c, i, true), v);
                break;
            }
            case Forms.MOV8_MI: {
                int v = i.operands[1].value & 0xFF;
                c.mmu.write8(linear8(c, i, true), v);
                break;
            }
            case Forms.ALU8_RR: aluReg8(c, form, Regs.get8(c, Forms.r2(form))); break;
            case Forms.ALU8_RI: aluReg8(c, form, i.operands[1].value & 0xFF); break;
            case Forms.ALU8_RM: aluReg8(c, form, c.mmu.read8(linear8(c, i, false))); break;
            case Forms.ALU8_MR: aluMem8(c, i, form, Regs.get8(c, Forms.r2(form))); break;
            case Forms.ALU8_MI: aluMem8(c, i, form, i.operands[1].value & 0xFF); break;
            case Forms.IMUL: ExecMulDiv.imul(c, i); break;
            case Forms.PUSH_M: ExecStack.push(c, i); break;
            case Forms.JMP_M: ExecControl.jmp(c, i); break;
            case Forms.MOVX: ExecMove.movx(c, i); break;
            case Forms.MOVZX8_RM: r[Forms.r1(form)] = c.mmu.read8(linear8(c, i, false)); break;
            case Forms.MOVZX16_RM: r[Forms.r1(form)] = c.mmu.read16(linear16(c, i, false)); break;
            case Forms.MOVSX8_RM: r[Forms.r1(form)] = (byte) c.mmu.read8(linear8(c, i, false)); break;
            case Forms.MOVSX16_RM: r[Forms.r1(form)] = (short) c.mmu.read16(linear16(c, i, false)); break;
            case Forms.SHIFT: ExecShift.shift(c, i); break;
            default: Dispatch.execute(c, i); break;
        }
    }

    /** The 32-bit effective address (32-bit addressing). */
    private static int ea32(Cpu c, Insn i) {
        int a = i.memDisp;
        if (i.memBase >= 0) {
            a += c.r[i.memBase];
        }
        if (i.memIndex >= 0) {
            a += c.r[i.memIndex] << i.memScale;
        }
        return a;
    }

    /** The linear address of the dword memory operand (32-bit addressing). */
    private static int linear(Cpu c, Insn i, boolean write) {
        return Segmentation.linear(c, i.memSeg, ea32(c, i), 4, write);
    }

    /** ALU op on a register destination: {@code b} was read first (as ExecAlu does). */
    private static void aluReg(Cpu c, int form, int b) {
        int d = Forms.r1(form);
        int op = Forms.alu(form);
        int res = alu(c, op, c.r[d], b);
        if (op != Forms.CMP && op != Forms.TEST) {
            c.r[d] = res;
        }
    }

    /** ALU op on a memory destination: address checked for writing unless CMP/TEST, then read, then written. */
    private static void aluMem(Cpu c, Insn i, int form, int b) {
        int op = Forms.alu(form);
        boolean writes = op != Forms.CMP && op != Forms.TEST;
        int lin = linear(c, i, writes);
        int a = c.mmu.read32(lin);
        if (!writes) {
            alu(c, op, a, b);
            return;
        }
        c.savedFlags.save(c);
        int res = alu(c, op, a, b);
        try {
            c.mmu.write32(lin, res);
        } catch (CpuFault f) {
            c.savedFlags.restore(c); // see below
            throw f;
        }
    }

    /** The linear address of the byte memory operand (32-bit addressing). */
    private static int linear8(Cpu c, Insn i, boolean write) {
        return Segmentation.linear(c, i.memSeg, ea32(c, i), 1, write);
    }

    /** The linear address of the word memory operand (32-bit addressing). */
    private static int linear16(Cpu c, Insn i, boolean write) {
        return Segmentation.linear(c, i.memSeg, ea32(c, i), 2, write);
    }

    private static void aluReg8(Cpu c, int form, int b) {
        int d = Forms.r1(form);
        int op = Forms.alu(form);
        int res = alu8(c, op, Regs.get8(c, d), b);
        if (op != Forms.CMP && op != Forms.TEST) {
            Regs.set8(c, d, res);
        }
    }

    private static void aluMem8(Cpu c, Insn i, int form, int b) {
        int op = Forms.alu(form);
        boolean writes = op != Forms.CMP && op != Forms.TEST;
        int lin = linear8(c, i, writes);
        int a = c.mmu.read8(lin);
        if (!writes) {
            alu8(c, op, a, b);
            return;
        }
        c.savedFlags.save(c);
        int res = alu8(c, op, a, b);
        try {
            c.mmu.write8(lin, res);
        } catch (CpuFault f) {
            c.savedFlags.restore(c); // see below
            throw f;
        }
    }

    // A read-modify-write whose write faults must leave the flags as they were (precise faults):
    // aluMem and aluMem8 restore them themselves, so that PageLoop needs no per-instruction
    // snapshot. Every other fast form faults before it changes any state but EIP.

    private static int alu8(Cpu c, int op, int a, int b) {
        switch (op) {
            case Forms.ADD: return Alu.add8(c, a, b);
            case Forms.OR: return Alu.or8(c, a, b);
            case Forms.ADC: return Alu.adc8(c, a, b);
            case Forms.SBB: return Alu.sbb8(c, a, b);
            case Forms.AND: return Alu.and8(c, a, b);
            case Forms.SUB: return Alu.sub8(c, a, b);
            case Forms.XOR: return Alu.xor8(c, a, b);
            case Forms.CMP: Alu.cmp8(c, a, b); return 0;
            default: Alu.test8(c, a, b); return 0;
        }
    }

    private static int alu(Cpu c, int op, int a, int b) {
        switch (op) {
            case Forms.ADD: return Alu.add32(c, a, b);
            case Forms.OR: return Alu.or32(c, a, b);
            case Forms.ADC: return Alu.adc32(c, a, b);
            case Forms.SBB: return Alu.sbb32(c, a, b);
            case Forms.AND: return Alu.and32(c, a, b);
            case Forms.SUB: return Alu.sub32(c, a, b);
            case Forms.XOR: return Alu.xor32(c, a, b);
            case Forms.CMP: Alu.cmp32(c, a, b); return 0;
            default: Alu.test32(c, a, b); return 0;
        }
    }

    /** A near branch with a 32-bit operand size: the target must lie within the CS limit. */
    private static void near(Cpu c, int target) {
        checkTarget(c, target);
        c.eip = target;
    }

    private static void checkTarget(Cpu c, int target) {
        if (Integer.compareUnsigned(target, c.seg[1].limit) > 0) {
            throw CpuFault.of(Vector.GP, 0);
        }
    }
}
