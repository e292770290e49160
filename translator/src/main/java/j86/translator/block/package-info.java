/**
 * Stage 1, what every later stage passes around. {@code BlockEntry}: one block (a physical
 * address, mode, its decoded instructions, hit count, links to successors and, once translated,
 * its code); {@code Region}: the blocks one generated class covers, flattened; {@code ModeKey}:
 * the CPU state a block's code depends on (CS.D, SS.B, CPL, paging, flat segments), part of
 * every key; {@code Block} and {@code Chain}: the interface translated code runs through and the
 * per-CPU context it gets (budget end, chaining, side-exit results); {@code JumpCache}: a CPU's
 * virtual EIP to block map, which Chain carries so that a block can find its successor as the
 * engine would. Nothing here generates or runs code.
 */
package j86.translator.block;
