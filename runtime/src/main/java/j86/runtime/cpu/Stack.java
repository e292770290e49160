package j86.runtime.cpu;

/**
 * Stack accesses through SS (Intel SDM Vol. 1, 6.2 "Stacks"; Vol. 3, 5.3 limit checks raise #SS).
 * SS.B selects ESP (32-bit stack) or SP (16-bit stack, ESP's upper half untouched). Memory is
 * accessed at the CPU's current privilege. ESP only changes after the memory access succeeded, so
 * a faulting push or pop leaves the CPU as it was (precise exceptions).
 *
 * {@code opSize} arguments are in bits: 16 or 32.
 */
public final class Stack {
    private Stack() {}

    /** The offset in SS that stack pointer value {@code esp} designates. */
    public static int offset(Cpu c, int esp) {
        return c.stack32() ? esp : esp & 0xFFFF;
    }

    /** ESP after adding {@code delta}; a 16-bit stack wraps SP and keeps ESP's upper half. */
    public static int adjust(Cpu c, int esp, int delta) {
        return c.stack32() ? esp + delta : (esp & 0xFFFF0000) | ((esp + delta) & 0xFFFF);
    }

    public static void push16(Cpu c, int v) {
        int esp = adjust(c, c.r[Cpu.ESP], -2);
        c.mmu.write16(Segmentation.linear(c, Segmentation.SS, offset(c, esp), 2, true), v & 0xFFFF);
        c.r[Cpu.ESP] = esp;
    }

    public static void push32(Cpu c, int v) {
        int esp = adjust(c, c.r[Cpu.ESP], -4);
        c.mmu.write32(Segmentation.linear(c, Segmentation.SS, offset(c, esp), 4, true), v);
        c.r[Cpu.ESP] = esp;
    }

    public static int pop16(Cpu c) {
        int v = peek16(c, 0);
        c.r[Cpu.ESP] = adjust(c, c.r[Cpu.ESP], 2);
        return v;
    }

    public static int pop32(Cpu c) {
        int v = peek32(c, 0);
        c.r[Cpu.ESP] = adjust(c, c.r[Cpu.ESP], 4);
        return v;
    }

    /** The word at SS:[ESP + disp] (disp wraps like the stack pointer), without popping. */
    public static int peek16(Cpu c, int disp) {
        int off = offset(c, adjust(c, c.r[Cpu.ESP], disp));
        return c.mmu.read16(Segmentation.linear(c, Segmentation.SS, off, 2, false));
    }

    /** The doubleword at SS:[ESP + disp], without popping. */
    public static int peek32(Cpu c, int disp) {
        int off = offset(c, adjust(c, c.r[Cpu.ESP], disp));
        return c.mmu.read32(Segmentation.linear(c, Segmentation.SS, off, 4, false));
    }

    /** Pushes the low {@code opSize} bits of {@code v}. */
    public static void push(Cpu c, int opSize, int v) {
        if (opSize == 32) {
            push32(c, v);
        } else {
            push16(c, v);
        }
    }

    /** Pops {@code opSize} bits (zero-extended). */
    public static int pop(Cpu c, int opSize) {
        return opSize == 32 ? pop32(c) : pop16(c);
    }

    /** Reads {@code opSize} bits at SS:[ESP + disp] without popping. */
    public static int peek(Cpu c, int opSize, int disp) {
        return opSize == 32 ? peek32(c, disp) : peek16(c, disp);
    }
}
