obj-walkfork/images/divzero.kernel.kdebug.o: \
 obj-walkfork/images/divzero.kernel.kdebug.S
