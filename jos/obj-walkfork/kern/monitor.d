obj-walkfork/kern/monitor.o: kern/monitor.c inc/stdio.h inc/stdarg.h \
 inc/string.h inc/types.h inc/memlayout.h inc/mmu.h inc/assert.h \
 inc/x86.h kern/console.h kern/monitor.h kern/kdebug.h kern/trap.h \
 inc/trap.h
