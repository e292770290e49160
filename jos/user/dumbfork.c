// Fork by copying every page eagerly, using only the raw system calls
// (sys_exofork, sys_page_alloc/map/unmap, sys_env_set_status).  Parent and
// child then take turns printing.

#include <inc/string.h>
#include <inc/lib.h>

envid_t dumbfork(void);

void
umain(int argc, char **argv)
{
	envid_t who;
	int i;

	// fork a child process
	who = dumbfork();

	// print a message and yield to the other a few times
	for (i = 0; i < (who ? 10 : 20); i++) {
		cprintf("%d: I am the %s!\n", i, who ? "parent" : "child");
		sys_yield();
	}
}

// Give dstenv a fresh page at addr holding a copy of our page at addr.
// To fill it, we map it temporarily at UTEMP in our own address space.
static void
duppage(envid_t dstenv, void *addr)
{
	int r;

	if ((r = sys_page_alloc(dstenv, addr, PTE_P|PTE_U|PTE_W)) < 0)
		panic("sys_page_alloc: %e", r);
	if ((r = sys_page_map(dstenv, addr, 0, UTEMP, PTE_P|PTE_U|PTE_W)) < 0)
		panic("sys_page_map: %e", r);
	memmove(UTEMP, addr, PGSIZE);
	if ((r = sys_page_unmap(0, UTEMP)) < 0)
		panic("sys_page_unmap: %e", r);
}

envid_t
dumbfork(void)
{
	envid_t envid;
	uint8_t *addr;
	int r;
	extern unsigned char end[];

	// The child starts as a blank environment whose registers are a
	// copy of ours at the system call, with %eax = 0.
	envid = sys_exofork();
	if (envid < 0)
		panic("sys_exofork: %e", envid);
	if (envid == 0) {
		// We're the child.  thisenv still points at the parent's
		// Env; fix it.
		thisenv = &envs[ENVX(sys_getenvid())];
		return 0;
	}

	// We're the parent.  Copy the program image (text, data, bss:
	// everything from UTEXT up to the linker's 'end') ...
	for (addr = (uint8_t*) UTEXT; addr < end; addr += PGSIZE)
		duppage(envid, addr);

	// ... and the page of the stack we are running on.
	duppage(envid, ROUNDDOWN(&addr, PGSIZE));

	// The child is complete: let it run.
	if ((r = sys_env_set_status(envid, ENV_RUNNABLE)) < 0)
		panic("sys_env_set_status: %e", r);

	return envid;
}
