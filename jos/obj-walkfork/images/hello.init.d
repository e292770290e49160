obj-walkfork/images/hello.init.o: kern/init.c inc/stdio.h inc/stdarg.h \
 inc/string.h inc/types.h inc/assert.h kern/monitor.h kern/console.h \
 kern/pmap.h inc/memlayout.h inc/mmu.h kern/kclock.h kern/env.h inc/env.h \
 inc/trap.h kern/cpu.h kern/trap.h kern/sched.h kern/picirq.h inc/x86.h \
 kern/spinlock.h
