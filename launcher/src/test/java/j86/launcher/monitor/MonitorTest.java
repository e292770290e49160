package j86.launcher.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.launcher.gdb.DebugMemory;
import j86.launcher.gdb.JosMachine;
import j86.launcher.gdb.StopEvent;
import j86.runtime.cpu.Cpu;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The monitor on JOS stopped at its first env_run (kernel and user mappings in place). Every line
 * of "info pg" and "info mem" is checked against page directory and page table entries the test
 * reads itself from guest physical memory; "info registers" against the CPU and, for the hidden
 * CS base and limit, against the GDT descriptor read from guest memory.
 */
class MonitorTest {
    private static final Pattern PDE = Pattern.compile("\\[([0-9a-f]{5})-([0-9a-f]{5})\\]  PDE\\[([0-9a-f]{3})\\]     ([-A-Z]{10})");
    private static final Pattern PTE = Pattern.compile(
            "  \\[([0-9a-f]{5})-([0-9a-f]{5})\\]  PTE\\[([0-9a-f]{3})(?:-([0-9a-f]{3}))?\\] +([-A-Z]{10}) (.*)");

    @BeforeAll
    static void images() {
        JosMachine.assumeImages();
    }

    private static long symbol(String name) throws Exception {
        Process p = new ProcessBuilder("nm", JosMachine.KERNEL.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher m = Pattern.compile("(?m)^([0-9a-f]{8}) T " + name + "$").matcher(out);
        assertTrue(m.find(), name);
        return Long.parseLong(m.group(1), 16);
    }

    /** Entry bits 0..8 from the ten letters of the 6.828 format (positions = bits 9..0). */
    private static int flagBits(String letters) {
        int bits = 0;
        for (int k = 0; k < 10; k++) {
            if (letters.charAt(k) != '-') {
                bits |= 1 << (9 - k);
            }
        }
        return bits;
    }

    @Test
    void infoPgInfoMemInfoRegistersAndExamineMatchGuestState() throws Exception {
        long envRun = symbol("env_run");
        try (JosMachine m = new JosMachine(1, false)) {
            CompletableFuture<StopEvent> stopped = new CompletableFuture<>();
            Monitor mon = new Monitor(m.machine.cpus, m.vm, () -> { });
            m.onMachine(() -> {
                m.vm.addStopListener(stopped::complete); // here: after the power-on pause
                m.breakAt(envRun);
                m.vm.resume();
                return null;
            });
            stopped.get(60, TimeUnit.SECONDS);
            Cpu c = m.machine.cpus.get(0);
            String pg = m.onMachine(() -> mon.execute("info pg"));
            String mem = m.onMachine(() -> mon.execute("info mem"));
            String regs = m.onMachine(() -> mon.execute("info registers"));
            int esp = c.r[Cpu.ESP];
            String x = m.onMachine(() -> mon.execute("x /4xw $esp"));
            long pa = DebugMemory.translate(c, esp);
            String xp = m.onMachine(() -> mon.execute(String.format("xp/4xw 0x%x", pa)));
            checkInfoPg(c, pg);
            checkInfoMem(c, mem);
            checkRegisters(c, regs);
            String words = String.format(" 0x%08x 0x%08x 0x%08x 0x%08x", c.phys.read32((int) pa),
                    c.phys.read32((int) pa + 4), c.phys.read32((int) pa + 8), c.phys.read32((int) pa + 12));
            assertEquals(String.format("%08x:%s%n", esp, words), x);
            assertEquals(String.format("%016x:%s%n", pa, words), xp);
        }
    }

    private static void checkInfoPg(Cpu c, String pg) {
        String[] lines = pg.split("\n");
        assertEquals("VPN range     Entry         Flags        Physical page", lines[0]);
        int pdes = 0, ptes = 0, pdeLines = 0, pteCount = 0;
        int table = -1;
        for (int i = 0; i < 1024; i++) {
            int pde = c.phys.read32((c.cr3 & ~0xFFF) + 4 * i);
            if ((pde & 1) != 0) {
                pdes++;
                for (int j = 0; j < 1024; j++) {
                    ptes += c.phys.read32((pde & ~0xFFF) + 4 * j) & 1;
                }
            }
        }
        for (int n = 1; n < lines.length; n++) {
            Matcher d = PDE.matcher(lines[n]), t = PTE.matcher(lines[n]);
            if (d.matches()) {
                int idx = Integer.parseInt(d.group(3), 16);
                int pde = c.phys.read32((c.cr3 & ~0xFFF) + 4 * idx);
                assertEquals(idx << 10, Integer.parseInt(d.group(1), 16), lines[n]);
                assertEquals(pde & 0x1FF, flagBits(d.group(4)), lines[n]);
                table = pde & ~0xFFF;
                pdeLines++;
            } else {
                assertTrue(t.matches(), "unexpected line: " + lines[n]);
                int first = Integer.parseInt(t.group(1), 16), last = Integer.parseInt(t.group(2), 16);
                int flags = flagBits(t.group(5));
                String[] frames = t.group(6).split(" ");
                for (int vpn = first; vpn <= last; vpn++) {
                    int pte = c.phys.read32(table + 4 * (vpn & 0x3FF));
                    assertEquals(flags | 1, pte & 0x1FF | 1, lines[n]);
                    assertEquals(1, pte & 1, lines[n]);
                    int k = vpn - first;
                    if (frames.length == 1 && frames[0].contains("-")) {
                        assertEquals(Integer.parseInt(frames[0].split("-")[0], 16) + k, pte >>> 12, lines[n]);
                    } else if (k < 6 && k < frames.length) {
                        assertEquals(Integer.parseInt(frames[k], 16), pte >>> 12, lines[n]);
                    }
                    pteCount++;
                }
            }
        }
        assertTrue(pdes > 2, "JOS maps more than two page tables");
        assertEquals(pdes, pdeLines, "one line per present PDE");
        assertEquals(ptes, pteCount, "every present PTE is in a PTE line");
    }

    private static int rights(Cpu c, long la) {
        int pde = c.phys.read32((c.cr3 & ~0xFFF) + (int) (la >>> 22) * 4);
        if ((pde & 1) == 0) {
            return 0;
        }
        int pte = c.phys.read32((pde & ~0xFFF) + (int) ((la >>> 12) & 0x3FF) * 4);
        return (pte & 1) == 0 ? 0 : pde & pte & 7;
    }

    /**
     * QEMU 7.2's format: start, end and size in 16 hex digits (its hwaddr), so the run JOS maps up
     * to the top of the address space (KERNBASE..4 GiB) ends at 0000000100000000, not 00000000.
     */
    private static void checkInfoMem(Cpu c, String mem) {
        Pattern line = Pattern.compile("([0-9a-f]{16})-([0-9a-f]{16}) ([0-9a-f]{16}) ([u-])r([w-])");
        int n = 0;
        long lastEnd = 0;
        for (String l : mem.split("\n")) {
            Matcher m = line.matcher(l);
            assertTrue(m.matches(), l);
            long start = Long.parseLong(m.group(1), 16), end = Long.parseLong(m.group(2), 16);
            assertTrue(start < end && end <= 1L << 32, l);
            assertEquals(end - start, Long.parseLong(m.group(3), 16), l);
            int want = 1 | (m.group(4).equals("u") ? 4 : 0) | (m.group(5).equals("w") ? 2 : 0);
            assertEquals(want, rights(c, start), l);
            assertEquals(want, rights(c, end - 4096), l);
            if (start > 0) {
                assertTrue(rights(c, start - 4096) != want, "a range starts where the rights change: " + l);
            }
            n++;
            lastEnd = end;
        }
        assertTrue(n >= 3, mem);
        assertTrue(rights(c, 0xFFFFF000L) != 0, "JOS maps the top page (KERNBASE..4 GiB)");
        assertEquals(1L << 32, lastEnd, "the last range reaches the top: " + mem);
        assertTrue(mem.endsWith("-0000000100000000 " + String.format("%016x", lastEnd - lastStart(mem)) + " -rw\n"), mem);
    }

    private static long lastStart(String mem) {
        String last = mem.substring(mem.lastIndexOf('\n', mem.length() - 2) + 1);
        return Long.parseLong(last.substring(0, 16), 16);
    }

    private static long field(String regs, String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + "([0-9a-f]{8})").matcher(regs);
        assertTrue(m.find(), name + " in\n" + regs);
        return Long.parseLong(m.group(1), 16);
    }

