package j86.runtime.interp;

import j86.decoder.Insn;
import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.Vector;
import j86.runtime.cpu.CpuFault;
import j86.runtime.cpu.Descriptor;
import j86.runtime.cpu.Segmentation;
import j86.runtime.ops.Flags;

/**
 * The protection-query instructions LAR, LSL, VERR, VERW and ARPL (Intel SDM Vol. 2). They report
 * through ZF instead of faulting when the selector is null, beyond the table, of the wrong type or
 * not accessible at the current CPL and the selector's RPL. Protected mode only (#UD otherwise).
 */
final class ExecProtect {
    private ExecProtect() {}

    /** The descriptor the selector names, or 0 when it is null or beyond the GDT/LDT limit. */
    private static long descriptor(Cpu c, int sel) {
        if ((sel & 0xFFFC) == 0) {
            return 0;
        }
        int addr;
        try {
            addr = Segmentation.descriptorAddress(c, sel, Vector.GP, 0);
        } catch (CpuFault f) {
            return 0; // beyond the limit: ZF = 0, not a fault
        }
        return Segmentation.read(c, addr);
    }

    /** DPL >= CPL and DPL >= RPL, except for conforming code segments (SDM "LAR" pseudo-code). */
    private static boolean visible(Cpu c, int sel, int access) {
        if (Descriptor.isConformingCode(access)) {
            return true;
        }
        int dpl = Descriptor.dpl(access);
        return dpl >= c.cpl && dpl >= (sel & 3);
    }

    private static void setZf(Cpu c, boolean zf) {
        Flags.setArith(c, zf ? Cpu.ZF : 0, Cpu.ZF);
    }

    /** LAR/LSL r, r/m16. Types valid for LAR: code, data, TSS, LDT, call and task gates; for LSL: code, data, TSS, LDT. */
    static void larLsl(Cpu c, Insn i, boolean lsl) {
        ExecSystem.requireProtected(c);
        int sel = Operands.read(c, i, i.operands[1], 16);
        long d = descriptor(c, sel);
        int a = Descriptor.access(d);
        int type = Descriptor.systemType(a);
        boolean typeOk = d != 0 && (type < 0 || (lsl ? (type == 1 || type == 2 || type == 3 || type == 9 || type == 11)
                : (type >= 1 && type <= 5 || type == 9 || type == 11 || type == 12)));
        if (!typeOk || !visible(c, sel, a)) {
            setZf(c, false);
            return;
        }
        int v = lsl ? Descriptor.limit(d) : Descriptor.hi(d) & 0x00FFFF00;
        Operands.setReg(c, i.operands[0].reg, i.opSize, v);
        setZf(c, true);
    }

    /** VERR/VERW r/m16: readable (VERR) or writable (VERW) code/data segment visible at CPL and RPL. */
    static void verify(Cpu c, Insn i, boolean write) {
        ExecSystem.requireProtected(c);
        int sel = Operands.read(c, i, i.operands[0], 16);
        long d = descriptor(c, sel);
        int a = Descriptor.access(d);
        boolean ok = d != 0 && (write ? Descriptor.isWritableData(a) : Descriptor.isReadable(a)) && visible(c, sel, a);
        setZf(c, ok);
    }

    /** ARPL r/m16, r16: raises the destination's RPL to the source's; ZF tells whether it changed. */
    static void arpl(Cpu c, Insn i) {
        ExecSystem.requireProtected(c);
        int dst = Operands.read(c, i, i.operands[0], 16);
        int src = Operands.read(c, i, i.operands[1], 16);
        if ((dst & 3) < (src & 3)) {
            Operands.write(c, i, i.operands[0], 16, (dst & ~3) | (src & 3));
            setZf(c, true);
        } else {
            setZf(c, false);
        }
    }
}
