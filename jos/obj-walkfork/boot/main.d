obj-walkfork/boot/main.o: boot/main.c inc/x86.h inc/types.h inc/elf.h
