package j86.hw.board;

import j86.hw.dev.Cmos;
import j86.hw.dev.FlashRom;
import j86.hw.dev.FwCfg;
import j86.hw.dev.SystemControlPortA;
import j86.hw.pci.I440fxHost;
import j86.hw.pci.PciConfigPorts;
import j86.hw.pci.Piix3;
import j86.runtime.bus.PortBus;
import j86.runtime.cpu.Cpu;
import j86.runtime.mem.PhysicalMemory;
import java.util.Arrays;

/**
 * The {@code -bios FILE} path: a real BIOS ROM in place of the built-in {@link Firmware}. As on
 * QEMU's pc machine, the image is mapped read-only so that it ends at 0xFFFFFFFF (the flash),
 * and its last 128 KiB (all of it when smaller) also appear at 0xE0000-0xFFFFF (the "isa-bios"
 * alias) inside the shadow RAM that the host bridge's PAM registers control. Nothing else is
 * prepared: no interrupt vectors, no BIOS data area, no tables, no boot sector; CPU 0 starts at
 * the reset vector with the state of the SDM's Table 9-1.
 */
public final class BiosFirmware {
    /** Image sizes: a whole number of 64 KiB blocks, at most 16 MiB (as QEMU's pc machine accepts). */
    public static final int BLOCK = 0x10000, MAX_SIZE = 16 << 20;

    private BiosFirmware() {}

    /** Why {@code length} bytes cannot be a BIOS image, or null when they can. */
    public static String sizeProblem(long length) {
        if (length == 0) {
            return "the BIOS image is empty";
        }
        if (length > MAX_SIZE) {
            return "the BIOS image is larger than 16 MiB (" + length + " bytes)";
        }
        if (length % BLOCK != 0) {
            return "the BIOS image size (" + length + " bytes) is not a multiple of 64 KiB";
        }
        return null;
    }

    /** Maps {@code image} at the top of the address space and builds the shadow RAM below 1 MiB. */
    public static ShadowRam install(PhysicalMemory phys, byte[] image) {
        String problem = sizeProblem(image.length);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        FlashRom flash = new FlashRom(image);
        phys.mapMmio(flash.base(), flash.size(), flash);
        int alias = Math.min(image.length, ShadowRam.ISA_BIOS_MAX);
        return new ShadowRam(phys, Arrays.copyOfRange(image, image.length - alias, image.length));
    }

    /**
     * The parts of QEMU's pc machine that only a BIOS reads: PCI configuration space with the
     * i440FX host bridge (its PAM registers drive {@code shadow}) and the PIIX3's ISA bridge and
     * IDE functions at 00:01.0-1, fw_cfg, port 0x92 (A20 and fast reset), and the CMOS bytes QEMU
     * sets for its firmware.
     */
    public static void wireFirmwareDevices(PortBus ports, ShadowRam shadow, Cmos cmos, long ramBytes, int cpus) {
        PciConfigPorts pci = new PciConfigPorts();
        pci.attach(0, 0, new I440fxHost(shadow));
        pci.attach(1, 0, Piix3.isaBridge());
        pci.attach(1, 1, Piix3.ide());
        ports.register(PciConfigPorts.BASE, PciConfigPorts.COUNT, pci);
        ports.register(FwCfg.SELECTOR_PORT, FwCfg.COUNT, new FwCfg(ramBytes, cpus));
        ports.register(SystemControlPortA.PORT, 1, new SystemControlPortA());
        cmos.setFirmwareInfo(cpus);
    }

    /** CPU 0 at power-on: CS F000 with base FFFF0000, EIP FFF0, EDX the processor signature. */
    public static void startBootstrapCpu(Cpu cpu) {
        cpu.powerOn();
    }

    /**
     * An AP after INIT and STARTUP: the INIT state of Table 9-1 (EDX the signature, CR0 60000010H)
     * except CS:IP = (vector << 8):0000, real mode at vector * 0x1000 (SDM Vol. 3, 8.4.4.1).
     */
    public static void startApplicationCpu(Cpu cpu, int vector) {
        cpu.powerOn();
        cpu.seg[1].loadReal(vector << 8);
        cpu.eip = 0;
    }
}
