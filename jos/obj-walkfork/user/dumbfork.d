obj-walkfork/user/dumbfork.o: user/dumbfork.c inc/string.h inc/types.h \
 inc/lib.h inc/stdio.h inc/stdarg.h inc/error.h inc/assert.h inc/env.h \
 inc/trap.h inc/memlayout.h inc/mmu.h inc/syscall.h
