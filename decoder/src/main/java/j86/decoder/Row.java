package j86.decoder;

/**
 * One cell of an opcode map (Intel SDM Vol. 2, Appendix A): the operation, its operands in the SDM's
 * notation (see {@link Am}) and attributes. The decoder and the disassembler both read these rows.
 * A row whose {@link #group} is set takes its operation from the ModRM reg field (Table A-6).
 */
final class Row {
    /** The instruction accepts a LOCK prefix (with a memory destination). */
    static final int LOCK = 1;

    final int opcode;
    final Op op;
    final int flags;
    /** Operand specifications, destination first; {@link #count} of them (implicit string ones included). */
    final int a0, a1, a2, count;
    /** Operation width fixed by the operands (8, 16, 32) or 0 for the current operand size. */
    final int width;
    final boolean hasModrm, memOnly;
    /** Condition code for JCC/SETCC/CMOVCC (low nibble of the opcode). */
    final int cond;
    /** The eight rows selected by ModRM.reg, or null. */
    final Row[] group;
    /** The operand list as written in the table (SDM notation). */
    final String text;

    private Row(int opcode, Op op, String operands, int flags, Row[] group) {
        this.opcode = opcode;
        this.op = op;
        this.flags = flags;
        this.group = group;
        this.text = operands;
        int[] a = new int[3];
        int n = 0;
        if (!operands.isEmpty()) {
            for (String s : operands.split(",")) {
                a[n++] = Am.parse(s);
            }
        }
        a0 = a[0];
        a1 = a[1];
        a2 = a[2];
        count = n;
        int w = 0;
        boolean m = group != null, mo = false;
        for (int i = 0; i < n; i++) {
            m |= Am.modrm(a[i]);
            mo |= Am.memOnly(a[i]);
        }
        for (int i = 0; i < n; i++) {
            if (Am.decidesWidth(a[i])) {
                w = Am.fixedWidth(a[i]);
                break;
            }
        }
        width = w;
        hasModrm = m;
        memOnly = mo;
        cond = (op == Op.JCC || op == Op.SETCC || op == Op.CMOVCC) ? opcode & 15 : 0;
    }

    static Row row(int opcode, Op op, String operands, int flags) {
        return new Row(opcode, op, operands, flags, null);
    }

    static Row row(int opcode, Op op, String operands) {
        return new Row(opcode, op, operands, 0, null);
    }

    static Row row(int opcode, Op op) {
        return new Row(opcode, op, "", 0, null);
    }

    /** A row whose operation comes from {@code group}; its entries without operands inherit {@code operands}. */
    static Row grp(int opcode, Row[] group, String operands) {
        Row[] merged = new Row[8];
        for (int i = 0; i < 8; i++) {
            Row g = group[i];
            if (g != null) {
                String ops = g.text.isEmpty() ? operands : g.text;
                merged[i] = new Row(opcode, g.op, ops, g.flags, null);
            }
        }
        return new Row(opcode, null, operands, 0, merged);
    }

    /** Builds a 256-entry map indexed by the low byte of each row's opcode. */
    static Row[] map(Row... rows) {
        Row[] m = new Row[256];
        for (Row r : rows) {
            if (m[r.opcode & 0xFF] != null) {
                throw new IllegalStateException("duplicate row " + Integer.toHexString(r.opcode));
            }
            m[r.opcode & 0xFF] = r;
        }
        return m;
    }

    /** An 8-entry group table indexed by ModRM.reg (entries are {@code row(reg, op, ...)}). */
    static Row[] group(Row... rows) {
        Row[] g = new Row[8];
        for (Row r : rows) {
            g[r.opcode] = r;
        }
        return g;
    }

    @Override
    public String toString() {
        return Integer.toHexString(opcode) + " " + op + " " + text;
    }
}
