package j86.translator.block;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The clock the translator's cost figures (--stats) are read from: wall time by default, or with
 * {@code -Dj86.jit.cpuTime=true} the translating thread's own CPU time, which a loaded host's other
 * processes and the JVM's compiler threads do not inflate (a wall-time figure on a busy two-core
 * host varied 2-3x between runs). Not the default: the first reading loads the management classes.
 */
public final class TranslationClock {
    private TranslationClock() {}

    private static final ThreadMXBean THREADS =
            Boolean.getBoolean("j86.jit.cpuTime") ? ManagementFactory.getThreadMXBean() : null;

    /** Nanoseconds on the chosen clock (differences only mean something on one thread). */
    public static long now() {
        return THREADS == null ? System.nanoTime() : THREADS.getCurrentThreadCpuTime();
    }

    /** Which clock: for the statistics line. */
    public static String name() {
        return THREADS == null ? "wall" : "cpu";
    }
}
