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
 *     one per PhysicalMemory ({@code CodeCache.of(phys)}), invalidated per page by a write that
 *     changes a byte of a cached instruction (writes beside them on the page invalidate nothing);
 *     the translator registers its own CodeWriteListener with the same memory.</li>
 * <li>Speed: each cached Insn gets a {@link j86.runtime.interp.Forms} shape when it is cached;
 *     {@link j86.runtime.interp.FastPath} runs the common 32-bit shapes without operand switches,
 *     and {@link j86.runtime.interp.PageLoop} runs sequences of them with the fetch checks made
 *     once per code page. INTR is sampled only after something that could have raised it (a new
 *     quantum, port I/O, a device or slow memory access, a fault): {@link
 *     j86.runtime.interp.InterruptSampling}. PAUSE ends the CPU's quantum
 *     (the translator does the same, so both engines give identical runs).</li>
 * </ul>
 *
 * The Exec* classes hold only operand plumbing (effective addresses, register/memory/immediate
 * operands, ordering of writes for precise faults); instruction semantics live in j86.runtime.ops
 * and j86.runtime.cpu.
 */
package j86.runtime.interp;
