package j86.runtime.cpu;

import j86.runtime.ops.Flags;

/**
 * Far JMP, CALL, RET and IRET (Intel SDM Vol. 2 pseudo-code of "JMP", "CALL", "RET", "IRET/IRETD";
 * Vol. 3, 5.8 "Privilege Level Checking When Transferring Program Control Between Code Segments").
 *
 * Every stack read and descriptor check happens before any register changes, so a fault leaves
 * the CPU exactly as before the instruction. {@code opSize} is the operand size in bits (16 or 32).
 *
 * Not supported (they raise #GP(selector) or #GP(0), with the reason below): call gates, task gates
 * and TSS targets for JMP/CALL (JOS and xv6 use none: system calls go through INT), IRET with NT set
 * (task return), IRET to virtual-8086 mode.
 */
public final class FarTransfer {
    private FarTransfer() {}

    private static final int CS = Segmentation.CS, SS = Segmentation.SS;

    public static void jmpFar(Cpu c, int selector, int offset, int opSize) {
        selector &= 0xFFFF;
        offset = opSize == 32 ? offset : offset & 0xFFFF;
        if (realMode(c)) {
            TransferChecks.checkRealIp(c, offset);
            loadRealCs(c, selector);
            c.eip = offset;
            return;
        }
        long d = TransferChecks.checkDirectTarget(c, selector, offset);
        loadCs(c, selector, d, c.cpl);
        c.eip = offset;
    }

    /** The return address pushed is c.eip (the caller set it to the next instruction). */
    public static void callFar(Cpu c, int selector, int offset, int opSize) {
        selector &= 0xFFFF;
        offset = opSize == 32 ? offset : offset & 0xFFFF;
        long d = 0;
        if (realMode(c)) {
            TransferChecks.checkRealIp(c, offset);
        } else {
            d = TransferChecks.checkDirectTarget(c, selector, offset);
        }
        int esp = c.r[Cpu.ESP];
        try {
            Stack.push(c, opSize, c.seg[CS].selector);
            Stack.push(c, opSize, c.eip);
        } catch (CpuFault f) {
            c.r[Cpu.ESP] = esp;
            throw f;
        }
        if (realMode(c)) {
            loadRealCs(c, selector);
        } else {
            loadCs(c, selector, d, c.cpl);
        }
        c.eip = offset;
    }

    /** RETF [imm16]: pops EIP and CS, then releases {@code popBytes}; to an outer ring also ESP and SS. */
    public static void retFar(Cpu c, int opSize, int popBytes) {
        int w = opSize >> 3;
        int eip = Stack.peek(c, opSize, 0);
        int sel = Stack.peek(c, opSize, w) & 0xFFFF;
        if (realMode(c)) {
            TransferChecks.checkRealIp(c, eip);
            loadRealCs(c, sel);
            c.eip = eip;
            c.r[Cpu.ESP] = Stack.adjust(c, c.r[Cpu.ESP], 2 * w + popBytes);
            return;
        }
        long d = TransferChecks.checkReturnCs(c, sel);
        int rpl = sel & 3;
        if (rpl == c.cpl) {
            TransferChecks.checkIp(eip, d);
            loadCs(c, sel, d, rpl);
            c.eip = eip;
            c.r[Cpu.ESP] = Stack.adjust(c, c.r[Cpu.ESP], 2 * w + popBytes);
            return;
        }
        int newEsp = Stack.peek(c, opSize, 2 * w + popBytes);
        int newSs = Stack.peek(c, opSize, 3 * w + popBytes) & 0xFFFF;
        long sd = TransferChecks.checkOuterSs(c, newSs, rpl);
        TransferChecks.checkIp(eip, d);
        toOuterRing(c, sel, d, eip, newSs, sd, newEsp, opSize, popBytes, 0, 0);
    }

