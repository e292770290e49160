obj-walkfork/images/faultdie.kernel.kdebug.o: \
 obj-walkfork/images/faultdie.kernel.kdebug.S
