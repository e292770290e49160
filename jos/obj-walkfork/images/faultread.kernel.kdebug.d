obj-walkfork/images/faultread.kernel.kdebug.o: \
 obj-walkfork/images/faultread.kernel.kdebug.S
