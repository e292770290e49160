obj-walkfork/images/buggyhello2.kernel.kdebug.o: \
 obj-walkfork/images/buggyhello2.kernel.kdebug.S
