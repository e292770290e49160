package j86.translator.splice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The bytecode of the runtime's semantics methods (j86.runtime.ops), read from the very class
 * files the interpreter runs, for {@link Splice} to copy into translated regions. Read once per
 * class and kept: the methods are immutable, and the tree is only read, never changed.
 */
final class OpsBytecode {
    static final String PACKAGE = "j86/runtime/ops/";
    private static final ConcurrentHashMap<String, ClassNode> CLASSES = new ConcurrentHashMap<>();

    private OpsBytecode() {}

    /** Whether calls of {@code owner}'s methods may be spliced (they are semantics, not services). */
    static boolean spliceable(String owner) {
        return owner.startsWith(PACKAGE);
    }

    static MethodNode method(String owner, String name, String desc) {
        for (MethodNode m : CLASSES.computeIfAbsent(owner, OpsBytecode::read).methods) {
            if (m.name.equals(name) && m.desc.equals(desc)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no method " + owner + "." + name + desc);
    }

    private static ClassNode read(String owner) {
        try (InputStream in = OpsBytecode.class.getClassLoader().getResourceAsStream(owner + ".class")) {
            if (in == null) {
                throw new IllegalArgumentException("no class file for " + owner);
            }
            ClassNode c = new ClassNode();
            new ClassReader(in).accept(c, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
