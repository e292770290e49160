obj-walkfork/images/buggyhello.kernel.kdebug.o: \
 obj-walkfork/images/buggyhello.kernel.kdebug.S
