obj-walkfork/kern/sched.o: kern/sched.c inc/assert.h inc/stdio.h \
 inc/stdarg.h inc/x86.h inc/types.h kern/spinlock.h kern/env.h inc/env.h \
 inc/trap.h inc/memlayout.h inc/mmu.h kern/cpu.h kern/pmap.h \
 kern/monitor.h
