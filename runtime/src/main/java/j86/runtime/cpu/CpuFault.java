package j86.runtime.cpu;

/**
 * A guest exception raised while executing an instruction (#PF, #GP, #UD, ...). Stackless: it is
 * guest control flow, not a host error. The execution loop catches it, restores EIP to the start of
 * the faulting instruction and delivers the vector through the IDT.
 */
public final class CpuFault extends RuntimeException {
    public final int vector;
    public final int errorCode;
    public final boolean hasErrorCode;

    private CpuFault(int vector, int errorCode, boolean hasErrorCode) {
        super(null, null, false, false);
        this.vector = vector;
        this.errorCode = errorCode;
        this.hasErrorCode = hasErrorCode;
    }

    public static CpuFault of(int vector) {
        return new CpuFault(vector, 0, false);
    }

    public static CpuFault of(int vector, int errorCode) {
        return new CpuFault(vector, errorCode, true);
    }

    @Override
    public String getMessage() {
        return "vector " + vector + (hasErrorCode ? " error " + Integer.toHexString(errorCode) : "");
    }
}
