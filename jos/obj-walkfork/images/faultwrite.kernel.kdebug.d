obj-walkfork/images/faultwrite.kernel.kdebug.o: \
 obj-walkfork/images/faultwrite.kernel.kdebug.S
