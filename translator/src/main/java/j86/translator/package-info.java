/**
 * The translator: hot x86 code becomes JVM bytecode (OW2 ASM) in hidden classes, one per region
 * (a hot block and the blocks it branches to on its page).
 *
 * <p>Entry point: {@link j86.translator.engine.TranslatingEngine} ({@code new
 * TranslatingEngine(phys, interpreter, threshold)}), a {@link j86.runtime.sched.Engine} that runs
 * blocks and leaves everything between instructions (interrupt acceptance, shadows, TF, HLT,
 * shutdown, PAUSE ending the turn) to the {@link j86.runtime.interp.Interpreter}, so
 * guest-visible timing is identical.
 *
 * <p>The subpackages are its stages, in this order; each uses only the ones before it
 * (StageOrderTest reads the sources to check):
 * <ol>
 * <li>{@link j86.translator.block}: what every stage passes around: a block, a region, the mode
 * they are keyed by, the interface translated code runs through, a CPU's jump cache;</li>
 * <li>{@link j86.translator.scan}: finding code: decoding a block, gathering a region, flag
 * liveness;</li>
 * <li>{@link j86.translator.cache}: keeping blocks and translations (per machine, per JVM);</li>
 * <li>{@link j86.translator.splice}: copying the runtime's semantics methods into generated
 * code;</li>
 * <li>{@link j86.translator.codegen}: a region to a hidden class, and the run-time helpers its
 * code calls;</li>
 * <li>{@link j86.translator.engine}: the dispatch loop that ties them together.</li>
 * </ol>
 */
package j86.translator;
