/**
 * The interpreter: the cold tier of the engine and the reference the translator is checked against.
 *
 * <ul>
 * <li>{@link j86.runtime.interp.Interpreter}: one per machine ({@code new Interpreter(phys)}); an
 *     {@link j86.runtime.sched.Engine}. {@code execute(cpu, n)} runs up to n instructions and returns
 *     QUANTUM, HALTED or SHUTDOWN; {@code step(cpu)} runs one (after accepting a pending interrupt);
 *     {@code fetch(cpu, eip)} decodes without executing (GDB stub, disassembly).</li>
 * <li>{@link j86.runtime.interp.Dispatch#execute}: executes one decoded Insn with c.eip already at
 *     the next instruction; CpuFault escapes to the caller (the translator can use it for rare
 *     instructions, restoring state as the Interpreter does).</li>
 * <li>{@link j86.runtime.interp.CodeCache}: decoded instructions by physical address and code size,
 *     one per PhysicalMemory ({@code CodeCache.of(phys)}), invalidated per page on writes to code;
 *     the translator chains its own CodeWriteListener with {@code addListener}.</li>
 * </ul>
 *
 * The Exec* classes hold only operand plumbing (effective addresses, register/memory/immediate
 * operands, ordering of writes for precise faults); instruction semantics live in j86.runtime.ops
 * and j86.runtime.cpu.
 */
package j86.runtime.interp;
