package j86.runtime.ops;

import static j86.runtime.cpu.Cpu.EAX;

import j86.runtime.cpu.Cpu;
import j86.runtime.cpu.Vector;
import j86.runtime.cpu.CpuFault;

/**
 * Decimal adjust instructions on AL/AH (SDM Vol. 2, "DAA", "DAS", "AAA", "AAS", "AAM", "AAD"),
 * following the SDM pseudocode of the 386-and-later behaviour (AAA adds 106H to AX, AAS subtracts
 * 6 from AX and 1 from AH). Undefined flags: OF after DAA/DAS; OF SF ZF PF after AAA/AAS; OF AF CF
 * after AAM/AAD. We derive SF/ZF/PF from AL and clear the other undefined ones.
 */
public final class Bcd {
    private Bcd() {}

    public static void daa(Cpu c) {
        int al = c.r[EAX] & 0xFF;
        boolean cf = Flags.cf(c);
        boolean af = Flags.af(c);
        int out = 0;
        int r = al;
        if ((al & 0xF) > 9 || af) {
            r += 6;
            out |= Cpu.AF | (cf || r > 0xFF ? Cpu.CF : 0);
        }
        if (al > 0x99 || cf) {
            r += 0x60;
            out |= Cpu.CF;
        } else {
            out &= ~Cpu.CF;
        }
        r &= 0xFF;
        Regs.set8(c, 0, r);
        Flags.recordRes(c, Flags.S8, r, out);
    }

    public static void das(Cpu c) {
        int al = c.r[EAX] & 0xFF;
        boolean cf = Flags.cf(c);
        boolean af = Flags.af(c);
        int out = 0;
        int r = al;
        if ((al & 0xF) > 9 || af) {
            r -= 6;
            out |= Cpu.AF | (cf || r < 0 ? Cpu.CF : 0);
        }
        if (al > 0x99 || cf) {
            r -= 0x60;
            out |= Cpu.CF;
        }
        r &= 0xFF;
        Regs.set8(c, 0, r);
        Flags.recordRes(c, Flags.S8, r, out);
    }

    public static void aaa(Cpu c) {
        int ax = c.r[EAX] & 0xFFFF;
        int out = 0;
        if ((ax & 0xF) > 9 || Flags.af(c)) {
            ax += 0x106;
            out = Cpu.AF | Cpu.CF;
        }
        ax &= 0xFF0F;
        Regs.set16(c, EAX, ax);
        Flags.recordRes(c, Flags.S8, ax & 0xFF, out);
    }

    public static void aas(Cpu c) {
        int ax = c.r[EAX] & 0xFFFF;
        int out = 0;
        if ((ax & 0xF) > 9 || Flags.af(c)) {
            ax -= 6;
            ax -= 0x100;
            out = Cpu.AF | Cpu.CF;
        }
        ax &= 0xFF0F;
        Regs.set16(c, EAX, ax);
        Flags.recordRes(c, Flags.S8, ax & 0xFF, out);
    }

    /** AAM imm8: AH = AL / imm, AL = AL % imm; #DE when imm is 0. */
    public static void aam(Cpu c, int imm) {
        imm &= 0xFF;
        if (imm == 0) {
            throw CpuFault.of(Vector.DE);
        }
        int al = c.r[EAX] & 0xFF;
        int r = al % imm;
        Regs.set16(c, EAX, (al / imm) << 8 | r);
        Flags.recordRes(c, Flags.S8, r, 0);
    }

    /** AAD imm8: AL = AL + AH * imm (8 bits), AH = 0. */
    public static void aad(Cpu c, int imm) {
        int ax = c.r[EAX];
        int r = (ax & 0xFF) + (ax >>> 8 & 0xFF) * (imm & 0xFF) & 0xFF;
        Regs.set16(c, EAX, r);
        Flags.recordRes(c, Flags.S8, r, 0);
    }
}
