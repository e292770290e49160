obj-walkfork/lib/string.o: lib/string.c inc/string.h inc/types.h
