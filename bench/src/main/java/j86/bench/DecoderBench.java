package j86.bench;

import j86.decoder.Decoder;
import j86.decoder.Insn;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoder throughput: one linear sweep over the JOS kernel's .text (about 7,000 real
 * compiler-generated instructions), decoding into one reused {@link Insn}. The score is the time
 * of a whole sweep; {@link #instructions} (printed at setup) turns it into ns per instruction.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DecoderBench {
    private byte[] text;
    private int base;
    private final Insn insn = new Insn();
    int instructions;

    @Setup
    public void load() throws IOException {
        ElfText t = ElfText.read(ElfText.josKernel());
        text = t.bytes();
        base = t.address();
        instructions = sweep();
        System.out.printf("%n[decoder: .text of %d bytes, %d instructions per sweep]%n", text.length, instructions);
    }

    /** Decodes every instruction of .text in address order; returns how many. */
    int sweep() {
        final byte[] t = text;
        final int b = base;
        int eip = b, end = b + t.length, n = 0;
        while (eip < end) {
            // Bytes past the end read as INT3 (0xCC) rather than failing.
            Decoder.decode(a -> a - b < t.length ? t[a - b] & 0xFF : 0xCC, eip, true, insn);
            eip += Math.max(1, insn.length);
            n++;
        }
        return n;
    }

    @Benchmark
    public int decodeKernelText() {
        return sweep();
    }
}
