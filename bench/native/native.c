// The bit of JOS's user library that the native benchmark programs need:
// cprintf with %d, %u, %x, %s, %c, %% and zero-padded widths, written to
// standard output with Linux's write system call (i386: int $0x80, eax = 4;
// x86-64: syscall, rax = 1).

#include <inc/lib.h>

static int
sys_write(int fd, const char *p, int n)
{
	long ret;

#ifdef __x86_64__
	asm volatile("syscall" : "=a" (ret) : "a" (1L), "D" ((long) fd), "S" (p), "d" ((long) n) : "rcx", "r11", "memory");
#else
	asm volatile("int $0x80" : "=a" (ret) : "a" (4), "b" (fd), "c" (p), "d" (n) : "memory");
#endif
	return ret;
}

// Append the digits of v in the given base, padded to width with pad.
static char *
put_number(char *out, uint32_t v, int base, int width, char pad)
{
	char tmp[12];
	int n = 0;

	do {
		tmp[n++] = "0123456789abcdef"[v % base];
		v /= base;
	} while (v);
	while (width-- > n)
		*out++ = pad;
	while (n)
		*out++ = tmp[--n];
	return out;
}

int
cprintf(const char *fmt, ...)
{
	char line[256], *out = line, *end = line + sizeof(line) - 16;
	__builtin_va_list ap;

	__builtin_va_start(ap, fmt);
	for (; *fmt && out < end; fmt++) {
		char pad = ' ';
		int width = 0, d;
		const char *s;

		if (*fmt != '%') {
			*out++ = *fmt;
			continue;
		}
		if (*++fmt == '0')
			pad = '0', fmt++;
		while (*fmt >= '0' && *fmt <= '9')
			width = width * 10 + *fmt++ - '0';
		switch (*fmt) {
		case 'd':
			d = __builtin_va_arg(ap, int);
			if (d < 0)
				*out++ = '-', d = -d;
			out = put_number(out, d, 10, width, pad);
			break;
		case 'u':
			out = put_number(out, __builtin_va_arg(ap, uint32_t), 10, width, pad);
			break;
		case 'x':
			out = put_number(out, __builtin_va_arg(ap, uint32_t), 16, width, pad);
			break;
		case 'c':
			*out++ = __builtin_va_arg(ap, int);
			break;
		case 's':
			for (s = __builtin_va_arg(ap, const char *); *s && out < end; )
				*out++ = *s++;
			break;
		default:
			*out++ = *fmt;
		}
	}
	__builtin_va_end(ap);
	return sys_write(1, line, out - line);
}
