obj-walkfork/boot/boot.o: boot/boot.S inc/mmu.h
