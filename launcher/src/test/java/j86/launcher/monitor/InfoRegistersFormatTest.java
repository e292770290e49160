package j86.launcher.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * "info registers" line by line in the layout of QEMU 7.2's monitor for a 32-bit x86 CPU (its
 * x86_cpu_dump_state with the FPU lines, as captured from qemu-system-i386 on this JOS): the
 * patterns below are QEMU's printf formats. Values are checked against guest state the test reads
 * itself: the TR line against the TSS descriptor in the GDT (LTR marks it busy there), CR3 against
 * the kernel's kern_pgdir.
 */
class InfoRegistersFormatTest {
    private static final String H8 = "[0-9a-f]{8}", H16 = "[0-9a-f]{16}";
    private static final String SEG = "=[0-9a-f]{4} " + H8 + " " + H8 + " " + H8;
    /** Protected mode: " DPL=n " and the type words; real mode: nothing after the flags. */
    private static final String DESCR = "( DPL=[0-3] (CS32 \\[[-C][-R][-A]\\]|CS16 \\[[-C][-R][-A]\\]"
            + "|DS   \\[[-E][-W][-A]\\]|DS16 \\[[-E][-W][-A]\\]|LDT|TSS32-avl|TSS32-busy|TSS16-avl|TSS16-busy))?";
    private static final String[] LAYOUT = {"", "CPU#0",
        "EAX=" + H8 + " EBX=" + H8 + " ECX=" + H8 + " EDX=" + H8,
        "ESI=" + H8 + " EDI=" + H8 + " EBP=" + H8 + " ESP=" + H8,
        "EIP=" + H8 + " EFL=" + H8 + " \\[[-D][-O][-S][-Z][-A][-P][-C]\\] CPL=[0-3] II=[01] A20=[01] SMM=[01] HLT=[01]",
        "ES " + SEG + DESCR, "CS " + SEG + DESCR, "SS " + SEG + DESCR, "DS " + SEG + DESCR, "FS " + SEG + DESCR,
        "GS " + SEG + DESCR, "LDT" + SEG + DESCR, "TR " + SEG + DESCR,
        "GDT=     " + H8 + " " + H8, "IDT=     " + H8 + " " + H8,
        "CR0=" + H8 + " CR2=" + H8 + " CR3=" + H8 + " CR4=" + H8,
        "DR0=" + H8 + " DR1=" + H8 + " DR2=" + H8 + " DR3=" + H8 + " ", // QEMU's line ends in a space
        "DR6=" + H8 + " DR7=" + H8, "EFER=" + H16,
        "FCW=[0-9a-f]{4} FSW=[0-9a-f]{4} \\[ST=[0-7]\\] FTW=[0-9a-f]{2} MXCSR=" + H8,
        fpr(0), fpr(2), fpr(4), fpr(6), xmm(0), xmm(2), xmm(4), xmm(6)};

    private static String fpr(int i) {
        return "FPR" + i + "=" + H16 + " [0-9a-f]{4} FPR" + (i + 1) + "=" + H16 + " [0-9a-f]{4}";
    }

    private static String xmm(int i) {
        return String.format("XMM%02d=%s %s XMM%02d=%s %s", i, H16, H16, i + 1, H16, H16);
    }

    @BeforeAll
    static void images() {
        JosMachine.assumeImages();
    }

    private static void checkLayout(String regs) {
        String[] lines = regs.split("\n", -1);
        assertEquals(LAYOUT.length + 1, lines.length, regs); // + the empty string after the last newline
        for (int i = 0; i < LAYOUT.length; i++) {
            assertTrue(lines[i].matches(LAYOUT[i]), "line " + i + " '" + lines[i] + "' in\n" + regs);
        }
    }

    @Test
    void realModeAtPowerOnHasNoDescriptorWords() throws Exception {
        try (JosMachine m = new JosMachine(1, false)) {
            Monitor mon = new Monitor(m.machine.cpus, m.vm, () -> { });
            String regs = m.onMachine(() -> mon.execute("info registers"));
            checkLayout(regs);
            assertTrue(regs.contains("\nCS =0000 00000000 0000ffff 00009b00\n"), "boot sector entry, real mode: " + regs);
            assertTrue(regs.contains("\nFCW=037f FSW=0000 [ST=0] FTW=00 MXCSR=00001f80\n"), "FNINIT/reset values: " + regs);
        }
    }

    @Test
    void protectedModeAtEnvRunMatchesTheGdtAndThePageDirectory() throws Exception {
        try (JosMachine m = new JosMachine(1, false)) {
            CompletableFuture<StopEvent> stopped = new CompletableFuture<>();
            Monitor mon = new Monitor(m.machine.cpus, m.vm, () -> { });
            long envRun = symbol("env_run", "T"), pgdirVar = symbol("kern_pgdir", "B");
            m.onMachine(() -> {
                m.vm.addStopListener(stopped::complete);
                m.breakAt(envRun);
                m.vm.resume();
                return null;
            });
            stopped.get(60, TimeUnit.SECONDS);
            Cpu c = m.machine.cpus.get(0);
            String regs = m.onMachine(() -> mon.execute("info registers"));
            checkLayout(regs);
            long pgdir = (c.phys.read32((int) (pgdirVar - 0xF0000000L)) & 0xFFFFFFFFL) - 0xF0000000L;
            assertTrue(regs.contains(String.format(" CR3=%08x ", pgdir)), regs);
            Matcher tr = Pattern.compile("\nTR =([0-9a-f]{4}) (" + H8 + ") (" + H8 + ") (" + H8 + ") DPL=0 (\\S+)\n")
                    .matcher(regs);
            assertTrue(tr.find(), regs);
            Matcher gdt = Pattern.compile("\nGDT=     (" + H8 + ") ").matcher(regs);
            assertTrue(gdt.find(), regs);
            byte[] d = new byte[8];
            int at = (int) Long.parseLong(gdt.group(1), 16) + (Integer.parseInt(tr.group(1), 16) & ~7);
            assertEquals(8, DebugMemory.read(c, at, d, 0, 8));
            long high = (d[4] & 0xFF) | (d[5] & 0xFF) << 8 | (d[6] & 0xFF) << 16 | (long) (d[7] & 0xFF) << 24;
            assertEquals(high & 0x00F0FF00L, Long.parseLong(tr.group(4), 16), "TR flags as in the GDT: " + regs);
            assertEquals(0xB, (high >> 8) & 0xF, "LTR marked the TSS busy in the GDT");
            assertEquals("TSS32-busy", tr.group(5), regs);
            assertEquals(0x67, Long.parseLong(tr.group(3), 16), "sizeof(struct Taskstate) - 1");
        }
    }

    private static long symbol(String name, String kind) throws Exception {
        Process p = new ProcessBuilder("nm", JosMachine.KERNEL.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher m = Pattern.compile("(?m)^([0-9a-f]{8}) " + kind + " " + name + "$").matcher(out);
        assertTrue(m.find(), name);
        return Long.parseLong(m.group(1), 16);
    }
}
