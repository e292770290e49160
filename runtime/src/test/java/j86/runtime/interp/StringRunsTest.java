package j86.runtime.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.CpuDump;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * REP MOVS/STOS page runs ({@link StringRuns}) against the same instructions one iteration at a
 * time (-Dj86.nostringruns), seeded: random sizes, counts, directions, overlapping operands, a
 * source segment with a non-zero base, pages not present or read-only (CR0.WP: faults part-way,
 * which must leave ECX/ESI/EDI at the faulting element), the code page among the destinations,
 * and budgets that end the instruction between batches. Memory, registers, EIP, instruction count
 * and fault state must be equal.
 */
class StringRunsTest {
    static final int RAM = 4 << 20, PD = 0x100000, PT = 0x101000, DATA = 0x200000, PAGES = 48, CODE = 0x210000;

    @Test
    void pageRunsGiveExactlyTheIterationByIterationResult() {
        Random rnd = new Random(0x5717);
        int runsTaken = 0;
        for (int t = 0; t < 400; t++) {
            long seed = rnd.nextLong();
            Machine a = setUp(seed);
            Machine b = setUp(seed);
            long budget = 1 + new Random(seed).nextInt(6000);
            try {
                StringRuns.enabled = true;
                a.run(budget);
                StringRuns.enabled = false;
                b.run(budget);
            } finally {
                StringRuns.enabled = true;
            }
            String what = "trial " + t + " seed " + Long.toHexString(seed) + " budget " + budget
                    + "\nwith runs:\n" + CpuDump.dump(a.cpu) + "\none by one:\n" + CpuDump.dump(b.cpu);
            assertTrue(Arrays.equals(a.phys.ram, b.phys.ram), "memory, " + what);
            assertEquals(Arrays.toString(b.cpu.r), Arrays.toString(a.cpu.r), what);
            assertEquals(b.cpu.eip, a.cpu.eip, what);
            assertEquals(b.cpu.instructions, a.cpu.instructions, what);
            assertEquals(b.cpu.shutdown, a.cpu.shutdown, what);
            assertEquals(b.cpu.cr2, a.cpu.cr2, what);
            runsTaken += a.cpu.instructions > 64 ? 1 : 0;
        }
        assertTrue(runsTaken > 100, "long string instructions ran: " + runsTaken);
    }

    /** A machine with paging on (identity map, random page permissions) at one random REP MOVS/STOS. */
    private static Machine setUp(long seed) {
        Random r = new Random(seed);
        Machine m = new Machine(RAM);
        for (int k = 0; k < PAGES * 4096; k++) {
            m.phys.ram[DATA + k] = (byte) r.nextInt();
        }
        for (int p = 0; p < 1024; p++) {
            int pte = p << 12 | 7; // present, writable, user
            if (p >= DATA >> 12 && p < (DATA >> 12) + PAGES && p != CODE >> 12) {
                int kind = r.nextInt(16);
                pte &= kind == 0 ? ~1 : kind == 1 ? ~2 : -1; // a few not present, a few read-only
            }
            m.phys.write32(PT + 4 * p, pte);
        }
        m.phys.write32(PD, PT | 7);
        boolean stos = r.nextBoolean();
        int size = new int[] {1, 2, 4}[r.nextInt(3)];
        byte[] code = r.nextInt(4) == 0 && !stos
                ? new byte[] {0x64, (byte) 0xF3, (byte) (0xA4 + (size > 1 ? 1 : 0)), (byte) 0xF4} // rep movs %fs:(%esi)
                : new byte[] {(byte) 0xF3, (byte) ((stos ? 0xAA : 0xA4) + (size > 1 ? 1 : 0)), (byte) 0xF4};
        if (size == 2) {
            byte[] c = new byte[code.length + 1];
            c[0] = 0x66;
            System.arraycopy(code, 0, c, 1, code.length);
            code = c;
        }
        m.load(CODE, code);
        m.flat32(CODE, 0x80000);
        m.cpu.seg[4].load(0x10, 0x1000 * (1 + r.nextInt(4)), -1, 0x93, true); // FS: base not 0
        m.cpu.cr3 = PD;
        m.cpu.cr0 |= Cpu.CR0_PG | Cpu.CR0_WP;
        m.cpu.mmu.flushAll();
        int span = PAGES * 4096;
        m.cpu.r[Cpu.ESI] = DATA + r.nextInt(span);
        m.cpu.r[Cpu.EDI] = r.nextInt(4) == 0 ? m.cpu.r[Cpu.ESI] + r.nextInt(64) - 32 : DATA + r.nextInt(span);
        m.cpu.r[Cpu.ECX] = r.nextInt(3) == 0 ? r.nextInt(16) : r.nextInt(6000);
        m.cpu.r[Cpu.EAX] = r.nextInt();
        if (r.nextInt(4) == 0) {
            m.cpu.eflags |= Cpu.DF;
        }
        return m;
    }
}
