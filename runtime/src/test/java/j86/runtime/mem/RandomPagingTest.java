package j86.runtime.mem;

import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.CpuFault;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static j86.runtime.mem.PageTables.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Seeded differential test: the Mmu (soft TLB + walker) against a reference that walks the tables
 * from scratch for every byte, written directly from Intel SDM Vol. 3, 4.3 (walk), 4.6 (rights),
 * 4.7 (error code, CR2) and 4.8 (A/D flags). Table changes are always followed by the invalidation
 * the SDM requires (INVLPG for a PTE, a full flush for a PDE, a CR write for CR0/CR4), so both sides
 * must agree exactly on values, faults and RAM, including A/D bits.
 */
class RandomPagingTest {
    static final int RAM = 8 << 20, DIR = 0x1000, TABLES = 0x2000, NPDE = 4, NPAGE = 12;

    final Random rnd = new Random(0x386);
    final PhysicalMemory pm = new PhysicalMemory(RAM);
    final byte[] ref = new byte[RAM];
    final Cpu cpu = new Cpu(0, pm);
    final Mmu mmu = cpu.mmu;
    /** The last reference write landed on a paging structure (the guest would then INVLPG). */
    boolean touchedTables;

    /** A reference #PF. */
    static final class RefFault extends RuntimeException {
        final int err, cr2;

        RefFault(int err, int cr2) {
            super(null, null, false, false);
            this.err = err;
            this.cr2 = cr2;
        }
    }

    int rd32(int pa) {
        if (pa < 0 || pa > RAM - 4) {
            return -1; // beyond RAM: all ones (a table address made of data written over a PDE)
        }
        return (ref[pa] & 0xFF) | (ref[pa + 1] & 0xFF) << 8 | (ref[pa + 2] & 0xFF) << 16 | (ref[pa + 3] & 0xFF) << 24;
    }

    void wr32both(int pa, int v) {
        for (int k = 0; k < 4; k++) {
            ref[pa + k] = (byte) (v >>> 8 * k);
        }
        pm.write32(pa, v);
    }

    /** SDM 4.3/4.6/4.7/4.8, one translation. */
    int refTranslate(int la, boolean write, boolean user) {
        int pdeA = (cpu.cr3 & ~0xFFF) + (la >>> 22) * 4;
        int pde = rd32(pdeA);
        if ((pde & P) == 0) throw new RefFault((write ? 2 : 0) | (user ? 4 : 0), la);
        boolean large = (cpu.cr4 & Cpu.CR4_PSE) != 0 && (pde & PS) != 0;
        int leafA = large ? pdeA : (pde & ~0xFFF) + ((la >>> 12) & 0x3FF) * 4;
        int leaf = rd32(leafA);
        if ((leaf & P) == 0) throw new RefFault((write ? 2 : 0) | (user ? 4 : 0), la);
        int us = pde & leaf & US, rw = pde & leaf & RW;
        boolean wp = (cpu.cr0 & Cpu.CR0_WP) != 0;
        if ((user && us == 0) || (write && rw == 0 && (user || wp))) {
            throw new RefFault(1 | (write ? 2 : 0) | (user ? 4 : 0), la);
        }
        if (!large) wrRef32(pdeA, rd32(pdeA) | A);
        wrRef32(leafA, rd32(leafA) | A | (write ? D : 0));
        return large ? (pde & 0xFFC00000) | (la & 0x3FFFFF) : (leaf & ~0xFFF) | (la & 0xFFF);
    }

    void wrRef32(int pa, int v) {
        if (pa < 0 || pa > RAM - 4) {
            return; // beyond RAM: dropped
        }
        for (int k = 0; k < 4; k++) ref[pa + k] = (byte) (v >>> 8 * k);
    }

    int refTranslatePaged(int la, boolean write, boolean user) {
        return (cpu.cr0 & Cpu.CR0_PG) == 0 ? la : refTranslate(la, write, user);
    }

    /** Reference access: translate every page touched first, then move the bytes. */
    long refAccess(int la, int size, boolean write, boolean user, int value) {
        int first = Math.min(size, 0x1000 - (la & 0xFFF));
        int pa1 = refTranslatePaged(la, write, user);
        int pa2 = first < size ? refTranslatePaged(la + first, write, user) : 0;
        int v = 0;
        for (int k = 0; k < size; k++) {
            int pa = k < first ? pa1 + k : pa2 + k - first;
            boolean inRam = pa >= 0 && pa < RAM;    // beyond RAM: all ones, writes dropped
            if (write && inRam) {
                ref[pa] = (byte) (value >>> 8 * k);
                touchedTables |= tableArea(pa);
            } else if (!write) {
                v |= (inRam ? ref[pa] & 0xFF : 0xFF) << 8 * k;
            }
        }
        return v & 0xFFFFFFFFL;
    }

    int randomLinear() {
        int la = (1 + rnd.nextInt(NPDE)) << 22 | rnd.nextInt(NPAGE) << 12;
        return la | (rnd.nextInt(8) == 0 ? 0xFFC + rnd.nextInt(4) : rnd.nextInt(0x1000));
    }

    int randomPte() {
        int frame = 0x401000 + (rnd.nextInt(0x3FF) << 12);
        return frame | (rnd.nextInt(8) != 0 ? P : 0) | rnd.nextInt(2) * RW | rnd.nextInt(2) * US
                | rnd.nextInt(2) * A | rnd.nextInt(2) * D | rnd.nextInt(2) * G;
    }

