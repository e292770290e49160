obj-walkfork/kern/pmap.o: kern/pmap.c inc/x86.h inc/types.h inc/mmu.h \
 inc/error.h inc/string.h inc/assert.h inc/stdio.h inc/stdarg.h \
 kern/pmap.h inc/memlayout.h kern/kclock.h kern/env.h inc/env.h \
 inc/trap.h kern/cpu.h
