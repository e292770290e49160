obj-walkfork/kern/mpentry.o: kern/mpentry.S inc/mmu.h inc/memlayout.h
