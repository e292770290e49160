obj-walkfork/images/faultevilhandler.kernel.kdebug.o: \
 obj-walkfork/images/faultevilhandler.kernel.kdebug.S
