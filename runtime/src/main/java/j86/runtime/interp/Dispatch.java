package j86.runtime.interp;

import j86.decoder.Insn;
import j86.decoder.Op;
import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.Vector;
import j86.runtime.cpu.CpuFault;
import j86.runtime.ops.Bcd;
import j86.runtime.ops.Misc;

/**
 * Executes one decoded instruction: a switch over every {@link Op} that hands the operands to the
 * Exec* helpers, which call the semantics in j86.runtime.ops and j86.runtime.cpu. On entry c.eip
 * already holds the offset of the next instruction (branches overwrite it); a CpuFault thrown from
 * here is a fault of this instruction (the caller restores EIP and ESP and delivers it).
 */
public final class Dispatch {
    private Dispatch() {}

    public static void execute(Cpu c, Insn i) {
        Op op = i.op;
        if ((op.attrs & Op.PRIV) != 0 && c.cpl != 0 && c.protectedMode()) {
            throw CpuFault.of(Vector.GP, 0);
        }
        switch (op) {
            case ADD: case OR: case ADC: case SBB: case AND: case SUB: case XOR: case CMP: case TEST:
                ExecAlu.binary(c, i); break;
            case INC: case DEC: case NEG: case NOT:
                ExecAlu.unary(c, i); break;
            case MUL: case DIV: case IDIV: ExecMulDiv.oneOperand(c, i); break;
            case IMUL: ExecMulDiv.imul(c, i); break;
            case ROL: case ROR: case RCL: case RCR: case SHL: case SHR: case SAR:
                ExecShift.shift(c, i); break;
            case SHLD: case SHRD: ExecShift.doubleShift(c, i); break;
            case DAA: Bcd.daa(c); break;
            case DAS: Bcd.das(c); break;
            case AAA: Bcd.aaa(c); break;
            case AAS: Bcd.aas(c); break;
            case AAM: Bcd.aam(c, i.operands[0].value & 0xFF); break;
            case AAD: Bcd.aad(c, i.operands[0].value & 0xFF); break;
            case BT: case BTS: case BTR: case BTC: ExecBits.bitTest(c, i); break;
            case BSF: case BSR: ExecBits.bitScan(c, i); break;
            case BSWAP: ExecBits.bswap(c, i); break;
            case XADD: ExecMove.xadd(c, i); break;
            case CMPXCHG: ExecMove.cmpxchg(c, i); break;
            case CMPXCHG8B: ExecMove.cmpxchg8b(c, i); break;
            case CBW: if (i.opSize == 16) Misc.cbw(c); else Misc.cwde(c); break;
            case CWD: if (i.opSize == 16) Misc.cwd(c); else Misc.cdq(c); break;
            case SALC: Misc.salc(c); break;
            default: executeMore(c, i, op); break;
        }
    }

