obj-walkfork/images/dumbfork.kernel.kdebug.o: \
 obj-walkfork/images/dumbfork.kernel.kdebug.S
