/**
 * Stage 5, a region to a hidden class. {@code Translator} generates (or reuses from SharedCode)
 * and defines the class; {@code Codegen} lays out its {@code run} method (a label per block,
 * exits, fault handler stubs, the method-size limit); {@code Gen} holds the generation state
 * (locals, exception ranges, exits) and small idioms; {@code Specialise} picks an emitter per
 * instruction: {@code EmitOperands} (operands, registers in locals), {@code EmitAlu} (arithmetic
 * spliced from ops), {@code EmitControl} (near branches, calls, returns), {@code EmitMemory} (the
 * soft TLB's hit path inline, side exits), {@code EmitFlags} and {@code Conditions} (the lazy flag
 * record in locals, conditions inline); anything else calls {@code Support.exec}, the
 * interpreter's Dispatch. {@code Support} holds the static methods the generated code calls at
 * run time (fallbacks, faults, exits, chaining to the next block).
 */
package j86.translator.codegen;
