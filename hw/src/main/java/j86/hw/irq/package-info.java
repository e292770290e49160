/**
 * Interrupt wiring between j86 devices and CPUs: {@link j86.hw.irq.IrqLine} (one device output),
 * {@link j86.hw.irq.IrqRouter} (ISA IRQ n to the 8259 pair's IR n and the I/O APIC's pin n, the
 * identity mapping the board's MP table describes), {@link j86.hw.irq.ApicBus} (IPIs, I/O APIC
 * messages and EOI broadcasts among the APICs) and {@link j86.hw.irq.CpuControl} (INIT and
 * STARTUP as the board sees them).
 */
package j86.hw.irq;
