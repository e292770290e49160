obj-walkfork/user/idle.o: user/idle.c inc/x86.h inc/types.h inc/lib.h \
 inc/stdio.h inc/stdarg.h inc/string.h inc/error.h inc/assert.h inc/env.h \
 inc/trap.h inc/memlayout.h inc/mmu.h inc/syscall.h
