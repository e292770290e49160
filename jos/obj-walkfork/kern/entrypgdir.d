obj-walkfork/kern/entrypgdir.o: kern/entrypgdir.c inc/mmu.h inc/types.h \
 inc/memlayout.h
