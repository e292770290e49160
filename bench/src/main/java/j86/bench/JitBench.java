package j86.bench;

import j86.runtime.cpu.Cpu;
import j86.translator.engine.TranslatingEngine;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The translator ({@link TranslatingEngine}), on the same fixtures as {@link InterpBench}:
 * <ul>
 * <li>{@link #dispatchLoop}: the InterpBench loop once its blocks are translated, in ns per guest
 * instruction (directly comparable with {@code InterpBench.dispatchLoop});
 * <li>{@link #translateStraightLine}: translation cost, a fresh engine (threshold 0: translate at
 * first sight) meeting a straight-line block of {@link #STRAIGHT} register ALU instructions and
 * HLT, in µs per invocation (scan, bytecode generation, hidden-class definition, one run).
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JitBench {
    static final int STRAIGHT = 64, STRAIGHT_CODE = 0x180000;
    static final byte[] STRAIGHT_LINE = straightLine(STRAIGHT);

    FlatMachine m;
    TranslatingEngine engine;

    /** add eax,ecx (01 C8) / xor edx,eax (31 C2) / sub ecx,edx (29 D1), repeated; then hlt (F4). */
    static byte[] straightLine(int n) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[][] ops = {{0x01, (byte) 0xC8}, {0x31, (byte) 0xC2}, {0x29, (byte) 0xD1}};
        for (int i = 0; i < n; i++) {
            b.write(ops[i % 3], 0, 2);
        }
        b.write(0xF4);
        return b.toByteArray();
    }

    @Setup(Level.Trial)
    public void load() {
        m = new FlatMachine(16 << 20).identityPaging();
        m.phys.load(InterpBench.CODE, InterpBench.LOOP, 0, InterpBench.LOOP.length);
        engine = new TranslatingEngine(m.phys, m.interp, 2);
    }

    /** Runs the InterpBench loop to its HLT on the translator; returns EAX. */
    int runLoop() {
        return run(m.cpu, engine, InterpBench.CODE, 4L * InterpBench.ITER + 16);
    }

    static int run(Cpu c, TranslatingEngine e, int eip, long budget) {
        c.eip = eip;
        c.halted = false;
        e.run(c, budget);
        if (!c.halted) {
            throw new IllegalStateException("did not reach HLT, eip " + Integer.toHexString(c.eip));
        }
        return c.r[Cpu.EAX];
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(3 * InterpBench.ITER + 3)
    public int dispatchLoop() {
        return runLoop();
    }

    /**
     * A fresh machine and engine (empty caches) for each translation measured: the interpreter's
     * decoded-code cache is shared per PhysicalMemory and keeps every engine's listener, so
     * engines are not renewed on one memory. 4 MiB of RAM keeps the untimed setup cheap.
     */
    @State(Scope.Thread)
    public static class Fresh {
        FlatMachine m;
        TranslatingEngine engine;

        @Setup(Level.Invocation)
        public void make() {
            m = new FlatMachine(4 << 20).identityPaging();
            m.phys.load(STRAIGHT_CODE, STRAIGHT_LINE, 0, STRAIGHT_LINE.length);
            engine = new TranslatingEngine(m.phys, m.interp, 0);
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int translateStraightLine(Fresh f) {
        return run(f.m.cpu, f.engine, STRAIGHT_CODE, STRAIGHT + 1);
    }
}
