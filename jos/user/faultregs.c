// Check that a user-level page fault handler sees, and the return through
// _pgfault_upcall restores, every register exactly.
//
// The test snapshots all registers into 'before', executes one store to the
// unmapped page UTEMP, and snapshots them again into 'after'.  The handler
// compares 'before' with the UTrapframe the kernel gave it ("during"), maps
// UTEMP so the store can complete, and returns.

#include <inc/lib.h>

// A register snapshot.  The layout is fixed: the assembly below stores
// to it by byte offset.
struct regs {
	struct PushRegs regs;	// 0x00: edi esi ebp oesp ebx edx ecx eax
	uintptr_t eip;		// 0x20
	uint32_t eflags;	// 0x24
	uintptr_t esp;		// 0x28
};

#define NWORDS	(sizeof(struct regs) / sizeof(uint32_t))

// Word index -> register name; NULL for the unused oesp slot.
static const char *const regname[NWORDS] = {
	"edi", "esi", "ebp", NULL, "ebx", "edx", "ecx", "eax",
	"eip", "eflags", "esp",
};

static struct regs before, during, after;

// Print a side-by-side table of snapshots a and b and a one-line verdict,
// "Registers <testname> OK" or "... MISMATCH".
static void
check_regs(struct regs *a, const char *an, struct regs *b, const char *bn,
	   const char *testname)
{
	const uint32_t *aw = (const uint32_t *) a;
	const uint32_t *bw = (const uint32_t *) b;
	int i, bad = 0;

	cprintf("%-6s %-8s %-8s\n", "", an, bn);
	for (i = 0; i < (int) NWORDS; i++) {
		if (regname[i] == NULL)
			continue;
		cprintf("%-6s %08x %08x %s\n", regname[i], aw[i], bw[i],
			aw[i] == bw[i] ? "OK" : "MISMATCH");
		if (aw[i] != bw[i])
			bad = 1;
	}
	cprintf("Registers %s %s\n", testname, bad ? "MISMATCH" : "OK");
}

static void
pgfault(struct UTrapframe *utf)
{
	int r;

	if (utf->utf_fault_va != (uint32_t) UTEMP)
		panic("pgfault expected at UTEMP, got 0x%08x (eip %08x)",
		      utf->utf_fault_va, utf->utf_eip);

	during.regs = utf->utf_regs;
	during.eip = utf->utf_eip;
	// The processor may set the resume flag in the pushed eflags of a
	// fault; it is not part of the program's state.
	during.eflags = utf->utf_eflags & ~FL_RF;
	during.esp = utf->utf_esp;
	check_regs(&before, "before", &during, "during", "in UTrapframe");

	// Let the faulting store complete when we return.
	if ((r = sys_page_alloc(0, UTEMP, PTE_U|PTE_P|PTE_W)) < 0)
		panic("sys_page_alloc: %e", r);
}

// Store the general registers (all but eip and eflags) into the snapshot
// named by asm operand 'snap'.  mov changes no flags.
#define STORE_GPRS(snap)			\
	"movl %%edi, " snap "+0x00\n\t"		\
	"movl %%esi, " snap "+0x04\n\t"		\
	"movl %%ebp, " snap "+0x08\n\t"		\
	"movl %%ebx, " snap "+0x10\n\t"		\
	"movl %%edx, " snap "+0x14\n\t"		\
	"movl %%ecx, " snap "+0x18\n\t"		\
	"movl %%eax, " snap "+0x1c\n\t"		\
	"movl %%esp, " snap "+0x28\n\t"

#define LOAD_GPRS(snap)				\
	"movl " snap "+0x00, %%edi\n\t"		\
	"movl " snap "+0x04, %%esi\n\t"		\
	"movl " snap "+0x08, %%ebp\n\t"		\
	"movl " snap "+0x10, %%ebx\n\t"		\
	"movl " snap "+0x14, %%edx\n\t"		\
	"movl " snap "+0x18, %%ecx\n\t"		\
	"movl " snap "+0x1c, %%eax\n\t"		\
	"movl " snap "+0x28, %%esp\n\t"

void
umain(int argc, char **argv)
{
	set_pgfault_handler(pgfault);

	asm volatile(
		// Set several arithmetic flags (CF PF AF ZF SF OF) so that
		// a handler return that loses eflags shows up.
		"pushl %%eax\n\t"
		"pushfl\n\t"
		"popl %%eax\n\t"
		"orl $0x8d5, %%eax\n\t"
		"pushl %%eax\n\t"
		"popfl\n\t"

		// before.eflags, before.eip (the faulting store), then the
		// rest.  Nothing from here on may change the flags.
		"movl %%eax, %0+0x24\n\t"
		"leal 1f, %%eax\n\t"
		"movl %%eax, %0+0x20\n\t"
		"popl %%eax\n\t"
		STORE_GPRS("%0")

		// The faulting store: UTEMP (0x400000) is unmapped.
		"1: movl $42, 0x400000\n\t"

		// after: the general registers first, then put back the
		// 'before' values the compiler relies on (so the test
		// still runs if only eip survived the fault) ...
		STORE_GPRS("%1")
		LOAD_GPRS("%0")

		// ... and eflags, using the stack again now it is sane.
		"pushl %%eax\n\t"
		"pushfl\n\t"
		"popl %%eax\n\t"
		"movl %%eax, %1+0x24\n\t"
		"popl %%eax\n\t"
		: : "m" (before), "m" (after) : "memory", "cc");

	// If eip had come back wrong we would hardly be here, but check that
	// the store did happen.
	if (*(volatile int *) UTEMP != 42)
		cprintf("EIP after page-fault MISMATCH\n");
	after.eip = before.eip;

	check_regs(&before, "before", &after, "after", "after page-fault");
}
