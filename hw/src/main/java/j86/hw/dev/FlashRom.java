package j86.hw.dev;

import j86.runtime.bus.MmioDevice;

/**
 * The BIOS flash ROM as the CPU sees it at the top of the 4 GiB physical space, so that its last
 * 16 bytes hold the reset vector at physical 0xFFFFFFF0 (Intel SDM Vol. 3, 9.1.4 "First
 * Instruction Executed"; QEMU's pc machine maps its -bios image the same way, ending at
 * 0xFFFFFFFF). Read-only: writes are ignored, as QEMU ignores writes to its "pc.bios" ROM region
 * (no flash programming interface is modelled).
 *
 * Map with {@code phys.mapMmio((int) (4 GiB - image.length), image.length, rom)}.
 */
public final class FlashRom implements MmioDevice {
    private final byte[] image;

    public FlashRom(byte[] image) {
        this.image = image.clone();
    }

    /** Physical address of the first byte: the image ends at 0xFFFFFFFF. */
    public int base() {
        return (int) ((1L << 32) - image.length);
    }

    public int size() {
        return image.length;
    }

    @Override
    public int read(int offset, int sizeBytes) {
        int v = 0;
        for (int k = 0; k < sizeBytes; k++) {
            int at = offset + k;
            v |= (at >= 0 && at < image.length ? image[at] & 0xFF : 0xFF) << (k << 3);
        }
        return v;
    }

    @Override
    public void write(int offset, int sizeBytes, int value) {
        // ROM: the write is ignored.
    }
}
