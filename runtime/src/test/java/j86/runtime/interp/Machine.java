package j86.runtime.interp;

import j86.decoder.Insn;
import j86.decoder.Disasm;
import j86.runtime.bus.PortDevice;
import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.CpuDump;
import j86.runtime.mem.PhysicalMemory;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal test machine: RAM, one CPU, the interpreter and a recording port device (0xE9 collects
 * characters, 0x501 collects 8/16/32-bit values). Helpers put the CPU into real mode or a flat 32-bit
 * protected mode without any descriptor tables (hidden segment parts set directly).
 */
final class Machine implements PortDevice {
    final PhysicalMemory phys;
    final Cpu cpu;
    final Interpreter interp;
    final ByteArrayOutputStream chars = new ByteArrayOutputStream();
    final List<Integer> values = new ArrayList<>();
    /** Value returned by IN from any other port, and the log of OUTs to other ports ("port:size:value"). */
    int inValue = 0x5A;
    final List<String> otherOuts = new ArrayList<>();

    Machine(int ramBytes) {
        phys = new PhysicalMemory(ramBytes);
        cpu = new Cpu(0, phys);
        cpu.io = this;
        interp = new Interpreter(phys);
    }

    @Override
    public int in(int port, int sizeBytes) {
        return inValue;
    }

    @Override
    public void out(int port, int sizeBytes, int value) {
        if (port == 0xE9) {
            chars.write(value & 0xFF);
        } else if (port == 0x501) {
            values.add(value);
        } else {
            otherOuts.add(Integer.toHexString(port) + ":" + sizeBytes + ":" + Integer.toHexString(value));
        }
    }

    String text() {
        return chars.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    void load(int pa, byte[] code) {
        phys.load(pa, code, 0, code.length);
    }

    /** Real mode at 0:eip. */
    void realMode(int eip) {
        cpu.reset();
        for (int s = 0; s < 6; s++) {
            cpu.seg[s].load(0, 0, 0xFFFF, s == 1 ? 0x9B : 0x93, false);
        }
        cpu.eip = eip;
    }

    /** Flat 32-bit protected mode, CPL 0, paging off, stack at {@code esp}. */
    void flat32(int eip, int esp) {
        cpu.reset();
        cpu.cr0 |= Cpu.CR0_PE;
        for (int s = 0; s < 6; s++) {
            cpu.seg[s].load(s == 1 ? 0x08 : 0x10, 0, -1, s == 1 ? 0x9B : 0x93, true);
        }
        cpu.eip = eip;
        cpu.r[Cpu.ESP] = esp;
    }

    /** Runs until HLT/shutdown (or the budget ends); returns the reason. */
    int run(long budget) {
        return interp.execute(cpu, budget);
    }

    /** The disassembly of the instruction at CS:eip and the register dump, for failure messages. */
    String describe() {
        StringBuilder sb = new StringBuilder();
        try {
            Insn i = interp.fetch(cpu, cpu.eip);
            sb.append("at ").append(Integer.toHexString(cpu.eip)).append(": ").append(Disasm.format(i, cpu.eip)).append('\n');
        } catch (RuntimeException e) {
            sb.append("at ").append(Integer.toHexString(cpu.eip)).append(": (").append(e).append(")\n");
        }
        try {
            sb.append(CpuDump.dump(cpu));
        } catch (RuntimeException e) {
            sb.append("EAX=").append(Integer.toHexString(cpu.r[0])).append(" ESP=").append(Integer.toHexString(cpu.r[4]));
        }
        if (cpu.shutdownReason != null) {
            sb.append('\n').append(cpu.shutdownReason);
        }
        return sb.toString();
    }
}
