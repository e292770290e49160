// System calls.  Every argument comes from user space and is checked
// before use; errors are returned as negative E_* codes in %eax.

#include <inc/x86.h>
#include <inc/error.h>
#include <inc/string.h>
#include <inc/assert.h>

#include <kern/env.h>
#include <kern/pmap.h>
#include <kern/trap.h>
#include <kern/syscall.h>
#include <kern/console.h>
#include <kern/sched.h>

// Print len bytes at s on the console (not NUL-terminated).  An
// unreadable buffer destroys the caller.
static void
sys_cputs(const char *s, size_t len)
{
	// The environment must be allowed to read [s, s+len).
	user_mem_assert(curenv, s, len, PTE_U);

	cprintf("%.*s", len, s);
}

// Next console input character, or 0 if none is waiting (no blocking).
static int
sys_cgetc(void)
{
	return cons_getc();
}

static envid_t
sys_getenvid(void)
{
	return curenv->env_id;
}

// Destroy envid (the caller or one of its children).
// -E_BAD_ENV: no such env, or not the caller's to destroy.
static int
sys_env_destroy(envid_t envid)
{
	int r;
	struct Env *e;

	if ((r = envid2env(envid, &e, 1)) < 0)
		return r;
	if (e == curenv)
		cprintf("[%08x] exiting gracefully\n", curenv->env_id);
	else
		cprintf("[%08x] destroying %08x\n", curenv->env_id, e->env_id);
	env_destroy(e);
	return 0;
}

static void
sys_yield(void)
{
	sched_yield();
}

// Create a child environment: a blank address space and a copy of the
// caller's registers, so that it resumes from the same 'int' but with
// 0 in %eax.  It is not runnable until the parent says so.
// Returns envid of new environment, or < 0 on error (-E_NO_FREE_ENV,
// -E_NO_MEM).
static envid_t
sys_exofork(void)
{
	struct Env *e;
	int r;

	if ((r = env_alloc(&e, curenv->env_id)) < 0)
		return r;
	e->env_status = ENV_NOT_RUNNABLE;
	e->env_tf = curenv->env_tf;
	e->env_tf.tf_regs.reg_eax = 0;
	return e->env_id;
}

// Make envid runnable or not (status ENV_RUNNABLE / ENV_NOT_RUNNABLE).
// -E_INVAL: other status; -E_BAD_ENV: as for sys_env_destroy.
static int
sys_env_set_status(envid_t envid, int status)
{
	struct Env *e;
	int r;

	if (status != ENV_RUNNABLE && status != ENV_NOT_RUNNABLE)
		return -E_INVAL;
	if ((r = envid2env(envid, &e, 1)) < 0)
		return r;
	e->env_status = status;
	return 0;
}

// Register func as envid's page fault entry point (see
// page_fault_handler).  -E_BAD_ENV: as for sys_env_destroy.
static int
sys_env_set_pgfault_upcall(envid_t envid, void *func)
{
	struct Env *e;
	int r;

	if ((r = envid2env(envid, &e, 1)) < 0)
		return r;
	e->env_pgfault_upcall = func;
	return 0;
}

// A user virtual address a page may be mapped at: page-aligned, below UTOP.
static bool
valid_user_page_va(void *va)
{
	return (uintptr_t) va < UTOP && PGOFF(va) == 0;
}

// Permissions a user may ask for: PTE_U and PTE_P must be set, and
// nothing outside PTE_SYSCALL (PTE_AVAIL, PTE_W) may be.
static bool
valid_user_perm(int perm)
{
	return (perm & (PTE_U | PTE_P)) == (PTE_U | PTE_P) &&
	       (perm & ~PTE_SYSCALL) == 0;
}

// Map a new zeroed page at va in envid with perm, replacing any page
// there.  -E_BAD_ENV: as for sys_env_destroy; -E_INVAL: bad va or
// perm; -E_NO_MEM: no page, or no page table.
static int
sys_page_alloc(envid_t envid, void *va, int perm)
{
	struct Env *e;
	struct PageInfo *pp;
	int r;

	if ((r = envid2env(envid, &e, 1)) < 0)
		return r;
	if (!valid_user_page_va(va) || !valid_user_perm(perm))
		return -E_INVAL;
	if (!(pp = page_alloc(ALLOC_ZERO)))
		return -E_NO_MEM;
	if (page_insert(e->env_pgdir, pp, va, perm) < 0) {
		page_free(pp);
		return -E_NO_MEM;
	}
	return 0;
}

// Share the page at srcva in srcenvid with dstenvid at dstva, with perm.
// A read-only page cannot be mapped writable.  -E_BAD_ENV: either env
// is missing or not the caller's; -E_INVAL: bad or unmapped va, bad
// perm, or W on a read-only page; -E_NO_MEM: no page table.
static int
sys_page_map(envid_t srcenvid, void *srcva,
	     envid_t dstenvid, void *dstva, int perm)
{
	struct Env *src, *dst;
	struct PageInfo *pp;
	pte_t *pte;
	int r;

	if ((r = envid2env(srcenvid, &src, 1)) < 0 ||
	    (r = envid2env(dstenvid, &dst, 1)) < 0)
		return r;
	if (!valid_user_page_va(srcva) || !valid_user_page_va(dstva))
		return -E_INVAL;
	if (!(pp = page_lookup(src->env_pgdir, srcva, &pte)))
		return -E_INVAL;
	if (!valid_user_perm(perm))
		return -E_INVAL;
	if ((perm & PTE_W) && !(*pte & PTE_W))
		return -E_INVAL;
	if (page_insert(dst->env_pgdir, pp, dstva, perm) < 0)
		return -E_NO_MEM;
	return 0;
}

