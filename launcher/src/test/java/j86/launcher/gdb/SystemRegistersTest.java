package j86.launcher.gdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import j86.runtime.cpu.Cpu;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The system registers of QEMU's i386 target description (fs_base .. efer between gs and st0), read
 * at JOS's first env_run, when mem_init has loaded kern_pgdir into CR3 and set CR0's paging bits.
 * The truth: CR3 is the physical address of the page directory whose virtual address the kernel
 * keeps in its variable kern_pgdir (read from guest physical memory at the symbol's address less
 * KERNBASE); CR0 is what kern/pmap.c's mem_init loads (PE PG AM WP NE MP, TS and EM clear) plus
 * ET, which the CPU keeps set; writes follow MOV CRn (PAE is not among j86's CR4 bits, so
 * setting it is refused as the CPU would refuse it with #GP); the register names, sizes and flag fields are QEMU 7.2's
 * (qemu-system-i386's gdb-xml/i386-32bit.xml), as GDB 13 prints them against QEMU.
 */
class SystemRegistersTest {
    private static final long KERNBASE = 0xF0000000L;
    /** QEMU 7.2's 32-bit i386 registers, in 'g' order. */
    private static final List<String> QEMU_NAMES = qemuNames();
    private static Map<String, Long> symbols;

    private static List<String> qemuNames() {
        List<String> n = new ArrayList<>(List.of("eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi", "eip",
                "eflags", "cs", "ss", "ds", "es", "fs", "gs", "fs_base", "gs_base", "k_gs_base", "cr0", "cr2", "cr3",
                "cr4", "cr8", "efer"));
        for (int i = 0; i < 8; i++) {
            n.add("st" + i);
        }
        n.addAll(List.of("fctrl", "fstat", "ftag", "fiseg", "fioff", "foseg", "fooff", "fop"));
        for (int i = 0; i < 8; i++) {
            n.add("xmm" + i);
        }
        n.add("mxcsr");
        return n;
    }

    @BeforeAll
    static void images() throws Exception {
        JosMachine.assumeImages();
        symbols = GdbStubTest.nm();
    }

    /** The page directory's physical address, from the kernel's own variable. */
    private static long kernPgdirPhysical(Cpu c) {
        return (c.phys.read32((int) (symbols.get("kern_pgdir") - KERNBASE)) & 0xFFFFFFFFL) - KERNBASE;
    }

    @Test
    void realGdbPrintsControlRegistersAsAgainstQemuAndWritesCr2() throws Exception {
        assumeTrue(GdbBatch.installed(), "gdb not installed");
        try (JosMachine m = new JosMachine(JosMachine.IMAGE, 1, true)) {
            String out = GdbStubTest.gdb(m.server.port(), "break env_run", "continue", "info registers cr3",
                    "p $cr0", "p $cr3", "p/x $cr0", "echo REGS\\n", "info registers", "set $cr2 = 0x1234",
                    "set $cr0 = $cr0 & ~0x10000", "set $cr4 = 0x20", "set $efer = 1", "kill");
            String why = "gdb output:\n" + out;
            assertTrue(m.awaitEnd(30_000), why);
            Cpu c = m.machine.cpus.get(0);
            long pgdir = kernPgdirPhysical(c);
            Matcher cr3 = Pattern.compile("(?m)^cr3 +0x([0-9a-f]+) +\\[ PDBR=(\\d+) PCID=0 \\]$").matcher(out);
            assertTrue(cr3.find(), why);
            assertEquals(pgdir, Long.parseLong(cr3.group(1), 16), why);
            assertEquals(pgdir >>> 12, Long.parseLong(cr3.group(2)), why);
            assertTrue(out.contains("= [ PG AM WP NE ET MP PE ]\n"), why);
            assertTrue(out.contains("= [ PDBR=" + (pgdir >>> 12) + " PCID=0 ]\n"), why);
            assertTrue(out.contains("= 0x80050033\n"), why);
            List<String> listed = new ArrayList<>();
            for (String l : out.substring(out.indexOf("REGS\n") + 5).split("\n")) {
                if (l.matches("[a-z_0-9]+ {2,}\\S.*")) {
                    listed.add(l.substring(0, l.indexOf(' ')));
                }
            }
            // "info registers" shows all but the x87 registers, as against QEMU
            List<String> general = new ArrayList<>(QEMU_NAMES.subList(0, 25));
            general.addAll(QEMU_NAMES.subList(41, 50));
            assertEquals(general, listed, why);
            assertTrue(Pattern.compile("(?m)^eflags +0x[0-9a-f]+ +\\[ IOPL=0 .*\\]$").matcher(out).find(), why);
            assertTrue(out.contains("Could not write register \"efer\""), "j86 has no EFER; " + why);
            assertTrue(out.contains("Could not write register \"cr4\""), "PAE, which j86 lacks, is #GP; " + why);
            assertEquals(0x1234, c.cr2, "cr2 written through P; " + why);
            assertEquals(0x80040033, c.cr0, "cr0 with WP cleared; " + why);
            assertEquals(0, c.cr4, why);
        }
    }

    @Test
    void targetXmlHasQemusLayoutAndRegistersReadAndRewriteUnchanged() throws Exception {
        long envRun = symbols.get("env_run");
        try (JosMachine m = new JosMachine(JosMachine.IMAGE, 1, true); RawClient c = new RawClient(m.server.port())) {
            c.send("qXfer:features:read:target.xml:0,3fff");
            String xml = c.waitFor("l", 10_000).substring(1);
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // gdb-target.dtd is GDB's
            Element root = f.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            NodeList regs = root.getElementsByTagName("reg");
            List<String> names = new ArrayList<>();
            int bits = 0;
            for (int i = 0; i < regs.getLength(); i++) {
                Element r = (Element) regs.item(i);
                names.add(r.getAttribute("name"));
                bits += Integer.parseInt(r.getAttribute("bitsize"));
            }
            assertEquals(QEMU_NAMES, names, xml);
            assertEquals("i386_cr3", ((Element) regs.item(21)).getAttribute("type"));
            assertEquals("i386_cr0", ((Element) regs.item(19)).getAttribute("type"));
            assertTrue(xml.contains("<field name=\"PDBR\" start=\"12\" end=\"31\""), xml);

            c.send(String.format("Z1,%x,1", envRun));
            assertEquals("OK", c.waitFor("", 10_000));
            c.send("c");
            assertTrue(c.waitFor("T05", 60_000).startsWith("T05"));
            c.send("g");
            String g = c.waitFor("", 10_000);
            assertEquals(bits / 4, g.length(), "the 'g' block holds every register of the description");
            Cpu cpu = m.machine.cpus.get(0);
            long pgdir = kernPgdirPhysical(cpu);
            assertEquals(pgdir, le(g.substring(21 * 8, 22 * 8)), "cr3 in 'g'");
            c.send("p15"); // register 0x15 = 21, cr3
            assertEquals(pgdir, le(c.waitFor("", 10_000)));
            c.send("p13");
            int cr0 = (int) le(c.waitFor("", 10_000)), paging = Cpu.CR0_PE | Cpu.CR0_PG | Cpu.CR0_WP;
            assertEquals(paging, cr0 & paging, "cr0 after mem_init: PE, PG and WP");
            c.send("G" + g);
            assertEquals("OK", c.waitFor("", 10_000), "writing back what 'g' read changes nothing and is accepted");
            c.send("g");
            assertEquals(g, c.waitFor("", 10_000));
            c.send("k");
        }
    }

    /** A little-endian hex register value. */
    private static long le(String hex) {
        long v = 0;
        for (int i = hex.length() - 2; i >= 0; i -= 2) {
            v = v << 8 | Integer.parseInt(hex.substring(i, i + 2), 16);
        }
        return v;
    }
}
