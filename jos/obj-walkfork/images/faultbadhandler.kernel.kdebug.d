obj-walkfork/images/faultbadhandler.kernel.kdebug.o: \
 obj-walkfork/images/faultbadhandler.kernel.kdebug.S
