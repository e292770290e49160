package j86.decoder;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random instruction streams generated from the decoder's own opcode tables: a random row (group
 * entries included), random ModRM/SIB/displacement/immediate bytes, and random prefixes where they mean
 * something (66 on size-dependent rows, 67 and segment overrides with memory operands, REP/REPNE on string
 * operations, LOCK on lockable memory forms). Each instruction's length is the decoder's; objdump then
 * disassembles the whole stream independently, so any length error shows as a desynchronisation.
 *
 * Left out, because objdump disagrees by design rather than by error: D6 (SALC, objdump prints "(bad)"),
 * the UD rows (0F 0B, 0F B9), 9B (FWAIT: objdump merges it with a following x87 instruction), hint NOPs other than 0F 19/0F 1F and F3 0F 1E FB (objdump names MPX, CET and
 * prefetch forms), and mandatory F2/F3 prefixes on SIMD rows.
 */
final class TableStreamGenerator {
    record Choice(byte[] opcode, Row row, int reg) {}

    private static final List<Choice> CHOICES = new ArrayList<>();

    static {
        addMap(OneByteMap.MAP, new byte[0]);
        addMap(TwoByteMap.MAP, new byte[] {0x0F});
        CHOICES.add(new Choice(new byte[] {0x0F, 0x38, 0x00}, TwoByteMap.ESC_0F38, -1));
        CHOICES.add(new Choice(new byte[] {0x0F, 0x3A, 0x0F}, TwoByteMap.ESC_0F3A, -1));
    }

    private static void addMap(Row[] map, byte[] escape) {
        for (Row r : map) {
            if (r == null) {
                continue;
            }
            byte[] op = new byte[escape.length + 1];
            System.arraycopy(escape, 0, op, 0, escape.length);
            op[escape.length] = (byte) r.opcode;
            if (r.group == null) {
                if (usable(r)) {
                    CHOICES.add(new Choice(op, r, -1));
                }
            } else {
                for (int reg = 0; reg < 8; reg++) {
                    if (r.group[reg] != null && usable(r.group[reg])) {
                        CHOICES.add(new Choice(op, r.group[reg], reg));
                    }
                }
            }
        }
    }

    private static boolean usable(Row r) {
        if (r.op == Op.UD || r.op == Op.SALC || r.opcode == 0x0FFF || r.opcode == 0x9B) {
            return false;
        }
        return r.op != Op.HINT_NOP || r.opcode == 0x0F19 || r.opcode == 0x0F1F || r.opcode == 0x0F1E;
    }

    static int choiceCount() {
        return CHOICES.size();
    }

    private final Random rnd;
    private final boolean code32;
    private final Insn probe = new Insn();

    TableStreamGenerator(long seed, boolean code32) {
        this.rnd = new Random(seed);
        this.code32 = code32;
    }

    /** Appends one instruction to {@code out}; returns its length. */
    int next(ByteArrayOutputStream out) {
        Choice c = CHOICES.get(rnd.nextInt(CHOICES.size()));
        byte[] body = body(c);
        Insn base = decode(body);
        ByteArrayOutputStream pfx = new ByteArrayOutputStream();
        for (int b : prefixes(c.row(), base)) {
            pfx.write(b);
        }
        byte[] p = pfx.toByteArray();
        byte[] all = new byte[p.length + body.length];
        System.arraycopy(p, 0, all, 0, p.length);
        System.arraycopy(body, 0, all, p.length, body.length);
        Insn in = decode(all);
        if (in.op == Op.UD) {
            throw new AssertionError("generator produced an invalid instruction: " + Objdump.hex(all, 0, 15));
        }
        out.write(all, 0, in.length);
        return in.length;
    }

    private Insn decode(byte[] b) {
        return Decoder.decode(a -> a < b.length ? b[a] & 0xFF : 0, 0, code32, probe);
    }

