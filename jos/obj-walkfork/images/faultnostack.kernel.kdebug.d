obj-walkfork/images/faultnostack.kernel.kdebug.o: \
 obj-walkfork/images/faultnostack.kernel.kdebug.S
