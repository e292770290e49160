package j86.hw.pci;

import j86.runtime.bus.PortDevice;

/**
 * PCI configuration mechanism #1 (PCI Local Bus Specification 2.1, 3.7.4.1 "Configuration
 * Mechanism #1"): CONFIG_ADDRESS at 0xCF8 (a 32-bit register: enable bit 31, bus 23-16, device
 * 15-11, function 10-8, dword register 7-2) and CONFIG_DATA at 0xCFC-0xCFF, where port 0xCFC + n
 * reaches byte n of the addressed dword. Only a 32-bit access to 0xCF8 reaches CONFIG_ADDRESS
 * (byte and word accesses there pass through to the ISA bus, e.g. the PIIX's reset control at
 * 0xCF9, not modelled). Bus 0 only; a function that does not exist reads all ones (a master
 * abort) and ignores writes.
 *
 * Register on the port bus: 0xCF8 count 8.
 */
public final class PciConfigPorts implements PortDevice {
    public static final int BASE = 0xCF8, COUNT = 8;
    public static final int CONFIG_ADDRESS = 0xCF8, CONFIG_DATA = 0xCFC;
    static final int ENABLE = 1 << 31;
    static final int ADDRESS_MASK = ENABLE | 0x00FFFFFC;   // bits 30-24 and 1-0 are reserved

    private final PciFunction[] functions = new PciFunction[256]; // by device << 3 | function
    private int address;

    /** Puts {@code f} at bus 0, {@code device}, {@code function}. */
    public void attach(int device, int function, PciFunction f) {
        functions[device << 3 | function] = f;
    }

    @Override
    public int in(int port, int sizeBytes) {
        if (port == CONFIG_ADDRESS && sizeBytes == 4) {
            return address;
        }
        if (port < CONFIG_DATA) {
            return -1;
        }
        PciFunction f = target();
        int offset = (address & 0xFC) + (port - CONFIG_DATA);
        if (f == null || offset + sizeBytes > 256) {
            return sizeBytes == 4 ? -1 : (1 << (sizeBytes << 3)) - 1;
        }
        return f.read(offset, sizeBytes);
    }

    @Override
    public void out(int port, int sizeBytes, int value) {
        if (port == CONFIG_ADDRESS && sizeBytes == 4) {
            address = value & ADDRESS_MASK;
            return;
        }
        if (port < CONFIG_DATA) {
            return;
        }
        PciFunction f = target();
        int offset = (address & 0xFC) + (port - CONFIG_DATA);
        if (f != null && offset + sizeBytes <= 256) {
            f.write(offset, sizeBytes, value);
        }
    }

    /** The function CONFIG_ADDRESS selects, or null (disabled, another bus, or absent). */
    private PciFunction target() {
        if ((address & ENABLE) == 0 || (address >>> 16 & 0xFF) != 0) {
            return null;
        }
        return functions[address >>> 8 & 0xFF];
    }
}
