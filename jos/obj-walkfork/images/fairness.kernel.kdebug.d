obj-walkfork/images/fairness.kernel.kdebug.o: \
 obj-walkfork/images/fairness.kernel.kdebug.S
