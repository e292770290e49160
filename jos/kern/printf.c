// vcprintf for the kernel: vprintfmt (lib/printfmt.c) writing to the
// console.  cprintf, the varargs form, is in lib/printfmt.c.

#include <inc/types.h>
#include <inc/stdio.h>
#include <inc/stdarg.h>


static void
putch(int ch, int *cnt)
{
	cputchar(ch);
	(*cnt)++;
}

int
vcprintf(const char *fmt, va_list ap)
{
	int cnt = 0;

	vprintfmt((void*)putch, &cnt, fmt, ap);
	return cnt;
}
