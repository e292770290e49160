obj-walkfork/kern/trapentry.o: kern/trapentry.S inc/mmu.h inc/memlayout.h \
 inc/trap.h
