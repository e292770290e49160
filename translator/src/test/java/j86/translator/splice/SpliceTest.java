package j86.translator.splice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import j86.runtime.cpu.Cpu;
import j86.runtime.mem.PhysicalMemory;
import j86.runtime.ops.Flags;
import j86.translator.codegen.EmitAlu;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Every semantics method the translator splices ({@link EmitAlu}), copied by {@link Splice} into a
 * method of its own and run against the original on a Cpu: the result and the flag record
 * (lfOp, lfA, lfB, lfRes) must be equal, for register operands (locals) and for immediates and
 * shift counts (constants folded into the copy), with CF set and clear (ADC, SBB, INC, DEC read
 * it). The copy is generated with COMPUTE_FRAMES and loaded as a hidden class, so the JVM's
 * verifier checks its stack discipline too.
 */
class SpliceTest implements Opcodes {
    private static final String CPU_ARG = "(Lj86/runtime/cpu/Cpu;";
    private static final int[] SIZES = {8, 16, 32};
    private static final String[] BINARY = {"add", "or", "adc", "sbb", "and", "sub", "xor", "cmp", "test"};
    private static final String[] UNARY = {"inc", "dec", "neg", "not"};
    private static final String[] SHIFTS = {"shl", "shr", "sar"};
    private final Random rnd = new Random(86);
    private final Cpu cpu = new Cpu(0, new PhysicalMemory(1 << 16));

    @Test
    void aluOperationsMatchTheirSource() throws Throwable {
        for (String op : BINARY) {
            for (int size : SIZES) {
                String desc = CPU_ARG + "II)" + (op.equals("cmp") || op.equals("test") ? "V" : "I");
                check("Alu", op + size, desc, false);
                check("Alu", op + size, desc, true);
            }
        }
        for (String op : UNARY) {
            for (int size : SIZES) {
                check("Alu", op + size, CPU_ARG + "I)I", false);
            }
        }
    }

    @Test
    void shiftsByEveryConstantCountMatchTheirSource() throws Throwable {
        for (String op : SHIFTS) {
            for (int size : SIZES) {
                for (int count = 0; count < 40; count++) {
                    compare("Shift", op + size, CPU_ARG + "II)I", count);
                }
            }
        }
    }

    @Test
    void multipliesMatchTheirSource() throws Throwable {
        check("MulDiv", "imul16", CPU_ARG + "II)I", false);
        check("MulDiv", "imul32", CPU_ARG + "II)I", false);
        check("MulDiv", "imul32", CPU_ARG + "II)I", true);
    }

    /** With {@code constant}, the second operand is an immediate: a copy per value. */
    private void check(String owner, String name, String desc, boolean constant) throws Throwable {
        if (constant) {
            for (int n = 0; n < 12; n++) {
                compare(owner, name, desc, edgy());
            }
        } else {
            compare(owner, name, desc, null);
        }
    }

    private void compare(String owner, String name, String desc, Integer constant) throws Throwable {
        MethodHandle copy = splice(owner, name, desc, constant);
        Method original = Class.forName("j86.runtime.ops." + owner).getMethod(name, reference(desc));
        for (int n = 0; n < 200; n++) {
            int a = edgy(), b = constant != null ? constant : edgy(), cf = n & 1;
            int[] got = (int[]) copy.invoke(a, b, cf);
            assertArrayEquals(expected(original, a, b, cf), got, owner + "." + name + " " + a + ", " + b + " cf " + cf);
        }
    }

    /** Operands near the edges of each size half the time: carries, signs, zero. */
    private int edgy() {
        int[] edges = {0, 1, -1, 0x7F, 0x80, 0xFF, 0x7FFF, 0x8000, 0xFFFF, 0x7FFFFFFF, 0x80000000};
        return rnd.nextBoolean() ? edges[rnd.nextInt(edges.length)] : rnd.nextInt();
    }

    private static Class<?>[] reference(String desc) {
        int ints = desc.length() - desc.replace("I", "").length() - (desc.endsWith("I") ? 1 : 0);
        Class<?>[] types = new Class<?>[1 + ints];
        types[0] = Cpu.class;
        for (int i = 1; i < types.length; i++) {
            types[i] = int.class;
        }
        return types;
    }

