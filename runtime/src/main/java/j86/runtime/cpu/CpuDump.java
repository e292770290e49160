package j86.runtime.cpu;

import j86.runtime.ops.Flags;

/**
 * A register dump in the layout of QEMU's "info registers" / "-d int" output (selector, base,
 * limit and descriptor flags per segment; GDT/IDT; control registers), so that logs of j86 and
 * QEMU can be compared side by side. Used on triple fault and by the monitor.
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
        for (int i = 0; i < 6; i++) {
            segment(b, SEG_NAMES[i], c.seg[i]);
        }
        segment(b, "LDT=", c.ldtr);
        segment(b, "TR =", c.tr);
        b.append(String.format("GDT=     %08x %08x%n", c.gdtBase, c.gdtLimit));
        b.append(String.format("IDT=     %08x %08x%n", c.idtBase, c.idtLimit));
        b.append(String.format("CR0=%08x CR2=%08x CR3=%08x CR4=%08x%n", c.cr0, c.cr2, c.cr3, c.cr4));
        b.append(String.format("DR0=%08x DR1=%08x DR2=%08x DR3=%08x%n", c.dr[0], c.dr[1], c.dr[2], c.dr[3]));
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

    private static void segment(StringBuilder b, String name, Segment s) {
        b.append(String.format("%s%04x %08x %08x %08x", name, s.selector, s.base, s.limit, Descriptor.flagsWord(s)));
        b.append(describe(s)).append(System.lineSeparator());
    }

    /** A short reading of the descriptor type, like QEMU's trailing words. */
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
        switch (a & 0xF) {
            case Descriptor.LDT: return dpl + " LDT";
            case Descriptor.TSS32_AVAIL: return dpl + " TSS32-avl";
            case Descriptor.TSS32_BUSY: return dpl + " TSS32-busy";
            case Descriptor.TSS16_AVAIL: return dpl + " TSS16-avl";
            case Descriptor.TSS16_BUSY: return dpl + " TSS16-busy";
            default: return dpl + " type=" + (a & 0xF);
        }
    }
}
