package j86.hw.board;

import j86.hw.dev.DiskImage;
import java.util.function.IntConsumer;

/**
 * What a board is built from: CPU count, RAM size, the disks on the primary IDE channel, where
 * COM1's output goes, who hears the guest's isa-debug-exit request, and the BIOS image (null:
 * j86's built-in firmware loads the boot sector; else the ROM runs from the reset vector).
 *
 * @param quantum           instructions each vCPU runs per turn of the deterministic scheduler
 * @param nanosPerInstruction virtual time per retired instruction (1 = a nominal 1 GHz guest)
 */
public record BoardConfig(int cpus, long ramBytes, DiskImage master, DiskImage slave, IntConsumer serialOut,
                          IntConsumer debugExit, long quantum, long nanosPerInstruction, byte[] bios) {
    /** A board with the built-in firmware. */
    public BoardConfig(int cpus, long ramBytes, DiskImage master, DiskImage slave, IntConsumer serialOut,
                       IntConsumer debugExit, long quantum, long nanosPerInstruction) {
        this(cpus, ramBytes, master, slave, serialOut, debugExit, quantum, nanosPerInstruction, null);
    }

    /** True when a BIOS image starts the board. */
    public boolean isBios() {
        return bios != null;
    }

    /** The same board started by the BIOS ROM {@code image} (null: the built-in firmware). */
    public BoardConfig withBios(byte[] image) {
        return new BoardConfig(cpus, ramBytes, master, slave, serialOut, debugExit, quantum, nanosPerInstruction, image);
    }

    /** The local APIC timer's input clock: 1 GHz, the bus frequency QEMU's APIC model uses. */
    public static final long APIC_BUS_HZ = 1_000_000_000L;
}
