/**
 * The translator: hot x86 code becomes JVM bytecode (OW2 ASM) in hidden classes, one per region
 * (a hot block and the blocks it branches to on its page).
 *
 * <p>Entry point: {@link j86.translator.TranslatingEngine} ({@code new TranslatingEngine(phys,
 * interpreter, threshold)}), a {@link j86.runtime.sched.Engine} that runs blocks and leaves
 * everything between instructions (interrupt acceptance, shadows, TF, HLT, shutdown, PAUSE ending
 * the quantum) to the {@link j86.runtime.interp.Interpreter}, so guest-visible timing is identical.
 *
 * <p>Pieces: {@code BlockScanner} finds a block (decoded through the interpreter's fetch path);
 * {@code BlockCache} keys blocks by physical address + mode ({@code ModeKey}), bounds them
 * (Caffeine, weighted by an estimate of the host memory a block holds) and retires a page's
 * blocks on a code write (a code-write listener of the memory); {@code JumpCache} maps a CPU's EIP to a block, validated against the
 * soft TLB; {@code Region} gathers what one class covers; {@code Translator} and {@code Codegen}
 * generate and define the class, or reuse one another machine defined ({@code SharedCode}); {@code
 * Specialise}, {@code EmitOperands}, {@code EmitAlu} and {@code EmitControl} emit specialised
 * instructions (calls to the interpreter's own semantics methods, or the same arithmetic inline),
 * everything else goes through {@code Support.exec} to the interpreter's Dispatch; {@code
 * Liveness} drops flag records nobody can observe. Inside a region the guest registers and the
 * lazy flag record live in JVM locals ({@code EmitFlags}, {@code Conditions}: written back at
 * exits, around calls that use c.r, and by the fault handler); memory accesses are the soft TLB's
 * hit path inline ({@code EmitMemory}), a miss inside a loop leaving the region before the
 * instruction (a side exit, the interpreter runs it); branches
 * between the blocks of a region are JVM jumps with the engine's budget and interrupt checks on
 * them ({@code Gen.jumpTo}); other exits chain to the next region ({@code Support.successor}).
 */
package j86.translator;
