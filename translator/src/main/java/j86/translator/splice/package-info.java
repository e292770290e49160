/**
 * Stage 4, semantics once. {@code Splice} copies a semantics method of j86.runtime.ops (the one
 * the interpreter calls) into a method being generated, by partial evaluation of its bytecode
 * ({@code OpsBytecode} reads the class files): constants fold, dead branches vanish, the Cpu's
 * flag record becomes a {@code FlagRecord} the caller places. Knows nothing of regions or guest
 * registers: the caller passes locals and constants ({@code Splice.Target}).
 *
 * <p>Cost. A partial evaluation is about a hundred times dearer than writing out its result, and
 * regions splice the same few shapes again and again, so {@code Splice.call} keeps each result
 * as a {@code SpliceTemplate} in {@code SpliceMemo}, keyed by method, record kept or not, the
 * constants and which arguments share a local; a repeat replays the template with the caller's
 * locals, fresh temps and fresh labels, instruction for instruction what a fresh splice writes
 * (SpliceMemoTest). Templates are made by the splicer from the ops methods' bytecode at run time,
 * never stored, so the bytecode still comes from the runtime's methods (SpliceTest runs what a
 * replay writes against them). {@code SpliceWarmup} runs the splicer on the translator's warm-up
 * thread (codegen.CodegenWarmup), so that the JVM has compiled it before the guest needs it.
 */
package j86.translator.splice;
