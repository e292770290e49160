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
 * @param parallel          each vCPU on its own host thread ({@code -accel tcg,thread=multi}):
 *                          TSO-ordered MMUs, serialised devices, one engine per CPU
 */
public record BoardConfig(int cpus, long ramBytes, DiskImage master, DiskImage slave, IntConsumer serialOut,
                          IntConsumer debugExit, long quantum, long nanosPerInstruction, byte[] bios,
                          boolean parallel) {
    /** A board whose CPUs take turns on one thread (the deterministic mode). */
    public BoardConfig(int cpus, long ramBytes, DiskImage master, DiskImage slave, IntConsumer serialOut,
                       IntConsumer debugExit, long quantum, long nanosPerInstruction, byte[] bios) {
        this(cpus, ramBytes, master, slave, serialOut, debugExit, quantum, nanosPerInstruction, bios, false);
    }

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
        return new BoardConfig(cpus, ramBytes, master, slave, serialOut, debugExit, quantum, nanosPerInstruction, image,
                parallel);
    }

    /** The same board with its CPUs on host threads of their own ({@code true}) or taking turns. */
    public BoardConfig withParallel(boolean on) {
        return new BoardConfig(cpus, ramBytes, master, slave, serialOut, debugExit, quantum, nanosPerInstruction, bios, on);
    }

    /** The local APIC timer's input clock: 1 GHz, the bus frequency QEMU's APIC model uses. */
    public static final long APIC_BUS_HZ = 1_000_000_000L;
}
