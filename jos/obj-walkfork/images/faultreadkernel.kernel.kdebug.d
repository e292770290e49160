obj-walkfork/images/faultreadkernel.kernel.kdebug.o: \
 obj-walkfork/images/faultreadkernel.kernel.kdebug.S
