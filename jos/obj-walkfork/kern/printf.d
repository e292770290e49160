obj-walkfork/kern/printf.o: kern/printf.c inc/types.h inc/stdio.h \
 inc/stdarg.h
