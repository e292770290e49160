package j86.runtime.mem;

/** Told when a guest write lands on a physical page that holds decoded or translated code. */
@FunctionalInterface
public interface CodeWriteListener {
    /**
     * Called before the write of {@code length} bytes at physical address {@code pa} completes. The
     * listener drops what it cached for that page; the page is then no longer marked as code.
     */
    void codeWritten(int pa, int length);
}
