package j86.runtime.mem;

import j86.runtime.cpu.Cpu;

/**
 * One CPU's view of memory: linear -> physical translation (two-level paging, 4 MiB pages under
 * CR4.PSE, global pages under CR4.PGE, CR0.WP, U/S and R/W checks, accessed/dirty bits) through a
 * soft TLB, raising #PF with CR2 and the error code. (STUB: signatures agreed.)
 *
 * Plain accesses are made at the CPU's privilege (user when CPL = 3); {@code Sys} accesses are
 * supervisor accesses (descriptor tables, IDT, TSS) whatever the CPL.
 */
public final class Mmu {
    /** Access kinds for {@link #translate}. */
    public static final int READ = 0, WRITE = 1, EXEC = 2;

    private final Cpu cpu;
    private final PhysicalMemory phys;

    public Mmu(Cpu cpu, PhysicalMemory phys) {
        this.cpu = cpu;
        this.phys = phys;
    }

    /** Translates a linear address for an access of {@code kind} (READ/WRITE/EXEC) as user or supervisor. */
    public int translate(int linear, int kind, boolean user) {
        throw new UnsupportedOperationException("TODO");
    }

    public int read8(int linear) { throw new UnsupportedOperationException("TODO"); }
    public int read16(int linear) { throw new UnsupportedOperationException("TODO"); }
    public int read32(int linear) { throw new UnsupportedOperationException("TODO"); }
    public void write8(int linear, int value) { throw new UnsupportedOperationException("TODO"); }
    public void write16(int linear, int value) { throw new UnsupportedOperationException("TODO"); }
    public void write32(int linear, int value) { throw new UnsupportedOperationException("TODO"); }

    public int readSys8(int linear) { throw new UnsupportedOperationException("TODO"); }
    public int readSys16(int linear) { throw new UnsupportedOperationException("TODO"); }
    public int readSys32(int linear) { throw new UnsupportedOperationException("TODO"); }
    public void writeSys8(int linear, int value) { throw new UnsupportedOperationException("TODO"); }
    public void writeSys16(int linear, int value) { throw new UnsupportedOperationException("TODO"); }
    public void writeSys32(int linear, int value) { throw new UnsupportedOperationException("TODO"); }

    /** Instruction fetch of one byte at CPL privilege (execute access). */
    public int fetch8(int linear) { throw new UnsupportedOperationException("TODO"); }

    /** Flushes non-global TLB entries (CR3 write). */
    public void flush() { throw new UnsupportedOperationException("TODO"); }

    /** Flushes every TLB entry (CR0.PG/CR4 changes). */
    public void flushAll() { throw new UnsupportedOperationException("TODO"); }

    /** INVLPG: drops the entry for the page holding {@code linear}. */
    public void invalidate(int linear) { throw new UnsupportedOperationException("TODO"); }
}