// Unmap va in envid (nothing mapped is fine).  -E_BAD_ENV: as for
// sys_env_destroy; -E_INVAL: bad va.
static int
sys_page_unmap(envid_t envid, void *va)
{
	struct Env *e;
	int r;

	if ((r = envid2env(envid, &e, 1)) < 0)
		return r;
	if (!valid_user_page_va(va))
		return -E_INVAL;
	page_remove(e->env_pgdir, va);
	return 0;
}

// Deliver value (and, if srcva < UTOP, the page there) to envid if it
// is blocked in sys_ipc_recv; it then becomes runnable and its
// sys_ipc_recv returns 0.  The page is mapped only if the receiver
// asked for one (env_ipc_dstva < UTOP); env_ipc_perm tells it whether
// it got one.  Anyone may send to anyone.
// -E_BAD_ENV: no such env; -E_IPC_NOT_RECV: not receiving (or someone
// else was faster); -E_INVAL: unaligned or unmapped srcva, bad perm, or
// W on a read-only page; -E_NO_MEM: no page table in the receiver.
static int
sys_ipc_try_send(envid_t envid, uint32_t value, void *srcva, unsigned perm)
{
	struct Env *e;
	struct PageInfo *pp;
	pte_t *pte;
	int r;

	if ((r = envid2env(envid, &e, 0)) < 0)
		return r;
	if (!e->env_ipc_recving)
		return -E_IPC_NOT_RECV;

	e->env_ipc_perm = 0;
	if ((uintptr_t) srcva < UTOP) {
		if (PGOFF(srcva) || !valid_user_perm(perm))
			return -E_INVAL;
		if (!(pp = page_lookup(curenv->env_pgdir, srcva, &pte)))
			return -E_INVAL;
		if ((perm & PTE_W) && !(*pte & PTE_W))
			return -E_INVAL;
		if ((uintptr_t) e->env_ipc_dstva < UTOP) {
			if (page_insert(e->env_pgdir, pp, e->env_ipc_dstva,
					perm) < 0)
				return -E_NO_MEM;
			e->env_ipc_perm = perm;
		}
	}

	e->env_ipc_recving = 0;
	e->env_ipc_from = curenv->env_id;
	e->env_ipc_value = value;
	e->env_status = ENV_RUNNABLE;
	// The receiver's sys_ipc_recv returns 0.
	e->env_tf.tf_regs.reg_eax = 0;
	return 0;
}

// Block until another env sends (sys_ipc_try_send), willing to accept
// a page at dstva if dstva < UTOP.  Returns only on error (-E_INVAL:
// unaligned dstva); success returns 0 through the saved %eax when
// the sender wakes us.
static int
sys_ipc_recv(void *dstva)
{
	if ((uintptr_t) dstva < UTOP && PGOFF(dstva))
		return -E_INVAL;

	curenv->env_ipc_recving = 1;
	curenv->env_ipc_dstva = dstva;
	curenv->env_status = ENV_NOT_RUNNABLE;
	curenv->env_tf.tf_regs.reg_eax = 0;
	sched_yield();
}

// Dispatch system call syscallno with its arguments (from %edx, %ecx,
// %ebx, %edi, %esi).  Unknown numbers give -E_INVAL.
int32_t
syscall(uint32_t syscallno, uint32_t a1, uint32_t a2, uint32_t a3, uint32_t a4, uint32_t a5)
{
	switch (syscallno) {
	case SYS_cputs:
		sys_cputs((const char *) a1, a2);
		return 0;
	case SYS_cgetc:
		return sys_cgetc();
	case SYS_getenvid:
		return sys_getenvid();
	case SYS_env_destroy:
		return sys_env_destroy(a1);
	case SYS_yield:
		sys_yield();
		return 0;
	case SYS_exofork:
		return sys_exofork();
	case SYS_env_set_status:
		return sys_env_set_status(a1, a2);
	case SYS_env_set_pgfault_upcall:
		return sys_env_set_pgfault_upcall(a1, (void *) a2);
	case SYS_page_alloc:
		return sys_page_alloc(a1, (void *) a2, a3);
	case SYS_page_map:
		return sys_page_map(a1, (void *) a2, a3, (void *) a4, a5);
	case SYS_page_unmap:
		return sys_page_unmap(a1, (void *) a2);
	case SYS_ipc_try_send:
		return sys_ipc_try_send(a1, a2, (void *) a3, a4);
	case SYS_ipc_recv:
		return sys_ipc_recv((void *) a1);
	default:
		return -E_INVAL;
	}
}
