package j86.launcher.gdb;

/**
 * The target description sent for qXfer:features:read:target.xml: the register layout of QEMU 7.2's
 * {@code qemu-system-i386} (one "org.gnu.gdb.i386.core" feature: general, segment, system, x87 and
 * SSE registers, the 50 registers and 344-byte 'g' block of {@link Registers}), with QEMU's flag
 * types, so that GDB prints {@code $eflags} as {@code [ IOPL=0 ZF PF ]}, {@code $cr0} by its named
 * bits and {@code $cr3} as {@code [ PDBR=... PCID=0 ]}, as it does against QEMU. The fields are
 * listed in QEMU's order because GDB prints them in the order given.
 *
 * <p>It names no architecture on purpose: with an {@code <architecture>} element (QEMU sends
 * "i386") GDB keeps disassembling 32-bit code after the JOS .gdbinit's "set architecture i8086" in
 * real mode; without it GDB follows the user's choice (checked with GDB 13: 16-bit code at 0x7c00,
 * 32-bit code in the kernel).
 */
final class TargetXml {
    private TargetXml() {}

    static final String TEXT = build();

    private static String build() {
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\"?>\n<!DOCTYPE target SYSTEM \"gdb-target.dtd\">\n<target version=\"1.0\">\n");
        b.append("<feature name=\"org.gnu.gdb.i386.core\">\n");
        TargetTypes.all(b);
        for (String r : new String[] {"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"}) {
            reg(b, r, 32, r.equals("esp") || r.equals("ebp") ? "data_ptr" : "int32", null);
        }
        reg(b, "eip", 32, "code_ptr", null);
        reg(b, "eflags", 32, "i386_eflags", null);
        for (String s : new String[] {"cs", "ss", "ds", "es", "fs", "gs", "fs_base", "gs_base", "k_gs_base"}) {
            reg(b, s, 32, "int32", null);
        }
        String[][] system = {{"cr0", "i386_cr0"}, {"cr2", "int32"}, {"cr3", "i386_cr3"}, {"cr4", "i386_cr4"},
            {"cr8", "int32"}, {"efer", "i386_efer"}};
        for (String[] r : system) {
            reg(b, r[0], 32, r[1], null);
        }
        for (int i = 0; i < 8; i++) {
            reg(b, "st" + i, 80, "i387_ext", null);
        }
        for (String f : new String[] {"fctrl", "fstat", "ftag", "fiseg", "fioff", "foseg", "fooff", "fop"}) {
            reg(b, f, 32, "int", "float");
        }
        for (int i = 0; i < 8; i++) {
            reg(b, "xmm" + i, 128, "vec128", null);
        }
        reg(b, "mxcsr", 32, "i386_mxcsr", "vector");
        b.append("</feature>\n</target>\n");
        return b.toString();
    }

    private static void reg(StringBuilder b, String name, int bits, String type, String group) {
        b.append("<reg name=\"").append(name).append("\" bitsize=\"").append(bits).append("\" type=\"").append(type)
                .append('"');
        if (group != null) {
            b.append(" group=\"").append(group).append('"');
        }
        b.append("/>\n");
    }
}
