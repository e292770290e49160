package j86.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.runtime.cpu.Cpu;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The translator benchmarks compute the right thing and really translate: results against Java's
 * 32-bit arithmetic (the same wrap-around as the x86 ALU), block counts from the engine.
 */
class JitBenchTest {

    @Test
    void translatedLoopSumsLikeArithmetic() {
        JitBench b = new JitBench();
        b.load();
        long n = InterpBench.ITER;
        for (int run = 0; run < 3; run++) {
            long before = b.m.cpu.instructions;
            assertEquals((int) (n * (n + 1) / 2), b.runLoop(), "EAX after the loop, run " + run);
            assertEquals(3 * n + 3, b.m.cpu.instructions - before, "instructions per invocation");
        }
        assertTrue(b.engine.blocksTranslated() > 0, "the loop was translated: " + b.engine.statistics());
    }

    @Test
    void straightLineRunsLikeJavaArithmetic() {
        Random rnd = new Random(0x86);
        for (int trial = 0; trial < 20; trial++) {
            JitBench.Fresh f = new JitBench.Fresh();
            f.make();
            int[] r = f.m.cpu.r;
            int eax = rnd.nextInt(), ecx = rnd.nextInt(), edx = rnd.nextInt();
            r[Cpu.EAX] = eax;
            r[Cpu.ECX] = ecx;
            r[Cpu.EDX] = edx;
            for (int i = 0; i < JitBench.STRAIGHT; i++) {
                switch (i % 3) {
                    case 0 -> eax += ecx;
                    case 1 -> edx ^= eax;
                    default -> ecx -= edx;
                }
            }
            assertEquals(eax, JitBench.run(f.m.cpu, f.engine, JitBench.STRAIGHT_CODE, JitBench.STRAIGHT + 1), "EAX");
            assertEquals(ecx, r[Cpu.ECX], "ECX");
            assertEquals(edx, r[Cpu.EDX], "EDX");
            assertTrue(f.engine.blocksTranslated() >= 1, "translated: " + f.engine.statistics());
        }
    }
}
