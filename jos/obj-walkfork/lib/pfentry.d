obj-walkfork/lib/pfentry.o: lib/pfentry.S inc/mmu.h inc/memlayout.h
