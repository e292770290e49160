obj-walkfork/images/pingpong.kernel.kdebug.o: \
 obj-walkfork/images/pingpong.kernel.kdebug.S
