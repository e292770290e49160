// Kernel initialization: i386_init on the boot CPU, mp_main on the
// others, and the panic/warn functions.

#include <inc/stdio.h>
#include <inc/string.h>
#include <inc/assert.h>

#include <kern/monitor.h>
#include <kern/console.h>
#include <kern/pmap.h>
#include <kern/kclock.h>
#include <kern/env.h>
#include <kern/trap.h>
#include <kern/sched.h>
#include <kern/picirq.h>
#include <kern/cpu.h>
#include <kern/spinlock.h>

static void boot_aps(void);


void
i386_init(void)
{
	extern char edata[], end[];

	// The boot loader loads only the file-backed part of the kernel:
	// clear the bss before anything uses a global.
	memset(edata, 0, end - edata);

	// cprintf needs the console.
	cons_init();

	cprintf("6828 decimal is %o octal!\n", 6828);

	mem_init();

	env_init();
	trap_init();

	mp_init();
	lapic_init();

	pic_init();

	// The APs must not enter the scheduler before the first env exists:
	// hold the big kernel lock while waking them.
	lock_kernel();

	boot_aps();

#if defined(TEST)
	// The per-program images are built with -DTEST=user_NAME.
	ENV_CREATE(TEST, ENV_TYPE_USER);
#else
	ENV_CREATE(user_primes, ENV_TYPE_USER);
#endif // TEST*

	sched_yield();
}

// The stack top kern/mpentry.S loads on the AP being started.
void *mpentry_kstack;

// Start the non-boot (AP) processors, one at a time.
static void
boot_aps(void)
{
	extern unsigned char mpentry_start[], mpentry_end[];
	void *code;
	struct CpuInfo *c;

	// page_init kept this page out of the free list for the code.
	code = KADDR(MPENTRY_PADDR);
	memmove(code, mpentry_start, mpentry_end - mpentry_start);

	for (c = cpus; c < cpus + ncpu; c++) {
		if (c == cpus + cpunum())  // We've started already.
			continue;

		mpentry_kstack = percpu_kstacks[c - cpus] + KSTKSIZE;
		lapic_startap(c->cpu_id, PADDR(code));
		// One at a time: mpentry_kstack is shared.
		while(c->cpu_status != CPU_STARTED)
			;
	}
}

// Setup code for APs
void
mp_main(void)
{
	// Running at high addresses now, so entry_pgdir can go.
	lcr3(PADDR(kern_pgdir));
	cprintf("SMP: CPU %d starting\n", cpunum());

	lapic_init();
	env_init_percpu();
	trap_init_percpu();
	xchg(&thiscpu->cpu_status, CPU_STARTED); // tell boot_aps() we're up

	// Enter the scheduler under the big kernel lock.
	lock_kernel();
	sched_yield();
}

// The first panic's format; non-NULL once the kernel has panicked.
const char *panicstr;

// Report a fatal error with the CPU, file and line, then stay in the
// monitor.  A nested panic goes straight to the monitor.
void
_panic(const char *file, int line, const char *fmt,...)
{
	va_list ap;

	if (panicstr)
		goto dead;
	panicstr = fmt;

	asm volatile("cli; cld");

	va_start(ap, fmt);
	cprintf("kernel panic on CPU %d at %s:%d: ", cpunum(), file, line);
	vcprintf(fmt, ap);
	cprintf("\n");
	va_end(ap);

dead:
	while (1)
		monitor(NULL);
}

// Report a problem and carry on.
void
_warn(const char *file, int line, const char *fmt,...)
{
	va_list ap;

	va_start(ap, fmt);
	cprintf("kernel warning at %s:%d: ", file, line);
	vcprintf(fmt, ap);
	cprintf("\n");
	va_end(ap);
}
