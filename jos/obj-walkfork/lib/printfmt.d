obj-walkfork/lib/printfmt.o: lib/printfmt.c inc/types.h inc/stdio.h \
 inc/stdarg.h inc/string.h inc/error.h
