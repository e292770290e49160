obj-walkfork/images/hello.kernel.kdebug.o: \
 obj-walkfork/images/hello.kernel.kdebug.S
