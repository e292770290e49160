package j86.translator.codegen;

import j86.runtime.mem.PhysicalMemory;
import j86.translator.block.Block;
import j86.translator.block.BlockEntry;
import j86.translator.block.Region;
import j86.translator.block.TranslationClock;
import j86.translator.cache.SharedCode;
import j86.translator.scan.Liveness;
import java.lang.invoke.MethodHandles;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Turns a region into a runnable {@link Block}: generates the class ({@link Codegen}), shrinks the
 * region while its method exceeds {@link Codegen#MAX_METHOD_BYTES}, and defines it as a
 * hidden class (not strongly linked to its loader, so it is unloaded once the cache drops it)
 * whose class data holds the BlockEntry and the Insns the code refers to.
 */
public final class Translator {
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** Whether to specialise instructions (false = the fallback for everything). */
    public final boolean specialise;
    /** Sees every class file generated (tests verify and print them); may be null. */
    public volatile Consumer<Codegen.Result> observer;
    public long translated, bytecodeBytes, nanos, defineNanos, flagsDropped;
    /** Where {@link #nanos} went besides definition: generating classes, splicing in them, writing class files. */
    public long generateNanos, spliceNanos, writeNanos;
    /** Splices made, and those replayed from the memo instead of partially evaluated again. */
    public long splices, splicesReused;
    /** Instructions and blocks covered by the translations, and the instructions specialised. */
    public long insns, blocks, specialisedInsns;
    /** Hot blocks that reuse a region's class (entered at their block) instead of a translation. */
    public long aliases;
    /** Regions that reused a class another machine generated (SharedCode). */
    public long shared;
    private final PhysicalMemory phys;
    /** Instructions whose accesses call the MMU's slow path inside loops too (Region#slowSites). */
    public final java.util.Set<Long> slowSites = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Whether to skip flag records no one observes ({@link Liveness}). */
    final boolean liveness;

    public Translator(PhysicalMemory phys, boolean specialise, boolean liveness) {
        this.phys = phys;
        this.specialise = specialise;
        this.liveness = liveness;
    }

    /**
     * Translates {@code region}: fewer of its blocks, then a prefix of its entry block, while the
     * method exceeds the size limit; returns the translated entry.
     */
    public BlockEntry translate(Region region) {
        long t0 = TranslationClock.now();
        try {
            return translateTimed(region);
        } finally {
            nanos += TranslationClock.now() - t0;
        }
    }

    private BlockEntry translateTimed(Region region) {
        region.slowSites = slowSites;
        region.tso = phys.threaded;
        ByteBuffer key = SharedCode.key(region, phys, specialise, liveness);
        SharedCode.Entry hit = SharedCode.get(key);
        if (hit != null) {
            return reuse(region, hit);
        }
        Codegen.Result r = generate(region);
        while (r.codeSize > Codegen.MAX_METHOD_BYTES && region.blocks.length > 1) {
            region = region.firstBlocks(region.blocks.length / 2);
            region.slowSites = slowSites;
            region.tso = phys.threaded;
            r = generate(region);
        }
        while (r.codeSize > Codegen.MAX_METHOD_BYTES && region.entry.count() > 1) {
            region = Region.single(prefix(region.entry, region.entry.count() / 2));
            region.slowSites = slowSites;
            region.tso = phys.threaded;
            r = generate(region);
        }
        BlockEntry e = region.entry;
        if (r.codeSize > Codegen.MAX_METHOD_BYTES) {
            throw new IllegalStateException("one instruction needs " + r.codeSize + " bytes of bytecode");
        }
        Consumer<Codegen.Result> o = observer;
        if (o != null) {
            o.accept(r);
        }
        if (DUMP != null) {
            dump(region, r);
        }
        long tDefine = TranslationClock.now();
        e.region = region;
        Class<?> cls;
        try {
            cls = LOOKUP.defineHiddenClassWithClassData(r.classFile, r.classData, true).lookupClass();
        } catch (IllegalAccessException t) {
            throw new IllegalStateException("defining a translated block failed", t);
        }
        e.block = instance(cls, 0, e);
        defineNanos += TranslationClock.now() - tDefine;
        SharedCode.put(key, new SharedCode.Entry(cls, region.blocks.length, e.count(), r.classFile.length, r.specialised));
        e.classBytes = r.classFile.length;
        e.specialised = r.specialised;
        insns += region.insns.length;
        blocks += region.blocks.length;
        specialisedInsns += r.specialised;
        flagsDropped += r.flagsDropped;
        translated++;
        bytecodeBytes += r.codeSize;
        return e;
    }

    /** Codegen.generate, its costs added to the statistics. */
    private Codegen.Result generate(Region region) {
        long t0 = TranslationClock.now();
        Codegen.Result r = Codegen.generate(region, specialise, liveness);
        generateNanos += TranslationClock.now() - t0;
        spliceNanos += r.spliceNanos;
        writeNanos += r.writeNanos;
        splices += r.splices;
        splicesReused += r.splicesReused;
        return r;
    }

    /**
     * Runs {@code region} with the class another machine generated for the same code: shrunk to
     * the shape that class was generated for, then instantiated for this machine.
     */
    private BlockEntry reuse(Region region, SharedCode.Entry hit) {
        if (hit.blocks() < region.blocks.length) {
            region = region.firstBlocks(hit.blocks());
        }
        if (hit.entryInsns() < region.entry.count()) {
            region = Region.single(prefix(region.entry, hit.entryInsns()));
        }
        BlockEntry e = region.entry;
        e.region = region;
        e.block = instance(hit.cls(), 0, e);
        e.classBytes = hit.classBytes();
        e.specialised = hit.specialised();
        shared++;
        return e;
    }

    /** A generated class's instance entered at block {@code b}, owned by {@code owner}. */
    static Block instance(Class<?> cls, int b, BlockEntry owner) {
        try {
            return (Block) cls.getDeclaredConstructor(int.class, BlockEntry.class).newInstance(b, owner);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("instantiating a translated region failed", ex);
        }
    }

    /**
     * Makes cold entry {@code e} run region {@code r}'s translation from r's block {@code b} (the
     * same code at the same physical address and mode): a second instance of r's class.
     */
    public static BlockEntry alias(BlockEntry e, Region r, int b) {
        e.block = instance(r.entry.block.getClass(), b, r.entry);
        e.region = r;
        e.specialised = r.entry.specialised;
        r.aliases.add(e);
        return e;
    }

    /** -Dj86.jit.dump=DIR writes every generated class file there (diagnosis; javap -c reads them). */
    private static final String DUMP = System.getProperty("j86.jit.dump");

    private void dump(Region region, Codegen.Result r) {
        String name = String.format("%s/T%05d_%08x.class", DUMP, translated, region.entry.eip);
        try {
            java.nio.file.Files.write(java.nio.file.Path.of(name), r.classFile);
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    /** The first {@code n} instructions of {@code e} as a block of their own. */
    static BlockEntry prefix(BlockEntry e, int n) {
        return new BlockEntry(e.key, e.pa, e.eip, e.mode, Arrays.copyOf(e.insns, n), Arrays.copyOf(e.starts, n + 1), e.guarded);
    }
}
