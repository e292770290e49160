package j86.runtime.mem;

import j86.runtime.bus.MmioDevice;

/**
 * The physical address space shared by all CPUs: RAM, MMIO regions, and all-ones elsewhere.
 * (STUB: signatures agreed; the memory engineer replaces the bodies.)
 */
public final class PhysicalMemory {
    /** Guest RAM, physical addresses 0 .. ram.length-1 (little-endian). */
    public final byte[] ram;

    public PhysicalMemory(int ramBytes) {
        this.ram = new byte[ramBytes];
    }

    /** Maps {@code dev} at physical [base, base+size); accesses there go to the device. */
    public void mapMmio(int base, int size, MmioDevice dev) {
        throw new UnsupportedOperationException("TODO");
    }

    public int read8(int pa) {
        throw new UnsupportedOperationException("TODO");
    }

    public int read16(int pa) {
        throw new UnsupportedOperationException("TODO");
    }

    public int read32(int pa) {
        throw new UnsupportedOperationException("TODO");
    }

    public void write8(int pa, int value) {
        throw new UnsupportedOperationException("TODO");
    }

    public void write16(int pa, int value) {
        throw new UnsupportedOperationException("TODO");
    }

    public void write32(int pa, int value) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Copies bytes into RAM (firmware and tests). */
    public void load(int pa, byte[] data, int off, int len) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Marks the 4 KiB page holding {@code pa} as holding decoded or translated code. */
    public void markCode(int pa) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Who is told, before the write lands, that a write hits a page marked as code. */
    public void setCodeWriteListener(CodeWriteListener listener) {
        throw new UnsupportedOperationException("TODO");
    }
}
