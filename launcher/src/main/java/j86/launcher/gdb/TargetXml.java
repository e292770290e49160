package j86.launcher.gdb;

/**
 * The target description sent for qXfer:features:read:target.xml: GDB's i386 core feature (general,
 * segment and x87 registers) and SSE feature (xmm0-7, mxcsr), which together give the 41 registers
 * and 308-byte 'g' block of {@link Registers}. It names no architecture on purpose: with an
 * {@code <architecture>} element (QEMU sends "i386") GDB keeps disassembling 32-bit code after the
 * JOS .gdbinit's "set architecture i8086" in real mode; without it GDB follows the user's choice
 * (checked with GDB 13: 16-bit code at 0x7c00, 32-bit code in the kernel). Register and feature
 * names are the ones GDB's i386 support looks for; types are kept simple.
 */
final class TargetXml {
    private TargetXml() {}

    static final String TEXT = build();

    private static String build() {
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\"?>\n<!DOCTYPE target SYSTEM \"gdb-target.dtd\">\n<target version=\"1.0\">\n");
        b.append("<feature name=\"org.gnu.gdb.i386.core\">\n");
        b.append("<flags id=\"i386_eflags\" size=\"4\">\n");
        String[] flagNames = {"CF", "", "PF", "", "AF", "", "ZF", "SF", "TF", "IF", "DF", "OF", "", "", "NT", "", "RF",
            "VM", "AC", "VIF", "VIP", "ID"};
        for (int bit = 0; bit < flagNames.length; bit++) {
            if (!flagNames[bit].isEmpty()) {
                b.append("<field name=\"").append(flagNames[bit]).append("\" start=\"").append(bit)
                        .append("\" end=\"").append(bit).append("\"/>\n");
            }
        }
        b.append("</flags>\n");
        String[] gprs = {"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"};
        for (String r : gprs) {
            String type = r.equals("esp") || r.equals("ebp") ? "data_ptr" : "int32";
            reg(b, r, 32, type, "general");
        }
        reg(b, "eip", 32, "code_ptr", "general");
        reg(b, "eflags", 32, "i386_eflags", "general");
        for (String s : new String[] {"cs", "ss", "ds", "es", "fs", "gs"}) {
            reg(b, s, 32, "int32", "general");
        }
        for (int i = 0; i < 8; i++) {
            reg(b, "st" + i, 80, "i387_ext", "float");
        }
        for (String f : new String[] {"fctrl", "fstat", "ftag", "fiseg", "fioff", "foseg", "fooff", "fop"}) {
            reg(b, f, 32, "int", "float");
        }
        b.append("</feature>\n<feature name=\"org.gnu.gdb.i386.sse\">\n");
        b.append("<vector id=\"v4i32\" type=\"int32\" count=\"4\"/>\n");
        b.append("<vector id=\"v16u8\" type=\"uint8\" count=\"16\"/>\n");
        b.append("<union id=\"vec128\"><field name=\"v4_int32\" type=\"v4i32\"/>");
        b.append("<field name=\"v16_int8\" type=\"v16u8\"/><field name=\"uint128\" type=\"uint128\"/></union>\n");
        for (int i = 0; i < 8; i++) {
            reg(b, "xmm" + i, 128, "vec128", "vector");
        }
        reg(b, "mxcsr", 32, "int", "vector");
        b.append("</feature>\n</target>\n");
        return b.toString();
    }

    private static void reg(StringBuilder b, String name, int bits, String type, String group) {
        b.append("<reg name=\"").append(name).append("\" bitsize=\"").append(bits).append("\" type=\"").append(type)
                .append("\" group=\"").append(group).append("\"/>\n");
    }
}
