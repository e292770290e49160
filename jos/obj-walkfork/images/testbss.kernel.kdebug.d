obj-walkfork/images/testbss.kernel.kdebug.o: \
 obj-walkfork/images/testbss.kernel.kdebug.S
