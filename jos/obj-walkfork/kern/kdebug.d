obj-walkfork/kern/kdebug.o: kern/kdebug.c inc/string.h inc/types.h \
 inc/memlayout.h inc/mmu.h inc/assert.h inc/stdio.h inc/stdarg.h \
 kern/kdebug.h
