/**
 * Stage 3, keeping what was found and translated. {@code BlockCache}: a machine's blocks by
 * physical address and mode, bounded by an estimate of the host memory they hold, and retired
 * per page on a code write (it is a code-write listener of the memory) or when a breakpoint
 * moves; {@code SharedCode}: generated classes shared by every machine of the JVM running the
 * same code (the grading runner).
 */
package j86.translator.cache;
