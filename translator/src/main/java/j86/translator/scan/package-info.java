/**
 * Stage 2, finding code. {@code BlockScanner} decodes a block through the interpreter's fetch
 * path (so every byte it covers is marked as code); {@code RegionScanner} gathers a region: the
 * hot blocks a block's direct near branches reach on its page; {@code Liveness} finds the flag
 * records no one can observe before they are overwritten.
 */
package j86.translator.scan;
