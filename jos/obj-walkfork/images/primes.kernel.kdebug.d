obj-walkfork/images/primes.kernel.kdebug.o: \
 obj-walkfork/images/primes.kernel.kdebug.S
