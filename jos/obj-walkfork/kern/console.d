obj-walkfork/kern/console.o: kern/console.c inc/x86.h inc/types.h \
 inc/memlayout.h inc/mmu.h inc/kbdreg.h inc/string.h inc/assert.h \
 inc/stdio.h inc/stdarg.h kern/console.h kern/trap.h inc/trap.h \
 kern/picirq.h