    int randomPde(int i) {
        int flags = (rnd.nextInt(10) != 0 ? P : 0) | (rnd.nextInt(4) != 0 ? RW : 0) | (rnd.nextInt(4) != 0 ? US : 0)
                | rnd.nextInt(2) * A;
        if (rnd.nextInt(4) == 0) {
            return 0x400000 | PS | flags | rnd.nextInt(2) * D | rnd.nextInt(2) * G; // 4 MiB (or a table if PSE=0)
        }
        return TABLES + (i - 1) * 0x1000 | flags;
    }

    @Test
    void mmuMatchesReferenceWalk() {
        rnd.nextBytes(ref);
        Arrays.fill(ref, 0, 0x400000, (byte) 0);   // tables area; frames are all in the upper 4 MiB
        for (int j = 0; j < 1024; j++) {           // the table a PS=1 PDE points to while CR4.PSE=0
            wrRef32(0x400000 + 4 * j, randomPte());
        }
        pm.load(0, ref, 0, RAM);
        for (int i = 1; i <= NPDE; i++) {
            wr32both(DIR + 4 * i, randomPde(i));
            for (int j = 0; j < NPAGE; j++) wr32both(TABLES + (i - 1) * 0x1000 + 4 * j, randomPte());
        }
        cpu.cr3 = DIR;
        cpu.cr0 |= Cpu.CR0_PE | Cpu.CR0_PG;
        mmu.flush();
        for (int n = 0; n < 40000; n++) {
            step(n);
            if (n % 5000 == 0) assertArrayEquals(ref, pm.ram, "RAM after op " + n);
        }
        assertArrayEquals(ref, pm.ram);
    }

    void step(int n) {
        int r = rnd.nextInt(100);
        if (r < 6) {                                   // change a PTE, then INVLPG it
            int i = 1 + rnd.nextInt(NPDE), j = rnd.nextInt(NPAGE);
            wr32both(TABLES + (i - 1) * 0x1000 + 4 * j, randomPte());
            mmu.invalidate(i << 22 | j << 12 | rnd.nextInt(0x1000));
            if ((rd32(DIR + 4 * i) & PS) != 0) mmu.flushAll(); // the PTE may have been read via a table-mode PDE
        } else if (r < 8) {                            // change a PDE, then flush everything
            int i = 1 + rnd.nextInt(NPDE);
            wr32both(DIR + 4 * i, randomPde(i));
            mmu.flushAll();
        } else if (r < 10) {                           // a CR0/CR4 write (the CPU calls flush())
            switch (rnd.nextInt(4)) {
                case 0 -> cpu.cr0 ^= Cpu.CR0_WP;
                case 1 -> cpu.cr4 ^= Cpu.CR4_PSE;
                case 2 -> cpu.cr4 ^= Cpu.CR4_PGE;
                default -> cpu.cr0 ^= Cpu.CR0_PG;
            }
            mmu.flush();
        } else if (r < 11) {
            mmu.flush();                               // CR3 reload
        } else {
            access(n);
        }
    }

    void access(int n) {
        int la = randomLinear();
        int size = 1 << rnd.nextInt(3);
        boolean write = rnd.nextBoolean(), sys = rnd.nextInt(4) == 0;
        cpu.cpl = rnd.nextBoolean() ? 3 : 0;
        boolean user = !sys && cpu.cpl == 3;
        int value = rnd.nextInt();
        String what = String.format("op %d: %s%s%d la=%08x value=%08x cpl=%d cr0=%08x cr4=%x pde=%08x",
                n, sys ? "sys " : "", write ? "write" : "read", size, la, value, cpu.cpl, cpu.cr0, cpu.cr4,
                rd32((cpu.cr3 & ~0xFFF) + 4 * (la >>> 22)));
        String expected, actual;
        touchedTables = false;
        try {
            expected = "ok " + Long.toHexString(refAccess(la, size, write, user, value));
        } catch (RefFault f) {
            expected = "#PF " + f.err + " cr2=" + Integer.toHexString(f.cr2);
        }
        try {
            int v = 0;
            if (write && sys) {
                if (size == 1) mmu.writeSys8(la, value); else if (size == 2) mmu.writeSys16(la, value); else mmu.writeSys32(la, value);
            } else if (write) {
                mmu.write(la, size, value);
            } else if (sys) {
                v = size == 1 ? mmu.readSys8(la) : size == 2 ? mmu.readSys16(la) : mmu.readSys32(la);
            } else {
                v = mmu.read(la, size);
            }
            actual = "ok " + Long.toHexString(v & 0xFFFFFFFFL);
        } catch (CpuFault f) {
            actual = "#PF " + f.errorCode + " cr2=" + Integer.toHexString(cpu.cr2);
        }
        assertEquals(expected, actual, what);
        int pdeA = (cpu.cr3 & ~0xFFF) + 4 * (la >>> 22), pteA = (rd32(pdeA) & ~0xFFF) + ((la >>> 12) & 0x3FF) * 4;
        assertEquals(Integer.toHexString(rd32(pdeA)), Integer.toHexString(pm.read32(pdeA)), "PDE (A/D) after " + what);
        assertEquals(Integer.toHexString(rd32(pteA)), Integer.toHexString(pm.read32(pteA)), "PTE (A/D) after " + what);
        if (touchedTables) {
            tablesWritten();                           // the guest changed a paging structure
        }
    }

    /** True when a write at physical {@code pa} may change a paging structure. */
    boolean tableArea(int pa) {
        return pa < 0x401000;
    }

    /** What the guest does after a write to a paging structure: here, flush everything. */
    void tablesWritten() {
        mmu.flushAll();
    }
}
