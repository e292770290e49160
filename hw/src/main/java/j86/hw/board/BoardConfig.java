package j86.hw.board;

import j86.hw.dev.DiskImage;
import java.util.function.IntConsumer;

/**
 * What a board is built from: CPU count, RAM size, the disks on the primary IDE channel, where
 * COM1's output goes, and who hears the guest's isa-debug-exit request.
 *
 * @param quantum           instructions each vCPU runs per turn of the deterministic scheduler
 * @param nanosPerInstruction virtual time per retired instruction (1 = a nominal 1 GHz guest)
 */
public record BoardConfig(int cpus, long ramBytes, DiskImage master, DiskImage slave, IntConsumer serialOut,
                          IntConsumer debugExit, long quantum, long nanosPerInstruction) {
    /** The local APIC timer's input clock: 1 GHz, the bus frequency QEMU's APIC model uses. */
    public static final long APIC_BUS_HZ = 1_000_000_000L;
}
