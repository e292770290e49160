package j86.hw.board;

import java.io.ByteArrayOutputStream;

/**
 * The MP floating pointer structure and MP configuration table that PC firmware leaves in memory
 * to describe the processors, buses, I/O APIC and interrupt routing (Intel MultiProcessor
 * Specification 1.4, chapter 4). A kernel finds the floating pointer by scanning the first KiB
 * of the EBDA, the last KiB of base memory, or the BIOS ROM (4.1); it must be 16-byte aligned.
 *
 * The table describes what the board builds: CPUs with local APIC IDs 0..N-1 (CPU 0 is the
 * bootstrap processor), one ISA bus, one I/O APIC with ID N at {@link #IOAPIC_BASE}, ISA IRQ n
 * routed to I/O APIC pin n, ExtINT to every local APIC's LINT0 and NMI to LINT1.
 */
public final class MpTable {
    public static final int LAPIC_BASE = 0xFEE00000;
    public static final int IOAPIC_BASE = 0xFEC00000;
    /** Local APIC version register value (integrated APIC). */
    public static final int LAPIC_VERSION = 0x14;
    public static final int IOAPIC_VERSION = 0x11;
    /** ISA IRQs described by interrupt assignment entries. */
    public static final int ISA_IRQS = 16;

    // Entry types (MP spec 4.3, Table 4-3)
    private static final int ENTRY_PROCESSOR = 0, ENTRY_BUS = 1, ENTRY_IOAPIC = 2, ENTRY_IOINTR = 3, ENTRY_LINTR = 4;
    // Interrupt types (Table 4-10)
    private static final int INT_INT = 0, INT_NMI = 1, INT_EXTINT = 3;
    // Processor entry flags (Table 4-5)
    private static final int CPU_ENABLED = 1, CPU_BSP = 2;
    /** Family 6 signature and feature bits the processor entries report (FPU-less: no bit 0). */
    private static final int CPU_SIGNATURE = 0x0610;
    private static final int CPU_FEATURES = (1 << 3) | (1 << 4) | (1 << 8) | (1 << 9) | (1 << 13) | (1 << 15);

    private MpTable() {}

    /** The floating pointer structure (16 bytes) pointing at a configuration table at {@code tableAddr}. */
    public static byte[] floatingPointer(int tableAddr) {
        byte[] p = new byte[16];
        p[0] = '_';
        p[1] = 'M';
        p[2] = 'P';
        p[3] = '_';
        put32(p, 4, tableAddr);
        p[8] = 1;       // length in 16-byte units
        p[9] = 4;       // spec revision 1.4
        p[11] = 0;      // feature byte 1: 0 = a configuration table is present
        p[10] = checksum(p, 0, p.length);
        return p;
    }

    /** The configuration table (header and base entries) for {@code cpus} processors. */
    public static byte[] configTable(int cpus) {
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        int count = 0;
        for (int id = 0; id < cpus; id++) {
            byte[] e = new byte[20];
            e[0] = ENTRY_PROCESSOR;
            e[1] = (byte) id;
            e[2] = LAPIC_VERSION;
            e[3] = (byte) (CPU_ENABLED | (id == 0 ? CPU_BSP : 0));
            put32(e, 4, CPU_SIGNATURE);
            put32(e, 8, CPU_FEATURES);
            entries.writeBytes(e);
            count++;
        }
        entries.writeBytes(new byte[] {ENTRY_BUS, 0, 'I', 'S', 'A', ' ', ' ', ' '});
        count++;
        int ioapicId = cpus;
        byte[] io = {ENTRY_IOAPIC, (byte) ioapicId, IOAPIC_VERSION, 1, 0, 0, 0, 0};
        put32(io, 4, IOAPIC_BASE);
        entries.writeBytes(io);
        count++;
        for (int irq = 0; irq < ISA_IRQS; irq++) {
            // Flags 0: polarity and trigger conform to the ISA bus (active high, edge).
            entries.writeBytes(new byte[] {ENTRY_IOINTR, INT_INT, 0, 0, 0, (byte) irq, (byte) ioapicId, (byte) irq});
            count++;
        }
        entries.writeBytes(new byte[] {ENTRY_LINTR, INT_EXTINT, 0, 0, 0, 0, (byte) 0xFF, 0});
        entries.writeBytes(new byte[] {ENTRY_LINTR, INT_NMI, 0, 0, 0, 0, (byte) 0xFF, 1});
        count += 2;

        byte[] body = entries.toByteArray();
        byte[] t = new byte[44 + body.length];
        t[0] = 'P';
        t[1] = 'C';
        t[2] = 'M';
        t[3] = 'P';
        put16(t, 4, t.length);
        t[6] = 4;                       // spec revision 1.4
        putText(t, 8, "J86     ");      // OEM ID, 8 bytes
        putText(t, 16, "J86 PC      "); // product ID, 12 bytes
        put16(t, 34, count);
        put32(t, 36, LAPIC_BASE);
        System.arraycopy(body, 0, t, 44, body.length);
        t[7] = checksum(t, 0, t.length);
        return t;
    }

    /** The byte that makes the sum of {@code b[off..off+len)} zero modulo 256 (its own slot must be 0). */
    static byte checksum(byte[] b, int off, int len) {
        int sum = 0;
        for (int i = off; i < off + len; i++) {
            sum += b[i];
        }
        return (byte) -sum;
    }

    private static void putText(byte[] b, int off, String s) {
        for (int i = 0; i < s.length(); i++) {
            b[off + i] = (byte) s.charAt(i);
        }
    }

    static void put16(byte[] b, int off, int v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >> 8);
    }

    static void put32(byte[] b, int off, int v) {
        put16(b, off, v);
        put16(b, off + 2, v >> 16);
    }
}
