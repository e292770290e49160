obj-walkfork/images/evilhello.kernel.kdebug.o: \
 obj-walkfork/images/evilhello.kernel.kdebug.S
