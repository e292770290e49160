package j86.translator.engine;

import j86.runtime.bus.PortDevice;
import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.CpuDump;
import j86.runtime.interp.CodeCache;
import j86.runtime.interp.Interpreter;
import j86.runtime.mem.PhysicalMemory;
import j86.runtime.ops.Flags;
import java.util.ArrayList;
import java.util.List;

/**
 * A test machine: RAM, one CPU in flat 32-bit protected mode (CS/DS/SS base 0, limit 4 GiB, CPL 0,
 * paging off) with a real GDT and IDT in memory, so that every exception is delivered through an
 * interrupt gate to a one-byte HLT handler of its own (the vector shows in EIP, the frame on the
 * stack). Runs either engine: the plain {@link Interpreter}, or a {@link TranslatingEngine}.
 */
class GuestMachine implements PortDevice {
    static final int RAM = 1 << 20;
    static final int GDT = 0xF1000, IDT = 0xF0000, HANDLERS = 0xF2000;

    final PhysicalMemory phys = new PhysicalMemory(RAM);
    final Cpu cpu = new Cpu(0, phys);
    final Interpreter interp;
    final TranslatingEngine jit;
    /** Port writes seen ("port:size:value"). */
    final List<String> outs = new ArrayList<>();

    GuestMachine(boolean translate, int threshold, boolean specialise) {
        this(translate, threshold, specialise, TranslatingEngine.DEFAULT_CACHE_BYTES);
    }

    GuestMachine(boolean translate, int threshold, boolean specialise, long cacheBytes) {
        cpu.io = this;
        CodeCache.of(phys, cacheBytes); // the interpreter's decoded pages, under the same bound
        interp = new Interpreter(phys);
        jit = translate ? new TranslatingEngine(phys, interp, threshold, specialise, cacheBytes) : null;
        writeTables(phys.ram);
    }

    /** GDT (null, flat code 0x08, flat data 0x10), IDT (32-bit interrupt gates), and HLT handlers. */
    static void writeTables(byte[] ram) {
        put32(ram, GDT + 8, 0x0000FFFF);
        put32(ram, GDT + 12, 0x00CF9B00);
        put32(ram, GDT + 16, 0x0000FFFF);
        put32(ram, GDT + 20, 0x00CF9300);
        for (int v = 0; v < 256; v++) {
            int h = HANDLERS + v;
            put32(ram, IDT + 8 * v, 0x08 << 16 | h & 0xFFFF);
            put32(ram, IDT + 8 * v + 4, h & 0xFFFF0000 | 0x8E00);
            ram[h] = (byte) 0xF4; // hlt
        }
    }

    static void put32(byte[] ram, int at, int v) {
        for (int k = 0; k < 4; k++) {
            ram[at + k] = (byte) (v >>> (8 * k));
        }
    }

    /** Flat protected mode at {@code eip}; registers and flags as given. */
    void reset(int eip, int[] regs, int eflags) {
        Cpu c = cpu;
        c.reset();
        c.cr0 |= Cpu.CR0_PE;
        c.gdtBase = GDT;
        c.gdtLimit = 23;
        c.idtBase = IDT;
        c.idtLimit = 256 * 8 - 1;
        for (int s = 0; s < 6; s++) {
            c.seg[s].load(s == 1 ? 0x08 : 0x10, 0, -1, s == 1 ? 0x9B : 0x93, true);
        }
        System.arraycopy(regs, 0, c.r, 0, 8);
        Flags.set(c, eflags, Cpu.ARITH | Cpu.DF);
        c.eip = eip;
        c.instructions = 0;
        outs.clear();
    }

    /** Runs until HLT or the budget. */
    void run(long budget) {
        if (jit != null) {
            jit.run(cpu, budget);
        } else {
            interp.execute(cpu, budget);
        }
    }

    @Override
    public int in(int port, int sizeBytes) {
        return 0x5A5A5A5A & PhysicalMemory.ones(sizeBytes) ^ port;
    }

    @Override
    public void out(int port, int sizeBytes, int value) {
        outs.add(Integer.toHexString(port) + ":" + sizeBytes + ":" + Integer.toHexString(value));
    }

    String dump() {
        return CpuDump.dump(cpu) + "instructions=" + cpu.instructions + " shutdown=" + cpu.shutdown + " outs=" + outs + "\n";
    }

    /** A description of the first difference from {@code o}'s state, or null when equal. */
    String differs(GuestMachine o) {
        Cpu a = cpu, b = o.cpu;
        for (int i = 0; i < 8; i++) {
            if (a.r[i] != b.r[i]) {
                return "r" + i;
            }
        }
        if (a.eip != b.eip) return "eip";
        if (Flags.get(a) != Flags.get(b)) return "eflags";
        if (a.instructions != b.instructions) return "instructions";
        if (a.halted != b.halted || a.shutdown != b.shutdown) return "halted/shutdown";
        if (a.cr2 != b.cr2) return "cr2";
        for (int s = 0; s < 6; s++) {
            if (a.seg[s].selector != b.seg[s].selector || a.seg[s].base != b.seg[s].base
                    || a.seg[s].limit != b.seg[s].limit || a.seg[s].access != b.seg[s].access) {
                return "seg" + s;
            }
        }
        if (!outs.equals(o.outs)) return "port writes";
        int m = java.util.Arrays.mismatch(phys.ram, o.phys.ram);
        return m < 0 ? null : "memory at " + Integer.toHexString(m);
    }
}
