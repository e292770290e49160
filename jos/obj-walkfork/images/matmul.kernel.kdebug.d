obj-walkfork/images/matmul.kernel.kdebug.o: \
 obj-walkfork/images/matmul.kernel.kdebug.S
