package j86.launcher.grade;

import j86.runtime.interp.Interpreter;
import j86.runtime.mem.PhysicalMemory;
import j86.runtime.sched.Engine;
import java.lang.reflect.Constructor;
import java.util.function.Function;

/**
 * The execution engines a grading run can use, by name: "interp" (the interpreter) and "jit" (the
 * translator over the interpreter). The launcher does not link the translator module, so "jit" is
 * found by name at run time and is available only when j86-translator is on the class path.
 */
public final class Engines {
    static final String TRANSLATOR = "j86.translator.TranslatingEngine";
    /** Executions of a block before the translator compiles it, unless it names its own DEFAULT_THRESHOLD. */
    static final int JIT_THRESHOLD = 2;

    private Engines() {}

    /** A factory making a fresh engine per machine. */
    public static Function<PhysicalMemory, Engine> named(String name) throws GradeException {
        switch (name) {
            case "interp":
                return Interpreter::new;
            case "jit":
                return translator();
            default:
                throw new GradeException("--engine " + name + ": expected interp or jit");
        }
    }

    /** True when the translator is on the class path. */
    public static boolean translatorAvailable() {
        try {
            Class.forName(TRANSLATOR);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static Function<PhysicalMemory, Engine> translator() throws GradeException {
        Class<?> c;
        try {
            c = Class.forName(TRANSLATOR);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new GradeException("--engine jit: the translator (j86-translator) is not on the class path");
        }
        try {
            Constructor<?> k = c.getConstructor(PhysicalMemory.class);
            return phys -> (Engine) newInstance(k, phys);
        } catch (NoSuchMethodException e) {
            // the form (memory, cold-tier interpreter, threshold)
        }
        try {
            Constructor<?> k = c.getConstructor(PhysicalMemory.class, Interpreter.class, int.class);
            int threshold = threshold(c);
            return phys -> (Engine) newInstance(k, phys, new Interpreter(phys), threshold);
        } catch (NoSuchMethodException e) {
            throw new GradeException("--engine jit: " + TRANSLATOR + " has no constructor this grader knows");
        }
    }

    private static int threshold(Class<?> c) {
        try {
            return c.getField("DEFAULT_THRESHOLD").getInt(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return JIT_THRESHOLD;
        }
    }

    private static Object newInstance(Constructor<?> k, Object... args) {
        try {
            return k.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make the translating engine", e);
        }
    }
}
