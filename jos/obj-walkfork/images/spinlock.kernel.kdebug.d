obj-walkfork/images/spinlock.kernel.kdebug.o: \
 obj-walkfork/images/spinlock.kernel.kdebug.S
