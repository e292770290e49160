obj-walkfork/images/pingpongs.kernel.kdebug.o: \
 obj-walkfork/images/pingpongs.kernel.kdebug.S
