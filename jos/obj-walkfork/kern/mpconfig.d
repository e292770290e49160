obj-walkfork/kern/mpconfig.o: kern/mpconfig.c inc/types.h inc/string.h \
 inc/memlayout.h inc/mmu.h inc/x86.h inc/env.h inc/trap.h kern/cpu.h \
 kern/pmap.h inc/assert.h inc/stdio.h inc/stdarg.h
