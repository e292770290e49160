obj-walkfork/kern/string.o: lib/string.c inc/string.h inc/types.h
