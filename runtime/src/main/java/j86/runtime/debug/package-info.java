/**
 * What a debugger arms in the machine, seen by both engines at full speed (docs/ARCHITECTURE.md,
 * "A debugger changes nothing": a debugger changes nothing but where the guest stops).
 *
 * <ul>
 * <li>{@link j86.runtime.debug.Breakpoints}: linear addresses checked before an instruction
 *     executes. The interpreter tests a 4096-bit map of their page offsets per instruction; the
 *     translator ends blocks before every instruction at such an offset and checks the address
 *     exactly where a block at one is entered (dispatch, chaining), so regions elsewhere run as
 *     before.</li>
 * <li>{@link j86.runtime.debug.Watchpoints}: linear ranges whose pages the soft TLB never holds,
 *     so every access to them, explicit or implicit (stack, strings, descriptor loads), takes the
 *     MMU's slow path, which records a {@link j86.runtime.debug.Watchpoints.Hit}; the engine
 *     stops after that instruction.</li>
 * <li>{@link j86.runtime.debug.DebugStop}: why an engine returned early to its caller.</li>
 * </ul>
 */
package j86.runtime.debug;
