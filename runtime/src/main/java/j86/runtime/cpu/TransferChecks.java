package j86.runtime.cpu;

/**
 * The descriptor checks of far transfers (Intel SDM Vol. 2 pseudo-code of "JMP", "CALL", "RET" and
 * "IRET"; Vol. 3, 5.8.1 "Direct Calls or Jumps to Code Segments" and 5.8.6 "Returning from a Called
 * Procedure"). Each either returns the checked descriptor or throws the fault; none changes state.
 */
final class TransferChecks {
    private TransferChecks() {}

    /** JMP/CALL to a code segment (SDM Vol. 3, 5.8.1): the descriptor, after all checks. */
    static long checkDirectTarget(Cpu c, int sel, int offset) {
        if ((sel & 0xFFFC) == 0) {
            throw CpuFault.of(Vector.GP, 0);
        }
        long d = Segmentation.read(c, Segmentation.descriptorAddress(c, sel, Vector.GP, 0));
        int a = Descriptor.access(d);
        if (!Descriptor.isCode(a)) {
            throw CpuFault.of(Vector.GP, sel & 0xFFFC); // data segment, or a gate/TSS (not supported)
        }
        boolean ok = Descriptor.isConformingCode(a) ? Descriptor.dpl(a) <= c.cpl
                : (sel & 3) <= c.cpl && Descriptor.dpl(a) == c.cpl;
        if (!ok) {
            throw CpuFault.of(Vector.GP, sel & 0xFFFC);
        }
        if (!Descriptor.present(a)) {
            throw CpuFault.of(Vector.NP, sel & 0xFFFC);
        }
        checkIp(offset, d);
        return d;
    }

    /** The return CS checks shared by RET and IRET. */
    static long checkReturnCs(Cpu c, int sel) {
        if ((sel & 0xFFFC) == 0) {
            throw CpuFault.of(Vector.GP, 0);
        }
        long d = Segmentation.read(c, Segmentation.descriptorAddress(c, sel, Vector.GP, 0));
        int a = Descriptor.access(d);
        int rpl = sel & 3;
        if (!Descriptor.isCode(a) || rpl < c.cpl
                || (Descriptor.isConformingCode(a) ? Descriptor.dpl(a) > rpl : Descriptor.dpl(a) != rpl)) {
            throw CpuFault.of(Vector.GP, sel & 0xFFFC);
        }
        if (!Descriptor.present(a)) {
            throw CpuFault.of(Vector.NP, sel & 0xFFFC);
        }
        return d;
    }

    /** The outer stack segment popped by RET/IRET: writable data with DPL = RPL = the new CPL. */
    static long checkOuterSs(Cpu c, int ss, int rpl) {
        if ((ss & 0xFFFC) == 0) {
            throw CpuFault.of(Vector.GP, 0);
        }
        long d = Segmentation.read(c, Segmentation.descriptorAddress(c, ss, Vector.GP, 0));
        int a = Descriptor.access(d);
        if ((ss & 3) != rpl || !Descriptor.isWritableData(a) || Descriptor.dpl(a) != rpl) {
            throw CpuFault.of(Vector.GP, ss & 0xFFFC);
        }
        if (!Descriptor.present(a)) {
            throw CpuFault.of(Vector.SS, ss & 0xFFFC);
        }
        return d;
    }

    static void checkIp(int eip, long d) {
        if (Integer.compareUnsigned(eip, Descriptor.limit(d)) > 0) {
            throw CpuFault.of(Vector.GP, 0);
        }
    }

    static void checkRealIp(Cpu c, int eip) {
        if (Integer.compareUnsigned(eip, c.seg[Segmentation.CS].limit) > 0) {
            throw CpuFault.of(Vector.GP, 0);
        }
    }
}
