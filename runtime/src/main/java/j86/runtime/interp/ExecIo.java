package j86.runtime.interp;

import j86.decoder.Insn;
import j86.decoder.Kind;
import j86.decoder.Operand;
import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.Vector;
import j86.runtime.cpu.CpuFault;

/**
 * IN and OUT (Intel SDM Vol. 2; Vol. 1, 18.5 "Protection of I/O Ports"). In protected mode an I/O
 * instruction with CPL > IOPL raises #GP(0); the TSS I/O permission bitmap is treated as absent
 * (every such access faults), which is what a TSS whose bitmap base lies beyond its limit means.
 * With no port bus attached, reads float high (all ones) and writes are dropped.
 */
final class ExecIo {
    private ExecIo() {}

    static void checkIo(Cpu c) {
        if (c.protectedMode() && (c.cpl > ((c.eflags & Cpu.IOPL) >>> 12) || (c.eflags & Cpu.VM) != 0)) {
            throw CpuFault.of(Vector.GP, 0);
        }
    }

    static int in(Cpu c, int port, int bytes) {
        if (c.io == null) {
            return bytes == 4 ? -1 : (1 << (bytes * 8)) - 1;
        }
        int v = c.io.in(port, bytes);
        return bytes == 4 ? v : v & ((1 << (bytes * 8)) - 1);
    }

    static void out(Cpu c, int port, int bytes, int v) {
        if (c.io != null) {
            c.io.out(port, bytes, bytes == 4 ? v : v & ((1 << (bytes * 8)) - 1));
        }
    }

    /** The port: an imm8 or DX (a register operand, or no operand at all in some decodings). */
    private static int port(Cpu c, Operand o) {
        return o.kind == Kind.IMM ? o.value & 0xFF : c.r[Cpu.EDX] & 0xFFFF;
    }

    /** IN AL/AX/EAX, imm8|DX. */
    static void in(Cpu c, Insn i) {
        checkIo(c);
        int size = i.opSize;
        int v = in(c, port(c, i.operands[1]), size >> 3);
        Operands.setReg(c, Cpu.EAX, size, v);
    }

    /** OUT imm8|DX, AL/AX/EAX. */
    static void out(Cpu c, Insn i) {
        checkIo(c);
        int size = i.opSize;
        out(c, port(c, i.operands[0]), size >> 3, c.r[Cpu.EAX]);
    }
}
