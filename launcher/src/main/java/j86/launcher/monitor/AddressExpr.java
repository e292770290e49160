package j86.launcher.monitor;

import j86.runtime.cpu.Cpu;
import j86.runtime.ops.Flags;

/**
 * The monitor's address expressions: numbers (0x hex, 0 octal, else decimal, as in C), registers
 * ($eax..$edi, $eip or $pc, $eflags, $cs..$gs, $cr0..$cr4), unary minus, + - * and parentheses.
 * Evaluated in 64 bits, so physical addresses up to 4 GiB and beyond can be written.
 */
final class AddressExpr {
    private final String s;
    private final Cpu c;
    private int pos;

    private AddressExpr(String s, Cpu c) {
        this.s = s;
        this.c = c;
    }

    static long eval(String text, Cpu c) {
        AddressExpr e = new AddressExpr(text.trim(), c);
        long v = e.sum();
        e.skipSpaces();
        if (e.pos != e.s.length()) {
            throw new IllegalArgumentException("junk at end of expression: " + e.s.substring(e.pos));
        }
        return v;
    }

    private long sum() {
        long v = product();
        for (skipSpaces(); pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-'); skipSpaces()) {
            char op = s.charAt(pos++);
            long r = product();
            v = op == '+' ? v + r : v - r;
        }
        return v;
    }

    private long product() {
        long v = unary();
        for (skipSpaces(); pos < s.length() && s.charAt(pos) == '*'; skipSpaces()) {
            pos++;
            v *= unary();
        }
        return v;
    }

    private long unary() {
        skipSpaces();
        if (pos >= s.length()) {
            throw new IllegalArgumentException("expected an address");
        }
        char ch = s.charAt(pos);
        if (ch == '-') {
            pos++;
            return -unary();
        }
        if (ch == '(') {
            pos++;
            long v = sum();
            skipSpaces();
            if (pos >= s.length() || s.charAt(pos) != ')') {
                throw new IllegalArgumentException("')' expected");
            }
            pos++;
            return v;
        }
        if (ch == '$') {
            int start = ++pos;
            while (pos < s.length() && Character.isLetterOrDigit(s.charAt(pos))) {
                pos++;
            }
            return register(s.substring(start, pos));
        }
        return number();
    }

    private long number() {
        int start = pos;
        while (pos < s.length() && Character.isLetterOrDigit(s.charAt(pos))) {
            pos++;
        }
        String t = s.substring(start, pos).toLowerCase();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("expected a number at: " + s.substring(start));
        }
        if (t.startsWith("0x")) {
            return Long.parseUnsignedLong(t.substring(2), 16);
        }
        return t.length() > 1 && t.startsWith("0") ? Long.parseLong(t.substring(1), 8) : Long.parseLong(t);
    }

    private long register(String name) {
        String[] gprs = {"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"};
        for (int i = 0; i < 8; i++) {
            if (gprs[i].equals(name)) {
                return c.r[i] & 0xFFFFFFFFL;
            }
        }
        String[] segs = {"es", "cs", "ss", "ds", "fs", "gs"};
        for (int i = 0; i < 6; i++) {
            if (segs[i].equals(name)) {
                return c.seg[i].selector;
            }
        }
        return switch (name) {
            case "eip", "pc" -> c.eip & 0xFFFFFFFFL;
            case "eflags" -> Flags.get(c) & 0xFFFFFFFFL;
            case "cr0" -> c.cr0 & 0xFFFFFFFFL;
            case "cr2" -> c.cr2 & 0xFFFFFFFFL;
            case "cr3" -> c.cr3 & 0xFFFFFFFFL;
            case "cr4" -> c.cr4 & 0xFFFFFFFFL;
            default -> throw new IllegalArgumentException("unknown register: $" + name);
        };
    }

    private void skipSpaces() {
        while (pos < s.length() && s.charAt(pos) == ' ') {
            pos++;
        }
    }
}
