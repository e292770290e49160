package j86.launcher.gdb;

/**
 * The types of {@link TargetXml}: the flag registers' named fields and the 128-bit vector union, as
 * QEMU 7.2 describes them for i386 (bit numbers from the Intel SDM: EFLAGS Vol. 1, 3.4.3; CR0, CR3,
 * CR4 Vol. 3, 2.5; EFER Vol. 3, 2.2.1; MXCSR Vol. 1, 10.2.3). A field is written "NAME:START" for
 * one bit (a bool) or "NAME:START-END" for a wider one (a number GDB prints as NAME=value); an
 * empty name is a reserved field that GDB shows only when set. Order matters: GDB prints a value's
 * fields in the order listed here, which is QEMU's (EFLAGS and CR0 from the top bit down, CR4 up).
 */
final class TargetTypes {
    private TargetTypes() {}

    private static final String[] EFLAGS = {":22-31", "ID:21", "VIP:20", "VIF:19", "AC:18", "VM:17", "RF:16", ":15",
        "NT:14", "IOPL:12-13", "OF:11", "DF:10", "IF:9", "TF:8", "SF:7", "ZF:6", ":5", "AF:4", ":3", "PF:2", ":1",
        "CF:0"};
    private static final String[] CR0 = {"PG:31", "CD:30", "NW:29", "AM:18", "WP:16", "NE:5", "ET:4", "TS:3", "EM:2",
        "MP:1", "PE:0"};
    /** The page-directory base as a page number (bits 31:12) and the low bits (PCID when CR4.PCIDE). */
    private static final String[] CR3 = {"PDBR:12-31", "PCID:0-11"};
    private static final String[] CR4 = {"VME:0", "PVI:1", "TSD:2", "DE:3", "PSE:4", "PAE:5", "MCE:6", "PGE:7",
        "PCE:8", "OSFXSR:9", "OSXMMEXCPT:10", "UMIP:11", "LA57:12", "VMXE:13", "SMXE:14", "FSGSBASE:16", "PCIDE:17",
        "OSXSAVE:18", "SMEP:20", "SMAP:21", "PKE:22"};
    private static final String[] EFER = {"TCE:15", "FFXSR:14", "LMSLE:13", "SVME:12", "NXE:11", "LMA:10", "LME:8",
        "SCE:0"};
    private static final String[] MXCSR = {"IE:0", "DE:1", "ZE:2", "OE:3", "UE:4", "PE:5", "DAZ:6", "IM:7", "DM:8",
        "ZM:9", "OM:10", "UM:11", "PM:12", "FZ:15"};

    static void all(StringBuilder b) {
        flags(b, "i386_eflags", EFLAGS);
        flags(b, "i386_cr0", CR0);
        flags(b, "i386_cr3", CR3);
        flags(b, "i386_cr4", CR4);
        flags(b, "i386_efer", EFER);
        vectors(b);
        flags(b, "i386_mxcsr", MXCSR);
    }

    private static void flags(StringBuilder b, String id, String[] fields) {
        b.append("<flags id=\"").append(id).append("\" size=\"4\">\n");
        for (String f : fields) {
            int colon = f.indexOf(':'), dash = f.indexOf('-');
            String start = dash < 0 ? f.substring(colon + 1) : f.substring(colon + 1, dash);
            String end = dash < 0 ? start : f.substring(dash + 1);
            b.append("<field name=\"").append(f, 0, colon).append("\" start=\"").append(start).append("\" end=\"")
                    .append(end).append("\" type=\"").append(dash < 0 ? "bool" : "uint32").append("\"/>\n");
        }
        b.append("</flags>\n");
    }

    /** vec128: an XMM register seen as floats, doubles, or integers of each width. */
    private static void vectors(StringBuilder b) {
        String[][] v = {{"v4f", "ieee_single", "4", "v4_float"}, {"v2d", "ieee_double", "2", "v2_double"},
            {"v16i8", "int8", "16", "v16_int8"}, {"v8i16", "int16", "8", "v8_int16"}, {"v4i32", "int32", "4", "v4_int32"},
            {"v2i64", "int64", "2", "v2_int64"}};
        StringBuilder union = new StringBuilder("<union id=\"vec128\">");
        for (String[] x : v) {
            b.append("<vector id=\"").append(x[0]).append("\" type=\"").append(x[1]).append("\" count=\"").append(x[2])
                    .append("\"/>\n");
            union.append("<field name=\"").append(x[3]).append("\" type=\"").append(x[0]).append("\"/>");
        }
        b.append(union).append("<field name=\"uint128\" type=\"uint128\"/></union>\n");
    }
}
