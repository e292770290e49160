package j86.suites;

import j86.runtime.interp.Interpreter;
import j86.runtime.mem.PhysicalMemory;
import j86.runtime.sched.Engine;
import java.util.List;
import java.util.function.Function;

/** An execution engine the suites run every guest on, by name. */
record EngineChoice(String name, Function<PhysicalMemory, Engine> factory) {
    /** Every engine the suites cover: adding the translator is one more line here. */
    static List<EngineChoice> all() {
        return List.of(
                new EngineChoice("interp", Interpreter::new));
    }
}
