obj-walkfork/images/qsort.kernel.kdebug.o: \
 obj-walkfork/images/qsort.kernel.kdebug.S
