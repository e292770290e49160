// Trap handling: the IDT, per-CPU task state, trap frame printing and
// dispatch of exceptions, interrupts and system calls.

#include <inc/mmu.h>
#include <inc/x86.h>
#include <inc/assert.h>
#include <inc/string.h>

#include <kern/pmap.h>
#include <kern/trap.h>
#include <kern/console.h>
#include <kern/monitor.h>
#include <kern/env.h>
#include <kern/syscall.h>
#include <kern/sched.h>
#include <kern/kclock.h>
#include <kern/picirq.h>
#include <kern/cpu.h>
#include <kern/spinlock.h>

// The frame trap() is handling now (cr2 is meaningful only for it).
static struct Trapframe *last_tf;

// The IDT.  trap_init fills it at run time: a gate splits the handler
// address into two halves, which no relocation can express.
struct Gatedesc idt[256] = { { 0 } };
struct Pseudodesc idt_pd = {
	sizeof(idt) - 1, (uint32_t) idt
};

// (vector, entry point) pairs from kern/trapentry.S, ended by ~0.
struct trap_handler {
	uint32_t num;
	void (*entry)(void);
};
extern const struct trap_handler trap_handlers[];


static const char *trapname(int trapno)
{
	static const char * const excnames[] = {
		"Divide error",
		"Debug",
		"Non-Maskable Interrupt",
		"Breakpoint",
		"Overflow",
		"BOUND Range Exceeded",
		"Invalid Opcode",
		"Device Not Available",
		"Double Fault",
		"Coprocessor Segment Overrun",
		"Invalid TSS",
		"Segment Not Present",
		"Stack Fault",
		"General Protection",
		"Page Fault",
		"(unknown trap)",
		"x87 FPU Floating-Point Error",
		"Alignment Check",
		"Machine-Check",
		"SIMD Floating-Point Exception"
	};

	if (trapno < ARRAY_SIZE(excnames))
		return excnames[trapno];
	if (trapno == T_SYSCALL)
		return "System call";
	if (trapno >= IRQ_OFFSET && trapno < IRQ_OFFSET + 16)
		return "Hardware Interrupt";
	return "(unknown trap)";
}


// Fill in the IDT from trap_handlers.  All gates are interrupt gates,
// so the kernel always runs with interrupts disabled.  Only the
// breakpoint and system call vectors may be raised by user code (int).
void
trap_init(void)
{
	const struct trap_handler *h;

	for (h = trap_handlers; h->num != 0xffffffff; h++) {
		int dpl = (h->num == T_BRKPT || h->num == T_SYSCALL) ? 3 : 0;
		SETGATE(idt[h->num], 0, GD_KT, h->entry, dpl);
	}

	// Per-CPU setup
	trap_init_percpu();
}

// Initialize and load this CPU's TSS and the IDT.  The TSS tells the
// processor which stack to switch to on a trap from user mode: this
// CPU's kernel stack (see mem_init_mp).
void
trap_init_percpu(void)
{
	int id = cpunum();
	struct Taskstate *ts = &thiscpu->cpu_ts;

	ts->ts_esp0 = KSTACKTOP - id * (KSTKSIZE + KSTKGAP);
	ts->ts_ss0 = GD_KD;
	// No I/O permission bitmap: user code may not use in/out.
	ts->ts_iomb = sizeof(struct Taskstate);

	gdt[(GD_TSS0 >> 3) + id] = SEG16(STS_T32A, (uint32_t) ts,
					 sizeof(struct Taskstate) - 1, 0);
	gdt[(GD_TSS0 >> 3) + id].sd_s = 0;

	// Load the TSS selector (the low 3 bits are zero: GDT, RPL 0).
	ltr(GD_TSS0 + (id << 3));

	lidt(&idt_pd);
}

void
print_trapframe(struct Trapframe *tf)
{
	cprintf("TRAP frame at 0x%08x from CPU %d\n", tf, cpunum());
	print_regs(&tf->tf_regs);
	cprintf("  es   0x----%04x\n", tf->tf_es);
	cprintf("  ds   0x----%04x\n", tf->tf_ds);
	cprintf("  trap 0x%08x %s\n", tf->tf_trapno, trapname(tf->tf_trapno));
	if (tf == last_tf && tf->tf_trapno == T_PGFLT)
		cprintf("  cr2  0x%08x\n", rcr2());
	cprintf("  err  0x%08x", tf->tf_err);
	// Decode a page fault's error code: mode, access, cause.
	if (tf->tf_trapno == T_PGFLT)
		cprintf(" [%s, %s, %s]\n",
			tf->tf_err & 4 ? "user" : "kernel",
			tf->tf_err & 2 ? "write" : "read",
			tf->tf_err & 1 ? "protection" : "not-present");
	else
		cprintf("\n");
	cprintf("  eip  0x%08x\n", tf->tf_eip);
	cprintf("  cs   0x----%04x\n", tf->tf_cs);
	cprintf("  flag 0x%08x\n", tf->tf_eflags);
	if ((tf->tf_cs & 3) != 0) {
		cprintf("  esp  0x%08x\n", tf->tf_esp);
		cprintf("  ss   0x----%04x\n", tf->tf_ss);
	}
}

void
print_regs(struct PushRegs *regs)
{
	cprintf("  edi  0x%08x\n", regs->reg_edi);
	cprintf("  esi  0x%08x\n", regs->reg_esi);
	cprintf("  ebp  0x%08x\n", regs->reg_ebp);
	cprintf("  oesp 0x%08x\n", regs->reg_oesp);
	cprintf("  ebx  0x%08x\n", regs->reg_ebx);
	cprintf("  edx  0x%08x\n", regs->reg_edx);
	cprintf("  ecx  0x%08x\n", regs->reg_ecx);
	cprintf("  eax  0x%08x\n", regs->reg_eax);
}

