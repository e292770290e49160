obj-walkfork/images/softint.kernel.kdebug.o: \
 obj-walkfork/images/softint.kernel.kdebug.S
