package j86.translator.engine;

/**
 * One CPU's dispatch statistics (kept per CPU, so that CPUs on different threads share no line;
 * {@link TranslatingEngine#statistics} adds them up).
 */
final class EngineStats {
    /** Translated blocks entered (by the engine or chained), and entries by the engine. */
    long blocksRun, dispatches;
    /** Guest instructions retired in translated code, and on the interpreter inside blocks. */
    long insnsTranslated, insnsCold;
    /** Jump-cache misses, and side exits (Block.SIDE) taken. */
    long misses, sideExits;

    /** One dispatch of a translated region that chained {@code chained} more blocks and retired {@code insns}. */
    void translated(int chained, long insns) {
        blocksRun += 1 + chained;
        dispatches++;
        insnsTranslated += insns;
    }

    void add(EngineStats o) {
        blocksRun += o.blocksRun;
        dispatches += o.dispatches;
        insnsTranslated += o.insnsTranslated;
        insnsCold += o.insnsCold;
        misses += o.misses;
        sideExits += o.sideExits;
    }
}
