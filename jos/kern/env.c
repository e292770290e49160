// User environments: the envs[] table, address spaces, loading the ELF
// images embedded in the kernel, and switching to user mode.

#include <inc/x86.h>
#include <inc/mmu.h>
#include <inc/error.h>
#include <inc/string.h>
#include <inc/assert.h>
#include <inc/elf.h>

#include <kern/env.h>
#include <kern/pmap.h>
#include <kern/trap.h>
#include <kern/monitor.h>
#include <kern/sched.h>
#include <kern/cpu.h>
#include <kern/spinlock.h>

struct Env *envs = NULL;		// All environments
static struct Env *env_free_list;	// Free environment list
					// (linked by Env->env_link)

// An envid's low LOG2NENV bits are its index in envs[]; the bits from
// ENVGENSHIFT up are a generation count that makes ids unique over time.
#define ENVGENSHIFT	12		// >= LOG2NENV

// Global descriptor table.
// Segments cover all of the 4GB linear space (paging does the
// protection); user segments have DPL 3.  The last NCPU slots are the
// per-CPU TSS descriptors, filled in by trap_init_percpu().
struct Segdesc gdt[NCPU + 5] =
{
	// 0x0 - the null selector
	SEG_NULL,

	// 0x8 - kernel code segment
	[GD_KT >> 3] = SEG(STA_X | STA_R, 0x0, 0xffffffff, 0),

	// 0x10 - kernel data segment
	[GD_KD >> 3] = SEG(STA_W, 0x0, 0xffffffff, 0),

	// 0x18 - user code segment
	[GD_UT >> 3] = SEG(STA_X | STA_R, 0x0, 0xffffffff, 3),

	// 0x20 - user data segment
	[GD_UD >> 3] = SEG(STA_W, 0x0, 0xffffffff, 3),

	[GD_TSS0 >> 3] = SEG_NULL
};

struct Pseudodesc gdt_pd = {
	sizeof(gdt) - 1, (unsigned long) gdt
};

// Convert an envid to an env pointer.
// envid 0 means the current environment.  With checkperm, the target
// must be the current environment or its immediate child.
// Returns 0 on success, -E_BAD_ENV on error (and *env_store = NULL).
int
envid2env(envid_t envid, struct Env **env_store, bool checkperm)
{
	struct Env *e;

	if (envid == 0) {
		*env_store = curenv;
		return 0;
	}

	// The index selects the slot; the full id must still match, so
	// that a stale id of a freed environment is rejected.
	e = &envs[ENVX(envid)];
	if (e->env_status == ENV_FREE || e->env_id != envid) {
		*env_store = 0;
		return -E_BAD_ENV;
	}

	if (checkperm && e != curenv && e->env_parent_id != curenv->env_id) {
		*env_store = 0;
		return -E_BAD_ENV;
	}

	*env_store = e;
	return 0;
}

// Mark all environments free and put them on the free list so that
// envs[0] is allocated first.
void
env_init(void)
{
	int i;

	env_free_list = NULL;
	for (i = NENV - 1; i >= 0; i--) {
		envs[i].env_id = 0;
		envs[i].env_status = ENV_FREE;
		envs[i].env_link = env_free_list;
		env_free_list = &envs[i];
	}

	// Per-CPU part of the initialization
	env_init_percpu();
}

// Load the GDT and segment registers on this CPU.
void
env_init_percpu(void)
{
	lgdt(&gdt_pd);
	// FS and GS are unused by the kernel: user data segment.
	asm volatile("movw %%ax,%%gs" : : "a" (GD_UD|3));
	asm volatile("movw %%ax,%%fs" : : "a" (GD_UD|3));
	// DS, ES, SS: kernel data (trapentry.S and iret switch them).
	asm volatile("movw %%ax,%%es" : : "a" (GD_KD));
	asm volatile("movw %%ax,%%ds" : : "a" (GD_KD));
	asm volatile("movw %%ax,%%ss" : : "a" (GD_KD));
	// A far jump reloads CS.
	asm volatile("ljmp %0,$1f\n 1:\n" : : "i" (GD_KT));
	// No LDT.
	lldt(0);
}

