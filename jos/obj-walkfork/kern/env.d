obj-walkfork/kern/env.o: kern/env.c inc/x86.h inc/types.h inc/mmu.h \
 inc/error.h inc/string.h inc/assert.h inc/stdio.h inc/stdarg.h inc/elf.h \
 kern/env.h inc/env.h inc/trap.h inc/memlayout.h kern/cpu.h kern/pmap.h \
 kern/trap.h kern/monitor.h kern/sched.h kern/spinlock.h
