package j86.runtime.cpu;

import j86.runtime.ops.Flags;

/**
 * One attempt at delivering a vector in protected mode through the IDT (Intel SDM Vol. 2, "INT n"
 * pseudo-code, protected-mode paths; Vol. 3, 6.10-6.12 and 6.13 for error codes). Every read and
 * check comes first; the registers change only after the whole frame was written, so a fault leaves
 * the CPU as before (the caller then escalates).
 *
 * Task gates are not supported (JOS, xv6 and Linux-style kernels use interrupt and trap gates only):
 * one raises #GP(vector*8+2+EXT), which a kernel would see as a #DF.
 */
final class InterruptGates {
    private InterruptGates() {}

    static void deliverOnce(Cpu c, int vector, int kind, int errorCode, boolean hasError) {
        if (!c.protectedMode()) {
            Interrupts.deliverReal(c, vector);
            return;
        }
        int ext = kind == Interrupts.SOFTWARE ? 0 : 1;
        int idtErr = vector * 8 + 2 + ext;
        if (Integer.compareUnsigned(vector * 8 + 7, c.idtLimit) > 0) {
            throw CpuFault.of(Vector.GP, idtErr);
        }
        long gate = Segmentation.read(c, c.idtBase + vector * 8);
        int ga = Descriptor.access(gate);
        int type = ga & 0x1F; // S bit included: a gate is a system descriptor
        if (type != Descriptor.TASK_GATE && type != Descriptor.INT_GATE16 && type != Descriptor.TRAP_GATE16
                && type != Descriptor.INT_GATE32 && type != Descriptor.TRAP_GATE32) {
            throw CpuFault.of(Vector.GP, idtErr);
        }
        if (kind == Interrupts.SOFTWARE && Descriptor.dpl(ga) < c.cpl) {
            throw CpuFault.of(Vector.GP, vector * 8 + 2);
        }
        if (!Descriptor.present(ga)) {
            throw CpuFault.of(Vector.NP, idtErr);
        }
        if (type == Descriptor.TASK_GATE) {
            throw CpuFault.of(Vector.GP, idtErr); // task switches are not supported (see class comment)
        }
        boolean gate32 = (type & 8) != 0;
        boolean trap = (type & 1) != 0;
        toHandler(c, Descriptor.gateSelector(gate), Descriptor.gateOffset(gate, gate32), gate32, ext,
                errorCode, hasError);
        c.eflags &= ~(Cpu.TF | Cpu.NT | Cpu.RF | Cpu.VM | (trap ? 0 : Cpu.IF));
    }

    /** Checks the handler's code segment, builds the frame and transfers (SDM INT n, after the gate). */
    private static void toHandler(Cpu c, int sel, int offset, boolean gate32, int ext, int err, boolean hasErr) {
        if ((sel & 0xFFFC) == 0) {
            throw CpuFault.of(Vector.GP, ext);
        }
        int csAddr = Segmentation.descriptorAddress(c, sel, Vector.GP, ext);
        long cs = Segmentation.read(c, csAddr);
        int ca = Descriptor.access(cs);
        if (!Descriptor.isCode(ca) || Descriptor.dpl(ca) > c.cpl) {
            throw CpuFault.of(Vector.GP, (sel & 0xFFFC) | ext);
        }
        if (!Descriptor.present(ca)) {
            throw CpuFault.of(Vector.NP, (sel & 0xFFFC) | ext);
        }
        if (Integer.compareUnsigned(offset, Descriptor.limit(cs)) > 0) {
            throw CpuFault.of(Vector.GP, ext);
        }
        int w = gate32 ? 4 : 2;
        int flags = Flags.get(c);
        // All memory writes (accessed bits, then the frame) precede every register change.
        Segmentation.setAccessed(c, csAddr, cs);
        int newCpl = Descriptor.isConformingCode(ca) ? c.cpl : Descriptor.dpl(ca);
        if (newCpl < c.cpl) {
            toInnerRing(c, newCpl, ext, w, flags, err, hasErr);
        } else {
            // Same privilege: the frame goes on the current stack.
            Segment ss = c.seg[Segmentation.SS];
            int esp = c.r[Cpu.ESP];
            int n = hasErr ? 4 : 3;
            if (!Frame.fits(ss.access, ss.limit, ss.big, esp, n, w)) {
                throw CpuFault.of(Vector.SS, ext);
            }
            int sp = Frame.put(c, ss.base, ss.big, esp, w, flags, newCpl);
            sp = Frame.put(c, ss.base, ss.big, sp, w, c.seg[Segmentation.CS].selector, newCpl);
            sp = Frame.put(c, ss.base, ss.big, sp, w, c.eip, newCpl);
            if (hasErr) {
                sp = Frame.put(c, ss.base, ss.big, sp, w, err, newCpl);
            }
            c.r[Cpu.ESP] = sp;
        }
        Descriptor.loadInto(c.seg[Segmentation.CS], (sel & 0xFFFC) | newCpl, cs);
        c.seg[Segmentation.CS].access |= Descriptor.ACCESSED;
        c.cpl = newCpl;
        c.eip = gate32 ? offset : offset & 0xFFFF;
    }

