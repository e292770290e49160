package j86.launcher.monitor;

import j86.decoder.Decoder;
import j86.decoder.Disasm;
import j86.decoder.Insn;
import j86.launcher.gdb.DebugMemory;
import j86.runtime.cpu.Cpu;

/**
 * The monitor's {@code x /FMT ADDR} (linear, through the CPU's paging) and {@code xp /FMT ADDR}
 * (physical) in QEMU's layout: "ADDR: v v v v" with 16 bytes a line (8 for bytes), ADDR as 8 hex
 * digits for x and 16 for xp; formats x (0x-prefixed, zero-padded), d, u, o, c, and i
 * (disassembly, one instruction a line); sizes b, h, w, g. Unreadable memory ends the dump with
 * "Cannot access memory".
 */
final class MemoryDump {
    /** What a format letter and size mean: count units of size bytes shown as format. */
    record Format(long count, char format, int size) {}

    /** The most memory one x/xp command shows (the monitor's answers are bounded), and the most instructions. */
    static final int MAX_BYTES = 8192, MAX_INSNS = 1024;

    private MemoryDump() {}

    /** Parses "/[count][format][size]" (any order of format and size), starting from the last format. */
    static Format parse(String spec, Format last) {
        long count = 1;
        char format = last.format();
        int size = last.size();
        int i = 0;
        while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
            i++;
        }
        if (i > 0) {
            count = i > 18 ? Long.MAX_VALUE : Long.parseLong(spec.substring(0, i)); // the caller caps it
        }
        for (; i < spec.length(); i++) {
            char ch = spec.charAt(i);
            switch (ch) {
                case 'b' -> size = 1;
                case 'h' -> size = 2;
                case 'w' -> size = 4;
                case 'g' -> size = 8;
                case 'x', 'd', 'u', 'o', 'c', 'i' -> format = ch;
                default -> throw new IllegalArgumentException("invalid char in format: '" + ch + "'");
            }
        }
        return new Format(count, format, format == 'c' ? 1 : size);
    }

    static String dump(Cpu c, Format f, long addr, boolean physical) {
        if (f.format() == 'i') {
            return disassemble(c, f.count(), (int) addr, physical);
        }
        StringBuilder b = new StringBuilder();
        int size = f.size();
        int digits = f.format() == 'o' ? (size * 8 + 2) / 3 : f.format() == 'x' ? size * 2 : (size * 80 + 32) / 33;
        long len = (long) size * f.count();
        int lineSize = size == 1 ? 8 : 16;
        while (len > 0) {
            b.append(physical ? String.format("%016x:", addr) : String.format("%08x:", addr & 0xFFFFFFFFL));
            int l = (int) Math.min(len, lineSize);
            byte[] buf = new byte[l];
            if (read(c, addr, buf, physical) < l) {
                b.append(" Cannot access memory\n");
                break;
            }
            for (int i = 0; i < l; i += size) {
                long v = 0;
                for (int k = size - 1; k >= 0; k--) {
                    v = v << 8 | (buf[i + k] & 0xFF);
                }
                b.append(' ').append(value(f.format(), v, size, digits));
            }
            b.append('\n');
            addr += l;
            len -= l;
        }
        return b.toString();
    }

    private static String value(char format, long v, int size, int digits) {
        long signed = size == 8 ? v : v << (64 - 8 * size) >> (64 - 8 * size);
        return switch (format) {
            case 'o' -> String.format("%" + digits + "s", "0" + Long.toOctalString(v));
            case 'u' -> String.format("%" + digits + "s", Long.toUnsignedString(v));
            case 'd' -> String.format("%" + digits + "d", signed);
            case 'c' -> printable((int) v);
            default -> String.format("0x%0" + digits + "x", v);
        };
    }

    private static String printable(int ch) {
        return switch (ch) {
            case '\'' -> "'\\''";
            case '\\' -> "'\\\\'";
            case '\n' -> "'\\n'";
            case '\r' -> "'\\r'";
            default -> ch >= 32 && ch < 127 ? "'" + (char) ch + "'" : String.format("'\\x%02x'", ch);
        };
    }

    private static int read(Cpu c, long addr, byte[] buf, boolean physical) {
        if (!physical) {
            return DebugMemory.read(c, (int) addr, buf, 0, buf.length);
        }
        if (addr < 0 || addr + buf.length > (1L << 32)) {
            return 0;
        }
        c.phys.readBytes((int) addr, buf, 0, buf.length);
        return buf.length;
    }

    /** Instructions decoded as the CPU's current code size (CS.D) would decode them. */
    private static String disassemble(Cpu c, long count, int addr, boolean physical) {
        StringBuilder b = new StringBuilder();
        Insn insn = new Insn();
        for (long n = 0; n < count; n++) {
            int at = addr;
            try {
                Decoder.decode(a -> {
                    byte[] one = new byte[1];
                    if (read(c, a & 0xFFFFFFFFL, one, physical) < 1) {
                        throw new IllegalStateException("unreadable");
                    }
                    return one[0] & 0xFF;
                }, at, c.code32(), insn);
            } catch (IllegalStateException e) {
                b.append(String.format("0x%08x:  Cannot access memory%n", at));
                break;
            }
            b.append(String.format("0x%08x:  %s%n", at, Disasm.format(insn, at)));
            addr += insn.length;
        }
        return b.toString();
    }
}
