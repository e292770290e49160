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

	// sched_halt never returns
	sched_halt();
}

// Halt this CPU when there is nothing to do.  Wait until the
// timer interrupt wakes it up.  This function never returns.
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

	// Mark that no environment is running on this CPU
	curenv = NULL;
	lcr3(PADDR(kern_pgdir));

	// Mark that this CPU is in the HALT state, so that when
	// timer interupts come in, we know we should re-acquire the
	// big kernel lock
	xchg(&thiscpu->cpu_status, CPU_HALTED);

	// Release the big kernel lock as if we were "leaving" the kernel
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