// Give e a page directory: empty below UTOP, the kernel's mappings
// above it, and its own page directory at UVPT.
static int
env_setup_vm(struct Env *e)
{
	struct PageInfo *p;

	if (!(p = page_alloc(ALLOC_ZERO)))
		return -E_NO_MEM;
	p->pp_ref++;
	e->env_pgdir = (pde_t *) page2kva(p);

	// Everything above UTOP is the same in every address space, so
	// the kernel's page tables can be shared.
	memcpy(e->env_pgdir + PDX(UTOP), kern_pgdir + PDX(UTOP),
	       (NPDENTRIES - PDX(UTOP)) * sizeof(pde_t));

	// UVPT maps the env's own page table, read-only.
	e->env_pgdir[PDX(UVPT)] = PADDR(e->env_pgdir) | PTE_P | PTE_U;

	return 0;
}

// Allocate and initialize a new environment with parent 'parent_id'.
// On success, the new environment is stored in *newenv_store.
// Returns -E_NO_FREE_ENV or -E_NO_MEM on failure.
int
env_alloc(struct Env **newenv_store, envid_t parent_id)
{
	int32_t generation;
	int r;
	struct Env *e;

	if (!(e = env_free_list))
		return -E_NO_FREE_ENV;

	if ((r = env_setup_vm(e)) < 0)
		return r;

	// Next generation for this slot (skipping non-positive ids).
	generation = (e->env_id + (1 << ENVGENSHIFT)) & ~(NENV - 1);
	if (generation <= 0)
		generation = 1 << ENVGENSHIFT;
	e->env_id = generation | (e - envs);

	e->env_parent_id = parent_id;
	e->env_type = ENV_TYPE_USER;
	e->env_status = ENV_RUNNABLE;
	e->env_runs = 0;

	// User-mode segment registers (RPL 3), the top of the normal
	// stack, and interrupts enabled so the timer can preempt it.
	memset(&e->env_tf, 0, sizeof(e->env_tf));
	e->env_tf.tf_ds = GD_UD | 3;
	e->env_tf.tf_es = GD_UD | 3;
	e->env_tf.tf_ss = GD_UD | 3;
	e->env_tf.tf_esp = USTACKTOP;
	e->env_tf.tf_cs = GD_UT | 3;
	e->env_tf.tf_eflags |= FL_IF;
	// tf_eip is set by load_icode (or copied by sys_exofork).

	e->env_pgfault_upcall = 0;
	e->env_ipc_recving = 0;

	env_free_list = e->env_link;
	*newenv_store = e;

	cprintf("[%08x] new env %08x\n", curenv ? curenv->env_id : 0, e->env_id);
	return 0;
}

// Map zeroed, user-writable pages covering [va, va+len) in env e.
// Panics when out of memory: only used while creating the first envs.
static void
region_alloc(struct Env *e, void *va, size_t len)
{
	uintptr_t a = ROUNDDOWN((uintptr_t) va, PGSIZE);
	uintptr_t end = ROUNDUP((uintptr_t) va + len, PGSIZE);
	struct PageInfo *pp;

	for (; a < end; a += PGSIZE) {
		if (!(pp = page_alloc(ALLOC_ZERO)))
			panic("region_alloc: out of memory");
		if (page_insert(e->env_pgdir, pp, (void *) a, PTE_U | PTE_W) < 0)
			panic("region_alloc: out of memory");
	}
}

// Load the ELF program 'binary' (embedded in the kernel image) into e's
// address space and point e at its entry with a one-page stack at
// USTACKTOP.  The segments are copied through e's own page directory,
// which is why we switch CR3 for the duration.
static void
load_icode(struct Env *e, uint8_t *binary)
{
	struct Elf *elf = (struct Elf *) binary;
	struct Proghdr *ph, *eph;

	if (elf->e_magic != ELF_MAGIC)
		panic("load_icode: not an ELF binary");

	lcr3(PADDR(e->env_pgdir));
	ph = (struct Proghdr *) (binary + elf->e_phoff);
	eph = ph + elf->e_phnum;
	for (; ph < eph; ph++) {
		if (ph->p_type != ELF_PROG_LOAD)
			continue;
		if (ph->p_filesz > ph->p_memsz)
			panic("load_icode: segment file size > memory size");
		if (ph->p_va >= UTOP || ph->p_va + ph->p_memsz > UTOP ||
		    ph->p_va + ph->p_memsz < ph->p_va)
			panic("load_icode: segment outside user space");
		region_alloc(e, (void *) ph->p_va, ph->p_memsz);
		memcpy((void *) ph->p_va, binary + ph->p_offset, ph->p_filesz);
		// The rest (.bss) is already zero: region_alloc zeroes pages.
	}
	lcr3(PADDR(kern_pgdir));

	e->env_tf.tf_eip = elf->e_entry;

	// One page for the program's initial stack.
	region_alloc(e, (void *) (USTACKTOP - PGSIZE), PGSIZE);
}

