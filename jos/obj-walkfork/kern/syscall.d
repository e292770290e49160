obj-walkfork/kern/syscall.o: kern/syscall.c inc/x86.h inc/types.h \
 inc/error.h inc/string.h inc/assert.h inc/stdio.h inc/stdarg.h \
 kern/env.h inc/env.h inc/trap.h inc/memlayout.h inc/mmu.h kern/cpu.h \
 kern/pmap.h kern/trap.h kern/syscall.h inc/syscall.h kern/console.h \
 kern/sched.h
