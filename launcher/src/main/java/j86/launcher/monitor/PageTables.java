package j86.launcher.monitor;

import j86.runtime.cpu.Cpu;
import j86.runtime.mem.PhysicalMemory;

/**
 * The monitor's page-table views of one CPU's 32-bit paging (Intel SDM Vol. 3, 4.3), read from
 * physical memory without side effects.
 *
 * {@code info mem} (stock QEMU): one line "start-end size prot" per run of linear addresses with the
 * same effective user/write rights ('u' or '-', 'r', 'w' or '-'; rights are the AND of PDE and PTE),
 * each number in 16 hex digits as QEMU 7.2 prints them (its addresses there are 64-bit hwaddr even
 * for a 32-bit guest), so a run that reaches the top of the address space ends at 0000000100000000.
 *
 * {@code info pg} (the MIT 6.828 QEMU): a header, then per present PDE a line
 * "[VPN range]  PDE[index]  flags" and under it one line per run of present PTEs with identical
 * flags, "  [VPN range]  PTE[first-last] flags physical-pages", where the physical pages are a range
 * when consecutive, else the first six and "..". The ten flag letters show entry bits 9..0: bit 8
 * G(lobal), 7 S (4 MiB page), 6 D(irty), 5 A(ccessed), 4 C (cache disable), 3 T (write-through),
 * 2 U(ser), 1 W(ritable), 0 P(resent); bit 9 is always '-'.
 */
public final class PageTables {
    private static final int P = 1, W = 2, U = 4, PS = 0x80;
    private static final String LETTERS = "-GSDACTUWP";

    private PageTables() {}

    public static String infoMem(Cpu c) {
        if (!c.paging()) {
            return "PG disabled\n";
        }
        StringBuilder b = new StringBuilder();
        long start = -1;
        int lastProt = 0;
        boolean pse = (c.cr4 & Cpu.CR4_PSE) != 0;
        for (int i = 0; i < 1024; i++) {
            if (b.length() > Monitor.MAX_OUTPUT) {
                return b.toString(); // Monitor.execute cuts it there and says so
            }
            int pde = pde(c, i);
            if ((pde & P) != 0 && !(pse && (pde & PS) != 0)) {
                for (int j = 0; j < 1024; j++) {
                    int pte = c.phys.read32((pde & ~0xFFF) + j * 4);
                    int prot = (pte & P) == 0 ? 0 : pde & pte & (U | W | P);
                    long at = ((long) i << 22) + ((long) j << 12);
                    start = memRun(b, start, lastProt, at, prot);
                    lastProt = prot;
                }
            } else {
                int prot = (pde & P) == 0 ? 0 : pde & (U | W | P);
                start = memRun(b, start, lastProt, (long) i << 22, prot);
                lastProt = prot;
            }
        }
        memRun(b, start, lastProt, 1L << 32, 0);
        return b.toString();
    }

    /** Closes the current run at {@code at} when the rights change; returns the start of the run now open. */
    private static long memRun(StringBuilder b, long start, int lastProt, long at, int prot) {
        if (prot == lastProt) {
            return start;
        }
        if (start >= 0 && lastProt != 0) {
            b.append(String.format("%016x-%016x %016x %c%c%c%n", start, at, at - start,
                    (lastProt & U) != 0 ? 'u' : '-', 'r', (lastProt & W) != 0 ? 'w' : '-'));
        }
        return prot != 0 ? at : -1;
    }

    public static String infoPg(Cpu c) {
        if (!c.paging()) {
            return "PG disabled\n";
        }
        StringBuilder b = new StringBuilder("VPN range     Entry         Flags        Physical page\n");
        boolean pse = (c.cr4 & Cpu.CR4_PSE) != 0;
        for (int i = 0; i < 1024; i++) {
            if (b.length() > Monitor.MAX_OUTPUT) {
                break; // Monitor.execute cuts it there and says so
            }
            int pde = pde(c, i);
            if ((pde & P) == 0) {
                continue;
            }
            b.append(String.format("[%05x-%05x]  %-13s%s", i << 10, (i << 10) | 0x3FF, String.format("PDE[%03x]", i),
                    flags(pde)));
            if (pse && (pde & PS) != 0) {
                int first = (pde >>> 12) & 0xFFC00;
                b.append(String.format(" %05x-%05x%n", first, first + 0x3FF));
                continue;
            }
            b.append(System.lineSeparator());
            ptes(b, c.phys, pde & ~0xFFF, i);
        }
        return b.toString();
    }

    /** The runs of present PTEs with equal flags in the page table at {@code table}. */
    private static void ptes(StringBuilder b, PhysicalMemory phys, int table, int pdx) {
        int j = 0;
        while (j < 1024) {
            int pte = phys.read32(table + j * 4);
            if ((pte & P) == 0) {
                j++;
                continue;
            }
            int first = j;
            int[] frames = new int[1024];
            int n = 0;
            while (j < 1024) {
                int e = phys.read32(table + j * 4);
                if ((e & P) == 0 || (e & 0xFFF) != (pte & 0xFFF)) {
                    break;
                }
                frames[n++] = e >>> 12;
                j++;
            }
            int vpn = pdx << 10;
            String entry = n == 1 ? String.format("PTE[%03x]", first) : String.format("PTE[%03x-%03x]", first, j - 1);
            b.append(String.format("  [%05x-%05x]  %-13s%s %s%n", vpn + first, vpn + j - 1, entry, flags(pte),
                    frames(frames, n)));
        }
    }

    private static String frames(int[] f, int n) {
        boolean consecutive = true;
        for (int k = 1; k < n && consecutive; k++) {
            consecutive = f[k] == f[0] + k;
        }
        if (n == 1) {
            return String.format("%05x", f[0]);
        }
        if (consecutive) {
            return String.format("%05x-%05x", f[0], f[n - 1]);
        }
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < Math.min(n, 6); k++) {
            s.append(k == 0 ? "" : " ").append(String.format("%05x", f[k]));
        }
        return n > 6 ? s.append(" ..").toString() : s.toString();
    }

    /** The ten flag letters for entry bits 9..0. */
    static String flags(int e) {
        char[] s = new char[10];
        for (int k = 0; k < 10; k++) {
            int bit = 9 - k;
            s[k] = bit != 9 && (e & (1 << bit)) != 0 ? LETTERS.charAt(k) : '-';
        }
        return new String(s);
    }

    private static int pde(Cpu c, int i) {
        return c.phys.read32((c.cr3 & ~0xFFF) + i * 4);
    }
}
