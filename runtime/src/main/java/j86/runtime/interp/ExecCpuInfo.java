package j86.runtime.interp;

import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.Vector;
import j86.runtime.cpu.CpuFault;

/**
 * CPUID, RDTSC, RDMSR and WRMSR (Intel SDM Vol. 2). Our CPU identifies itself as a "GenuineIntel"
 * family 6 processor without an FPU and reports only the features the emulator implements.
 */
final class ExecCpuInfo {
    private ExecCpuInfo() {}

    /** Highest basic CPUID leaf. */
    static final int MAX_LEAF = 1;
    /** Leaf 1 EAX: the processor signature, also in EDX after reset. */
    static final int SIGNATURE = Cpu.SIGNATURE;
    /** Leaf 1 EDX: PSE(3), TSC(4), CX8(8), APIC(9), PGE(13), CMOV(15). */
    static final int FEATURES = 1 << 3 | 1 << 4 | 1 << 8 | 1 << 9 | 1 << 13 | 1 << 15;
    /** The time-stamp counter MSR (IA32_TIME_STAMP_COUNTER). */
    static final int MSR_TSC = 0x10;

    /**
     * Leaf 0: the max leaf and "GenuineIntel" in EBX, EDX, ECX. Leaf 1: signature, initial APIC ID in
     * EBX[31:24], features. A leaf above the maximum returns the highest basic leaf's data (SDM "CPUID").
     */
    static void cpuid(Cpu c) {
        int leaf = c.r[Cpu.EAX];
        if (leaf == 0) {
            c.r[Cpu.EAX] = MAX_LEAF;
            c.r[Cpu.EBX] = ascii("Genu");
            c.r[Cpu.EDX] = ascii("ineI");
            c.r[Cpu.ECX] = ascii("ntel");
            return;
        }
        c.r[Cpu.EAX] = SIGNATURE;
        c.r[Cpu.EBX] = c.index << 24;
        c.r[Cpu.ECX] = 0;
        c.r[Cpu.EDX] = FEATURES;
    }

    /** Four characters as the little-endian register value CPUID returns. */
    static int ascii(String s) {
        return s.charAt(0) | s.charAt(1) << 8 | s.charAt(2) << 16 | s.charAt(3) << 24;
    }

    static long tsc(Cpu c) {
        return c.instructions + c.tscOffset;
    }

    /** RDTSC: CR4.TSD restricts it to CPL 0 in protected mode. */
    static void rdtsc(Cpu c) {
        if ((c.cr4 & Cpu.CR4_TSD) != 0 && c.cpl != 0 && c.protectedMode()) {
            throw CpuFault.of(Vector.GP, 0);
        }
        long t = tsc(c);
        c.r[Cpu.EAX] = (int) t;
        c.r[Cpu.EDX] = (int) (t >>> 32);
    }

    /** RDMSR (CPL 0 checked by the dispatcher): only the TSC exists; others #GP(0). */
    static void rdmsr(Cpu c) {
        if (c.r[Cpu.ECX] != MSR_TSC) {
            throw CpuFault.of(Vector.GP, 0);
        }
        long t = tsc(c);
        c.r[Cpu.EAX] = (int) t;
        c.r[Cpu.EDX] = (int) (t >>> 32);
    }

    /** WRMSR to the TSC moves the counter (through tscOffset); others #GP(0). */
    static void wrmsr(Cpu c) {
        if (c.r[Cpu.ECX] != MSR_TSC) {
            throw CpuFault.of(Vector.GP, 0);
        }
        long v = (c.r[Cpu.EAX] & 0xFFFFFFFFL) | ((long) c.r[Cpu.EDX] << 32);
        c.tscOffset = v - c.instructions;
    }
}
