package j86.translator;

/**
 * Chooses a specialised emitter for the current instruction, or declines (the caller then emits
 * the fallback). Every specialisation calls the same static semantics method as the interpreter
 * and leaves the guest state untouched until its last possibly faulting access (precise faults).
 */
final class Specialise {
    private final Gen g;

    Specialise(Gen g) {
        this.g = g;
    }

    boolean emit() {
        return false;
    }
}
