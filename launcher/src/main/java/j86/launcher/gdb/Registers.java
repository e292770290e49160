package j86.launcher.gdb;

import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.CpuFault;
import j86.runtime.cpu.Segment;
import j86.runtime.cpu.Segmentation;
import j86.runtime.ops.Flags;

/**
 * GDB's i386 register file in the numbering of QEMU's 32-bit target description (see {@link TargetXml}),
 * so that a client written against QEMU finds every register where it expects it:
 * 0-7 eax ecx edx ebx esp ebp esi edi, 8 eip, 9 eflags, 10-15 cs ss ds es fs gs (4 bytes each),
 * 16-24 fs_base gs_base k_gs_base cr0 cr2 cr3 cr4 cr8 efer (4 bytes, {@link ControlRegisters}),
 * 25-32 st0-st7 (10 bytes), 33-40 fctrl fstat ftag fiseg fioff foseg fooff fop (4 bytes),
 * 41-48 xmm0-xmm7 (16 bytes), 49 mxcsr (4 bytes): 344 bytes in a 'g' reply. j86 keeps no x87 or
 * SSE state, so those read as after FNINIT (control word 0x037f) and MXCSR reset (0x1f80), and
 * writes to them are ignored.
 */
final class Registers {
    static final int COUNT = 50, G_BYTES = 344;
    private static final int EIP = 8, EFLAGS = 9, FIRST_SEG = 10, FIRST_SYS = ControlRegisters.FIRST,
            FIRST_ST = FIRST_SYS + ControlRegisters.COUNT, FCTRL = FIRST_ST + 8, FIRST_XMM = FCTRL + 8,
            MXCSR = FIRST_XMM + 8;
    /** GDB's segment order (cs ss ds es fs gs) as indexes into Cpu.seg (es cs ss ds fs gs). */
    private static final int[] SEG = {Segmentation.CS, Segmentation.SS, Segmentation.DS, Segmentation.ES,
        Segmentation.FS, Segmentation.GS};
    /** EFLAGS bits a debugger may set: every defined bit of the 386/486 (not bit 1, which is fixed). */
    private static final int EFLAGS_WRITABLE = 0x003F7FD5;

    private Registers() {}

    static int size(int n) {
        return n >= FIRST_ST && n < FCTRL ? 10 : n >= FIRST_XMM && n < MXCSR ? 16 : 4;
    }

    /** Register {@code n} as hex (little-endian), or null for a number outside the file. */
    static String read(Cpu c, int n) {
        if (n < 0 || n >= COUNT) {
            return null;
        }
        return Hex.le(value(c, n), Math.min(size(n), 8)) + "00".repeat(Math.max(0, size(n) - 8));
    }

    private static long value(Cpu c, int n) {
        if (n < EIP) {
            return c.r[n] & 0xFFFFFFFFL;
        }
        if (n == EIP) {
            return c.eip & 0xFFFFFFFFL;
        }
        if (n == EFLAGS) {
            return Flags.get(c) & 0xFFFFFFFFL;
        }
        if (n < FIRST_SYS) {
            return c.seg[SEG[n - FIRST_SEG]].selector & 0xFFFF;
        }
        if (n < FIRST_ST) {
            return ControlRegisters.read(c, n - FIRST_SYS) & 0xFFFFFFFFL;
        }
        if (n == FCTRL) {
            return 0x037F;
        }
        if (n == MXCSR) {
            return 0x1F80;
        }
        return 0;
    }

    static String readAll(Cpu c) {
        StringBuilder s = new StringBuilder(G_BYTES * 2);
        for (int n = 0; n < COUNT; n++) {
            s.append(read(c, n));
        }
        return s.toString();
    }

    /** Writes register {@code n} from its little-endian bytes; false if it cannot be written. */
    static boolean write(Cpu c, int n, byte[] b, int off) {
        if (n < 0 || n >= COUNT) {
            return false;
        }
        int v = (int) Hex.leValue(b, off, 4);
        if (n < EIP) {
            c.r[n] = v;
        } else if (n == EIP) {
            c.eip = v;
        } else if (n == EFLAGS) {
            Flags.set(c, v, EFLAGS_WRITABLE);
        } else if (n < FIRST_SYS) {
            return loadSegment(c, SEG[n - FIRST_SEG], v & 0xFFFF);
        } else if (n < FIRST_ST) {
            return ControlRegisters.write(c, n - FIRST_SYS, v);
        }
        return true;
    }

    static boolean writeAll(Cpu c, byte[] g) {
        boolean ok = true;
        for (int n = 0, off = 0; n < COUNT && off + size(n) <= g.length; off += size(n), n++) {
            ok &= write(c, n, g, off);
        }
        return ok;
    }

    /**
     * A new selector from the debugger. In real mode it reloads the segment as the CPU would; in
     * protected mode a data segment is loaded with the CPU's checks, and CS only keeps its selector
     * (a far transfer is the only way to reload it). Unchanged selectors are left alone, so writing
     * back a 'g' block changes nothing hidden.
     */
    private static boolean loadSegment(Cpu c, int index, int selector) {
        Segment s = c.seg[index];
        if (s.selector == selector) {
            return true;
        }
        if (!c.protectedMode() || (c.eflags & Cpu.VM) != 0) {
            s.loadReal(selector);
            return true;
        }
        if (index == Segmentation.CS) {
            return false;
        }
        try {
            Segmentation.load(c, index, selector);
            return true;
        } catch (CpuFault f) {
            return false;
        }
    }
}
