obj-walkfork/lib/entry.o: lib/entry.S inc/mmu.h inc/memlayout.h
