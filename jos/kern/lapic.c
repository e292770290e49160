// The local APIC: each CPU's own interrupt controller.  JOS uses it for
// the CPU number, the periodic timer, EOIs and the IPIs that start the
// other CPUs.  (Intel SDM volume 3, chapter 10.)

#include <inc/types.h>
#include <inc/memlayout.h>
#include <inc/trap.h>
#include <inc/mmu.h>
#include <inc/stdio.h>
#include <inc/x86.h>
#include <kern/pmap.h>
#include <kern/cpu.h>

// Register offsets in the 4K MMIO page, as indexes into a uint32_t array.
#define ID      (0x0020/4)   // ID
#define VER     (0x0030/4)   // Version
#define TPR     (0x0080/4)   // Task Priority
#define EOI     (0x00B0/4)   // EOI
#define SVR     (0x00F0/4)   // Spurious Interrupt Vector
	#define ENABLE     0x00000100   // Unit Enable
#define ESR     (0x0280/4)   // Error Status
#define ICRLO   (0x0300/4)   // Interrupt Command
	#define INIT       0x00000500   // INIT/RESET
	#define STARTUP    0x00000600   // Startup IPI
	#define DELIVS     0x00001000   // Delivery status
	#define ASSERT     0x00004000   // Assert interrupt (vs deassert)
	#define DEASSERT   0x00000000
	#define LEVEL      0x00008000   // Level triggered
	#define BCAST      0x00080000   // Send to all APICs, including self.
	#define OTHERS     0x000C0000   // Send to all APICs, excluding self.
	#define BUSY       0x00001000
	#define FIXED      0x00000000
#define ICRHI   (0x0310/4)   // Interrupt Command [63:32]
#define TIMER   (0x0320/4)   // Local Vector Table 0 (TIMER)
	#define X1         0x0000000B   // divide counts by 1
	#define PERIODIC   0x00020000   // Periodic
#define PCINT   (0x0340/4)   // Performance Counter LVT
#define LINT0   (0x0350/4)   // Local Vector Table 1 (LINT0)
#define LINT1   (0x0360/4)   // Local Vector Table 2 (LINT1)
#define ERROR   (0x0370/4)   // Local Vector Table 3 (ERROR)
	#define MASKED     0x00010000   // Interrupt masked
#define TICR    (0x0380/4)   // Timer Initial Count
#define TCCR    (0x0390/4)   // Timer Current Count
#define TDCR    (0x03E0/4)   // Timer Divide Configuration

physaddr_t lapicaddr;        // Initialized in mpconfig.c
volatile uint32_t *lapic;

// Write a register, then read ID to wait for the write to complete.
static void
lapicw(int index, int value)
{
	lapic[index] = value;
	lapic[ID];  // wait for write to finish, by reading
}

// Set up this CPU's local APIC.  Called on every CPU.
void
lapic_init(void)
{
	if (!lapicaddr)
		return;

	// lapicaddr is the physical address of the LAPIC's 4K MMIO
	// region.  Map it in to virtual memory once; every CPU sees its
	// own LAPIC at the same address.
	if (!lapic)
		lapic = mmio_map_region(lapicaddr, 4096);

	// Enable local APIC; set spurious interrupt vector.
	lapicw(SVR, ENABLE | (IRQ_OFFSET + IRQ_SPURIOUS));

	// Periodic timer: count TICR bus cycles down, interrupt, reload.
	// The period is not calibrated; it only has to preempt.
	lapicw(TDCR, X1);
	lapicw(TIMER, PERIODIC | (IRQ_OFFSET + IRQ_TIMER));
	lapicw(TICR, 10000000);

	// The firmware leaves the boot CPU in virtual wire mode: the
	// 8259's output arrives on its LINT0.  Keep that path on the boot
	// CPU only, so the IOAPIC never needs programming.
	if (thiscpu != bootcpu)
		lapicw(LINT0, MASKED);

	// No NMIs (LINT1) on any CPU.
	lapicw(LINT1, MASKED);

	// The performance counter LVT exists from LAPIC version 4 on.
	if (((lapic[VER]>>16) & 0xFF) >= 4)
		lapicw(PCINT, MASKED);

	// APIC errors raise IRQ_OFFSET + IRQ_ERROR.
	lapicw(ERROR, IRQ_OFFSET + IRQ_ERROR);

	// The error status register is cleared by two writes in a row.
	lapicw(ESR, 0);
	lapicw(ESR, 0);

	// Acknowledge anything still in service.
	lapicw(EOI, 0);

	// Broadcast INIT level de-assert so every APIC agrees on its
	// arbitration ID.
	lapicw(ICRHI, 0);
	lapicw(ICRLO, BCAST | INIT | LEVEL);
	while(lapic[ICRLO] & DELIVS)
		;

	// Accept interrupts of every priority (the CPU's IF still gates them).
	lapicw(TPR, 0);
}

// The APIC ID of this CPU, which mp_init made the index into cpus[].
int
cpunum(void)
{
	if (lapic)
		return lapic[ID] >> 24;
	return 0;
}

// Acknowledge interrupt.
void
lapic_eoi(void)
{
	if (lapic)
		lapicw(EOI, 0);
}

// The startup protocol asks for delays between IPIs.  Emulated CPUs need
// none, and real ones would need a calibrated loop; we do not wait.
static void
microdelay(int us)
{
}

#define IO_RTC  0x70

// Start the CPU with APIC ID apicid executing real-mode code at physical
// address addr (page-aligned, below 1MB): INIT, then STARTUP twice, as
// the MultiProcessor Specification (appendix B) prescribes.
void
lapic_startap(uint8_t apicid, uint32_t addr)
{
	int i;
	uint16_t *wrv;

	// Also point the warm reset vector (40:67) at the code, with CMOS
	// shutdown code 0x0A, for CPUs that start through the BIOS.
	outb(IO_RTC, 0xF);  // offset 0xF is shutdown code
	outb(IO_RTC+1, 0x0A);
	wrv = (uint16_t *)KADDR((0x40 << 4 | 0x67));  // Warm reset vector
	wrv[0] = 0;
	wrv[1] = addr >> 4;

	// INIT (assert, then de-assert) resets the target CPU.
	lapicw(ICRHI, apicid << 24);
	lapicw(ICRLO, INIT | LEVEL | ASSERT);
	microdelay(200);
	lapicw(ICRLO, INIT | LEVEL);
	microdelay(100);

	// STARTUP carries the code page number.  A CPU that already
	// started ignores the second one.
	for (i = 0; i < 2; i++) {
		lapicw(ICRHI, apicid << 24);
		lapicw(ICRLO, STARTUP | (addr >> 12));
		microdelay(200);
	}
}

void
lapic_ipi(int vector)
{
	lapicw(ICRLO, OTHERS | FIXED | vector);
	while (lapic[ICRLO] & DELIVS)
		;
}
