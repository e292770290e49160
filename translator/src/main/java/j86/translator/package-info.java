/** The translator: hot x86 basic blocks become JVM bytecode (OW2 ASM) in hidden classes. */
package j86.translator;
