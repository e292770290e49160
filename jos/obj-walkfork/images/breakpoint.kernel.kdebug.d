obj-walkfork/images/breakpoint.kernel.kdebug.o: \
 obj-walkfork/images/breakpoint.kernel.kdebug.S
