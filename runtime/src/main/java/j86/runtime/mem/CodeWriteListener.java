package j86.runtime.mem;

/**
 * Told when a guest write changes bytes that hold decoded or translated code (bytes marked with
 * {@link PhysicalMemory#markCode(int, int)}). Writes elsewhere on a code page are not reported.
 */
@FunctionalInterface
public interface CodeWriteListener {
    /**
     * Called before the write of {@code length} bytes at physical address {@code pa} completes,
     * when at least one of those bytes is marked as code. The listener drops what it cached for
     * that page; the page (all its marks) is then no longer marked as code.
     *
     * <p>The page is unmarked just before this call, so a listener that drops only the blocks
     * overlapping [pa, pa+length) may call {@link PhysicalMemory#markCode} again for the blocks it
     * keeps (useful when code and written data share a page, like a boot sector and its stack).
     * A write spanning two marked pages produces one call per page. Writes that leave the bytes as
     * they were may not be reported.
     */
    void codeWritten(int pa, int length);
}
