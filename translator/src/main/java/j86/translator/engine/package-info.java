/**
 * Stage 6, the dispatch loop. {@code TranslatingEngine} runs a CPU's turn: the block at EIP
 * through the jump cache and block cache, cold blocks and what does not fit the budget on the
 * interpreter, hot ones translated; everything between instructions (interrupts, shadows, TF,
 * HLT) is the interpreter's. {@code CpuRun} is a CPU's state across blocks and turns,
 * {@code EngineStats} its counters.
 */
package j86.translator.engine;
