package j86.runtime.cpu;

import j86.runtime.ops.Flags;

/**
 * Interrupt and exception delivery (Intel SDM Vol. 3, chapter 6 "Interrupt and Exception Handling",
 * 6.12 "Exception and Interrupt Handling", 6.13 "Error Code", Table 6-5 for double faults; Vol. 2,
 * "INT n/INTO/INT3" pseudo-code; Vol. 3, 20.1.4 for the real-mode IVT).
 *
 * Faults raised while delivering an EXCEPTION or EXTERNAL event are resolved here (serial delivery,
 * #DF, or triple-fault shutdown); they never escape as Java exceptions. A fault while delivering a
 * SOFTWARE interrupt is a fault of the INT instruction itself: it is thrown as a CpuFault so that the
 * execution loop restores EIP to the INT instruction and calls {@link #raise}.
 */
public final class Interrupts {
    private Interrupts() {}

    /** Event kinds. */
    public static final int SOFTWARE = 0, EXCEPTION = 1, EXTERNAL = 2;

    /** Exception classes of SDM Vol. 3, Table 6-4. */
    private static final int BENIGN = 0, CONTRIBUTORY = 1, PAGE_FAULT = 2;

    /**
     * Told of each event just before its delivery is attempted, with the CPU state still as it was
     * (the launcher's {@code -d int} log). A #DF or a fault met while delivering is a second call.
     */
    @FunctionalInterface
    public interface Listener {
        void delivering(Cpu c, int vector, int kind, int errorCode);
    }

    private static volatile Listener listener;

    /** Installs the one listener of this JVM (null removes it); it must ignore CPUs it does not know. */
    public static void setListener(Listener l) {
        listener = l;
    }

    private static void tell(Cpu c, int vector, int kind, int errorCode) {
        Listener l = listener;
        if (l != null) {
            l.delivering(c, vector, kind, errorCode);
        }
    }

    /** Delivers a fault the execution loop caught (c.eip already restored to the faulting instruction). */
    public static void raise(Cpu c, CpuFault f) {
        deliver(c, f.vector, EXCEPTION, f.errorCode, f.hasErrorCode);
    }

    /**
     * Delivers {@code vector}. c.eip is the return address: the next instruction for SOFTWARE and
     * EXTERNAL events and for traps, the faulting instruction for faults (set by the caller).
     */
    public static void deliver(Cpu c, int vector, int kind, int errorCode, boolean hasError) {
        if (kind == EXTERNAL) {
            c.halted = false;
        }
        if (kind == SOFTWARE) {
            tell(c, vector, kind, errorCode);
            InterruptGates.deliverOnce(c, vector, SOFTWARE, errorCode, hasError);
            return;
        }
        for (int attempt = 0; ; attempt++) {
            tell(c, vector, kind, hasError ? errorCode : 0);
            try {
                InterruptGates.deliverOnce(c, vector, kind, errorCode, hasError);
                return;
            } catch (CpuFault f) {
                boolean wasDf = vector == Vector.DF && kind == EXCEPTION;
                if (wasDf || attempt >= 8) {
                    tripleFault(c, f);
                    return;
                }
                if (doubleFault(kind == EXCEPTION ? classOf(vector) : BENIGN, classOf(f.vector))) {
                    vector = Vector.DF;
                    errorCode = 0;
                    hasError = true;
                } else {
                    vector = f.vector;
                    errorCode = f.errorCode;
                    hasError = f.hasErrorCode;
                }
                kind = EXCEPTION;
            }
        }
    }

    /** SDM Vol. 3, Table 6-5: the combinations of first and second exception that give #DF. */
    static boolean doubleFault(int first, int second) {
        return first == CONTRIBUTORY && second == CONTRIBUTORY
                || first == PAGE_FAULT && (second == CONTRIBUTORY || second == PAGE_FAULT);
    }

    /** SDM Vol. 3, Table 6-4. */
    static int classOf(int vector) {
        switch (vector) {
            case Vector.DE:
            case Vector.TS:
            case Vector.NP:
            case Vector.SS:
            case Vector.GP:
                return CONTRIBUTORY;
            case Vector.PF:
                return PAGE_FAULT;
            default:
                return BENIGN;
        }
    }

    /** A fault while delivering #DF: the CPU shuts down (SDM Vol. 3, 6.15 "Interrupt 8"). */
    private static void tripleFault(Cpu c, CpuFault f) {
        c.shutdown = true;
        c.halted = false;
        c.shutdownReason = "Triple fault (" + f.getMessage() + " while delivering #DF)\n" + CpuDump.dump(c);
    }

    /** Real-address mode: the 4-byte IVT entry, then FLAGS, CS, IP on the stack (SDM Vol. 3, 20.1.4). */
    static void deliverReal(Cpu c, int vector) {
        if (Integer.compareUnsigned(vector * 4 + 3, c.idtLimit) > 0) {
            throw CpuFault.of(Vector.GP, 0);
        }
        int ip = c.mmu.read16(c.idtBase + vector * 4);
        int cs = c.mmu.read16(c.idtBase + vector * 4 + 2);
        int esp = c.r[Cpu.ESP];
        try {
            Stack.push16(c, Flags.get(c));
            Stack.push16(c, c.seg[Segmentation.CS].selector);
            Stack.push16(c, c.eip);
        } catch (CpuFault f) {
            c.r[Cpu.ESP] = esp;
            throw f;
        }
        c.eflags &= ~(Cpu.IF | Cpu.TF | Cpu.AC | Cpu.RF);
        c.seg[Segmentation.CS].loadReal(cs);
        c.eip = ip;
    }
}
