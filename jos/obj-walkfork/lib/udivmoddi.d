obj-walkfork/lib/udivmoddi.o: lib/udivmoddi.c inc/types.h
