package j86.translator;

import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Turns a region into a runnable {@link Block}: generates the class ({@link Codegen}), shrinks the
 * region while its method exceeds {@link Codegen#MAX_METHOD_BYTES}, and defines it as a
 * hidden class (not strongly linked to its loader, so it is unloaded once the cache drops it)
 * whose class data holds the BlockEntry and the Insns the code refers to.
 */
final class Translator {
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** Whether to specialise instructions (false = the fallback for everything). */
    final boolean specialise;
    /** Sees every class file generated (tests verify and print them); may be null. */
    volatile Consumer<Codegen.Result> observer;
    long translated, bytecodeBytes, nanos, defineNanos, flagsDropped;
    /** Instructions and blocks covered by the translations, and the instructions specialised. */
    long insns, blocks, specialisedInsns;
    /** Hot blocks that reuse a region's class (entered at their block) instead of a translation. */
    long aliases;

    /** Whether to skip flag records no one observes ({@link Liveness}). */
    final boolean liveness;

    Translator(boolean specialise, boolean liveness) {
        this.specialise = specialise;
        this.liveness = liveness;
    }

    /**
     * Translates {@code region}: fewer of its blocks, then a prefix of its entry block, while the
     * method exceeds the size limit; returns the translated entry.
     */
    BlockEntry translate(Region region) {
        long t0 = System.nanoTime();
        try {
            return translateTimed(region);
        } finally {
            nanos += System.nanoTime() - t0;
        }
    }

    private BlockEntry translateTimed(Region region) {
        Codegen.Result r = Codegen.generate(region, specialise, liveness);
        while (r.codeSize > Codegen.MAX_METHOD_BYTES && region.blocks.length > 1) {
            region = region.firstBlocks(region.blocks.length / 2);
            r = Codegen.generate(region, specialise, liveness);
        }
        while (r.codeSize > Codegen.MAX_METHOD_BYTES && region.entry.count() > 1) {
            region = Region.single(prefix(region.entry, region.entry.count() / 2));
            r = Codegen.generate(region, specialise, liveness);
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
        long tDefine = System.nanoTime();
        e.region = region;
        try {
            MethodHandles.Lookup hidden = LOOKUP.defineHiddenClassWithClassData(r.classFile, r.classData, true);
            e.block = (Block) hidden.lookupClass().getDeclaredConstructor(int.class).newInstance(0);
        } catch (Throwable t) {
            throw new IllegalStateException("defining a translated block failed", t);
        }
        defineNanos += System.nanoTime() - tDefine;
        e.codeSize = r.codeSize;
        e.specialised = r.specialised;
        insns += region.insns.length;
        blocks += region.blocks.length;
        specialisedInsns += r.specialised;
        flagsDropped += r.flagsDropped;
        translated++;
        bytecodeBytes += r.codeSize;
        return e;
    }

    /**
     * Makes cold entry {@code e} run region {@code r}'s translation from r's block {@code b} (the
     * same code at the same physical address and mode): a second instance of r's class.
     */
    static BlockEntry alias(BlockEntry e, Region r, int b) {
        try {
            e.block = r.entry.block.getClass().getDeclaredConstructor(int.class).newInstance(b);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("instantiating a translated region failed", ex);
        }
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
        return new BlockEntry(e.key, e.pa, e.eip, e.mode, Arrays.copyOf(e.insns, n), Arrays.copyOf(e.starts, n + 1));
    }
}