    /**
     * Privilege change: the new SS:ESP come from the TSS (SDM Vol. 3, 7.2.1, Figure 7-2; 16-bit TSS
     * Figure 7-11), and the frame is SS, ESP, EFLAGS, CS, EIP [, error code] on the new stack.
     * Commits SS and ESP; the caller commits CS, EIP and CPL.
     */
    private static void toInnerRing(Cpu c, int newCpl, int ext, int w, int flags, int err, boolean hasErr) {
        Segment tr = c.tr;
        int trErr = (tr.selector & 0xFFFC) | ext;
        boolean tss32 = (tr.access & 8) != 0;
        int espOff = tss32 ? 4 + newCpl * 8 : 2 + newCpl * 4;
        int ssOff = espOff + (tss32 ? 4 : 2);
        if (!tr.usable() || Integer.compareUnsigned(ssOff + 1, tr.limit) > 0) {
            throw CpuFault.of(Vector.TS, trErr);
        }
        int newEsp = tss32 ? c.mmu.readSys32(tr.base + espOff) : c.mmu.readSys16(tr.base + espOff);
        int newSs = c.mmu.readSys16(tr.base + ssOff);
        if ((newSs & 0xFFFC) == 0) {
            throw CpuFault.of(Vector.TS, ext);
        }
        int ssAddr = Segmentation.descriptorAddress(c, newSs, Vector.TS, ext);
        long sd = Segmentation.read(c, ssAddr);
        int sa = Descriptor.access(sd);
        if ((newSs & 3) != newCpl || Descriptor.dpl(sa) != newCpl || !Descriptor.isWritableData(sa)) {
            throw CpuFault.of(Vector.TS, (newSs & 0xFFFC) | ext);
        }
        if (!Descriptor.present(sa)) {
            throw CpuFault.of(Vector.SS, (newSs & 0xFFFC) | ext);
        }
        int base = Descriptor.base(sd);
        boolean big = Descriptor.big(sd);
        if (!Frame.fits(sa, Descriptor.limit(sd), big, newEsp, hasErr ? 6 : 5, w)) {
            throw CpuFault.of(Vector.SS, (newSs & 0xFFFC) | ext);
        }
        Segmentation.setAccessed(c, ssAddr, sd);
        int sp = Frame.put(c, base, big, newEsp, w, c.seg[Segmentation.SS].selector, newCpl);
        sp = Frame.put(c, base, big, sp, w, c.r[Cpu.ESP], newCpl);
        sp = Frame.put(c, base, big, sp, w, flags, newCpl);
        sp = Frame.put(c, base, big, sp, w, c.seg[Segmentation.CS].selector, newCpl);
        sp = Frame.put(c, base, big, sp, w, c.eip, newCpl);
        if (hasErr) {
            sp = Frame.put(c, base, big, sp, w, err, newCpl);
        }
        Descriptor.loadInto(c.seg[Segmentation.SS], newSs, sd);
        c.seg[Segmentation.SS].access |= Descriptor.ACCESSED;
        c.r[Cpu.ESP] = sp;
    }
}