    /** Opcode, ModRM and 12 random bytes for SIB, displacement and immediates (the decoder takes what it needs). */
    private byte[] body(Choice c) {
        byte[] b = new byte[c.opcode().length + 13];
        System.arraycopy(c.opcode(), 0, b, 0, c.opcode().length);
        int n = c.opcode().length;
        for (int i = n; i < b.length; i++) {
            b[i] = (byte) rnd.nextInt(256);
        }
        Row r = c.row();
        if (r.hasModrm || c.reg >= 0) {
            int mod = r.memOnly || r.op == Op.HINT_NOP && r.opcode != 0x0F1E ? rnd.nextInt(3) : rnd.nextInt(4);
            int reg = c.reg >= 0 ? c.reg : rnd.nextInt(8);
            if (r.op == Op.SIMD) {
                // SIMD forms valid in objdump's eyes: memory operands, except the register-only cells.
                int op = r.opcode & 0xFF;
                boolean regOnly = op == 0x50 || op >= 0x71 && op <= 0x73 || op == 0xC5 || op == 0xD7 || op == 0xF7;
                mod = regOnly ? 3 : rnd.nextInt(3);
                if (op >= 0x71 && op <= 0x73) {
                    reg = op == 0x73 ? 2 + 4 * rnd.nextInt(2) : 2 + 2 * rnd.nextInt(3);
                }
            }
            if (r.a0 == Am.Sw || r.a1 == Am.Sw) {
                reg = r.op == Op.MOV_TO_SEG ? new int[] {0, 2, 3, 4, 5}[rnd.nextInt(5)] : rnd.nextInt(6);
            }
            if (r.opcode == 0x0F1F) {
                reg = 0;
            }
            b[n] = (byte) (mod << 6 | reg << 3 | rnd.nextInt(8));
            if (r.opcode == 0x0F1E) {
                b[n] = (byte) 0xFB; // endbr32, with the F3 added below
            }
        }
        return b;
    }

    private List<Integer> prefixes(Row r, Insn in) {
        List<Integer> p = new ArrayList<>();
        boolean simd = in.op == Op.SIMD || in.op == Op.X87;
        boolean mem = AttMnemonic.hasMemory(in);
        boolean string = in.op == Op.MOVS || in.op == Op.CMPS || in.op == Op.STOS || in.op == Op.LODS
            || in.op == Op.SCAS || in.op == Op.INS || in.op == Op.OUTS;
        boolean source = r.a0 == Am.Xb || r.a0 == Am.Xv || r.a1 == Am.Xb || r.a1 == Am.Xv;
        if (r.opcode == 0x0F1E) {
            p.add(0xF3);
            return p;
        }
        if (in.op == Op.NOP && rnd.nextInt(4) == 0) {
            p.add(0xF3); // pause
        }
        if (in.op == Op.SIMD) {
            // The 66 (SSE2) form exists for every generated cell except these (and popcnt wants F3).
            int op = in.opcode;
            if (op == 0x0FB8) {
                p.add(0xF3);
            } else if (op == 0x0FF0) {
                p.add(0xF2);
            } else if (op != 0x0F52 && op != 0x0F53 && op != 0x0F77 && op != 0x0F78 && op != 0x0F79 && op != 0x0FAE && op != 0x0FC3) {
                p.add(0x66);
            }
        } else if (!simd && AttMnemonic.opSizeUsed(in) && rnd.nextInt(4) == 0) {
            p.add(0x66);
        }
        if ((mem && in.modrm >= 0 || string || in.op == Op.XLAT || in.op == Op.JCXZ) && rnd.nextInt(4) == 0) {
            p.add(0x67);
        }
        if ((mem || source || in.op == Op.XLAT) && rnd.nextInt(3) == 0) {
            p.add(new int[] {0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65}[rnd.nextInt(6)]);
        }
        if (string && rnd.nextBoolean()) {
            p.add(rnd.nextBoolean() ? 0xF3 : 0xF2);
        }
        if ((r.flags & Row.LOCK) != 0 && mem && in.modrm >>> 6 != 3 && rnd.nextBoolean()) {
            p.add(0xF0);
        }
        java.util.Collections.shuffle(p, rnd);
        return p;
    }
}
