package j86.translator;

import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Turns a scanned block into a runnable {@link Block}: generates the class ({@link Codegen}),
 * halves the block while its method exceeds {@link Codegen#MAX_METHOD_BYTES}, and defines it as a
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

    /** Whether to skip flag records no one observes ({@link Liveness}). */
    final boolean liveness;

    Translator(boolean specialise, boolean liveness) {
        this.specialise = specialise;
        this.liveness = liveness;
    }

    /** Translates {@code e}, or a prefix of it when the whole block's code is too large; returns the translated entry. */
    BlockEntry translate(BlockEntry e) {
        long t0 = System.nanoTime();
        try {
            return translateTimed(e);
        } finally {
            nanos += System.nanoTime() - t0;
        }
    }

    private BlockEntry translateTimed(BlockEntry e) {
        Codegen.Result r = Codegen.generate(e, specialise, liveness);
        while (r.codeSize > Codegen.MAX_METHOD_BYTES && e.count() > 1) {
            e = prefix(e, e.count() / 2);
            r = Codegen.generate(e, specialise, liveness);
        }
        if (r.codeSize > Codegen.MAX_METHOD_BYTES) {
            throw new IllegalStateException("one instruction needs " + r.codeSize + " bytes of bytecode");
        }
        Consumer<Codegen.Result> o = observer;
        if (o != null) {
            o.accept(r);
        }
        long tDefine = System.nanoTime();
        try {
            MethodHandles.Lookup hidden = LOOKUP.defineHiddenClassWithClassData(r.classFile, r.classData, true);
            e.block = (Block) hidden.lookupClass().getDeclaredConstructor().newInstance();
        } catch (Throwable t) {
            throw new IllegalStateException("defining a translated block failed", t);
        }
        defineNanos += System.nanoTime() - tDefine;
        e.codeSize = r.codeSize;
        e.specialised = r.specialised;
        flagsDropped += r.flagsDropped;
        translated++;
        bytecodeBytes += r.codeSize;
        return e;
    }

    /** The first {@code n} instructions of {@code e} as a block of their own. */
    static BlockEntry prefix(BlockEntry e, int n) {
        return new BlockEntry(e.key, e.pa, e.eip, e.mode, Arrays.copyOf(e.insns, n), Arrays.copyOf(e.starts, n + 1));
    }
}
