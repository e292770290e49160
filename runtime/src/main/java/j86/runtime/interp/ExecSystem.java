package j86.runtime.interp;

import j86.decoder.Insn;
import j86.decoder.Kind;
import j86.decoder.Operand;
import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.Vector;
import j86.runtime.cpu.CpuFault;
import j86.runtime.cpu.SystemRegs;

/**
 * System instructions (Intel SDM Vol. 2 and Vol. 3, chapter 2): control and debug register moves,
 * descriptor-table registers, LLDT/SLDT/LTR/STR, LMSW/SMSW, CLTS, INVLPG, WBINVD/INVD, CLI/STI,
 * HLT, RDMSR/WRMSR and the x87/SIMD escapes of a CPU without an FPU. Checks of Op.PRIV (CPL 0)
 * were made by the dispatcher; the register semantics are j86.runtime.cpu.SystemRegs'.
 */
final class ExecSystem {
    private ExecSystem() {}

    static void movFromCr(Cpu c, Insn i) {
        c.r[i.operands[0].reg] = SystemRegs.readCr(c, i.operands[1].reg);
    }

    static void movToCr(Cpu c, Insn i) {
        SystemRegs.writeCr(c, i.operands[0].reg, c.r[i.operands[1].reg]);
    }

    static void movFromDr(Cpu c, Insn i) {
        c.r[i.operands[0].reg] = SystemRegs.readDr(c, i.operands[1].reg);
    }

    static void movToDr(Cpu c, Insn i) {
        SystemRegs.writeDr(c, i.operands[0].reg, c.r[i.operands[1].reg]);
    }

    /** LGDT/LIDT m16&32: a 16-bit operand size keeps 24 bits of the base (SDM "LGDT/LIDT"). */
    static void loadTable(Cpu c, Insn i, boolean idt) {
        int lin = Operands.memLinear(c, i, i.operands[0], 6, false);
        int limit = c.mmu.read16(lin);
        int base = c.mmu.read32(lin + 2);
        if (i.opSize == 16) {
            base &= 0xFFFFFF;
        }
        if (idt) {
            c.idtBase = base;
            c.idtLimit = limit;
        } else {
            c.gdtBase = base;
            c.gdtLimit = limit;
        }
    }

    /** SGDT/SIDT m: limit then base; a 16-bit operand size stores a 24-bit base and a zero top byte. */
    static void storeTable(Cpu c, Insn i, boolean idt) {
        int lin = Operands.memLinear(c, i, i.operands[0], 6, true);
        int base = idt ? c.idtBase : c.gdtBase;
        int limit = idt ? c.idtLimit : c.gdtLimit;
        if (i.opSize == 16) {
            base &= 0xFFFFFF;
        }
        c.mmu.write16(lin, limit);
        c.mmu.write32(lin + 2, base);
    }

    /** LLDT/LTR/SLDT/STR, LAR/LSL/VERR/VERW and ARPL are not recognised in real mode (#UD). */
    static void requireProtected(Cpu c) {
        if (!c.protectedMode() || (c.eflags & Cpu.VM) != 0) {
            throw CpuFault.of(Vector.UD);
        }
    }

    static void lldt(Cpu c, Insn i) {
        requireProtected(c);
        SystemRegs.lldt(c, Operands.read(c, i, i.operands[0], 16));
    }

    static void ltr(Cpu c, Insn i) {
        requireProtected(c);
        SystemRegs.ltr(c, Operands.read(c, i, i.operands[0], 16));
    }

    /** SLDT/STR: a register gets the zero-extended selector, memory 16 bits. */
    static void storeSelector(Cpu c, Insn i, int selector) {
        requireProtected(c);
        Operand d = i.operands[0];
        Operands.write(c, i, d, d.kind == Kind.MEM ? 16 : i.opSize, selector);
    }

    /** SMSW: a register gets CR0 (all of it for a 32-bit operand), memory the low word. */
    static void smsw(Cpu c, Insn i) {
        Operand d = i.operands[0];
        Operands.write(c, i, d, d.kind == Kind.MEM ? 16 : i.opSize, c.cr0);
    }

    static void lmsw(Cpu c, Insn i) {
        SystemRegs.lmsw(c, Operands.read(c, i, i.operands[0], 16));
    }

    /** INVLPG m: the linear address of the operand; no segment checks and no access (SDM "INVLPG"). */
    static void invlpg(Cpu c, Insn i) {
        if (i.operands[0].kind != Kind.MEM) {
            throw CpuFault.of(Vector.UD);
        }
        c.mmu.invalidate(c.seg[i.memSeg].base + Operands.ea(c, i));
    }

    /** CLI/STI: IOPL-sensitive in protected mode. STI inhibits interrupts for one instruction. */
    static void cli(Cpu c) {
        checkIopl(c);
        c.eflags &= ~Cpu.IF;
    }

    static void sti(Cpu c) {
        checkIopl(c);
        if ((c.eflags & Cpu.IF) == 0) {
            c.eflags |= Cpu.IF;
            c.interruptShadow = true;
        }
    }

    private static void checkIopl(Cpu c) {
        if (c.protectedMode() && c.cpl > ((c.eflags & Cpu.IOPL) >>> 12)) {
            throw CpuFault.of(Vector.GP, 0);
        }
    }

    /** HLT (CPL 0 checked by the dispatcher): the loop stops until an interrupt is accepted. */
    static void hlt(Cpu c) {
        c.halted = true;
    }

    /** x87 escapes and WAIT on a CPU without an FPU (SDM Vol. 3, 2.5 CR0.EM/TS and Table 9-2). */
    static void x87(Cpu c, Insn i) {
        if (i.opcode == 0x9B) { // WAIT/FWAIT: #NM only when MP and TS are both set
            if ((c.cr0 & (Cpu.CR0_MP | Cpu.CR0_TS)) == (Cpu.CR0_MP | Cpu.CR0_TS)) {
                throw CpuFault.of(Vector.NM);
            }
            return;
        }
        if ((c.cr0 & (Cpu.CR0_EM | Cpu.CR0_TS)) != 0) {
            throw CpuFault.of(Vector.NM);
        }
        throw CpuFault.of(Vector.UD);
    }
}
