obj-walkfork/images/sieve.kernel.kdebug.o: \
 obj-walkfork/images/sieve.kernel.kdebug.S