    private static void checkRegisters(Cpu c, String regs) {
        assertEquals(c.r[Cpu.EAX] & 0xFFFFFFFFL, field(regs, "EAX="), regs);
        assertEquals(c.r[Cpu.ESP] & 0xFFFFFFFFL, field(regs, "ESP="), regs);
        assertEquals(c.eip & 0xFFFFFFFFL, field(regs, "EIP="), regs);
        assertEquals(c.cr3 & 0xFFFFFFFFL, field(regs, "CR3="), regs);
        Matcher cs = Pattern.compile("CS =([0-9a-f]{4}) ([0-9a-f]{8}) ([0-9a-f]{8})").matcher(regs);
        assertTrue(cs.find(), regs);
        int sel = Integer.parseInt(cs.group(1), 16);
        assertEquals(8, sel, "JOS kernel code selector");
        Matcher gdt = Pattern.compile("GDT=     ([0-9a-f]{8}) ([0-9a-f]{8})").matcher(regs);
        assertTrue(gdt.find(), regs);
        byte[] d = new byte[8];
        assertEquals(8, DebugMemory.read(c, (int) Long.parseLong(gdt.group(1), 16) + (sel & ~7), d, 0, 8));
        long base = (d[2] & 0xFF) | (d[3] & 0xFF) << 8 | (d[4] & 0xFF) << 16 | (long) (d[7] & 0xFF) << 24;
        long limit = (d[0] & 0xFF) | (d[1] & 0xFF) << 8 | (d[6] & 0xF) << 16;
        if ((d[6] & 0x80) != 0) {
            limit = limit << 12 | 0xFFF;
        }
        assertEquals(base, Long.parseLong(cs.group(2), 16), "CS base from the GDT descriptor");
        assertEquals(limit, Long.parseLong(cs.group(3), 16), "CS limit from the GDT descriptor");
    }

    @Test
    void longOutputIsCutAtALineEndWithANote() {
        StringBuilder b = new StringBuilder();
        while (b.length() < 200_000) {
            b.append("0123456789abcdef 0123456789abcdef\n");
        }
        String cut = Monitor.bounded(b.toString());
        assertTrue(cut.length() < Monitor.MAX_OUTPUT + 100, "bounded");
        Matcher m = Pattern.compile("\\(output cut at (\\d+) characters, the most a monitor command answers\\)\n$").matcher(cut);
        assertTrue(m.find(), cut.substring(cut.length() - 100));
        int end = Integer.parseInt(m.group(1));
        assertEquals('\n', cut.charAt(end - 1));
        assertEquals(b.substring(0, end), cut.substring(0, end));
        assertFalse(cut.substring(0, end).contains("("));
        assertEquals("short\n", Monitor.bounded("short\n"));
    }
}
