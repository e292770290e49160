obj-walkfork/images/badsegment.kernel.kdebug.o: \
 obj-walkfork/images/badsegment.kernel.kdebug.S
