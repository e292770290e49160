package j86.runtime.cpu;

import j86.runtime.ops.Flags;

/**
 * A register dump in the layout of QEMU's "info registers" / "-d int" output (selector, base,
 * limit and descriptor flags per segment; GDT/IDT; control and debug registers, the DR0-DR3 line
 * ending in a space as QEMU's does), so that logs of j86 and QEMU can be compared side by side.
 * The lines QEMU prints after it depend on the use (CCS/CCD/CCO for -d int, FPU and SSE for the
 * monitor), so the callers add them. Used on triple fault, by the -d log and by the monitor.
 */
public final class CpuDump {
    private CpuDump() {}

    private static final String[] SEG_NAMES = {"ES =", "CS =", "SS =", "DS =", "FS =", "GS ="};

    public static String dump(Cpu c) {
        StringBuilder b = new StringBuilder(1024);
        int[] r = c.r;
        b.append(String.format("EAX=%08x EBX=%08x ECX=%08x EDX=%08x%n", r[Cpu.EAX], r[Cpu.EBX], r[Cpu.ECX], r[Cpu.EDX]));
        b.append(String.format("ESI=%08x EDI=%08x EBP=%08x ESP=%08x%n", r[Cpu.ESI], r[Cpu.EDI], r[Cpu.EBP], r[Cpu.ESP]));
        int fl = Flags.get(c);
        b.append(String.format("EIP=%08x EFL=%08x [%s] CPL=%d II=%d A20=1 SMM=0 HLT=%d%n",
                c.eip, fl, flagLetters(fl), c.cpl, c.interruptShadow ? 1 : 0, c.halted ? 1 : 0));
        boolean pe = c.protectedMode();
        for (int i = 0; i < 6; i++) {
            segment(b, SEG_NAMES[i], c.seg[i], pe);
        }
        segment(b, "LDT=", c.ldtr, pe);
        segment(b, "TR =", c.tr, pe);
        b.append(String.format("GDT=     %08x %08x%n", c.gdtBase, c.gdtLimit));
        b.append(String.format("IDT=     %08x %08x%n", c.idtBase, c.idtLimit));
        b.append(String.format("CR0=%08x CR2=%08x CR3=%08x CR4=%08x%n", c.cr0, c.cr2, c.cr3, c.cr4));
        b.append(String.format("DR0=%08x DR1=%08x DR2=%08x DR3=%08x %n", c.dr[0], c.dr[1], c.dr[2], c.dr[3]));
        b.append(String.format("DR6=%08x DR7=%08x%n", c.dr[6], c.dr[7]));
        return b.toString();
    }

    /** QEMU's flag letters: D O S Z A P C, '-' when clear. */
    static String flagLetters(int fl) {
        char[] s = new char[7];
        int[] bits = {Cpu.DF, Cpu.OF, Cpu.SF, Cpu.ZF, Cpu.AF, Cpu.PF, Cpu.CF};
        String letters = "DOSZAPC";
        for (int i = 0; i < 7; i++) {
            s[i] = (fl & bits[i]) != 0 ? letters.charAt(i) : '-';
        }
        return new String(s);
    }

    private static void segment(StringBuilder b, String name, Segment s, boolean protectedMode) {
        b.append(String.format("%s%04x %08x %08x %08x", name, s.selector, s.base, s.limit, Descriptor.flagsWord(s)));
        b.append(protectedMode ? describe(s) : "").append(System.lineSeparator());
    }

    /** QEMU's names of the system descriptor types 0-15 (SDM Vol. 3, Table 3-2). */
    private static final String[] SYSTEM_TYPES = {"Reserved", "TSS16-avl", "LDT", "TSS16-busy", "CallGate16",
        "TaskGate", "IntGate16", "TrapGate16", "Reserved", "TSS32-avl", "Reserved", "TSS32-busy", "CallGate32",
        "Reserved", "IntGate32", "TrapGate32"};

    /**
     * A short reading of the descriptor type, QEMU's trailing words: only in protected mode (the
     * caller checks) and for a present descriptor; nothing in real mode or for a null selector.
     */
    private static String describe(Segment s) {
        int a = s.access;
        if (!s.usable()) {
            return "";
        }
        String dpl = " DPL=" + s.dpl();
        if (Descriptor.isCode(a)) {
            return dpl + (s.big ? " CS32" : " CS16") + " [" + ((a & 4) != 0 ? 'C' : '-')
                    + ((a & 2) != 0 ? 'R' : '-') + ((a & 1) != 0 ? 'A' : '-') + "]";
        }
        if (Descriptor.isData(a)) {
            return dpl + (s.big ? " DS  " : " DS16") + " [" + ((a & 4) != 0 ? 'E' : '-')
                    + ((a & 2) != 0 ? 'W' : '-') + ((a & 1) != 0 ? 'A' : '-') + "]";
        }
        return dpl + " " + SYSTEM_TYPES[a & 0xF];
    }
}
