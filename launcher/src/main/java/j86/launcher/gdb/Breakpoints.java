package j86.launcher.gdb;

import j86.runtime.debug.Watchpoints;
import j86.runtime.mem.PhysicalMemory;

/**
 * GDB's Z0-Z4 points, all on linear addresses, handed to the machine's engines: code breakpoints
 * (software and hardware are the same thing here; nothing is written into guest memory) to the
 * interpreter's {@link j86.runtime.debug.Breakpoints}, which both engines check, and watchpoints to
 * a {@link Watchpoints} set every CPU's MMU consults. Used only on the machine thread.
 */
final class Breakpoints {
    static final int SOFTWARE = 0, HARDWARE = 1;

    private final j86.runtime.debug.Breakpoints code;
    private final Watchpoints watches = new Watchpoints();

    Breakpoints(j86.runtime.debug.Breakpoints code, PhysicalMemory phys) {
        this.code = code;
        watches.onChange(() -> phys.setWatchpoints(watches.any() ? watches : null));
    }

    /** Adds a point of {@code type} (0-4); false if the type or length is not supported. */
    boolean add(int type, int addr, int len) {
        if (type == SOFTWARE || type == HARDWARE) {
            code.add(addr);
            return true;
        }
        return watches.add(type, addr, len);
    }

    boolean remove(int type, int addr, int len) {
        if (type == SOFTWARE || type == HARDWARE) {
            code.remove(addr);
            return true; // removing an absent breakpoint is not an error for GDB
        }
        return watches.remove(type, addr, len);
    }

    void clear() {
        code.clear();
        watches.clear();
    }
}
