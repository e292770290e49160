obj-walkfork/images/spin.kernel.kdebug.o: \
 obj-walkfork/images/spin.kernel.kdebug.S
