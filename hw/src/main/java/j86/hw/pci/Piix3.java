package j86.hw.pci;

/**
 * The 82371SB PIIX3's PCI functions (Intel 82371FB/SB PIIX/PIIX3 datasheet, 2.2 "PCI to ISA
 * bridge configuration registers" and 2.3 "IDE interface configuration"): function 0 at 00:01.0
 * is the PCI-to-ISA bridge (8086:7000, class 060100h, a multi-function device), function 1 the
 * IDE interface (8086:7010, class 010180h: ISA compatibility mode on both channels, ports
 * 1F0h/3F6h and 170h/376h with IRQ 14 and 15, bus-master capable). The ATA channel itself is
 * {@link j86.hw.dev.AtaDisk} on the ISA ports; here only configuration space is modelled:
 * the function-specific registers (PIRQ routing 60h-63h, reset value 80h: disabled; IDE timing
 * 40h-43h) hold what firmware writes and route nothing, since j86's PCI has no interrupt pins.
 */
public final class Piix3 {
    public static final int VENDOR_INTEL = 0x8086, DEVICE_ISA = 0x7000, DEVICE_IDE = 0x7010;
    public static final int CLASS_ISA_BRIDGE = 0x060100, CLASS_IDE_COMPAT_MASTER = 0x010180;
    public static final int PIRQ_ROUTE = 0x60, PIRQ_COUNT = 4, PIRQ_DISABLED = 0x80;
    private static final int SPECIFIC = 0x40;

    private Piix3() {}

    /** Function 0: the PCI-to-ISA bridge. */
    public static PciFunction isaBridge() {
        PciFunction f = new PciFunction(VENDOR_INTEL, DEVICE_ISA, 0, CLASS_ISA_BRIDGE, PciFunction.MULTI_FUNCTION) {
        };
        f.writable(SPECIFIC, 0x100 - SPECIFIC, 0xFF);
        f.put(PIRQ_ROUTE, PIRQ_COUNT, PIRQ_DISABLED * 0x01010101);
        return f;
    }

    /** Function 1: the IDE interface in compatibility mode. */
    public static PciFunction ide() {
        PciFunction f = new PciFunction(VENDOR_INTEL, DEVICE_IDE, 0, CLASS_IDE_COMPAT_MASTER, 0) {
        };
        f.writable(SPECIFIC, 0x100 - SPECIFIC, 0xFF);
        return f;
    }
}
