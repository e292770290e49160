package j86.suites;

import j86.runtime.interp.Interpreter;
import j86.runtime.mem.PhysicalMemory;
import j86.runtime.sched.Engine;
import j86.translator.engine.TranslatingEngine;
import java.util.List;
import java.util.function.Function;

/** An execution engine the suites run every guest on, by name. */
record EngineChoice(String name, Function<PhysicalMemory, Engine> factory) {
    /** Runs of a block on the interpreter before the translator compiles it: low, to translate most code. */
    static final int JIT_THRESHOLD = 2;

    /** Every engine the suites cover, the reference (the interpreter) first: adding one is one more line. */
    static List<EngineChoice> all() {
        return List.of(
                new EngineChoice("interp", Interpreter::new),
                new EngineChoice("jit", phys -> new TranslatingEngine(phys, new Interpreter(phys), JIT_THRESHOLD)));
    }
}
