obj-walkfork/lib/readline.o: lib/readline.c inc/stdio.h inc/stdarg.h \
 inc/error.h
