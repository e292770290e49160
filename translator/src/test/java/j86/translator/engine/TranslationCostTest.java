package j86.translator.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.translator.cache.BlockCache;
import java.lang.invoke.MethodHandles;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The translation caches are bounded by {@link BlockCache#cost}, an estimate of the host memory a
 * translated region holds. Checked here against the JVM's own accounting: hidden classes of the
 * sizes regions have (a few hundred bytes to 30 KB of class file) are defined the way the
 * translator defines them, and the metaspace they take per class (MemoryPoolMXBean "Metaspace")
 * must not exceed the estimate for their size; otherwise a guest that keeps writing new code
 * could hold more memory than the bound says (as it did, 9x more, when the weight was bytecode
 * bytes alone).
 */
class TranslationCostTest {
    static final int CLASSES = 400;

    @Test
    void costCoversTheMetaspaceOfAClass() throws Exception {
        for (int ops : new int[] {10, 100, 1000, 3000}) {
            List<Object> keep = new ArrayList<>();
            int size = generate(ops, 0).length;
            System.gc(); // unloads classes left by earlier tests, which a collection in the loop would unload
            long before = metaspaceUsed();
            for (int i = 0; i < CLASSES; i++) {
                Class<?> c = MethodHandles.lookup().defineHiddenClass(generate(ops, i), true).lookupClass();
                keep.add(c.getDeclaredConstructor().newInstance());
            }
            System.gc();
            long perClass = (metaspaceUsed() - before) / CLASSES;
            int estimate = BlockCache.cost(size, 0);
            assertTrue(perClass > 0 && perClass <= estimate, String.format(
                    "class file of %d bytes: %d bytes of metaspace per class, estimate %d", size, perClass, estimate));
            assertTrue(estimate <= 4 * perClass + 8192, String.format(
                    "class file of %d bytes: estimate %d far above the %d bytes measured (the bound would waste memory)",
                    size, estimate, perClass));
            keep.clear();
        }
    }

    private static long metaspaceUsed() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getName().equals("Metaspace")) {
                return p.getUsage().getUsed();
            }
        }
        throw new IllegalStateException("no Metaspace pool");
    }

    /** A class like a region's: one method of {@code ops} constant loads and stores into 20 locals. */
    private static byte[] generate(int ops, int id) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_FINAL, "j86/translator/engine/CostProbe", null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "run", "()I", null, null);
        mv.visitCode();
        for (int i = 0; i < ops; i++) {
            mv.visitLdcInsn(id * 100_000 + i);
            mv.visitVarInsn(Opcodes.ISTORE, 1 + i % 20);
        }
        mv.visitVarInsn(Opcodes.ILOAD, 1);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }
}
