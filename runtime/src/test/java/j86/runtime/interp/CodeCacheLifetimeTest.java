package j86.runtime.interp;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import j86.runtime.mem.PhysicalMemory;
import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;

/** A machine's decoded-instruction cache lives as long as its memory and no longer. */
class CodeCacheLifetimeTest {
    @Test
    void oneCachePerMemory() {
        PhysicalMemory phys = new PhysicalMemory(1 << 20);
        assertSame(CodeCache.of(phys), CodeCache.of(phys));
        assertSame(CodeCache.of(phys), new Interpreter(phys).cache());
    }

    /**
     * The process-wide table must not keep a finished machine's RAM reachable: a grading JVM runs
     * hundreds of machines. Once nothing refers to the memory, a collection frees it.
     */
    @Test
    void finishedMachinesAreCollected() throws InterruptedException {
        WeakReference<PhysicalMemory> ref = machineThatIsDropped();
        for (int i = 0; i < 50 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(ref.get(), "the memory of a dropped machine is still reachable");
    }

    private static WeakReference<PhysicalMemory> machineThatIsDropped() {
        PhysicalMemory phys = new PhysicalMemory(16 << 20);
        new Interpreter(phys);
        CodeCache.of(phys);
        return new WeakReference<>(phys);
    }
}
