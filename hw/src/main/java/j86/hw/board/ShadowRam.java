package j86.hw.board;

import j86.runtime.mem.PhysicalMemory;

/**
 * The PC's shadow RAM at 0xC0000-0xFFFFF and the 82441FX's Programmable Attribute Map that
 * controls it (Intel 440FX PCIset datasheet, 82441FX PMC, "PAM[6:0] - Programmable Attribute Map
 * Registers", config offsets 59h-5Fh). Each of 13 segments (0xF0000-0xFFFFF in PAM0's high
 * nibble, then 16 KiB segments from 0xC0000, two per register 5Ah-5Fh, low nibble first) has
 * two attribute bits: RE (reads go to DRAM) and WE (writes go to DRAM). With a bit clear the
 * access goes to PCI, where QEMU's pc machine (our reference) answers with ROM: the "isa-bios"
 * alias of the BIOS image's last 128 KiB ending at 0xFFFFF, and the "pc.rom" option-ROM area
 * below it (empty here). Writes to ROM are dropped.
 *
 * <p>How it is kept: the bytes the CPU reads are always those in {@code phys.ram} (so reads,
 * TLB entries and cached code work as for any RAM); a segment whose reads go to ROM holds the ROM
 * bytes there and its DRAM contents in {@link #dram}. Changing RE swaps the two (through
 * {@link PhysicalMemory#load}, which retires code decoded from the old bytes). A segment that is
 * not RE and WE together is write protected; its writes arrive at {@link #write} and go to the
 * DRAM copy (WE, not RE) or nowhere.
 */
public final class ShadowRam {
    public static final int BASE = 0xC0000, SIZE = 0x40000;
    /** The PAM registers' offsets in the 82441FX's PCI configuration space. */
    public static final int PAM0 = 0x59, PAM_COUNT = 7;
    /** Attribute bits of one segment (a nibble of a PAM register). */
    public static final int RE = 1, WE = 2;
    /** Largest isa-bios alias: the last 128 KiB of the image, at 0xE0000-0xFFFFF. */
    public static final int ISA_BIOS_MAX = 0x20000;
    private static final int SEGMENTS = 13, SMALL = 0x4000, BIG_BASE = 0xF0000, BIG = 0x10000;

    private final PhysicalMemory phys;
    /** What the region reads from PCI (ROM): zeros, then the isa-bios alias ending at 0xFFFFF. */
    private final byte[] rom = new byte[SIZE];
    /** DRAM contents of segments whose reads go to ROM (for the others, phys.ram holds them). */
    private final byte[] dram = new byte[SIZE];
    private final int[] attr = new int[SEGMENTS];
    private final int[] pam = new int[PAM_COUNT];

    /** The power-on state: every PAM register 0, the region reading ROM and refusing writes. */
    public ShadowRam(PhysicalMemory phys, byte[] isaBios) {
        if (isaBios.length > ISA_BIOS_MAX) {
            throw new IllegalArgumentException("isa-bios alias of " + isaBios.length + " bytes");
        }
        this.phys = phys;
        System.arraycopy(isaBios, 0, rom, SIZE - isaBios.length, isaBios.length);
        phys.load(BASE, rom, 0, SIZE);
        phys.protect(BASE, SIZE, true);
        phys.setProtectedWriteSink(this::write);
    }

    /** PAM register {@code offset} (0x59-0x5F) as last written. */
    public int readPam(int offset) {
        return pam[offset - PAM0];
    }

    /** A write to PAM register {@code offset} (0x59-0x5F): re-attributes its two segments. */
    public void writePam(int offset, int value) {
        int reg = offset - PAM0;
        pam[reg] = value & 0x33; // bits 2-3 and 6-7 are reserved (cache enable on other chipsets)
        if (reg == 0) {
            setAttr(0, value >> 4 & 3);
        } else {
            setAttr(2 * reg - 1, value & 3);
            setAttr(2 * reg, value >> 4 & 3);
        }
    }

    private static int segBase(int seg) {
        return seg == 0 ? BIG_BASE : BASE + (seg - 1) * SMALL;
    }

    private static int segSize(int seg) {
        return seg == 0 ? BIG : SMALL;
    }

    private void setAttr(int seg, int a) {
        int old = attr[seg];
        int base = segBase(seg), size = segSize(seg), off = base - BASE;
        if ((old & RE) != 0 && (a & RE) == 0) {
            System.arraycopy(phys.ram, base, dram, off, size);   // keep the DRAM bytes ...
            phys.load(base, rom, off, size);                     // ... and show the ROM's
        } else if ((old & RE) == 0 && (a & RE) != 0) {
            phys.load(base, dram, off, size);
        }
        attr[seg] = a;
        phys.protect(base, size, a != (RE | WE));
    }

    private int segmentOf(int pa) {
        return pa >= BIG_BASE ? 0 : 1 + (pa - BASE) / SMALL;
    }

    /** A write to a protected page of the region: to the DRAM copy when only WE is set, else dropped. */
    void write(int pa, int size, int value) {
        for (int k = 0; k < size; k++) {
            int b = pa + k;
            if (b >= BASE && b < BASE + SIZE && attr[segmentOf(b)] == WE) {
                dram[b - BASE] = (byte) (value >>> (k << 3));
            }
        }
    }
}
