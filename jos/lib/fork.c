// Copy-on-write fork (and the shared-memory sfork).
//
// fork() gives the child the parent's address space without copying it:
// every writable page is mapped into both environments read-only and
// marked PTE_COW.  The first write to such a page, by either side, faults
// into pgfault() below, which replaces the mapping with a private, writable
// copy.  Read-only pages (program text) are simply shared.

#include <inc/string.h>
#include <inc/lib.h>

// PTE_COW marks copy-on-write page table entries.  It is one of the
// PTE_AVAIL bits, which the hardware ignores and leaves to software.
#define PTE_COW		0x800

// Page-aligned bounds of the private data page (see user.ld): data that
// must stay per-environment even after sfork(), such as thisenv.
extern char __private_start[], __private_end[];

extern void _pgfault_upcall(void);

// Is page number pn mapped in our address space?  Look at the page
// directory entry first: uvpt[pn] itself faults when its page table is
// absent.
static bool
page_mapped(uintptr_t pn)
{
	return (uvpd[pn >> (PDXSHIFT - PTXSHIFT)] & PTE_P)
		&& (uvpt[pn] & PTE_P);
}

// Page fault handler installed by fork(): resolve a write to a
// copy-on-write page by giving the faulting environment its own copy.
static void
pgfault(struct UTrapframe *utf)
{
	void *addr = (void *) utf->utf_fault_va;
	uint32_t err = utf->utf_err;
	void *page = ROUNDDOWN(addr, PGSIZE);
	int r;

	// Anything but a write to a copy-on-write page is a real fault.
	if (!(err & FEC_WR) || !page_mapped(PGNUM(addr))
	    || !(uvpt[PGNUM(addr)] & PTE_COW))
		panic("page fault at va %08x, eip %08x, err %x: "
		      "not a write to a copy-on-write page",
		      (uint32_t) addr, utf->utf_eip, err);

	// Build the copy at the scratch address PFTEMP, then move it over
	// the faulting page.  Mapping a new page over the old one drops our
	// reference to the shared original.
	if ((r = sys_page_alloc(0, PFTEMP, PTE_P | PTE_U | PTE_W)) < 0)
		panic("pgfault: sys_page_alloc: %e", r);
	memmove(PFTEMP, page, PGSIZE);
	if ((r = sys_page_map(0, PFTEMP, 0, page, PTE_P | PTE_U | PTE_W)) < 0)
		panic("pgfault: sys_page_map: %e", r);
	if ((r = sys_page_unmap(0, PFTEMP)) < 0)
		panic("pgfault: sys_page_unmap: %e", r);
}

// Map our page number pn into envid at the same address.  A writable or
// copy-on-write page becomes copy-on-write in both environments; any other
// page is shared with its current permissions.
static int
duppage(envid_t envid, uintptr_t pn)
{
	void *va = (void *) (pn * PGSIZE);
	int perm = uvpt[pn] & PTE_SYSCALL;
	int r;

	if (!(perm & (PTE_W | PTE_COW)))
		return sys_page_map(0, va, envid, va, perm);

	perm = (perm & ~PTE_W) | PTE_COW;

	// Child first, then ourselves.  Our own mapping must be re-marked
	// even if it already was copy-on-write: between reading uvpt[pn]
	// and here we may have written the page (our stack, for one) and
	// taken a private writable copy, and the child now shares that
	// copy; leaving it writable would let our later writes show
	// through in the child.  Doing it the other way round, a fault in
	// between would give the child our new writable page.
	if ((r = sys_page_map(0, va, envid, va, perm)) < 0)
		return r;
	return sys_page_map(0, va, 0, va, perm);
}