    /** The original on a Cpu whose record says CF = cf and lfB = a marker recordRes leaves alone. */
    private int[] expected(Method m, int a, int b, int cf) throws Exception {
        Flags.setCf(cpu, cf != 0);
        cpu.lfB = 0x5EED;
        Object[] args = m.getParameterCount() == 2 ? new Object[] {cpu, a} : new Object[] {cpu, a, b};
        Object r = m.invoke(null, args);
        int value = r instanceof Integer v ? v : 0;
        if (cpu.lfOp >>> 2 == Flags.K_FLAGS) { // no record made: these ops never record K_FLAGS
            return new int[] {value, -1, 0, 0, 0};
        }
        return new int[] {value, cpu.lfOp, cpu.lfA, cpu.lfB, cpu.lfRes};
    }

    /** static int[] f(int a, int b, int cf): the spliced method, its result and its record. */
    private static MethodHandle splice(String owner, String name, String desc, Integer constant) throws Exception {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL, "j86/translator/splice/SpliceProbe", null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "f", "(III)[I", null, null);
        mv.visitCode();
        Probe target = new Probe(mv);
        SpliceValue b = constant != null ? SpliceValue.constant(constant) : SpliceValue.local(1);
        SpliceValue[] args = desc.startsWith(CPU_ARG + "II")
                ? new SpliceValue[] {SpliceValue.THE_CPU, SpliceValue.local(0), b}
                : new SpliceValue[] {SpliceValue.THE_CPU, SpliceValue.local(0)};
        Splice.Result r = Splice.call(target, "j86/runtime/ops/" + owner, name, desc, true, args);
        target.returnArray(r);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        MethodHandles.Lookup probe = MethodHandles.lookup().defineHiddenClass(cw.toByteArray(), true);
        return probe.findStatic(probe.lookupClass(), "f", MethodType.methodType(int[].class, int.class, int.class, int.class));
    }

    /** The test's target: locals 0..2 are a, b, cf; temps after them. */
    private static final class Probe implements Splice.Target {
        private final MethodVisitor mv;
        private int next = 3;

        Probe(MethodVisitor mv) {
            this.mv = mv;
        }

        @Override
        public MethodVisitor mv() {
            return mv;
        }

        @Override
        public int temp() {
            return next++;
        }

        @Override
        public void pushCf() {
            mv.visitVarInsn(ILOAD, 2);
        }

        /** new int[] {result, lfOp, lfA, lfB, lfRes} as the record would leave the Cpu. */
        void returnArray(Splice.Result r) {
            FlagRecord f = r.record();
            int[] slots = f == null ? null : f.res()
                    ? new int[] {f.bits(), -2, f.result()} : new int[] {f.a(), f.b(), f.result()};
            Splice.pushInt(mv, 5);
            mv.visitIntInsn(NEWARRAY, T_INT);
            element(0, r.value(), 0);
            int lfOp = f == null ? -1 : (f.res() ? Flags.K_RES : f.kind()) << 2 | f.sizeLog2();
            constantElement(1, lfOp);
            for (int e = 0; e < 3; e++) {
                if (slots == null) {
                    constantElement(2 + e, 0);
                } else if (slots[e] == -2) {
                    constantElement(2 + e, 0x5EED); // recordRes leaves lfB alone
                } else {
                    element(2 + e, slots[e], 0);
                }
            }
            mv.visitInsn(ARETURN);
        }

        private void element(int index, int slot, int ifNone) {
            if (slot < 0) {
                constantElement(index, ifNone);
                return;
            }
            mv.visitInsn(DUP);
            Splice.pushInt(mv, index);
            mv.visitVarInsn(ILOAD, slot);
            mv.visitInsn(IASTORE);
        }

        private void constantElement(int index, int value) {
            mv.visitInsn(DUP);
            Splice.pushInt(mv, index);
            Splice.pushInt(mv, value);
            mv.visitInsn(IASTORE);
        }
    }
}
