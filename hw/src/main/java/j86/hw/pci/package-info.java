/**
 * PCI configuration space as QEMU's pc machine presents it to a real BIOS (only under
 * {@code -bios}): {@link j86.hw.pci.PciConfigPorts} (mechanism #1 at 0xCF8/0xCFC) with the
 * i440FX host bridge at 00:00.0 ({@link j86.hw.pci.I440fxHost}, whose PAM registers drive
 * {@link j86.hw.board.ShadowRam}) and the PIIX3's ISA bridge and IDE functions at 00:01.0-1
 * ({@link j86.hw.pci.Piix3}). Configuration space only: no BARs, no PCI interrupts; the devices
 * behind these functions are the ISA ones in j86.hw.dev.
 */
package j86.hw.pci;
