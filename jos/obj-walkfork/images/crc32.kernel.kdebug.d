obj-walkfork/images/crc32.kernel.kdebug.o: \
 obj-walkfork/images/crc32.kernel.kdebug.S
