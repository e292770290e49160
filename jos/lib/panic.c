// User-level panic: report where and why, then trap into the kernel
// monitor so the failure is visible (and the grading script can stop).

#include <inc/lib.h>

void
_panic(const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	cprintf("[%08x] user panic in %s at %s:%d: ",
		sys_getenvid(), binaryname, file, line);
	vcprintf(fmt, ap);
	cprintf("\n");
	va_end(ap);

	// A breakpoint exception lands in the kernel monitor.
	asm volatile("int3");
	for (;;)
		;
}
