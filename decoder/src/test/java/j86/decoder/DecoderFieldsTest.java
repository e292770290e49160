package j86.decoder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Operand fields objdump's text cannot show, checked against the Intel SDM: default segments (Vol. 3,
 * 3.7.4: SS for BP/EBP/ESP-based addresses), sign extension of Ib (Vol. 2: 83 /r, 6A, 6B), REPNE kept on
 * MOVS, LOCK validity (Vol. 2, LOCK: #UD unless a lockable instruction with a memory destination), the
 * 15-byte limit (Vol. 2, 2.1) and the implicit operands of shifts and I/O.
 */
class DecoderFieldsTest {
    private static Insn decode(boolean code32, int... bytes) {
        return Decoder.decode(a -> a < bytes.length ? bytes[a] & 0xFF : 0x90, 0, code32, new Insn());
    }

    @Test
    void memSegDefaults() {
        assertEquals(Seg.SS, decode(true, 0x8B, 0x45, 0x08).memSeg, "mov 0x8(%ebp),%eax");
        assertEquals(Seg.SS, decode(true, 0x8B, 0x04, 0x24).memSeg, "mov (%esp),%eax");
        assertEquals(Seg.SS, decode(true, 0x8B, 0x04, 0x2C).memSeg, "(%esp,%ebp,1): the base decides");
        assertEquals(Seg.DS, decode(true, 0x8B, 0x04, 0x28).memSeg, "(%eax,%ebp,1): an EBP index does not");
        assertEquals(Seg.DS, decode(true, 0x8B, 0x04, 0x2D, 0, 0, 0, 0).memSeg, "0x0(,%ebp,1): no base");
        assertEquals(Seg.DS, decode(true, 0x8B, 0x00).memSeg, "mov (%eax),%eax");
        assertEquals(Seg.ES, decode(true, 0x26, 0x8B, 0x45, 0x08).memSeg, "override wins");
        Insn bp = decode(false, 0x8B, 0x46, 0x02); // mov 0x2(%bp),%ax
        assertEquals(Seg.SS, bp.memSeg);
        assertEquals(5, bp.memBase);
        assertEquals(-1, bp.memIndex);
        Insn bxsi = decode(false, 0x8B, 0x00); // (%bx,%si)
        assertEquals(Seg.DS, bxsi.memSeg);
        assertEquals(3, bxsi.memBase);
        assertEquals(6, bxsi.memIndex);
        Insn bpdi = decode(false, 0x8B, 0x03); // (%bp,%di)
        assertEquals(Seg.SS, bpdi.memSeg);
        Insn abs = decode(false, 0x8B, 0x06, 0x34, 0x12); // disp16 only
        assertEquals(-1, abs.memBase);
        assertEquals(Seg.DS, abs.memSeg);
        assertEquals(0x1234, abs.memDisp);
        Insn sib = decode(true, 0x8B, 0x44, 0x8D, 0xFC); // mov -0x4(%ebp,%ecx,4),%eax
        assertEquals(5, sib.memBase);
        assertEquals(1, sib.memIndex);
        assertEquals(2, sib.memScale);
        assertEquals(-4, sib.memDisp);
        assertEquals(Seg.SS, sib.memSeg);
    }

    @Test
    void ibSignExtension() {
        Insn add = decode(true, 0x83, 0xC0, 0xFF);
        assertEquals(-1, add.op(1).value);
        assertEquals(32, add.op(1).size);
        assertEquals(-1, decode(true, 0x6A, 0xFF).op(0).value);
        assertEquals(-2, decode(true, 0x6B, 0xC0, 0xFE).op(2).value);
        assertEquals(0xFF, decode(true, 0xCD, 0xFF).op(0).value, "int n is zero-extended");
        assertEquals(0xFF, decode(true, 0xE4, 0xFF).op(1).value, "in port is zero-extended");
        assertEquals(0xFFFF, decode(true, 0xC2, 0xFF, 0xFF).op(0).value, "ret Iw is zero-extended");
        Insn enter = decode(true, 0xC8, 0xFF, 0xFF, 0x80);
        assertEquals(0xFFFF, enter.op(0).value);
        assertEquals(0x80, enter.op(1).value);
    }

    @Test
    void stringsAndPrefixes() {
        Insn movs = decode(true, 0xF2, 0xA5);
        assertEquals(Op.MOVS, movs.op);
        assertEquals(0, movs.operandCount);
        assertEquals(Insn.PFX_REPNE, movs.prefixes & (Insn.PFX_REP | Insn.PFX_REPNE));
        Insn movsb16 = decode(false, 0x66, 0x67, 0xA4);
        assertEquals(8, movsb16.opSize);
        assertEquals(32, movsb16.addrSize);
        assertEquals(16, decode(true, 0x66, 0xA5).opSize);
    }

    @Test
    void lockValidity() {
        assertEquals(Op.ADD, decode(true, 0xF0, 0x01, 0x08).op, "lock add %ecx,(%eax)");
        assertEquals(Op.UD, decode(true, 0xF0, 0x01, 0xC8).op, "register destination");
        assertEquals(Op.UD, decode(true, 0xF0, 0x39, 0x08).op, "cmp is not lockable");
        assertEquals(Op.UD, decode(true, 0xF0, 0x80, 0x38, 0x01).op, "group 1 /7 (cmp) is not lockable");
        assertEquals(Op.UD, decode(true, 0xF0, 0x89, 0x08).op, "mov is not lockable");
        assertEquals(Op.XCHG, decode(true, 0xF0, 0x87, 0x08).op);
        assertEquals(Op.CMPXCHG8B, decode(true, 0xF0, 0x0F, 0xC7, 0x0F).op);
        assertEquals(Op.UD, decode(true, 0xF0, 0x0F, 0xA3, 0x08).op, "bt is not lockable");
        assertEquals(Op.BTS, decode(true, 0xF0, 0x0F, 0xAB, 0x08).op);
    }

    @Test
    void invalidEncodings() {
        Insn ud2 = decode(true, 0x0F, 0x0B);
        assertEquals(Op.UD, ud2.op);
        assertEquals(2, ud2.length);
        assertEquals(Op.UD, decode(true, 0x8D, 0xC0).op, "lea with a register source");
        assertEquals(Op.UD, decode(true, 0x8E, 0xC8).op, "mov to CS");
        assertEquals(Op.UD, decode(true, 0x8C, 0xF0).op, "segment register 6");
        assertEquals(Op.UD, decode(true, 0xFF, 0xF8).op, "group 5 /7");
        int[] longOne = new int[16];
        java.util.Arrays.fill(longOne, 0x66);
        longOne[15] = 0x90;
        Insn tooLong = decode(true, longOne);
        assertEquals(Op.UD, tooLong.op);
        assertEquals(15, tooLong.length);
        Insn fourteenPrefixes = decode(true, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66,
            0x66, 0x66, 0x66, 0x90);
        assertEquals(Op.NOP, fourteenPrefixes.op);
        assertEquals(15, fourteenPrefixes.length);
    }

    @Test
    void implicitOperands() {
        Insn shl1 = decode(true, 0xD1, 0xE0);
        assertEquals(Kind.ONE, shl1.op(1).kind);
        Insn shlcl = decode(true, 0xD3, 0xE0);
        assertEquals(Kind.REG, shlcl.op(1).kind);
        assertEquals(1, shlcl.op(1).reg);
        assertEquals(8, shlcl.op(1).size);
        Insn in = decode(true, 0xED);
        assertEquals(2, in.operandCount);
        assertEquals(32, in.op(0).size);
        assertEquals(2, in.op(1).reg);
        assertEquals(16, in.op(1).size);
        Insn xchg = decode(true, 0x93);
        assertEquals(3, xchg.op(0).reg);
        assertEquals(0, xchg.op(1).reg);
        Insn movzx = decode(true, 0x66, 0x0F, 0xB6, 0xC1);
        assertEquals(16, movzx.opSize);
        assertEquals(8, movzx.op(1).size);
        Insn cr = decode(true, 0x0F, 0x22, 0x18); // mod field ignored: mov %eax,%cr3
        assertEquals(Kind.CREG, cr.op(0).kind);
        assertEquals(3, cr.op(0).reg);
        assertEquals(Kind.REG, cr.op(1).kind);
        assertEquals(3, cr.length);
    }

    @Test
    void attributes() {
        assertEquals(true, decode(true, 0xF4).privileged());
        assertEquals(true, decode(true, 0x0F, 0x22, 0xD8).privileged());
        assertEquals(false, decode(true, 0x01, 0xC0).endsBlock());
        assertEquals(true, decode(true, 0xEB, 0x00).endsBlock());
        assertEquals(true, decode(true, 0xFB).endsBlock());
    }
}
