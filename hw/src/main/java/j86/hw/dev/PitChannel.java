package j86.hw.dev;

/**
 * One counter of the Intel 8254 (8254 datasheet: "Mode definitions", "Read operations"),
 * computed lazily: the channel remembers when its count was loaded (or its gate last rose) and
 * how many input clocks had elapsed before, and derives the counting element and OUT from the
 * virtual time of each read. Counts follow the datasheet's sequences: modes 0, 1, 4, 5 count
 * N, N-1, ... and wrap past 0; mode 2 counts N ... 1 with OUT low during the count of 1, then
 * reloads; mode 3 counts down by two with OUT high for the first half period, low for the second.
 */
final class PitChannel {
    static final long HZ = Pit8254.HZ;

    int mode;
    /** Read/write select from the control word: 1 LSB, 2 MSB, 3 LSB then MSB. */
    int access = 3;
    boolean bcd;
    /** Reload value in input clocks (1..65536, or 1..10000 in BCD). */
    long reload = 0x10000;
    boolean counting;
    boolean gate;
    /** Clocks counted before {@link #since}; the gate stops counting in modes 0, 2, 3, 4. */
    long heldTicks;
    long since;
    /** Rising edges of OUT already reported (channel 0 raises IRQ 0 on each). */
    long edges;
    boolean nullCount = true;
    // Host interface state: a pending LSB write, the read byte toggle, latches.
    int writeLow = -1;
    boolean readHigh;
    int latchedCount = -1;
    boolean latchHigh;
    int latchedStatus = -1;

    PitChannel(boolean gate) {
        this.gate = gate;
    }

    /** Clocks counted since the count was loaded. */
    long elapsed(long now) {
        return gate || !gatePauses() ? heldTicks + Ticks.ticksIn(now - since, HZ) : heldTicks;
    }

    private boolean gatePauses() {
        return mode != 1 && mode != 5;
    }

    /** The counting element at {@code now}, in binary (0 stands for the full count). */
    int count(long now) {
        if (!counting) {
            return (int) (reload & 0xFFFF);
        }
        long d = elapsed(now);
        long v = switch (mode) {
            case 2 -> reload - d % reload;
            case 3 -> reload - (2 * d) % reload;
            default -> reload - d;
        };
        long modulus = bcd ? 10000 : 0x10000;
        return (int) Math.floorMod(v, modulus);
    }

    /** The OUT pin at {@code now}. */
    boolean out(long now) {
        if (!counting) {
            return mode != 0;
        }
        long d = elapsed(now);
        return switch (mode) {
            case 0, 1 -> d >= reload;
            case 2 -> d % reload != reload - 1 || reload == 1;
            case 3 -> d % reload < (reload + 1) / 2;
            default -> d != reload; // modes 4 and 5: one clock low at terminal count
        };
    }

    /** Input clocks at which the k-th rising edge of OUT happens (k >= 1), or -1 for none. */
    long edgeAt(long k) {
        return switch (mode) {
            case 2, 3 -> k * reload;
            case 0, 1 -> k == 1 ? reload : -1;
            default -> k == 1 ? reload + 1 : -1;
        };
    }

    /** Virtual time of the next unreported OUT edge, or Long.MAX_VALUE. */
    long nextEdge() {
        if (!counting || !gate) {
            return Long.MAX_VALUE;
        }
        long at = edgeAt(edges + 1);
        return at < 0 ? Long.MAX_VALUE : since + Ticks.nanosFor(at - heldTicks, HZ);
    }

    void load(int value, long now) {
        long n = bcd ? fromBcd(value) : value & 0xFFFF;
        reload = n == 0 ? (bcd ? 10000 : 0x10000) : n;
        heldTicks = 0;
        since = now;
        edges = 0;
        counting = true;
        nullCount = false;
    }

    void setGate(boolean level, long now) {
        if (level == gate) {
            return;
        }
        if (!level) {
            heldTicks = elapsed(now);
        } else if (mode == 1 || mode == 2 || mode == 3 || mode == 5) {
            heldTicks = 0; // a rising gate (re)triggers these modes from the reload value
            edges = 0;
        }
        since = now;
        gate = level;
    }

    int status(long now) {
        return (out(now) ? 0x80 : 0) | (nullCount ? 0x40 : 0) | access << 4 | mode << 1 | (bcd ? 1 : 0);
    }

    static long fromBcd(int v) {
        return (v & 0xF) + ((v >> 4) & 0xF) * 10 + ((v >> 8) & 0xF) * 100 + ((v >> 12) & 0xF) * 1000;
    }

    static int toBcd(int v) {
        return v % 10 | (v / 10 % 10) << 4 | (v / 100 % 10) << 8 | (v / 1000 % 10) << 12;
    }
}
