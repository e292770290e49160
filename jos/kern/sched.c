// Round-robin scheduling of environments, and halting idle CPUs.

#include <inc/assert.h>
#include <inc/x86.h>
#include <kern/spinlock.h>
#include <kern/env.h>
#include <kern/pmap.h>
#include <kern/monitor.h>

void sched_halt(void);

// Choose a user environment to run and run it.
//
// Search envs[] circularly, starting just after the environment this
// CPU ran last (or at envs[0]), and run the first ENV_RUNNABLE one.
// If there is none, keep running the current environment if it is
// still ENV_RUNNING on this CPU.  Never pick an environment that is
// running on another CPU.  With nothing to run, halt this CPU.
void
sched_yield(void)
{
	int start, i;
	struct Env *e;

	start = curenv ? ENVX(curenv->env_id) + 1 : 0;
	for (i = 0; i < NENV; i++) {
		e = &envs[(start + i) % NENV];
		if (e->env_status == ENV_RUNNABLE)
			env_run(e);
	}

	if (curenv && curenv->env_status == ENV_RUNNING &&
	    curenv->env_cpunum == cpunum())
		env_run(curenv);

	sched_halt();
}

// Nothing to run on this CPU: release the kernel and halt until an
// interrupt (the LAPIC timer) arrives.  Never returns.
void
sched_halt(void)
{
	int i;

	// With no environments left at all, drop into the monitor.
	for (i = 0; i < NENV; i++) {
		if ((envs[i].env_status == ENV_RUNNABLE ||
		     envs[i].env_status == ENV_RUNNING ||
		     envs[i].env_status == ENV_DYING))
			break;
	}
	if (i == NENV) {
		cprintf("No runnable environments in the system!\n");
		while (1)
			monitor(NULL);
	}

	// Nothing runs here any more; leave the (maybe dying) env's pgdir.
	curenv = NULL;
	lcr3(PADDR(kern_pgdir));

	// trap() sees CPU_HALTED and takes the big kernel lock again.
	xchg(&thiscpu->cpu_status, CPU_HALTED);

	unlock_kernel();

	// Reset stack pointer, enable interrupts and then halt.  The
	// interrupt enters trap() on a fresh stack; the frame we leave
	// behind here is simply abandoned.
	asm volatile (
		"movl $0, %%ebp\n"
		"movl %0, %%esp\n"
		"pushl $0\n"
		"pushl $0\n"
		"sti\n"
		"1:\n"
		"hlt\n"
		"jmp 1b\n"
	: : "a" (thiscpu->cpu_ts.ts_esp0));
	__builtin_unreachable();
}
