package j86.decoder;

/**
 * Where the decoder reads instruction bytes. The runtime implements it over guest memory (a fetch may
 * raise a guest page fault, which simply propagates); tests implement it over arrays.
 */
@FunctionalInterface
public interface ByteSource {
    /** The byte at {@code address}, 0..255. */
    int fetch(int address);
}
