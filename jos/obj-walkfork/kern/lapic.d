obj-walkfork/kern/lapic.o: kern/lapic.c inc/types.h inc/memlayout.h \
 inc/mmu.h inc/trap.h inc/stdio.h inc/stdarg.h inc/x86.h kern/pmap.h \
 inc/assert.h kern/cpu.h inc/env.h
