obj-walkfork/images/faultregs.kernel.kdebug.o: \
 obj-walkfork/images/faultregs.kernel.kdebug.S
