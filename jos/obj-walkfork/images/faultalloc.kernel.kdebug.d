obj-walkfork/images/faultalloc.kernel.kdebug.o: \
 obj-walkfork/images/faultalloc.kernel.kdebug.S
