package j86.runtime.debug;

import java.util.Arrays;

/**
 * A machine's data watchpoints (GDB's Z2 write, Z3 read, Z4 access) on linear ranges of 1-8
 * bytes, reported as QEMU reports them: after the instruction whose access (explicit or implicit:
 * a push, a string operation, a far pointer, a descriptor load) overlaps the range, whatever the
 * value written.
 *
 * <p>How every access is seen at full speed: the MMU never lets the soft TLB hold a page that
 * holds a watched byte ({@link #watchesPage}), so accesses to it take the slow path, which calls
 * {@link #check}; accesses to every other page keep the hit path. Instruction fetches are not
 * data accesses and are not checked. Changes are made on the machine thread while the machine is
 * paused; the {@link #onChange} hook flushes the CPUs' TLBs.
 */
public final class Watchpoints {
    /** GDB's Z packet types. */
    public static final int WRITE = 2, READ = 3, ACCESS = 4;

    /** One watched range. */
    public record Watch(int type, int addr, int len) {
        /** Whether [a, a+n) overlaps the range (addresses unsigned, the range not wrapping). */
        public boolean overlaps(int a, int n) {
            long lo = addr & 0xFFFFFFFFL, hi = lo + len, alo = a & 0xFFFFFFFFL;
            return alo < hi && alo + n > lo;
        }

        /** The stop reason GDB expects in a T packet: watch, rwatch or awatch. */
        public String kind() {
            return type == WRITE ? "watch" : type == READ ? "rwatch" : "awatch";
        }

        boolean sees(boolean write) {
            return type == ACCESS || (type == WRITE) == write;
        }
    }

    private Watch[] all = new Watch[0];
    /** The linear pages (address >>> 12) holding watched bytes. */
    private int[] pages = new int[0];
    private Runnable onChange = () -> { };

    public boolean any() {
        return all.length > 0;
    }

    /** Whether the linear page holding {@code lin} holds a watched byte (the TLB must not cache it). */
    public boolean watchesPage(int lin) {
        int p = lin >>> 12;
        for (int q : pages) {
            if (q == p) {
                return true;
            }
        }
        return false;
    }

    /** The watch that an access of {@code size} bytes at {@code lin} triggers, or null. */
    public Watch check(int lin, int size, boolean write) {
        for (Watch w : all) {
            if (w.sees(write) && w.overlaps(lin, size)) {
                return w;
            }
        }
        return null;
    }

    /** Adds a watch; false when the type or length is not one GDB's Z2-Z4 can ask for. */
    public boolean add(int type, int addr, int len) {
        if (type < WRITE || type > ACCESS || len < 1 || len > 8) {
            return false;
        }
        Watch w = new Watch(type, addr, len);
        if (!Arrays.asList(all).contains(w)) {
            all = Arrays.copyOf(all, all.length + 1);
            all[all.length - 1] = w;
            changed();
        }
        return true;
    }

    /** Removes a watch; false when the type is not a watch type. */
    public boolean remove(int type, int addr, int len) {
        Watch w = new Watch(type, addr, len);
        if (Arrays.asList(all).contains(w)) {
            all = Arrays.stream(all).filter(x -> !x.equals(w)).toArray(Watch[]::new);
            changed();
        }
        return type >= WRITE && type <= ACCESS;
    }

    public void clear() {
        if (all.length > 0) {
            all = new Watch[0];
            changed();
        }
    }

    /** Runs {@code r} after every change (the launcher flushes every CPU's TLB there). */
    public void onChange(Runnable r) {
        onChange = r;
    }

    private void changed() {
        pages = Arrays.stream(all)
                .flatMapToInt(w -> java.util.stream.IntStream.rangeClosed(w.addr() >>> 12, (w.addr() + w.len() - 1) >>> 12))
                .distinct().toArray();
        onChange.run();
    }
}
