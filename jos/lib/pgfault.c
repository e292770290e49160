// User-level page fault handling: the C half.  set_pgfault_handler()
// records the handler that _pgfault_upcall (pfentry.S) calls, and on first
// use gives the environment its exception stack and registers the upcall.

#include <inc/lib.h>

// Assembly entry point the kernel transfers to on a user page fault.
extern void _pgfault_upcall(void);

// Read by _pgfault_upcall; 0 until a handler is installed.
void (*_pgfault_handler)(struct UTrapframe *utf);

void
set_pgfault_handler(void (*handler)(struct UTrapframe *utf))
{
	int r;

	if (_pgfault_handler == 0) {
		// The handler runs on its own one-page stack just below
		// UXSTACKTOP, so it works even when the fault is on the
		// normal stack.
		if ((r = sys_page_alloc(0, (void *) (UXSTACKTOP - PGSIZE),
					PTE_P | PTE_U | PTE_W)) < 0)
			panic("set_pgfault_handler: exception stack: %e", r);
		if ((r = sys_env_set_pgfault_upcall(0, _pgfault_upcall)) < 0)
			panic("set_pgfault_handler: upcall: %e", r);
	}

	// Swapping handlers later needs no kernel call: the upcall always
	// goes through this pointer.
	_pgfault_handler = handler;
}
