package j86.launcher.gdb;

import java.util.ArrayList;
import java.util.List;

/**
 * The debugger's breakpoints and watchpoints, all on linear addresses (GDB's Z0-Z4). Software and
 * hardware breakpoints are the same thing here: the engine compares CS.base + EIP with each before
 * an instruction, so nothing is ever written into guest memory. Used only on the machine thread.
 */
final class Breakpoints {
    static final int SOFTWARE = 0, HARDWARE = 1, WRITE = 2, READ = 3, ACCESS = 4;

    record Watch(int type, int addr, int len) {
        boolean overlaps(int a, int n) {
            long lo = addr & 0xFFFFFFFFL, hi = lo + len, alo = a & 0xFFFFFFFFL;
            return alo < hi && alo + n > lo;
        }

        String kind() {
            return type == WRITE ? "watch" : type == READ ? "rwatch" : "awatch";
        }
    }

    private int[] code = new int[0];
    private final List<Watch> watches = new ArrayList<>();

    boolean armed() {
        return code.length > 0 || !watches.isEmpty();
    }

    boolean hasWatches() {
        return !watches.isEmpty();
    }

    List<Watch> watches() {
        return watches;
    }

    boolean isBreakpoint(int linear) {
        for (int a : code) {
            if (a == linear) {
                return true;
            }
        }
        return false;
    }

    /** Adds a point of {@code type} (0-4); false if the type or length is not supported. */
    boolean add(int type, int addr, int len) {
        if (type == SOFTWARE || type == HARDWARE) {
            if (!isBreakpoint(addr)) {
                code = java.util.Arrays.copyOf(code, code.length + 1);
                code[code.length - 1] = addr;
            }
            return true;
        }
        if (type < WRITE || type > ACCESS || len < 1 || len > 8) {
            return false;
        }
        Watch w = new Watch(type, addr, len);
        if (!watches.contains(w)) {
            watches.add(w);
        }
        return true;
    }

    boolean remove(int type, int addr, int len) {
        if (type == SOFTWARE || type == HARDWARE) {
            code = java.util.Arrays.stream(code).filter(a -> a != addr).toArray();
            return true; // removing an absent breakpoint is not an error for GDB
        }
        watches.remove(new Watch(type, addr, len));
        return type >= WRITE && type <= ACCESS;
    }

    void clear() {
        code = new int[0];
        watches.clear();
    }
}