    private static void executeMore(Cpu c, Insn i, Op op) {
        switch (op) {
            case MOV: ExecMove.mov(c, i); break;
            case MOVZX: case MOVSX: ExecMove.movx(c, i); break;
            case LEA: ExecMove.lea(c, i); break;
            case XCHG: ExecMove.xchg(c, i); break;
            case XLAT: ExecMove.xlat(c, i); break;
            case MOV_FROM_SEG: ExecMove.movFromSeg(c, i); break;
            case MOV_TO_SEG: ExecMove.movToSeg(c, i); break;
            case MOV_FROM_CR: ExecSystem.movFromCr(c, i); break;
            case MOV_TO_CR: ExecSystem.movToCr(c, i); break;
            case MOV_FROM_DR: ExecSystem.movFromDr(c, i); break;
            case MOV_TO_DR: ExecSystem.movToDr(c, i); break;
            case SETCC: ExecMove.setcc(c, i); break;
            case CMOVCC: ExecMove.cmovcc(c, i); break;
            case PUSH: ExecStack.push(c, i); break;
            case POP: ExecStack.pop(c, i); break;
            case PUSH_SEG: ExecStack.pushSeg(c, i); break;
            case POP_SEG: ExecStack.popSeg(c, i); break;
            case PUSHA: ExecStack.pusha(c, i); break;
            case POPA: ExecStack.popa(c, i); break;
            case PUSHF: ExecStack.pushf(c, i); break;
            case POPF: ExecStack.popf(c, i); break;
            case LAHF: Misc.lahf(c); break;
            case SAHF: Misc.sahf(c); break;
            case LDS: case LES: case LSS: case LFS: case LGS: ExecMove.loadFar(c, i); break;
            case ENTER: ExecStack.enter(c, i); break;
            case LEAVE: ExecStack.leave(c, i); break;
            case MOVS: case CMPS: case STOS: case LODS: case SCAS: case INS: case OUTS:
                ExecString.run(c, i); break;
            case JCC: ExecControl.jcc(c, i); break;
            case JMP: ExecControl.jmp(c, i); break;
            case CALL: ExecControl.call(c, i); break;
            case RET: ExecControl.ret(c, i); break;
            case JMPF: case CALLF: ExecControl.far(c, i); break;
            case RETF: ExecControl.retf(c, i); break;
            case LOOP: case LOOPE: case LOOPNE: case JCXZ: ExecControl.loop(c, i); break;
            case INT: case INT3: case INT1: case INTO: ExecControl.interrupt(c, i); break;
            case IRET: ExecControl.iret(c, i); break;
            case BOUND: ExecMove.bound(c, i); break;
            default: executeSystem(c, i, op); break;
        }
    }

    private static void executeSystem(Cpu c, Insn i, Op op) {
        switch (op) {
            case CLC: Misc.clc(c); break;
            case STC: Misc.stc(c); break;
            case CMC: Misc.cmc(c); break;
            case CLD: c.eflags &= ~Cpu.DF; break;
            case STD: c.eflags |= Cpu.DF; break;
            case CLI: ExecSystem.cli(c); break;
            case STI: ExecSystem.sti(c); break;
            case IN: ExecIo.in(c, i); break;
            case OUT: ExecIo.out(c, i); break;
            case HLT: ExecSystem.hlt(c); break;
            case NOP: case PAUSE: case HINT_NOP: case WBINVD: case INVD: break;
            case CPUID: ExecCpuInfo.cpuid(c); break;
            case RDTSC: ExecCpuInfo.rdtsc(c); break;
            case RDMSR: ExecCpuInfo.rdmsr(c); break;
            case WRMSR: ExecCpuInfo.wrmsr(c); break;
            case LGDT: ExecSystem.loadTable(c, i, false); break;
            case LIDT: ExecSystem.loadTable(c, i, true); break;
            case SGDT: ExecSystem.storeTable(c, i, false); break;
            case SIDT: ExecSystem.storeTable(c, i, true); break;
            case LLDT: ExecSystem.lldt(c, i); break;
            case SLDT: ExecSystem.storeSelector(c, i, c.ldtr.selector); break;
            case LTR: ExecSystem.ltr(c, i); break;
            case STR: ExecSystem.storeSelector(c, i, c.tr.selector); break;
            case LMSW: ExecSystem.lmsw(c, i); break;
            case SMSW: ExecSystem.smsw(c, i); break;
            case CLTS: j86.runtime.cpu.SystemRegs.clts(c); break;
            case INVLPG: ExecSystem.invlpg(c, i); break;
            case LAR: ExecProtect.larLsl(c, i, false); break;
            case LSL: ExecProtect.larLsl(c, i, true); break;
            case VERR: ExecProtect.verify(c, i, false); break;
            case VERW: ExecProtect.verify(c, i, true); break;
            case ARPL: ExecProtect.arpl(c, i); break;
            case X87: ExecSystem.x87(c, i); break;
            default: throw CpuFault.of(Vector.UD); // SIMD, UD
        }
    }
}
