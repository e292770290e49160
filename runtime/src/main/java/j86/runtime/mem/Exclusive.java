package j86.runtime.mem;

/**
 * Runs an action while no other CPU executes guest code (parallel mode only; the deterministic
 * mode has one thread and no such object). {@link PhysicalMemory} uses it for the rare events
 * that change another CPU's caches: a write that retires decoded code, and the first time a page
 * becomes code or a page table (which revokes every CPU's TLB write entries for it). The other
 * CPUs are stopped between turns or waiting for this, never inside a cache update.
 */
public interface Exclusive {
    void run(Runnable action);
}
