package j86.runtime.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import j86.decoder.Decoder;
import j86.decoder.Disasm;
import j86.decoder.Insn;
import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.Vector;
import j86.runtime.cpu.CpuFault;
import j86.runtime.ops.Flags;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast path must be indistinguishable from the reference dispatch: random encodings of every
 * {@link Forms} shape (random ModRM/SIB/displacements, registers, lazy-flag states, segment limits
 * and read-only data segments so that some accesses fault) run on two identical CPUs, one through
 * {@link FastPath} as {@link PageLoop} runs it (a fault restores EIP only), the other through
 * {@link Dispatch} as the checked step runs it (a fault restores EIP, ESP and the flags), with
 * paging on half the time (some pages read-only, so read-modify-writes fault on the write). Registers,
 * EFLAGS, EIP, the fault and memory must agree, which also checks that a faulting fast form changed
 * nothing but EIP.
 */
class FastPathTest {
    private static final int CODE = 0x1000;

    /** Opcode prefixes of the shapes under test ("/r" = ModRM follows, "i8"/"i32" = immediates). */
    private static final String[] ENCODINGS = {
        "89 /r", "8B /r", "B8+ i32", "C7 /0 i32", "88 /r", "8A /r", "B0+ i8", "C6 /0 i8",
        "01 /r", "03 /r", "09 /r", "0B /r", "11 /r", "13 /r", "19 /r", "1B /r", "21 /r", "23 /r",
        "29 /r", "2B /r", "31 /r", "33 /r", "39 /r", "3B /r", "85 /r", "81 /n i32", "83 /n i8",
        "F7 /0 i32", "00 /r", "02 /r", "08 /r", "0A /r", "20 /r", "22 /r", "28 /r", "2A /r", "30 /r",
        "32 /r", "38 /r", "3A /r", "84 /r", "80 /n i8", "F6 /0 i8", "10 /r", "18 /r",
        "40+", "48+", "0F B6 /r", "0F B7 /r", "0F BE /r", "0F BF /r", "69 /r i32", "6B /r i8",
        "8D /m", "50+", "58+", "68 i32", "6A i8", "FF /6", "FF /4", "E8 i32", "C3", "EB i8", "E9 i32",
        "7x i8", "0F 8x i32", "87 /r", "D1 /n", "C1 /n i8", "D3 /n", "90", "F3 90",
    };

    @Test
    void fastFormsMatchTheReferenceDispatch() {
        Random rnd = new Random(0x86F457);
        Machine a = new Machine(2 << 20), b = new Machine(2 << 20);
        byte[] fill = new byte[2 << 20];
        rnd.nextBytes(fill);
        pageTables(fill);
        a.load(0, fill);
        b.load(0, fill);
        int[] seen = new int[64];
        int faults = 0, writeFaults = 0;
        for (int n = 0; n < 30000; n++) {
            byte[] code = encode(ENCODINGS[rnd.nextInt(ENCODINGS.length)], rnd);
            Insn i = Decoder.decode(addr -> {
                int k = addr - CODE;
                return k >= 0 && k < code.length ? code[k] & 0xFF : 0x90;
            }, CODE, true, new Insn());
            int form = Forms.classify(i);
            if (form == Forms.GENERIC) {
                continue;
            }
            seen[Forms.kind(form)]++;
            randomState(a.cpu, rnd);
            copyState(a.cpu, b.cpu);
            String before = state(a.cpu);
            int ea = i.memBase >= 0 || i.memIndex >= 0 || i.modrm >= 0 ? Operands.ea(a.cpu, i) : 0;
            int esp = a.cpu.r[Cpu.ESP];
            CpuFault fa = runFast(a.cpu, i, form);
            CpuFault fb = runReference(b.cpu, i);
            faults += fa != null ? 1 : 0;
            writeFaults += fa != null && fa.vector == Vector.PF && (fa.errorCode & 3) == 3 ? 1 : 0;
            String why = Disasm.format(i, CODE) + "\nbefore: " + before + "\nfast:   " + state(a.cpu) + " " + fa
                    + "\nref:    " + state(b.cpu) + " " + fb;
            assertEquals(fb == null ? "none" : fb.getMessage(), fa == null ? "none" : fa.getMessage(), why);
            assertEquals(state(b.cpu), state(a.cpu), why);
            if (!sameWindow(a, b, ea) || !sameWindow(a, b, esp) || n % 1000 == 0 && !Arrays.equals(a.phys.ram, b.phys.ram)) {
                fail("memory differs after " + why);
            }
        }
        assertTrue(Arrays.equals(a.phys.ram, b.phys.ram), "memory differs at the end");
        for (int k = 1; k < Forms.JMP_M + 1; k++) {
            assertTrue(k == Forms.MOVX || seen[k] > 20, "form " + k + " exercised " + seen[k] + " times");
        }
        assertTrue(faults > 100, "faulting cases: " + faults);
        assertTrue(writeFaults > 20, "page faults on writes: " + writeFaults);
    }

