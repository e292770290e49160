package j86.runtime.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import j86.runtime.cpu.Cpu;

/**
 * Runs a short AT&T-syntax program in flat 32-bit protected mode at CPL 0 (code at 0x1000, stack
 * top 0x8000, data wherever the program puts it) until its final HLT. Failure messages carry the
 * source and the CPU state (with the disassembly at EIP).
 */
final class Snippet {
    static final int ORG = 0x1000, STACK = 0x8000;

    final Machine m;
    final Cpu c;
    final String source;
    final GnuAs.Image image;

    Snippet(Machine m, String source, GnuAs.Image image) {
        this.m = m;
        this.c = m.cpu;
        this.source = source;
        this.image = image;
    }

    /** Assembles {@code body} (with a trailing HLT) and runs it to the HLT. */
    static Snippet run32(String name, String body) throws Exception {
        return run(name, ".code32\n_start:\n" + body + "\n    hlt\n", false);
    }

    /** Real mode at 0:0x1000 with 16-bit code. */
    static Snippet run16(String name, String body) throws Exception {
        return run(name, ".code16\n_start:\n" + body + "\n    hlt\n", true);
    }

    private static Snippet run(String name, String src, boolean real) throws Exception {
        GnuAs.Image img = GnuAs.assemble(name, src, ORG);
        Machine m = new Machine(1 << 20);
        m.load(ORG, img.bytes);
        if (real) {
            m.realMode(ORG);
            m.cpu.r[Cpu.ESP] = STACK;
        } else {
            m.flat32(ORG, STACK);
        }
        Snippet s = new Snippet(m, src, img);
        int r = m.run(1_000_000);
        assertEquals(Interpreter.HALTED, r, s.why());
        return s;
    }

    int sym(String name) {
        return image.sym(name);
    }

    int reg(int r) {
        return c.r[r];
    }

    int mem32(int pa) {
        return m.phys.read32(pa);
    }

    int mem16(int pa) {
        return m.phys.read16(pa);
    }

    int mem8(int pa) {
        return m.phys.read8(pa);
    }

    /** Source and state, for assertion messages. */
    String why() {
        return "\n--- program ---\n" + source + "--- state after ---\n" + m.describe();
    }

    void eq(int expected, int actual, String what) {
        assertEquals(Integer.toHexString(expected), Integer.toHexString(actual), what + why());
    }
}
