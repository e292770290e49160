obj-walkfork/kern/entry.o: kern/entry.S inc/mmu.h inc/memlayout.h
