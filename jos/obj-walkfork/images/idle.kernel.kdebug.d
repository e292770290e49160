obj-walkfork/images/idle.kernel.kdebug.o: \
 obj-walkfork/images/idle.kernel.kdebug.S
