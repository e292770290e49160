obj-walkfork/images/yield.kernel.kdebug.o: \
 obj-walkfork/images/yield.kernel.kdebug.S
