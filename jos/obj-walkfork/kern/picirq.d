obj-walkfork/kern/picirq.o: kern/picirq.c inc/assert.h inc/stdio.h \
 inc/stdarg.h inc/trap.h inc/types.h kern/picirq.h inc/x86.h
