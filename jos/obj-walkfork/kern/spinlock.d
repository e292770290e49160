obj-walkfork/kern/spinlock.o: kern/spinlock.c inc/types.h inc/assert.h \
 inc/stdio.h inc/stdarg.h inc/x86.h inc/memlayout.h inc/mmu.h \
 inc/string.h kern/cpu.h inc/env.h inc/trap.h kern/spinlock.h \
 kern/kdebug.h