// Give a freshly exofork'ed child its exception stack and page fault
// upcall, then let it run.  The upcall is per-environment kernel state,
// so the child does not inherit it.
static int
start_child(envid_t envid)
{
	int r;

	if ((r = sys_page_alloc(envid, (void *) (UXSTACKTOP - PGSIZE),
				PTE_P | PTE_U | PTE_W)) < 0)
		return r;
	if ((r = sys_env_set_pgfault_upcall(envid, _pgfault_upcall)) < 0)
		return r;
	return sys_env_set_status(envid, ENV_RUNNABLE);
}

// Each page below UTOP except the exception stack, which is never shared:
// the child gets a fresh one.  'dup' says how to give it to the child.
#ifndef FORK_WALK
static int
for_each_user_page(envid_t envid, int (*dup)(envid_t, uintptr_t))
{
	uintptr_t pn;
	int r;

	for (pn = 0; pn < PGNUM(UTOP); pn++) {
		// Skip a whole missing page table at once.
		if (!(uvpd[pn >> (PDXSHIFT - PTXSHIFT)] & PTE_P)) {
			pn |= NPTENTRIES - 1;
			continue;
		}
		if (pn == PGNUM(UXSTACKTOP - PGSIZE) || !(uvpt[pn] & PTE_P))
			continue;
		if ((r = dup(envid, pn)) < 0)
			return r;
	}
	return 0;
}
#else
// The FORK=walk build: the loop most student forks have, which checks the
// page directory entry and then the page table entry of every one of the
// ~980,000 pages below UTOP, absent page tables included (about 10 M
// instructions per fork).  Correct, but slow on a slow emulator: kept to
// grade what an emulator does to such kernels.
static int
for_each_user_page(envid_t envid, int (*dup)(envid_t, uintptr_t))
{
	uintptr_t addr;
	int r;

	for (addr = 0; addr < UTOP; addr += PGSIZE) {
		if (addr == UXSTACKTOP - PGSIZE)
			continue;
		if ((uvpd[PDX(addr)] & PTE_P) && (uvpt[PGNUM(addr)] & PTE_P)
		    && (r = dup(envid, PGNUM(addr))) < 0)
			return r;
	}
	return 0;
}
#endif

// Common skeleton of fork and sfork.
static envid_t
fork_with(int (*dup)(envid_t, uintptr_t))
{
	envid_t envid;
	int r;

	set_pgfault_handler(pgfault);

	envid = sys_exofork();
	if (envid < 0)
		return envid;
	if (envid == 0) {
		// We are the child; thisenv still names the parent.
		thisenv = &envs[ENVX(sys_getenvid())];
		return 0;
	}

	if ((r = for_each_user_page(envid, dup)) < 0
	    || (r = start_child(envid)) < 0) {
		sys_env_destroy(envid);
		return r;
	}
	return envid;
}

// User-level fork with copy-on-write.
// Returns the child's envid to the parent, 0 to the child, and a
// negative error code to the parent on failure.
envid_t
fork(void)
{
	return fork_with(duppage);
}

// How sfork gives a page to the child: the stack and the private data
// page copy-on-write as in fork, every other page shared outright.
static int
sharepage(envid_t envid, uintptr_t pn)
{
	uintptr_t va = pn * PGSIZE;
	uintptr_t stack_bottom = ROUNDDOWN((uintptr_t) &va, PGSIZE);
	int perm;

	if ((va >= stack_bottom && va < USTACKTOP)
	    || (va >= (uintptr_t) __private_start
		&& va < (uintptr_t) __private_end))
		return duppage(envid, pn);

	// A page still copy-on-write from an earlier fork would split on
	// the first write; touch it so we own a writable copy to share.
	if (uvpt[pn] & PTE_COW) {
		volatile char *p = (volatile char *) va;
		*p = *p;
	}
	perm = uvpt[pn] & PTE_SYSCALL;
	return sys_page_map(0, (void *) va, envid, (void *) va, perm);
}

// Shared-memory fork (the lab's challenge): parent and child share all of
// memory except the stack and the private data page.  thisenv lives on
// that private page, so it stays correct in both.
envid_t
sfork(void)
{
	return fork_with(sharepage);
}
