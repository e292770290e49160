obj-walkfork/images/stresssched.kernel.kdebug.o: \
 obj-walkfork/images/stresssched.kernel.kdebug.S
