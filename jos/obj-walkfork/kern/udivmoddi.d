obj-walkfork/kern/udivmoddi.o: lib/udivmoddi.c inc/types.h
