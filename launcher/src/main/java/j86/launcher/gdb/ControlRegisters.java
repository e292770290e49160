package j86.launcher.gdb;

import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.CpuFault;
import j86.runtime.cpu.Segmentation;
import j86.runtime.cpu.SystemRegs;

/**
 * The system registers QEMU's i386 target description puts between the segment selectors and the
 * x87 registers: fs_base, gs_base, k_gs_base, cr0, cr2, cr3, cr4, cr8, efer (in that order, 4 bytes
 * each, numbered from {@link #FIRST}). k_gs_base, cr8 and efer read 0 as on QEMU's 32-bit target:
 * j86's CPU has no long mode, no EFER (its CPUID has no extended leaves, so no NX, SYSCALL or LM) and no MOV CR8, and JOS
 * leaves the APIC's task priority at 0.
 *
 * <p>Writes: cr0, cr2, cr3 and cr4 go through the CPU's own MOV CRn semantics (the checks, reserved
 * bits and TLB flushes a guest's write gets), with the privilege check waived because the debugger is
 * not the guest; a value the CPU would refuse (#GP) is refused with an error. The others cannot be
 * changed: a base comes from a descriptor (load a selector instead), and the rest do not exist here.
 * Writing back the value a register already has is always accepted, so a 'G' with the block a 'g'
 * returned changes nothing.
 */
final class ControlRegisters {
    static final int FIRST = 16, COUNT = 9;
    private static final int FS_BASE = 0, GS_BASE = 1, CR0 = 3, CR2 = 4, CR3 = 5, CR4 = 6;
    /** n of MOV CRn for cr0, cr2, cr3, cr4. */
    private static final int[] CR_NUMBER = {0, 2, 3, 4};

    private ControlRegisters() {}

    /** Register {@code FIRST + i}. */
    static int read(Cpu c, int i) {
        switch (i) {
            case FS_BASE: return c.seg[Segmentation.FS].base;
            case GS_BASE: return c.seg[Segmentation.GS].base;
            case CR0: return c.cr0;
            case CR2: return c.cr2;
            case CR3: return c.cr3;
            case CR4: return c.cr4;
            default: return 0; // k_gs_base, cr8, efer
        }
    }

    /** Sets register {@code FIRST + i} to {@code v}; false if it cannot take that value. */
    static boolean write(Cpu c, int i, int v) {
        if (read(c, i) == v) {
            return true;
        }
        if (i < CR0 || i > CR4) {
            return false;
        }
        return privileged(c, CR_NUMBER[i - CR0], v);
    }

    /** MOV CRn, v as if at CPL 0 outside virtual-8086 mode; false on the fault the CPU would raise. */
    private static boolean privileged(Cpu c, int n, int v) {
        int cpl = c.cpl, vm = c.eflags & Cpu.VM;
        c.cpl = 0;
        c.eflags &= ~Cpu.VM;
        try {
            SystemRegs.writeCr(c, n, v);
            return true;
        } catch (CpuFault f) {
            return false;
        } finally {
            c.eflags |= vm;
            if (c.protectedMode()) {
                c.cpl = cpl; // leaving protected mode made it 0, as it does for the guest
            }
        }
    }
}