static void
trap_dispatch(struct Trapframe *tf)
{
	switch (tf->tf_trapno) {
	case T_PGFLT:
		page_fault_handler(tf);
		return;

	case T_BRKPT:
	case T_DEBUG:
		monitor(tf);
		return;

	case T_SYSCALL:
		tf->tf_regs.reg_eax = syscall(tf->tf_regs.reg_eax,
					      tf->tf_regs.reg_edx,
					      tf->tf_regs.reg_ecx,
					      tf->tf_regs.reg_ebx,
					      tf->tf_regs.reg_edi,
					      tf->tf_regs.reg_esi);
		return;

	// Spurious interrupts from the 8259 (or the LAPIC's spurious
	// vector, which lapic_init points at the same number) need no EOI.
	case IRQ_OFFSET + IRQ_SPURIOUS:
		cprintf("Spurious interrupt on irq 7\n");
		print_trapframe(tf);
		return;

	// The LAPIC timer: preempt whatever was running.
	case IRQ_OFFSET + IRQ_TIMER:
		lapic_eoi();
		sched_yield();
		return;

	case IRQ_OFFSET + IRQ_KBD:
		kbd_intr();
		lapic_eoi();
		return;

	case IRQ_OFFSET + IRQ_SERIAL:
		serial_intr();
		lapic_eoi();
		return;
	}

	// Anything else is a bug: in the kernel, fatal; in user mode, the
	// environment dies.
	print_trapframe(tf);
	if (tf->tf_cs == GD_KT)
		panic("unhandled trap in kernel");
	else {
		env_destroy(curenv);
		return;
	}
}

void
trap(struct Trapframe *tf)
{
	// User code may have left DF set; compiled C assumes it is clear.
	asm volatile("cld" ::: "cc");

	// After a panic on another CPU, this one stops for good.
	extern char *panicstr;
	if (panicstr)
		asm volatile("hlt");

	// A CPU woken from sched_halt gave up the big kernel lock there.
	if (xchg(&thiscpu->cpu_status, CPU_STARTED) == CPU_HALTED)
		lock_kernel();
	// All IDT entries are interrupt gates, so IF must be clear here;
	// if not, a gate is misconfigured.
	assert(!(read_eflags() & FL_IF));

	if ((tf->tf_cs & 3) == 3) {
		// Trapped from user mode: take the big kernel lock
		// before touching any shared kernel state.
		lock_kernel();
		assert(curenv);

		// Another CPU destroyed this env while it ran: free it now.
		if (curenv->env_status == ENV_DYING) {
			env_free(curenv);
			curenv = NULL;
			sched_yield();
		}

		// Keep the user state in the Env, so the env can be resumed
		// later from any CPU.
		curenv->env_tf = *tf;
		tf = &curenv->env_tf;
	}

	// print_trapframe shows cr2 only for the frame being handled.
	last_tf = tf;

	trap_dispatch(tf);

	// Nothing switched environments: resume the current one if it can
	// still run, otherwise pick another.
	if (curenv && curenv->env_status == ENV_RUNNING)
		env_run(curenv);
	else
		sched_yield();
}


// Page faults: in the kernel they are bugs; in user mode they go to the
// environment's page fault upcall, if it registered one, running on the
// user exception stack [UXSTACKTOP-PGSIZE, UXSTACKTOP).
void
page_fault_handler(struct Trapframe *tf)
{
	uint32_t fault_va;
	uintptr_t top;
	struct UTrapframe *utf;

	fault_va = rcr2();

	if ((tf->tf_cs & 3) == 0) {
		print_trapframe(tf);
		panic("kernel page fault at va %08x, eip %08x", fault_va,
		      tf->tf_eip);
	}

	if (curenv->env_pgfault_upcall) {
		// A fault while already on the exception stack (in the
		// handler itself) nests: the new frame goes below the
		// current one, leaving one empty word, which the return
		// path in lib/pfentry.S uses as scratch space for the
		// return address.  Otherwise start at the top.
		if (tf->tf_esp >= UXSTACKTOP - PGSIZE && tf->tf_esp < UXSTACKTOP)
			top = tf->tf_esp - sizeof(uint32_t);
		else
			top = UXSTACKTOP;
		utf = (struct UTrapframe *) (top - sizeof(struct UTrapframe));

		// The frame must be writable user memory; this also catches
		// a missing exception stack and overflowing it (the page
		// below it is never mapped).  Does not return on failure.
		user_mem_assert(curenv, utf, sizeof(struct UTrapframe), PTE_W);

		utf->utf_fault_va = fault_va;
		utf->utf_err = tf->tf_err;
		utf->utf_regs = tf->tf_regs;
		utf->utf_eip = tf->tf_eip;
		utf->utf_eflags = tf->tf_eflags;
		utf->utf_esp = tf->tf_esp;

		tf->tf_eip = (uintptr_t) curenv->env_pgfault_upcall;
		tf->tf_esp = (uintptr_t) utf;
		env_run(curenv);
	}

	// No upcall: the environment dies.
	cprintf("[%08x] user fault va %08x ip %08x\n",
		curenv->env_id, fault_va, tf->tf_eip);
	print_trapframe(tf);
	env_destroy(curenv);
}
