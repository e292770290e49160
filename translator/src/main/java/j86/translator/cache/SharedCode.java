package j86.translator.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import j86.runtime.mem.PhysicalMemory;
import j86.translator.block.BlockEntry;
import j86.translator.block.Region;
import java.nio.ByteBuffer;

/**
 * Translations shared by every machine in the JVM (the grader runs many machines of the same
 * kernel at once): a region's class, keyed by everything its bytecode depends on, so that another
 * machine finding the same region reuses the class, and the code HotSpot compiled for it, instead
 * of generating, defining and compiling its own. The generated code refers to its machine only
 * through the instance ("owner", the machine's BlockEntry) and the Cpu it runs on; its EIPs are
 * relative to the entry (Gen), and its Insns are immutable.
 *
 * <p>The key: the generator's switches, the mode, and for each block of the gathered region its
 * physical address, length and code bytes. Same key, same scan (the scanner depends only on those
 * bytes, their page offsets and the mode), same bytecode. Bounded by host memory, as BlockCache
 * ({@link BlockCache#cost}).
 */
public final class SharedCode {
    private SharedCode() {}

    /** The class of a region, and the shape the generator shrank the region to (see Translator). */
    public record Entry(Class<?> cls, int blocks, int entryInsns, int classBytes, int specialised) {}

    private static final Cache<ByteBuffer, Entry> CACHE = Caffeine.newBuilder()
            .maximumWeight(BlockCache.DEFAULT_MAX_BYTES)
            .weigher((ByteBuffer k, Entry v) -> BlockCache.cost(v.classBytes(), v.entryInsns()))
            .executor(Runnable::run)
            .build();

    public static ByteBuffer key(Region r, PhysicalMemory phys, boolean specialise, boolean liveness) {
        int n = 12, slow = 0;
        for (BlockEntry b : r.blocks) {
            n += 8 + b.bytes;
        }
        for (int i = 0; i < r.insns.length; i++) {
            slow += r.callsSlowPath(i) ? 1 : 0;
        }
        ByteBuffer k = ByteBuffer.allocate(n + 4 * slow);
        k.putInt((specialise ? 1 : 0) | (liveness ? 2 : 0) | (r.tso ? 4 : 0)).putInt(r.entry.mode).putInt(r.blocks.length);
        for (BlockEntry b : r.blocks) {
            k.putInt(b.pa).putInt(b.bytes | (b.guarded ? 1 << 31 : 0)).put(phys.ram, b.pa, b.bytes);
        }
        for (int i = 0; i < r.insns.length; i++) {
            if (r.callsSlowPath(i)) {
                k.putInt(i); // the generated code differs there (EmitMemory)
            }
        }
        return k.flip();
    }

    public static Entry get(ByteBuffer key) {
        return CACHE.getIfPresent(key);
    }

    public static void put(ByteBuffer key, Entry e) {
        CACHE.put(key, e);
    }
}
