package j86.launcher.grade;

import j86.runtime.interp.Interpreter;
import j86.runtime.mem.PhysicalMemory;
import j86.runtime.sched.Engine;
import j86.translator.engine.TranslatingEngine;
import java.util.function.Function;

/**
 * The execution engines a grading run can use, by name: "interp" (the interpreter) and "jit" (the
 * translator, with the interpreter as its cold tier).
 */
public final class Engines {
    /** Executions of a block on the interpreter before the translator compiles it. */
    static final int JIT_THRESHOLD = 2;

    private Engines() {}

    /** A factory making a fresh engine per machine. */
    public static Function<PhysicalMemory, Engine> named(String name) throws GradeException {
        return switch (name) {
            case "interp" -> Interpreter::new;
            case "jit" -> phys -> new TranslatingEngine(phys, new Interpreter(phys), JIT_THRESHOLD);
            default -> throw new GradeException("--engine " + name + ": expected interp or jit");
        };
    }
}
