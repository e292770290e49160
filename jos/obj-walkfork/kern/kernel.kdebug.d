obj-walkfork/kern/kernel.kdebug.o: obj-walkfork/kern/kernel.kdebug.S
