package j86.hw.pci;

import j86.hw.board.ShadowRam;

/**
 * The host bridge at 00:00.0: Intel's 82441FX PCI and Memory Controller (Intel 440FX PCIset
 * datasheet, 82441FX PMC, 3.2 "PCI configuration space registers": vendor 8086h, device 1237h,
 * revision 02h, class 060000h host bridge), with QEMU's subsystem IDs, by which SeaBIOS knows
 * its platform. Of the function-specific registers only the Programmable Attribute Map
 * (59h-5Fh) acts: it decides whether 0xC0000-0xFFFFF reads and writes DRAM or ROM
 * ({@link ShadowRam}). The others in 50h-FFh (DRAM control, SMRAM, ...) hold what is written.
 */
public final class I440fxHost extends PciFunction {
    public static final int VENDOR_INTEL = 0x8086, DEVICE_82441FX = 0x1237, REVISION_02 = 0x02;
    public static final int CLASS_HOST_BRIDGE = 0x060000;
    /** First function-specific register modelled as storage. */
    private static final int SPECIFIC = 0x50;

    private final ShadowRam shadow;

    public I440fxHost(ShadowRam shadow) {
        super(VENDOR_INTEL, DEVICE_82441FX, REVISION_02, CLASS_HOST_BRIDGE, 0);
        this.shadow = shadow;
        writable(SPECIFIC, 0x100 - SPECIFIC, 0xFF);
        writable(ShadowRam.PAM0, ShadowRam.PAM_COUNT, 0x33); // RE and WE of each nibble
    }

    @Override
    protected void written(int offset) {
        if (offset >= ShadowRam.PAM0 && offset < ShadowRam.PAM0 + ShadowRam.PAM_COUNT && shadow != null) {
            shadow.writePam(offset, byteAt(offset));
        }
    }
}