// Create a new environment running 'binary', with no parent.
// Only called during kernel initialization.
void
env_create(uint8_t *binary, enum EnvType type)
{
	struct Env *e;
	int r;

	if ((r = env_alloc(&e, 0)) < 0)
		panic("env_create: %e", r);
	load_icode(e, binary);
	e->env_type = type;
}

// Free env e and all memory it uses.
void
env_free(struct Env *e)
{
	pte_t *pt;
	uint32_t pdeno, pteno;
	physaddr_t pa;

	// Never free the page directory CR3 points to.
	if (e == curenv)
		lcr3(PADDR(kern_pgdir));

	cprintf("[%08x] free env %08x\n", curenv ? curenv->env_id : 0, e->env_id);

	// Unmap every user page, then free the page tables themselves.
	static_assert(UTOP % PTSIZE == 0);
	for (pdeno = 0; pdeno < PDX(UTOP); pdeno++) {

		if (!(e->env_pgdir[pdeno] & PTE_P))
			continue;

		pa = PTE_ADDR(e->env_pgdir[pdeno]);
		pt = (pte_t*) KADDR(pa);

		for (pteno = 0; pteno < NPTENTRIES; pteno++) {
			if (pt[pteno] & PTE_P)
				page_remove(e->env_pgdir, PGADDR(pdeno, pteno, 0));
		}

		e->env_pgdir[pdeno] = 0;
		page_decref(pa2page(pa));
	}

	pa = PADDR(e->env_pgdir);
	e->env_pgdir = 0;
	page_decref(pa2page(pa));

	e->env_status = ENV_FREE;
	e->env_link = env_free_list;
	env_free_list = e;
}

// Destroy environment e.
// If e is running on another CPU, only mark it ENV_DYING: that CPU
// frees it the next time it traps into the kernel.
// If e is the current environment, run a different one (no return).
void
env_destroy(struct Env *e)
{
	if (e->env_status == ENV_RUNNING && curenv != e) {
		e->env_status = ENV_DYING;
		return;
	}

	env_free(e);

	if (curenv == e) {
		curenv = NULL;
		sched_yield();
	}
}

// Leave the kernel: load the registers saved in tf and iret to user mode.
void
env_pop_tf(struct Trapframe *tf)
{
	// sched_yield uses this to keep an env on its CPU.
	curenv->env_cpunum = cpunum();

	asm volatile(
		"\tmovl %0,%%esp\n"
		"\tpopal\n"
		"\tpopl %%es\n"
		"\tpopl %%ds\n"
		"\taddl $0x8,%%esp\n" /* skip tf_trapno and tf_errcode */
		"\tiret\n"
		: : "g" (tf) : "memory");
	panic("iret failed");	// not reached
}

// Context switch from curenv to env e.
// This function does not return.
void
env_run(struct Env *e)
{
	// The previous environment stays runnable unless it changed
	// its own status (blocked, exited, ...).
	if (curenv && curenv->env_status == ENV_RUNNING)
		curenv->env_status = ENV_RUNNABLE;

	curenv = e;
	e->env_status = ENV_RUNNING;
	e->env_runs++;
	lcr3(PADDR(e->env_pgdir));

	// Last kernel work on this CPU: drop the big kernel lock.
	// env_pop_tf touches only e's trap frame, which no other CPU
	// uses while e is ENV_RUNNING.
	unlock_kernel();
	env_pop_tf(&e->env_tf);
}
