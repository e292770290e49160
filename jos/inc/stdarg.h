#ifndef JOS_INC_STDARG_H
#define	JOS_INC_STDARG_H

// Variable arguments via the compiler builtins (no system headers).
typedef __builtin_va_list va_list;

#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_end(ap) __builtin_va_end(ap)

#endif	/* !JOS_INC_STDARG_H */
