obj-walkfork/images/sendpage.kernel.kdebug.o: \
 obj-walkfork/images/sendpage.kernel.kdebug.S
