package j86.launcher.grade;

import j86.runtime.mem.PhysicalMemory;
import java.lang.reflect.Field;
import java.util.Map;

/**
 * Drops a finished machine's entry from the interpreter's process-wide decoded-instruction cache
 * table (j86.runtime.interp.CodeCache.CACHES). That table is a WeakHashMap whose values hold their
 * keys (each cache refers to its PhysicalMemory), so its entries never go away by themselves: one
 * launcher run does not care, but a grading JVM running dozens of machines would keep every
 * machine's RAM and run out of heap. A workaround until the runtime releases caches itself; when
 * the table is gone or changes shape, this does nothing.
 */
final class CacheRelease {
    private static final Map<?, ?> TABLE = table();

    private CacheRelease() {}

    static void release(PhysicalMemory phys) {
        if (TABLE == null || phys == null) {
            return;
        }
        synchronized (TABLE) {
            TABLE.remove(phys);
        }
    }

    private static Map<?, ?> table() {
        try {
            Class<?> c = Class.forName("j86.runtime.interp.CodeCache");
            Field f = c.getDeclaredField("CACHES");
            f.setAccessible(true);
            return f.get(null) instanceof Map<?, ?> m ? m : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
