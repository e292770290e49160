package j86.decoder;

/**
 * AT&T-syntax disassembler (as GNU objdump -d prints i386 and i8086 code), driven by the decoder's table
 * rows: the operand list printed is the row's (reversed, AT&T order), the mnemonic is the {@link Op}'s
 * plus the size suffix and condition rules of {@link AttMnemonic}. Prefixes the instruction does not use
 * are printed as words before it (data16, addr16, cs, repz, ...), as objdump does.
 */
public final class Disasm {
    private Disasm() {}

    /** The text of {@code insn} located at {@code eip}; branch targets are absolute. */
    public static String format(Insn insn, int eip) {
        Row r = insn.row;
        if (r == null || insn.op == Op.UD) {
            return "(bad)";
        }
        String prefixes = AttPrefixes.unused(insn);
        String mnemonic = AttMnemonic.of(insn);
        String ops = operands(insn, r, eip);
        String head = prefixes.isEmpty() ? mnemonic : prefixes + " " + mnemonic;
        if (ops.isEmpty()) {
            return head;
        }
        StringBuilder sb = new StringBuilder(head);
        while (sb.length() < 6) {
            sb.append(' ');
        }
        return sb.append(' ').append(ops).toString();
    }

    private static String operands(Insn in, Row r, int eip) {
        Op op = in.op;
        if (op == Op.X87 || op == Op.SIMD || op == Op.NOP || op == Op.PAUSE) {
            return op == Op.NOP && in.has(Insn.PFX_OPSIZE) ? (in.opSize == 16 ? "%ax,%ax" : "%eax,%eax") : "";
        }
        if (op == Op.XLAT) {
            return AttOperands.stringOperand(in, true).replace("si", "bx");
        }
        if (op == Op.HINT_NOP && AttMnemonic.hintHasNoOperands(in)) {
            return "";
        }
        String[] text = new String[3];
        int n = 0;
        for (int i = 0, k = 0; i < r.count; i++) {
            int a = i == 0 ? r.a0 : i == 1 ? r.a1 : r.a2;
            String t = Am.implicitString(a) ? AttOperands.stringOperand(in, a <= Am.Xv)
                : operand(in, a, in.operands[k++], eip);
            if (t != null) {
                text[n++] = t;
            }
        }
        // objdump keeps Intel order for ENTER and BOUND.
        boolean intelOrder = op == Op.ENTER || op == Op.BOUND;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(text[intelOrder ? i : n - 1 - i]);
        }
        return sb.toString();
    }

    private static String operand(Insn in, int a, Operand o, int eip) {
        boolean indirect = in.op == Op.CALL || in.op == Op.JMP || in.op == Op.CALLF || in.op == Op.JMPF;
        String star = indirect ? "*" : "";
        switch (o.kind) {
            case REG:
                if (a == Am.DX) {
                    return "(%dx)";
                }
                // objdump names the full-width register for a selector source
                int size = in.op == Op.MOV_TO_SEG || in.op == Op.LAR || in.op == Op.LSL ? in.opSize : o.size;
                return star + AttOperands.reg(size, o.reg);
            case SREG: return "%" + Seg.NAMES[o.reg];
            case CREG: return "%cr" + o.reg;
            case DREG: return "%db" + o.reg;
            case MEM:
                if (a == Am.Ob || a == Am.Ov) {
                    return AttOperands.moffs(in);
                }
                return star + AttOperands.modrmMemory(in, AttPrefixes.notrack(in));
            case IMM: return "$" + AttOperands.hex(AttOperands.mask(o.value, o.size));
            case REL: return AttOperands.branchTarget(in, eip, o);
            case FAR: return "$" + AttOperands.hex(o.value2) + ",$" + AttOperands.hex(AttOperands.mask(o.value, o.size - 16));
            case ONE: return null; // objdump prints "shl %eax" for the shift-by-one forms
            default: return "?";
        }
    }
}