    private static final int PD = 0x1FE000, PT = 0x1FF000;

    /**
     * Identity page tables for the low 4 MiB (Intel SDM Vol. 3, 4.3): every 8th page, and the
     * tables themselves, read-only (with CR0.WP a supervisor write faults), so that a
     * read-modify-write can read its operand and then fault on the write.
     */
    private static void pageTables(byte[] ram) {
        putLe(ram, PD, PT | 3);
        for (int p = 0; p < 1024; p++) {
            int page = p << 12;
            boolean readOnly = p % 8 == 5 || page == PD || page == PT;
            putLe(ram, PT + 4 * p, page | (readOnly ? 1 : 3) | 0x60); // P, RW, accessed and dirty set
        }
    }

    private static void putLe(byte[] ram, int at, int v) {
        for (int k = 0; k < 4; k++) {
            ram[at + k] = (byte) (v >>> (8 * k));
        }
    }

    /** The bytes around {@code addr} (where the instruction may have written) agree. */
    private static boolean sameWindow(Machine a, Machine b, int addr) {
        int from = Math.max(0, Math.min(addr - 16, a.phys.ram.length - 32));
        return Arrays.equals(a.phys.ram, from, from + 32, b.phys.ram, from, from + 32);
    }

    /** PAUSE (F3 90) ends the CPU's quantum right after it retires; the next quantum goes on. */
    @Test
    void pauseEndsTheQuantum() {
        Machine m = new Machine(1 << 20);
        m.load(CODE, new byte[] {(byte) 0x90, (byte) 0xF3, (byte) 0x90, (byte) 0x90, (byte) 0xF4});
        m.flat32(CODE, 0x8000);
        assertEquals(Interpreter.QUANTUM, m.run(100), m.describe());
        assertEquals(2, m.cpu.instructions, "NOP and PAUSE retired");
        assertEquals(CODE + 3, m.cpu.eip, m.describe());
        assertEquals(Interpreter.HALTED, m.run(100), m.describe());
        assertEquals(4, m.cpu.instructions, "NOP and HLT retired");
    }