    /** IRET/IRETD (SDM Vol. 2 "IRET" pseudo-code: REAL-ADDRESS-MODE, PROTECTED-MODE, RETURN-TO-*). */
    public static void iret(Cpu c, int opSize) {
        int w = opSize >> 3;
        int eip = Stack.peek(c, opSize, 0);
        int sel = Stack.peek(c, opSize, w) & 0xFFFF;
        int flags = Stack.peek(c, opSize, 2 * w);
        if (realMode(c)) {
            TransferChecks.checkRealIp(c, eip);
            // 32-bit: VM, VIF and VIP are kept (SDM: tempEFLAGS AND 257FD5H OR EFLAGS AND 1A0000H).
            Flags.set(c, flags, opSize == 32 ? 0x257FD5 : 0x7FD5);
            loadRealCs(c, sel);
            c.eip = eip;
            c.r[Cpu.ESP] = Stack.adjust(c, c.r[Cpu.ESP], 3 * w);
            return;
        }
        if ((c.eflags & Cpu.NT) != 0) {
            throw CpuFault.of(Vector.GP, 0); // task return: task switching is not supported
        }
        if (opSize == 32 && (flags & Cpu.VM) != 0 && c.cpl == 0) {
            throw CpuFault.of(Vector.GP, 0); // return to virtual-8086 mode is not supported
        }
        long d = TransferChecks.checkReturnCs(c, sel);
        int rpl = sel & 3;
        int mask = iretFlagsMask(c, opSize);
        if (rpl == c.cpl) {
            TransferChecks.checkIp(eip, d);
            loadCs(c, sel, d, rpl);
            c.eip = eip;
            c.r[Cpu.ESP] = Stack.adjust(c, c.r[Cpu.ESP], 3 * w);
            Flags.set(c, flags, mask);
            return;
        }
        int newEsp = Stack.peek(c, opSize, 3 * w);
        int newSs = Stack.peek(c, opSize, 4 * w) & 0xFFFF;
        long sd = TransferChecks.checkOuterSs(c, newSs, rpl);
        TransferChecks.checkIp(eip, d);
        toOuterRing(c, sel, d, eip, newSs, sd, newEsp, opSize, 0, flags, mask);
    }

    /**
     * The EFLAGS bits IRET may change: IF only when CPL <= IOPL, IOPL (and VIF/VIP) only at CPL 0;
     * 16-bit IRET only the low word. VM is excluded (return to virtual-8086 is rejected above).
     */
    static int iretFlagsMask(Cpu c, int opSize) {
        int mask = Cpu.ARITH | Cpu.TF | Cpu.DF | Cpu.NT;
        if (opSize == 32) {
            mask |= Cpu.RF | Cpu.AC | Cpu.ID;
        }
        if (c.cpl <= ((c.eflags & Cpu.IOPL) >>> 12)) {
            mask |= Cpu.IF;
        }
        if (c.cpl == 0) {
            mask |= Cpu.IOPL | (opSize == 32 ? 3 << 19 : 0);
        }
        return opSize == 32 ? mask : mask & 0xFFFF;
    }

    /**
     * RETURN-TO-OUTER-PRIVILEGE-LEVEL: commits CS, EIP, CPL, SS, ESP, the EFLAGS bits in
     * {@code mask} (computed at the old CPL), and nulls the data segments the new CPL may not use.
     * The accessed-bit writes (the only accesses that remain) come before any register changes.
     */
    private static void toOuterRing(Cpu c, int sel, long d, int eip, int ss, long sd, int esp, int opSize,
            int pop, int flags, int mask) {
        int ssAddr = Segmentation.descriptorAddress(c, ss, Vector.GP, 0);
        Segmentation.setAccessed(c, Segmentation.descriptorAddress(c, sel, Vector.GP, 0), d);
        Segmentation.setAccessed(c, ssAddr, sd);
        Flags.set(c, flags, mask);
        loadCs(c, sel, d, sel & 3);
        c.cpl = sel & 3;
        c.eip = eip;
        Segmentation.commit(c, c.seg[SS], ss, ssAddr, sd);
        int sp = opSize == 32 ? esp : (c.r[Cpu.ESP] & 0xFFFF0000) | (esp & 0xFFFF);
        c.r[Cpu.ESP] = Stack.adjust(c, sp, pop);
        for (int i : DATA_SEGS) {
            Segment s = c.seg[i];
            int a = s.access;
            if (s.usable() && !Descriptor.isConformingCode(a) && Descriptor.dpl(a) < c.cpl) {
                s.loadNull(0);
            }
        }
    }

    private static final int[] DATA_SEGS = {Segmentation.ES, Segmentation.DS, Segmentation.FS, Segmentation.GS};

    private static boolean realMode(Cpu c) {
        return !c.protectedMode() || (c.eflags & Cpu.VM) != 0;
    }

    /** Loads CS from a checked descriptor with RPL = {@code rpl}, setting the accessed bit. */
    private static void loadCs(Cpu c, int sel, long d, int rpl) {
        int addr = Segmentation.descriptorAddress(c, sel, Vector.GP, 0);
        Segmentation.commit(c, c.seg[CS], (sel & 0xFFFC) | rpl, addr, d);
    }

    private static void loadRealCs(Cpu c, int sel) {
        c.seg[CS].loadReal(sel);
    }
}
