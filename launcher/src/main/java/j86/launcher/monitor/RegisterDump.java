package j86.launcher.monitor;

import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.CpuDump;

/**
 * The monitor's "info registers" for one CPU, in the layout QEMU 7.2's monitor prints for a 32-bit
 * x86 CPU: a blank line and "CPU#n", the CPU dump ({@link CpuDump}), then EFER (64 bits wide) and
 * the x87/SSE lines QEMU adds for the monitor: FCW, FSW with the stack top, FTW (abridged tag word),
 * MXCSR; FPR0-7 as mantissa and sign/exponent, two a line; XMM00-07 as two 64-bit halves, two a
 * line. j86 keeps no x87 or SSE state, so these show the state after FNINIT and MXCSR reset, the
 * same values the GDB stub reports; EFER is 0 because the CPU has none (no long mode, no NX).
 */
final class RegisterDump {
    /** FNINIT's control word and MXCSR's power-on value (Intel SDM Vol. 1, 8.1.5 and 10.2.3). */
    static final int FCW = 0x037F, MXCSR = 0x1F80;

    private RegisterDump() {}

    static String of(Cpu c) {
        StringBuilder b = new StringBuilder(2048);
        b.append("\nCPU#").append(c.index).append('\n');
        b.append(CpuDump.dump(c));
        b.append(String.format("EFER=%016x%n", 0L));
        int fsw = 0;
        b.append(String.format("FCW=%04x FSW=%04x [ST=%d] FTW=%02x MXCSR=%08x%n", FCW, fsw, (fsw >> 11) & 7, 0, MXCSR));
        for (int i = 0; i < 8; i++) {
            b.append(String.format("FPR%d=%016x %04x", i, 0L, 0)).append(i % 2 == 1 ? "\n" : " ");
        }
        for (int i = 0; i < 8; i++) {
            b.append(String.format("XMM%02d=%016x %016x", i, 0L, 0L)).append(i % 2 == 1 ? "\n" : " ");
        }
        return b.toString();
    }
}