    /** Bytes for one encoding pattern with random operands. */
    private static byte[] encode(String pattern, Random rnd) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (String t : pattern.split(" ")) {
            if (t.equals("/r") || t.equals("/n") || t.equals("/m") || t.matches("/[0-7]")) {
                int mod = t.equals("/m") ? rnd.nextInt(3) : rnd.nextInt(4);
                int reg = t.matches("/[0-7]") ? t.charAt(1) - '0' : rnd.nextInt(8);
                int rm = rnd.nextInt(8);
                out.write(mod << 6 | reg << 3 | rm);
                if (mod != 3 && rm == 4) {
                    out.write(rnd.nextInt(256)); // SIB
                }
                if (mod == 0 && rm == 5) {
                    writeLe(out, rnd.nextInt(0x1F0000), 4);
                } else if (mod == 1) {
                    out.write(rnd.nextInt(256));
                } else if (mod == 2) {
                    writeLe(out, rnd.nextInt(0x2000) - 0x1000, 4);
                }
            } else if (t.equals("i8")) {
                out.write(rnd.nextInt(256));
            } else if (t.equals("i32")) {
                writeLe(out, rnd.nextBoolean() ? rnd.nextInt() : rnd.nextInt(0x1000) - 0x800, 4);
            } else if (t.endsWith("+")) {
                out.write(Integer.parseInt(t.substring(0, 2), 16) + rnd.nextInt(8));
            } else if (t.endsWith("x")) {
                out.write(Integer.parseInt(t.charAt(0) + "0", 16) + rnd.nextInt(16));
            } else {
                out.write(Integer.parseInt(t, 16));
            }
        }
        return out.toByteArray();
    }

    private static void writeLe(java.io.ByteArrayOutputStream out, int v, int n) {
        for (int k = 0; k < n; k++) {
            out.write(v >>> (8 * k));
        }
    }

    /**
     * Flat 32-bit protected mode with registers mostly pointing into RAM, a random lazy-flag state,
     * and sometimes a short or read-only DS or a short CS, so that accesses and branches fault.
     */
    private static void randomState(Cpu c, Random rnd) {
        c.reset();
        c.cr0 |= Cpu.CR0_PE;
        for (int s = 0; s < 6; s++) {
            c.seg[s].load(s == 1 ? 0x08 : 0x10, 0, -1, s == 1 ? 0x9B : 0x93, true);
        }
        switch (rnd.nextInt(6)) {
            case 0: c.seg[3].load(0x10, 0, 0xFFFFF, 0x93, true); break; // short DS: #GP beyond 1 MiB
            case 1: c.seg[3].load(0x10, 0, -1, 0x91, true); break; // read-only DS: writes #GP
            case 2: c.seg[1].load(0x08, 0, 0x7FFFF, 0x9B, true); break; // short CS: far branches #GP
            default: break;
        }
        for (int r = 0; r < 8; r++) {
            c.r[r] = rnd.nextInt(8) == 0 ? rnd.nextInt() : 0x1000 + rnd.nextInt(0x1F0000);
        }
        c.r[Cpu.ESP] = 0x2000 + rnd.nextInt(0x1F0000) & ~3;
        if (rnd.nextBoolean()) {
            Flags.set(c, rnd.nextInt(), Cpu.ARITH);
        } else {
            int x = rnd.nextInt(), y = rnd.nextBoolean() ? x : rnd.nextInt();
            switch (rnd.nextInt(3)) {
                case 0: j86.runtime.ops.Alu.sub32(c, x, y); break;
                case 1: j86.runtime.ops.Alu.add8(c, x & 0xFF, y & 0xFF); break;
                default: j86.runtime.ops.Alu.inc32(c, x); break;
            }
        }
        c.eip = CODE;
        if (rnd.nextBoolean()) {
            c.cr3 = PD;
            c.cr0 |= Cpu.CR0_PG | Cpu.CR0_WP;
        }
        c.mmu.flushAll();
    }

    private static void copyState(Cpu from, Cpu to) {
        to.reset();
        to.cr0 = from.cr0;
        to.cr3 = from.cr3;
        to.mmu.flushAll();
        for (int s = 0; s < 6; s++) {
            var f = from.seg[s];
            to.seg[s].load(f.selector, f.base, f.limit, f.access, f.big);
        }
        System.arraycopy(from.r, 0, to.r, 0, 8);
        to.eflags = from.eflags;
        to.lfOp = from.lfOp;
        to.lfA = from.lfA;
        to.lfB = from.lfB;
        to.lfRes = from.lfRes;
        to.eip = from.eip;
    }

    /** As PageLoop runs a fast form. */
    private static CpuFault runFast(Cpu c, Insn i, int form) {
        int eip = c.eip;
        try {
            c.eip = eip + i.length;
            FastPath.execute(c, i, form);
            return null;
        } catch (CpuFault f) {
            c.eip = eip;
            return f;
        }
    }

    /** As the checked step runs any instruction. */
    private static CpuFault runReference(Cpu c, Insn i) {
        int eip = c.eip, esp = c.r[Cpu.ESP], lfOp = c.lfOp, lfA = c.lfA, lfB = c.lfB, lfRes = c.lfRes;
        try {
            c.eip = eip + i.length;
            Dispatch.execute(c, i);
            return null;
        } catch (CpuFault f) {
            c.eip = eip;
            c.r[Cpu.ESP] = esp;
            c.lfOp = lfOp;
            c.lfA = lfA;
            c.lfB = lfB;
            c.lfRes = lfRes;
            return f;
        }
    }

    private static String state(Cpu c) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < 8; r++) {
            sb.append(String.format("%08x ", c.r[r]));
        }
        return sb.append(String.format("eip=%08x efl=%08x", c.eip, Flags.get(c))).toString();
    }
}
