obj-walkfork/images/faultallocbad.kernel.kdebug.o: \
 obj-walkfork/images/faultallocbad.kernel.kdebug.S
