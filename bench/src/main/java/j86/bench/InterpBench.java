package j86.bench;

import j86.runtime.cpu.Cpu;
import j86.runtime.interp.Interpreter;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Interpreter dispatch on a small loop (flat 32-bit mode, paging on as under JOS):
 * <pre>
 *   mov ecx, ITER ; B9 imm32
 *   xor eax, eax  ; 31 C0
 * L: add eax, ecx ; 01 C8
 *   dec ecx       ; 49
 *   jnz L         ; 75 FB
 *   hlt           ; F4
 * </pre>
 * 3 * ITER + 3 instructions per invocation; the score is ns per guest instruction.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InterpBench {
    static final int ITER = 10_000, CODE = 0x100000;
    static final byte[] LOOP = loop(ITER);

    FlatMachine m;

    static byte[] loop(int iterations) {
        return new byte[] {(byte) 0xB9, (byte) iterations, (byte) (iterations >> 8), (byte) (iterations >> 16),
            (byte) (iterations >> 24), 0x31, (byte) 0xC0, 0x01, (byte) 0xC8, 0x49, 0x75, (byte) 0xFB, (byte) 0xF4};
    }

    @Setup
    public void load() {
        m = new FlatMachine(16 << 20).identityPaging();
        m.phys.load(CODE, LOOP, 0, LOOP.length);
    }

    /** Runs the loop to its HLT; returns EAX (the sum ITER + ... + 1, mod 2^32). */
    int runLoop() {
        Cpu c = m.cpu;
        c.eip = CODE;
        c.halted = false;
        int r = m.interp.execute(c, 4L * ITER + 16);
        if (r != Interpreter.HALTED) {
            throw new IllegalStateException("loop did not reach HLT (" + r + ") at eip " + Integer.toHexString(c.eip));
        }
        return c.r[Cpu.EAX];
    }

    @Benchmark
    @OperationsPerInvocation(3 * ITER + 3)
    public int dispatchLoop() {
        return runLoop();
    }
}
