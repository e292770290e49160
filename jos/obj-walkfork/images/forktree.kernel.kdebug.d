obj-walkfork/images/forktree.kernel.kdebug.o: \
 obj-walkfork/images/forktree.kernel.kdebug.S
