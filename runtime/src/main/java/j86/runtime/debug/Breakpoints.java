package j86.runtime.debug;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A machine's code breakpoints (GDB's Z0/Z1) on linear addresses (CS.base + EIP), checked before
 * the instruction there executes; nothing is written into guest memory.
 *
 * <p>Engines ask {@link #mayBeAt} with a page offset first: a 4096-bit map of the breakpoints'
 * offsets within their pages. Translations are kept by physical address and one physical page
 * may be mapped at several linear pages, so the translator keys on the offset alone: it ends a
 * block before any instruction at such an offset, in any page, and checks {@link #at} exactly
 * where such a block is entered. Changes are made on the machine thread while the machine is
 * paused; {@link #onChange} listeners (the translator) drop what they built for an offset.
 */
public final class Breakpoints {
    private static final int PAGE_MASK = 0xFFF;

    private int[] linear = new int[0];
    private final long[] offsets = new long[64];
    private boolean any;
    private IntConsumer[] listeners = new IntConsumer[0];

    /** Whether any breakpoint is set. */
    public boolean any() {
        return any;
    }

    /** Whether some breakpoint lies at page offset {@code offset} (0-4095) of its page. */
    public boolean mayBeAt(int offset) {
        return (offsets[offset >>> 6] >>> offset & 1) != 0;
    }

    /** Whether a breakpoint is set at linear address {@code lin}. */
    public boolean at(int lin) {
        if (!any || !mayBeAt(lin & PAGE_MASK)) {
            return false;
        }
        for (int a : linear) {
            if (a == lin) {
                return true;
            }
        }
        return false;
    }

    /** Sets a breakpoint at {@code lin} (setting one twice is one breakpoint). */
    public void add(int lin) {
        if (contains(lin)) {
            return;
        }
        linear = Arrays.copyOf(linear, linear.length + 1);
        linear[linear.length - 1] = lin;
        changed(lin);
    }

    /** Clears the breakpoint at {@code lin}, if any. */
    public void remove(int lin) {
        if (contains(lin)) {
            linear = Arrays.stream(linear).filter(a -> a != lin).toArray();
            changed(lin);
        }
    }

    /** Clears every breakpoint. */
    public void clear() {
        int[] old = linear;
        linear = new int[0];
        for (int a : old) {
            changed(a);
        }
    }

    /** The addresses set, in the order they were added. */
    public int[] addresses() {
        return linear.clone();
    }

    /** Tells {@code l} the page offset of every breakpoint set or cleared from now on. */
    public synchronized void onChange(IntConsumer l) {
        listeners = Arrays.copyOf(listeners, listeners.length + 1);
        listeners[listeners.length - 1] = l;
    }

    private boolean contains(int lin) {
        for (int a : linear) {
            if (a == lin) {
                return true;
            }
        }
        return false;
    }

    private void changed(int lin) {
        Arrays.fill(offsets, 0);
        for (int a : linear) {
            int o = a & PAGE_MASK;
            offsets[o >>> 6] |= 1L << o;
        }
        any = linear.length > 0;
        for (IntConsumer l : listeners) {
            l.accept(lin & PAGE_MASK);
        }
    }
}
