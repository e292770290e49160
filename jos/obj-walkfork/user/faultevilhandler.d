obj-walkfork/user/faultevilhandler.o: user/faultevilhandler.c inc/lib.h \
 inc/types.h inc/stdio.h inc/stdarg.h inc/string.h inc/error.h \
 inc/assert.h inc/env.h inc/trap.h inc/memlayout.h inc/mmu.h \
 inc/syscall.h
