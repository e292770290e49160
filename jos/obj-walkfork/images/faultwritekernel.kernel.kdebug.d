obj-walkfork/images/faultwritekernel.kernel.kdebug.o: \
 obj-walkfork/images/faultwritekernel.kernel.kdebug.S
