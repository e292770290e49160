obj-walkfork/kern/kclock.o: kern/kclock.c inc/x86.h inc/types.h \
 kern/kclock.h
