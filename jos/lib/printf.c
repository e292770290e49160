// User-level vcprintf (cprintf, the varargs form, is in printfmt.c).
// Characters are collected in a buffer and written with as few sys_cputs
// calls as possible, so that a line printed by one environment reaches
// the console in one piece even when several environments print at once.

#include <inc/types.h>
#include <inc/stdio.h>
#include <inc/stdarg.h>
#include <inc/lib.h>

struct printbuf {
	int idx;	// bytes currently in buf
	int cnt;	// bytes printed in total
	char buf[256];
};

static void
flush(struct printbuf *b)
{
	if (b->idx > 0) {
		sys_cputs(b->buf, b->idx);
		b->idx = 0;
	}
}

static void
putch(int ch, struct printbuf *b)
{
	b->buf[b->idx++] = ch;
	if (b->idx == (int) sizeof(b->buf))
		flush(b);
	b->cnt++;
}

int
vcprintf(const char *fmt, va_list ap)
{
	struct printbuf b;

	b.idx = 0;
	b.cnt = 0;
	vprintfmt((void*)putch, &b, fmt, ap);
	flush(&b);
	return b.cnt;
}
