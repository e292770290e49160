/**
 * Stage 4, semantics once. {@code Splice} copies a semantics method of j86.runtime.ops (the one
 * the interpreter calls) into a method being generated, by partial evaluation of its bytecode
 * ({@code OpsBytecode} reads the class files): constants fold, dead branches vanish, the Cpu's
 * flag record becomes a {@code FlagRecord} the caller places. Knows nothing of regions or guest
 * registers: the caller passes locals and constants ({@code Splice.Target}).
 */
package j86.translator.splice;
