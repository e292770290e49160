obj-walkfork/kern/trap.o: kern/trap.c inc/mmu.h inc/types.h inc/x86.h \
 inc/assert.h inc/stdio.h inc/stdarg.h inc/string.h kern/pmap.h \
 inc/memlayout.h kern/trap.h inc/trap.h kern/console.h kern/monitor.h \
 kern/env.h inc/env.h kern/cpu.h kern/syscall.h inc/syscall.h \
 kern/sched.h kern/kclock.h kern/picirq.h kern/spinlock.h
